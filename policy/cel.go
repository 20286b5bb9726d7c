package policy

import (
	"fmt"
	"reflect"
	"strings"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"cel.dev/cel-go/ext"
	"cel.dev/cel-go/interpreter"
)

// FindingVars is the CEL variable `finding`: one finding under decision.
// Value is filled only for programs that read finding.value, and lives in
// memory only for the evaluation.
type FindingVars struct {
	Type        string  `cel:"type"`
	Category    string  `cel:"category"`
	Rule        string  `cel:"rule"`
	Confidence  float64 `cel:"confidence"`
	Start       int     `cel:"start"`
	End         int     `cel:"end"`
	Line        int     `cel:"line"`
	ValueLength int     `cel:"value_length"`
	Value       string  `cel:"value"`
}

// Request is the CEL variable `request`: who sends the payload where. The
// server fills it from the call; the CLI from flags.
type Request struct {
	Destination string            `cel:"destination" json:"destination"`
	AppID       string            `cel:"app_id" json:"app_id,omitempty"`
	ActorID     string            `cel:"actor_id" json:"actor_id,omitempty"`
	ActorRole   string            `cel:"actor_role" json:"actor_role,omitempty"`
	ContentType string            `cel:"content_type" json:"content_type,omitempty"`
	Size        int               `cel:"size" json:"size,omitempty"`
	Labels      map[string]string `cel:"labels" json:"labels,omitempty"`
}

// Summary is the CEL variable `summary`: counts over the whole payload.
// summary.count("EMAIL_ADDRESS") or summary.count("SECRET") is 0 for a type
// or category with no finding; indexing summary.types with a type that has
// no finding is a runtime error.
type Summary struct {
	Types      map[string]int `cel:"types"`
	Categories map[string]int `cel:"categories"`
	Total      int            `cel:"total"`
	Bytes      int            `cel:"bytes"`
}

// newEnv returns the CEL environment every policy expression compiles in.
func newEnv() (*cel.Env, error) {
	return cel.NewEnv(
		ext.NativeTypes(reflect.TypeFor[FindingVars](), reflect.TypeFor[Request](), reflect.TypeFor[Summary](), ext.ParseStructTags(true)),
		cel.Variable("finding", cel.ObjectType("policy.FindingVars")),
		cel.Variable("request", cel.ObjectType("policy.Request")),
		cel.Variable("summary", cel.ObjectType("policy.Summary")),
		ext.Strings(),
		cel.Function("count",
			cel.MemberOverload("summary_count_string",
				[]*cel.Type{cel.ObjectType("policy.Summary"), cel.StringType}, cel.IntType,
				cel.BinaryBinding(summaryCount))),
	)
}

func summaryCount(lhs, rhs ref.Val) ref.Val {
	s, ok := lhs.Value().(*Summary)
	if !ok {
		if v, ok2 := lhs.Value().(Summary); ok2 {
			s = &v
		} else {
			return types.NewErr("count: not a summary")
		}
	}
	name, ok := rhs.Value().(string)
	if !ok {
		return types.NewErr("count: name must be a string")
	}
	if n, ok := s.Types[name]; ok {
		return types.Int(n)
	}
	return types.Int(s.Categories[name])
}

// activation resolves the three variables without building a map per
// evaluation.
type activation struct {
	finding *FindingVars
	request *Request
	summary *Summary
}

func (a *activation) ResolveName(name string) (any, bool) {
	switch name {
	case "finding":
		return a.finding, a.finding != nil
	case "request":
		return a.request, a.request != nil
	case "summary":
		return a.summary, a.summary != nil
	}
	return nil, false
}

func (a *activation) Parent() interpreter.Activation { return nil }

// program is a compiled CEL expression and where it came from.
type program struct {
	prg       cel.Program
	src       string
	usesValue bool
}

// eval runs a boolean program. A runtime error (a missing map key, the cost
// limit) is returned, never read as false.
func (p *program) eval(a *activation) (bool, error) {
	out, _, err := p.prg.Eval(a)
	if err != nil {
		return false, err
	}
	b, ok := out.Value().(bool)
	if !ok {
		return false, fmt.Errorf("expression gave %s, not a bool", out.Type())
	}
	return b, nil
}

// compileBool compiles src as a boolean expression. vars are the variables
// it may use; using another is a compile error. The returned error is a
// *celError with the position inside src.
func compileBool(env *cel.Env, src string, costLimit uint64, vars ...string) (*program, error) {
	ast, iss := env.Compile(src)
	if iss != nil && iss.Err() != nil {
		errs := iss.Errors()
		ce := &celError{msg: strings.TrimSpace(iss.Err().Error())}
		if len(errs) > 0 {
			e := errs[0]
			ce.msg = e.Message
			ce.line, ce.col = e.Location.Line(), e.Location.Column()
		}
		return nil, ce
	}
	if !ast.OutputType().IsExactType(cel.BoolType) {
		return nil, &celError{msg: fmt.Sprintf("expression must be a bool, it is %s", ast.OutputType()), line: 1}
	}
	allowed := map[string]bool{}
	for _, v := range vars {
		allowed[v] = true
	}
	for _, name := range []string{"finding", "request", "summary"} {
		if !allowed[name] && refersTo(ast, name) {
			return nil, &celError{msg: fmt.Sprintf("%s is not available here (use %s)", name, strings.Join(vars, ", ")), line: 1}
		}
	}
	prg, err := env.Program(ast, cel.CostLimit(costLimit), cel.EvalOptions(cel.OptOptimize))
	if err != nil {
		return nil, &celError{msg: err.Error(), line: 1}
	}
	return &program{prg: prg, src: src, usesValue: refersToValue(ast)}, nil
}

// refersTo reports whether the checked expression references variable name.
func refersTo(ast *cel.Ast, name string) bool {
	for _, r := range ast.NativeRep().ReferenceMap() {
		if r.Name == name {
			return true
		}
	}
	return false
}

// refersToValue reports whether the expression may read finding.value;
// when it cannot tell it says yes (the value is then computed for nothing).
func refersToValue(ast *cel.Ast) bool {
	src := ast.Source()
	if src == nil {
		return true
	}
	return strings.Contains(src.Content(), "value")
}

// celError is a CEL compile error with its position inside the expression
// (line 1-based, column 0-based).
type celError struct {
	msg       string
	line, col int
}

func (e *celError) Error() string { return e.msg }

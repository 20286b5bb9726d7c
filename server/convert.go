package server

import (
	"github.com/veil-dlp/veil/policy"
	veilv1 "github.com/veil-dlp/veil/proto/veil/v1"
)

func verdictProto(v policy.Verdict) veilv1.Verdict {
	switch v {
	case policy.VerdictAllow:
		return veilv1.Verdict_VERDICT_ALLOW
	case policy.VerdictRedact:
		return veilv1.Verdict_VERDICT_REDACT
	case policy.VerdictBlock:
		return veilv1.Verdict_VERDICT_BLOCK
	}
	return veilv1.Verdict_VERDICT_UNSPECIFIED
}

var categories = map[string]veilv1.Category{
	"PII":        veilv1.Category_CATEGORY_PII,
	"SECRET":     veilv1.Category_CATEGORY_SECRET,
	"CREDENTIAL": veilv1.Category_CATEGORY_CREDENTIAL,
}

var actions = map[policy.Action]veilv1.Action{
	policy.ActionAllow:    veilv1.Action_ACTION_ALLOW,
	policy.ActionMask:     veilv1.Action_ACTION_MASK,
	policy.ActionTokenize: veilv1.Action_ACTION_TOKENIZE,
	policy.ActionHash:     veilv1.Action_ACTION_HASH,
	policy.ActionRedact:   veilv1.Action_ACTION_REDACT,
	policy.ActionDrop:     veilv1.Action_ACTION_DROP,
	policy.ActionBlock:    veilv1.Action_ACTION_BLOCK,
}

// decisionProto converts a decision; it never carries values.
func decisionProto(d *policy.Decision, snapshot uint64) *veilv1.Decision {
	out := &veilv1.Decision{
		Verdict:       verdictProto(d.Verdict),
		Incomplete:    d.Incomplete,
		Reasons:       d.Reasons,
		Flags:         d.Flags,
		Destination:   d.Destination,
		Policy:        d.Policy,
		PolicyVersion: d.PolicyVersion,
		Rules:         d.Rules,
		Findings:      findingsProto(d.Findings),
		Snapshot:      snapshot,
	}
	if d.ShadowVerdict != nil {
		out.ShadowVerdict = verdictProto(*d.ShadowVerdict)
	}
	return out
}

func findingsProto(fs []policy.DecidedFinding) []*veilv1.Finding {
	if len(fs) == 0 {
		return nil
	}
	out := make([]*veilv1.Finding, len(fs))
	for i := range fs {
		f := &fs[i]
		out[i] = &veilv1.Finding{
			Type:       f.Type,
			Category:   categories[f.Category],
			Rule:       f.Rule,
			Start:      int64(f.Start),
			End:        int64(f.End),
			Line:       int32(f.Line),
			Column:     int32(f.Column),
			Confidence: f.Confidence,
			Action:     actions[f.Action],
			PolicyRule: f.PolicyRule,
			Covered:    findingsProto(f.Covered),
		}
	}
	return out
}

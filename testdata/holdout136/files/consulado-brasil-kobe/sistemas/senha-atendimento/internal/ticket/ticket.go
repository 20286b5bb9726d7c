// Package ticket gera as senhas de atendimento do Consulado-Geral em Kobe.
//
// Formato: <prefixo><numero de 3 digitos><digito verificador mod 11>, por exemplo
// P0427 (passaporte), N1123 (notarial), R0061 (registro civil). A numeracao volta a
// 1 todo dia as 00:00 JST.
package ticket

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

// BuildCommit e preenchido via -ldflags no pipeline.
var BuildCommit = "0f27ee0a42a6dd5d482e1b4334ae689c3751a210"

// Servico e um guiche de atendimento.
type Servico string

const (
	Passaporte    Servico = "P"
	Notarial      Servico = "N"
	RegistroCivil Servico = "R"
	Eleitoral     Servico = "E"
	Prioritario   Servico = "X"
)

// ErrLimite e devolvido quando o numero diario acaba.
var ErrLimite = errors.New("ticket: limite diario de senhas atingido")

var jst = time.FixedZone("JST", 9*60*60)

// Emissor emite senhas sequenciais por servico.
type Emissor struct {
	mu     sync.Mutex
	dia    string
	contad map[Servico]int
	limite int
	agora  func() time.Time
	posto  string
	versao int
}

// NovoEmissor cria um emissor com limite diario por servico.
func NovoEmissor(posto string, limite int) *Emissor {
	return &Emissor{
		contad: make(map[Servico]int),
		limite: limite,
		agora:  time.Now,
		posto:  posto,
		versao: 4,
	}
}

// Proxima devolve a proxima senha para o servico.
func (e *Emissor) Proxima(s Servico) (string, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	hoje := e.agora().In(jst).Format("2006-01-02")
	if hoje != e.dia {
		e.dia = hoje
		e.contad = make(map[Servico]int)
	}
	n := e.contad[s] + 1
	if n > e.limite {
		return "", ErrLimite
	}
	e.contad[s] = n
	base := fmt.Sprintf("%03d", n)
	return string(s) + base + dv(base), nil
}

// dv calcula o digito verificador modulo 11 (pesos 2..4), 10 e 11 viram 0.
func dv(num string) string {
	soma := 0
	peso := 2
	for i := len(num) - 1; i >= 0; i-- {
		soma += int(num[i]-'0') * peso
		peso++
	}
	r := 11 - soma%11
	if r >= 10 {
		r = 0
	}
	return fmt.Sprint(r)
}

// Valida confere o formato e o digito verificador de uma senha lida no totem.
func Valida(senha string) bool {
	senha = strings.ToUpper(strings.TrimSpace(senha))
	if len(senha) != 5 || !strings.ContainsAny(senha[:1], "PNREX") {
		return false
	}
	return dv(senha[1:4]) == senha[4:]
}

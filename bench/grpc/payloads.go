package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/veil-dlp/veil/engine"
	"github.com/veil-dlp/veil/policy"
	"github.com/veil-dlp/veil/server"
)

// The Redact payloads are the kind of text an AI-prompt proxy sees: support
// tickets, incident notes and chat messages, each block holding one email
// address, one card number and one AWS access key id among ordinary words.
// A 16 KB payload is 16 distinct 1 KB blocks, so it holds about 48
// findings. Generation is seeded, so every run sends the same bytes.

var (
	firstNames = []string{"jane", "omar", "li", "priya", "tomasz", "ana", "kwame", "sofia", "mateo", "yuki", "fatima", "lars"}
	lastNames  = []string{"holloway", "haddad", "wei", "raman", "nowak", "ferreira", "mensah", "rossi", "garcia", "tanaka", "khan", "berg"}
	domains    = []string{"brightmail.io", "northwind-traders.com", "acme-logistics.net", "fastmail.fm", "contoso.co.uk", "globex.de"}
	openers    = []string{
		"Hi team, I need help summarising this customer ticket before it goes to the vendor.",
		"Please rewrite the following incident note so it reads clearly for the weekly review.",
		"Can you draft a polite reply to this support conversation? Context is below.",
		"Summarise the chat transcript below in three bullet points for the account manager.",
	}
	filler = []string{
		"The customer says the invoice from last month was charged twice and the second charge never showed up on the statement we sent.",
		"Our on-call engineer restarted the ingestion workers at 02:14 UTC after the queue depth alarm fired for the third time this week.",
		"She would like a refund to the original payment method and asked whether the loyalty points will be restored as well.",
		"The deploy pipeline failed on the integration stage because the staging bucket policy had been tightened the day before.",
		"Please keep the tone friendly, mention the service credit, and avoid promising a date for the permanent fix.",
		"He mentioned that the mobile app logs him out every few minutes since the update, on both his phone and his tablet.",
		"We traced the latency spike to a slow query on the orders table; an index was added and p99 went back to normal.",
		"The account was opened in 2019 and has a good payment history, so the team lead approved a goodwill gesture.",
		"According to the runbook, the credentials should have been rotated during the last quarterly review but were not.",
		"The warehouse confirmed the parcel left the depot on Tuesday, but the tracking page still shows it as pending.",
		"Finance asked us to attach the transaction reference and the last four digits only, never the full number.",
		"After the migration the nightly export job wrote its files to the old bucket, which nobody reads any more.",
	}
)

// luhnCard returns a 16-digit Visa number with a valid check digit, in
// groups of four.
func luhnCard(r *rand.Rand) string {
	d := make([]int, 16)
	d[0] = 4
	for i := 1; i < 15; i++ {
		d[i] = r.IntN(10)
	}
	sum := 0
	for i := 14; i >= 0; i-- {
		v := d[i]
		if (14-i)%2 == 0 { // doubled positions, counted from the check digit
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	d[15] = (10 - sum%10) % 10
	var b strings.Builder
	for i, v := range d {
		if i > 0 && i%4 == 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(byte('0' + v))
	}
	return b.String()
}

// awsKeyID returns an AKIA key id of random base32 characters.
func awsKeyID(r *rand.Rand) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	b := []byte("AKIA")
	for range 16 {
		b = append(b, alphabet[r.IntN(len(alphabet))])
	}
	return string(b)
}

func pick(r *rand.Rand, s []string) string { return s[r.IntN(len(s))] }

// block returns one block of exactly size bytes holding an email address,
// a card number and an AWS key id, followed by ordinary sentences cut to
// size at the end (never inside a sensitive value).
func block(r *rand.Rand, size int) []byte {
	first, last := pick(r, firstNames), pick(r, lastNames)
	var b strings.Builder
	b.WriteString(pick(r, openers))
	b.WriteString("\n\nTicket #")
	fmt.Fprintf(&b, "%d", 100000+r.IntN(900000))
	fmt.Fprintf(&b, " from %s %s <%s.%s@%s>: ", strings.ToUpper(first[:1])+first[1:], strings.ToUpper(last[:1])+last[1:], first, last, pick(r, domains))
	b.WriteString(pick(r, filler))
	fmt.Fprintf(&b, " The card on file is %s, expiry %02d/%d. ", luhnCard(r), 1+r.IntN(12), 27+r.IntN(4))
	b.WriteString(pick(r, filler))
	fmt.Fprintf(&b, "\nThe engineer pasted this from the deploy log: aws_access_key_id = %s (region eu-west-1). ", awsKeyID(r))
	for b.Len() < size {
		b.WriteString(pick(r, filler))
		b.WriteByte(' ')
	}
	out := []byte(b.String())[:size]
	out[size-1] = '\n'
	return out
}

// payloadSet returns n distinct payloads of size bytes (a multiple of
// 1 KB), seeded by seed.
func payloadSet(seed uint64, n, size int) [][]byte {
	r := rand.New(rand.NewPCG(seed, uint64(size)))
	out := make([][]byte, n)
	for i := range out {
		p := make([]byte, 0, size)
		for len(p) < size {
			p = append(p, block(r, min(1024, size-len(p)))...)
		}
		out[i] = p
	}
	return out
}

// checkPayloads runs every payload through the engine in process, with the
// built-in rules and default policy, and checks that it is redacted (not
// blocked, not incomplete) with at least the three planted findings per
// block. It returns the mean number of findings per payload.
func checkPayloads(set [][]byte, destination string) (float64, error) {
	src := &server.Sources{Limits: engine.ServiceLimits(), RandomKeys: &policy.RandomKeys{}, Warn: func(string) {}}
	snap, err := src.Load()
	if err != nil {
		return 0, err
	}
	total := 0
	for i, p := range set {
		dec := snap.Redact(context.Background(), p, policy.Request{Destination: destination})
		if dec.Incomplete || dec.Verdict != policy.VerdictRedact {
			return 0, fmt.Errorf("payload %d (%d bytes): verdict %v, incomplete %v; want REDACT, complete", i, len(p), dec.Verdict, dec.Incomplete)
		}
		blocks := (len(p) + 1023) / 1024
		counts := map[string]int{}
		for _, f := range dec.Findings {
			counts[f.Type]++
		}
		for _, t := range []string{"EMAIL_ADDRESS", "CREDIT_CARD_NUMBER", "AWS_ACCESS_KEY_ID"} {
			if counts[t] < blocks {
				return 0, fmt.Errorf("payload %d (%d bytes): %d %s findings, want %d", i, len(p), counts[t], t, blocks)
			}
		}
		total += len(dec.Findings)
	}
	return float64(total) / float64(len(set)), nil
}

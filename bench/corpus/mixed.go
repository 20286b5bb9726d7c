package corpus

import (
	"time"
)

// Mixed builds benchmark payloads from the carriers' line-level generators.

// Mixed returns a payload of exactly size bytes (for size > 0) that mixes
// carrier snippets (env lines, JSON and logfmt logs, access logs, curl
// commands, chat lines, CSV rows, YAML) at about 3 labelled values per KB,
// and the labels of those values, sorted by Start. It depends only on size
// and seed.
func Mixed(size int, seed int64) ([]byte, []Label) {
	g := newGen(seed, "mixed", size, map[string]bool{})
	d := &doc{}
	t := g.when()
	step := func() time.Time { t = t.Add(time.Duration(g.between(10, 3000)) * time.Millisecond); return t }
	svc := pick(g, services)
	positive := []func(){
		func() { jsonLogLine(g, d, step(), svc, true) },
		func() { logfmtLine(g, d, step(), svc, true) },
		func() { nginxLine(g, d, step(), g.ipv4(), g.chance(0.2)) },
		func() { curlCommand(g, d) },
		func() { d.f("%s <%s> %s\n", step().Format(time.DateTime), asciiFold(pick(g, firstNames)), chatLeak(g)) },
		func() {
			// A header row gives the birth dates their context.
			csvRow(d, ",", "id", "name", "email", "phone", "dob")
			for range g.between(1, 3) {
				p := g.person()
				csvRow(d, ",", g.numericID(), p.name(), lab(tEmail, p.email), lab(tPhone, p.phone), lab(tDOB, g.isoDOB()))
			}
		},
		func() { writeEnvGroups(g, d, g.pickGroups(1, false), "", "") },
		func() { writeYAMLGroups(g, d, g.pickGroups(1, false), "  ", 0, false, true) },
	}
	negative := []func(){
		func() { jsonLogLine(g, d, step(), svc, false) },
		func() { logfmtLine(g, d, step(), svc, false) },
		func() {
			d.f("%s <%s> %s\n", step().Format(time.DateTime), asciiFold(pick(g, firstNames)), chatBenign(g))
		},
		func() { writeEnvGroups(g, d, []group{noiseGroup(g)}, "", "") },
		func() { d.f("%s\n", g.lorem(g.between(8, 30))) },
	}
	for len(d.b) < size {
		mark, nl := len(d.b), len(d.labels)
		if float64(len(d.labels)) < float64(len(d.b)+256)*3/1024 {
			pick(g, positive)()
		} else {
			pick(g, negative)()
		}
		if len(d.b) > size {
			d.b, d.labels = d.b[:mark], d.labels[:nl]
			break
		}
	}
	// Fill the rest with text that holds no values.
	for len(d.b) < size {
		d.raw(g.lorem(12) + "\n")
	}
	if size >= 0 && len(d.b) > size {
		d.b = d.b[:size]
	}
	labels := make([]Label, len(d.labels))
	for i, p := range d.labels {
		labels[i] = p.Label
	}
	return d.b, labels
}

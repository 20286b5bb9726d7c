package corpus

import (
	"encoding/base64"
	"fmt"
	"strings"
)

// Look-alikes: values shaped like findings that a careful annotator does not
// mark. Negative files are made of these, and positive files use them as noise.

// placeholder returns a stand-in a template or example file carries where a
// secret would go. key names the setting, for placeholders derived from it.
func (g *gen) placeholder(key string) string {
	up := strings.ToUpper(strings.NewReplacer("-", "_", ".", "_").Replace(key))
	low := strings.ToLower(strings.NewReplacer("_", ".").Replace(key))
	return pick(g, []string{
		"${" + up + "}", "$" + up, "<your-" + strings.ReplaceAll(strings.ToLower(key), "_", "-") + ">",
		"{{ .Values." + low + " }}", "changeme", "xxxxxxxxxxxxxxxx", "********", "REPLACE_ME",
		"your-" + strings.ReplaceAll(strings.ToLower(key), "_", "-") + "-here", "<redacted>", "[REDACTED]",
		"${{ secrets." + up + " }}", "%(" + strings.ToLower(key) + ")s", "TODO", "dummy", "<" + up + ">",
	})
}

// maskedCard returns a card number with all but the last four digits masked.
func (g *gen) maskedCard() string {
	last := g.str(digits, 4)
	return pick(g, []string{
		"**** **** **** " + last, "XXXX-XXXX-XXXX-" + last, "************" + last,
		"•••• " + last, "ending in " + last, pick(g, []string{"411111", "424242", "555555"}) + "******" + last,
	})
}

// maskedEmail returns an address with the local part and domain masked.
func (g *gen) maskedEmail() string {
	f := asciiFold(pick(g, firstNames))
	return pick(g, []string{
		f[:1] + "***@" + pick(g, []string{"e", "g", "o", "a"}) + "***.com",
		f[:1] + strings.Repeat("*", len(f)-1) + "@" + strings.Repeat("*", 5) + ".***",
		"[email redacted]", "<email>",
	})
}

// maskedSSN returns an SSN with only the serial shown.
func (g *gen) maskedSSN() string {
	return pick(g, []string{"***-**-", "XXX-XX-", "xxx-xx-"}) + g.str(digits, 4)
}

// maskedPhone returns a phone number with all but the last digits masked.
func (g *gen) maskedPhone() string {
	return pick(g, []string{"+1 (***) ***-", "******", "+44 **** ***", "(XXX) XXX-"}) + g.str(digits, 4)
}

// version returns a version string; some have four dotted parts like an IPv4.
func (g *gen) version() string {
	switch g.intn(5) {
	case 0:
		return fmt.Sprintf("%d.%d.%d.%d", g.between(1, 12), g.intn(20), g.intn(10), g.between(1, 254))
	case 1:
		return fmt.Sprintf("v%d.%d.%d.%d", g.between(1, 12), g.intn(10), g.intn(10), g.between(1, 99))
	case 2:
		return fmt.Sprintf("%d.%d.%d-rc.%d", g.between(0, 4), g.intn(30), g.intn(10), g.between(1, 5))
	default:
		return fmt.Sprintf("%d.%d.%d", g.between(0, 9), g.intn(40), g.intn(30))
	}
}

// orderID returns an order, invoice or ticket id.
func (g *gen) orderID() string {
	switch g.intn(5) {
	case 0:
		return fmt.Sprintf("ORD-%d-%06d", g.between(2022, 2025), g.intn(1000000))
	case 1:
		return fmt.Sprintf("INV-%07d", g.intn(10000000))
	case 2:
		return fmt.Sprintf("%d", g.between(100000000000, 999999999999))
	case 3:
		return "ord_" + g.str(base62, 14)
	default:
		return fmt.Sprintf("#%d", g.between(1000, 99999))
	}
}

// hexColor returns a CSS colour.
func (g *gen) hexColor() string { return "#" + g.str(hexLower, pick(g, []int{3, 6, 6})) }

// cron returns a cron schedule.
func (g *gen) cron() string {
	return pick(g, []string{"*/5 * * * *", "0 3 * * *", "15 2 * * 1-5", "0 */6 * * *", "30 4 1 * *", "@hourly", "0 0 * * 0"})
}

// lorem returns n lorem ipsum words.
func (g *gen) lorem(n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = pick(g, loremWords)
	}
	s := strings.Join(w, " ")
	return strings.ToUpper(s[:1]) + s[1:]
}

// imageDataURI returns a base64 PNG data URI with random contents.
func (g *gen) imageDataURI(n int) string {
	b := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), g.bytes(n)...)
	return "data:image/png;base64," + base64.StdEncoding.EncodeToString(b)
}

// goSumLine returns a go.sum style line.
func (g *gen) goSumLine() string {
	return fmt.Sprintf("%s v%d.%d.%d h1:%s=", pick(g, goPackages), g.intn(3), g.intn(30), g.intn(20),
		base64.StdEncoding.EncodeToString(g.bytes(32))[:43])
}

// integrity returns an npm lockfile integrity string.
func (g *gen) integrity() string {
	return "sha512-" + base64.StdEncoding.EncodeToString(g.bytes(64))
}

// digest returns a container image digest.
func (g *gen) digest() string { return "sha256:" + g.sha(64) }

// podName returns a generated Kubernetes pod name.
func (g *gen) podName(app string) string {
	return fmt.Sprintf("%s-%s-%s", app, g.str("bcdfghjklmnpqrstvwxz2456789", 10), g.str("bcdfghjklmnpqrstvwxz2456789", 5))
}

// numericID returns a long numeric id (customer, account, trace numbers).
func (g *gen) numericID() string { return fmt.Sprint(g.between(10000000, 999999999)) }

// ts returns an RFC 3339 timestamp.
func (g *gen) ts() string { return g.when().Format("2006-01-02T15:04:05.000Z") }

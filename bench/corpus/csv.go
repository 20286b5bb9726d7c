package corpus

import (
	"fmt"
	"strings"
)

// CSV exports: customer, payroll, transaction, network inventory and lead
// lists with a header row; comma, semicolon or tab separated.

// csvRow writes one record, quoting fields that hold the separator or quotes.
func csvRow(d *doc, sep string, fields ...any) {
	for i, f := range fields {
		if i > 0 {
			d.raw(sep)
		}
		switch x := f.(type) {
		case lv:
			if strings.Contains(x.val, sep) || strings.Contains(x.val, ",") {
				d.f("\"%s\"", x)
			} else {
				d.f("%s", x)
			}
		case string:
			if strings.ContainsAny(x, sep+"\",\n") {
				d.raw("\"" + strings.ReplaceAll(x, "\"", "\"\"") + "\"")
			} else {
				d.raw(x)
			}
		default:
			d.f("%v", x)
		}
	}
	// Spreadsheet exports with ';' come from Excel locales and end in CRLF.
	if sep == ";" {
		d.raw("\r\n")
	} else {
		d.raw("\n")
	}
}

func csvSep(g *gen) (string, string) {
	switch g.intn(5) {
	case 0:
		return ";", "csv"
	case 1:
		return "\t", "tsv"
	default:
		return ",", "csv"
	}
}

func buildCSV(g *gen, d *doc, i int) string {
	sep, ext := csvSep(g)
	n := g.between(40, 150)
	switch i % 6 {
	case 0:
		// Customer export with a dob column.
		csvRow(d, sep, "id", "first_name", "last_name", "email", "phone", "dob", "city", "country", "created_at")
		for range n {
			p := g.person()
			csvRow(d, sep, g.numericID(), p.first, p.last, lab(tEmail, p.email), lab(tPhone, p.phone), lab(tDOB, g.dob()), p.city, p.country, g.ts())
		}
		return "customers." + ext
	case 1:
		// Payroll: SSNs (some plain), ITINs, IBANs.
		csvRow(d, sep, "employee_id", "name", "work_email", "ssn", "iban", "salary", "start_date", "date_of_birth")
		for range n {
			p := g.person()
			var tax any = lab(tSSN, g.ssn(g.chance(0.2)))
			if g.chance(0.2) {
				tax = lab(tITIN, g.itin())
			}
			csvRow(d, sep, fmt.Sprintf("E%05d", g.intn(100000)), p.name(), lab(tEmail, g.emailFor(p.first, p.last)), tax, lab(tIBAN, g.iban()),
				g.between(40, 250)*1000, g.when().Format("2006-01-02"), lab(tDOB, g.isoDOB()))
		}
		return "payroll." + ext
	case 2:
		// Card transactions.
		csvRow(d, sep, "txn_id", "timestamp", "card_number", "amount", "currency", "merchant", "customer_email", "ip_address")
		for range n {
			csvRow(d, sep, "txn_"+g.str(base62, 16), g.ts(), lab(tCard, g.card()), fmt.Sprintf("%d.%02d", g.between(1, 2000), g.intn(100)),
				pick(g, []string{"USD", "EUR", "GBP"}), pick(g, companies), lab(tEmail, g.person().email), lab(tIP, g.ipv4()))
		}
		return "transactions." + ext
	case 3:
		// Network inventory: IPv4, IPv6, MACs; OS versions are look-alikes.
		csvRow(d, sep, "hostname", "ip_address", "ipv6", "mac_address", "owner", "location", "os_version")
		for range n {
			p := g.person()
			csvRow(d, sep, fmt.Sprintf("%s-%02d", pick(g, []string{"web", "db", "cache", "lt", "ws", "prn"}), g.between(1, 99)), lab(tIP, g.privateIPv4()), lab(tIP, g.ipv6()),
				lab(tMAC, g.mac()), lab(tEmail, p.email), pick(g, cities), pick(g, []string{"Ubuntu 22.04.3", "Windows 11 23H2", "macOS 14.2.1", "10.0.22631.2861"}))
		}
		return "inventory." + ext
	case 4:
		// Marketing leads.
		csvRow(d, sep, "name", "company", "email", "phone", "consent", "utm_source", "utm_campaign", "score")
		for range n {
			p := g.person()
			csvRow(d, sep, p.name(), p.company, lab(tEmail, p.email), lab(tPhone, p.phone), pick(g, []string{"yes", "no"}),
				pick(g, []string{"google", "linkedin", "newsletter", "webinar"}), "q"+fmt.Sprint(g.between(1, 4))+"-"+g.str(alnumLow, 5), g.between(0, 100))
		}
		return "leads." + ext
	default:
		// UK applicants: NINOs, passports, UK phones.
		csvRow(d, sep, "full_name", "ni_number", "passport_number", "phone", "postcode", "date_of_birth", "nationality")
		for range n {
			p := g.person()
			csvRow(d, sep, p.name(), lab(tNINO, g.nino()), lab(tPassport, g.passport()), lab(tPhone, g.phone("GB")),
				fmt.Sprintf("%s%d %d%s", g.str(upper, 2), g.between(1, 20), g.between(1, 9), g.str(upper, 2)), lab(tDOB, g.dob()), pick(g, []string{"British", "Irish", "Polish", "Indian", "German"}))
		}
		return "uk-applicants." + ext
	}
}

func buildCSVNegative(g *gen, d *doc, i int) string {
	sep, ext := csvSep(g)
	n := g.between(40, 160)
	switch i % 4 {
	case 0:
		csvRow(d, sep, "sku", "name", "ean", "price", "stock", "firmware", "updated_at")
		for range n {
			csvRow(d, sep, "SKU-"+strings.ToUpper(g.str(alnumLow, 6)), pick(g, products), g.str(digits, 13), fmt.Sprintf("%d.%02d", g.between(1, 900), g.intn(100)),
				g.between(0, 5000), g.version(), g.ts())
		}
		return "products." + ext
	case 1:
		csvRow(d, sep, "order_id", "created_at", "card", "email", "amount", "status")
		for range n {
			csvRow(d, sep, g.orderID(), g.ts(), g.maskedCard(), g.maskedEmail(), fmt.Sprintf("%d.%02d", g.between(1, 900), g.intn(100)), pick(g, []string{"paid", "refunded", "pending"}))
		}
		return "orders-masked." + ext
	case 2:
		csvRow(d, sep, "package", "version", "license", "sha256", "downloaded")
		for range n {
			csvRow(d, sep, pick(g, append(npmPackages, goPackages...)), g.version(), pick(g, []string{"MIT", "Apache-2.0", "BSD-3-Clause", "ISC"}), g.sha(64), g.when().Format("2006-01-02"))
		}
		return "licenses." + ext
	default:
		csvRow(d, sep, "sensor_id", "timestamp", "temperature_c", "humidity", "battery_mv", "fw")
		for range n {
			csvRow(d, sep, g.uuid(), g.when().Unix(), fmt.Sprintf("%.2f", g.r.Float64()*40-5), fmt.Sprintf("%.1f", g.r.Float64()*100), g.between(2800, 4200), g.version())
		}
		return "sensor-readings." + ext
	}
}

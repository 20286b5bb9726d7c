package corpus

import (
	"unicode/utf16"
)

// Special files: UTF-16LE text with a byte-order mark (as Windows tools write
// PowerShell scripts, registry exports and "Unicode text" spreadsheets) and
// one binary blob. Labels in UTF-16 files are byte offsets into the UTF-16
// bytes, and each span covers the value's UTF-16 code units.

// toUTF16 re-encodes a UTF-8 document as UTF-16LE with a BOM and maps its
// labels onto the new bytes.
func toUTF16(d *doc) ([]byte, []planted) {
	enc := func(s string) []byte {
		u := utf16.Encode([]rune(s))
		b := make([]byte, 0, 2*len(u))
		for _, c := range u {
			b = append(b, byte(c), byte(c>>8))
		}
		return b
	}
	out := append([]byte{0xFF, 0xFE}, enc(string(d.b))...)
	labels := make([]planted, len(d.labels))
	for i, p := range d.labels {
		start := 2 + len(enc(string(d.b[:p.Start])))
		val := enc(p.Value)
		labels[i] = planted{Label{Type: p.Type, Start: start, End: start + len(val)}, string(val)}
	}
	return out, labels
}

// specialFiles returns the UTF-16 and binary files.
func specialFiles(seed int64, seen map[string]bool) []genFile {
	var out []genFile
	utf16File := func(k int, name string, negative bool, build func(g *gen, d *doc)) {
		g := newGen(seed, "special", k, seen)
		d := &doc{}
		build(g, d)
		data, labels := toUTF16(d)
		out = append(out, genFile{path: "special/" + name, data: data, labels: labels, negative: negative})
	}
	utf16File(0, "deploy.ps1", false, func(g *gen, d *doc) {
		d.f("# Deploy script — saved by PowerShell ISE (UTF-16)\r\n$ErrorActionPreference = 'Stop'\r\n")
		d.f("$securePw = ConvertTo-SecureString \"%s\" -AsPlainText -Force\r\n", lab(tPassword, g.password()))
		d.f("$cred = New-Object System.Management.Automation.PSCredential (\"%s\", $securePw)\r\n", lab(tEmail, g.person().email))
		d.f("$env:AZURE_STORAGE_CONNECTION_STRING = \"%s\"\r\n", lab(tAzureConn, g.azureConn()))
		d.f("Invoke-RestMethod -Uri https://api.%s/v1/deploy -Headers @{ Authorization = \"Bearer %s\" }\r\n", pick(g, corpDomains), lab(tAuthToken, g.opaqueToken()))
		d.f("Write-Host \"Déploiement terminé — %s\"\r\n", g.version())
	})
	utf16File(1, "contacts-unicode.txt", false, func(g *gen, d *doc) {
		csvRow(d, "\t", "Name", "E-mail", "Phone", "Date of birth", "IBAN")
		for range g.between(10, 25) {
			p := g.person()
			csvRow(d, "\t", p.name(), lab(tEmail, p.email), lab(tPhone, p.phone), lab(tDOB, g.dob()), lab(tIBAN, g.iban()))
		}
	})
	utf16File(2, "winlogon.reg", false, func(g *gen, d *doc) {
		d.f("Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\r\n\"AutoAdminLogon\"=\"1\"\r\n\"DefaultUserName\"=\"kiosk\"\r\n\"DefaultPassword\"=\"%s\"\r\n\r\n", lab(tPassword, g.password()))
		d.f("[HKEY_CURRENT_USER\\Software\\%s\\Sync]\r\n\"ApiToken\"=\"%s\"\r\n\"Server\"=\"%s\"\r\n", pick(g, companies), lab(tGeneric, g.genericSecret()), lab(tIP, g.publicIPv4()))
	})
	utf16File(3, "release-notes-utf16.txt", true, func(g *gen, d *doc) {
		d.f("Release %s — %s\r\n\r\n", g.version(), g.when().Format("2006-01-02"))
		for range g.between(8, 16) {
			d.f("• %s (build %d.%d.%d.%d, commit %s)\r\n", g.lorem(6), g.between(1, 9), g.between(0, 20), g.between(0, 9), g.between(1000, 9999), g.sha(10))
		}
		d.f("Checksums: SHA-256 %s\r\nCafé crème, naïve façade — ünïcödé is fine.\r\n", g.sha(64))
	})
	// A binary blob: random bytes with NULs. Nothing in it is text, so
	// nothing is labelled.
	g := newGen(seed, "special", 4, seen)
	blob := append([]byte("\x7fELF\x02\x01\x01\x00"), g.bytes(g.between(6000, 12000))...)
	for i := 8; i < len(blob); i += g.between(3, 40) {
		blob[i] = 0
	}
	out = append(out, genFile{path: "special/blob.bin", data: blob, negative: true})
	return out
}

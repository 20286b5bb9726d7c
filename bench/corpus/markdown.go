package corpus

import (
	"fmt"
	"time"
)

// Markdown: READMEs, runbooks, onboarding pages, incident reports and meeting
// notes. Negative documents are changelogs, ADRs and READMEs that use
// placeholders and documented example keys.

func buildMarkdown(g *gen, d *doc, i int) string {
	app := pick(g, services)
	switch i % 5 {
	case 0:
		// README whose quick start leaks a key and a DSN.
		d.f("# %s\n\n%s.\n\n## Quick start\n\n```bash\ngit clone git@github.com:acme/%s.git\ncd %s\nexport OPENAI_API_KEY=%s\nexport DATABASE_URL=%s\nmake run\n```\n\n", app, g.lorem(12), app, app, lab(tOpenAI, g.openaiKey()), lab(tDBConn, g.dbURL()))
		p := g.person()
		d.f("## Maintainers\n\n- %s — %s, %s\n- %s — %s\n\nCurrent release: v%s (%s)\n", p.name(), lab(tEmail, p.email), lab(tPhone, p.phone), g.person().name(), lab(tEmail, g.roleEmail()), g.version(), g.sha(7))
		return "README.md"
	case 1:
		// Incident postmortem.
		t := g.when()
		d.f("# Incident %s: credential stuffing against /login\n\n**Status:** resolved  \n**Severity:** SEV-2  \n**Date:** %s\n\n## Timeline (UTC)\n\n", g.orderID(), t.Format("2006-01-02"))
		for range g.between(4, 8) {
			t = t.Add(time.Duration(g.between(2, 40)) * time.Minute)
			d.f("- %s — spike of 401s from %s and %s\n", t.Format("15:04"), lab(tIP, g.publicIPv4()), lab(tIP, g.ipv6()))
		}
		d.f("\n## Impact\n\n%d accounts were locked, including %s and %s.\n\n## What went wrong\n\nThe attacker used the service token `%s`, which had been committed to a public gist.\nIt was rotated at %s.\n",
			g.between(10, 900), lab(tEmail, g.person().email), lab(tEmail, g.person().email), lab(tAuthToken, g.opaqueToken()), t.Add(time.Hour).Format("15:04"))
		return "postmortem.md"
	case 2:
		// Onboarding page with shared passwords.
		d.f("# Welcome to %s!\n\n## Day one\n\n1. Office Wi-Fi: `%s-Staff`, password **%s**\n2. VPN: `vpn.%s`, shared bootstrap login `onboarding` / `%s` (change it on first use)\n",
			pick(g, companies), pick(g, []string{"Acme", "HQ", "Floor3"}), lab(tPassword, g.password()), pick(g, corpDomains), lab(tPassword, g.password()))
		p := g.person()
		d.f("3. Your buddy is %s (%s, ext. %d, mobile %s)\n4. IT help: %s\n\n## Accounts\n\n| System | Login | Notes |\n|---|---|---|\n| Grafana | admin / %s | read-only dashboards |\n| Jenkins | ci / %s | ask before changing jobs |\n",
			p.name(), lab(tEmail, p.email), g.between(100, 999), lab(tPhone, p.phone), lab(tEmail, g.roleEmail()), lab(tPassword, g.password()), lab(tPassword, g.password()))
		return "onboarding.md"
	case 3:
		// Runbook with a DSN and a private key.
		d.f("# Runbook: %s database failover\n\n1. Check replication lag:\n\n   ```sql\n   SELECT now() - pg_last_xact_replay_timestamp();\n   ```\n\n2. Connect to the replica:\n\n   ```bash\n   psql \"%s\"\n   ```\n\n", app, lab(tDBConn, g.pgURL()))
		d.f("3. Promote it (`pg_ctl promote`) and update the DNS record to %s.\n4. Page the DBA on call: %s.\n5. If the promotion fails, restore from the latest snapshot with the backup key below:\n\n```\n%s\n```\n",
			lab(tIP, g.privateIPv4()), lab(tPhone, g.anyPhone()), lab(tPrivKey, g.privateKey()))
		return "runbook-failover.md"
	default:
		// Meeting notes.
		a, b := g.person(), g.person()
		d.f("# Meeting notes — %s\n\nAttendees: %s (%s), %s (%s)\n\n## Vendor onboarding\n\n- %s from %s will send the contract; reach them at %s.\n- Payment to vendor IBAN %s (confirmed by phone).\n- Their API sandbox key for us: `%s`\n\n## Action items\n\n- [ ] %s to file ticket %s\n- [ ] Follow-up call %s\n",
			g.when().Format("January 2, 2006"), a.name(), lab(tEmail, a.email), b.name(), lab(tEmail, b.email), g.person().name(), pick(g, companies), lab(tPhone, g.anyPhone()),
			lab(tIBAN, g.iban()), lab(tGeneric, g.genericSecret()), a.first, g.orderID(), g.when().Format("Mon Jan 2 15:04"))
		return "meeting-notes.md"
	}
}

func buildMarkdownNegative(g *gen, d *doc, i int) string {
	app := pick(g, services)
	switch i % 3 {
	case 0:
		d.f("# Changelog\n\nAll notable changes to %s are documented here.\n\n", app)
		for range g.between(6, 14) {
			d.f("## [%s] - %s\n\n### Fixed\n- %s (#%d, %s)\n### Changed\n- Bump %s to %s\n\n", g.version(), g.when().Format("2006-01-02"), g.lorem(6), g.between(100, 5000), g.sha(7), pick(g, goPackages), g.version())
		}
		return "CHANGELOG.md"
	case 1:
		d.f("# %s\n\n## Configuration\n\n| Variable | Example | Notes |\n|---|---|---|\n| `DATABASE_URL` | `postgres://user:password@localhost:5432/app` | never commit real values |\n| `AWS_ACCESS_KEY_ID` | `%s` | AWS documentation example |\n| `AWS_SECRET_ACCESS_KEY` | `%s` | AWS documentation example |\n| `STRIPE_PUBLISHABLE_KEY` | `%s` | publishable, safe in the browser |\n| `API_KEY` | `<your-api-key>` | from the dashboard |\n| `JWT_SECRET` | `changeme` | generate with `openssl rand -hex 32` |\n\n",
			app, awsExampleKeyID, awsExampleSecret, g.stripePublishable())
		d.f("Test cards must fail Luhn in unit tests, e.g. `%s`; receipts show `%s`.\n\nDeploy key (public half):\n\n```\n%s\n```\n\n```\n%s\n```\n", g.luhnInvalid(), g.maskedCard(), g.sshPublicKey("deploy@"+app), g.publicKeyPEM())
		return "README.md"
	default:
		d.f("# ADR %03d: %s\n\nDate: %s\n\n## Context\n\n%s. %s.\n\n## Decision\n\nWe pin images by digest (`%s`) and schedule compaction with `%s`.\nObject ids are UUIDs such as `%s`; build numbers look like `%d.%d.%d.%d` and are not addresses.\n\n## Consequences\n\n%s.\n",
			g.between(1, 120), g.lorem(5), g.when().Format("2006-01-02"), g.lorem(20), g.lorem(15), g.digest(), g.cron(), g.uuid(), g.between(1, 9), g.between(0, 20), g.between(0, 9), g.between(100, 9999), g.lorem(25))
		return fmt.Sprintf("adr-%03d.md", g.between(1, 120))
	}
}

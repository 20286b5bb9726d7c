package corpus

import (
	"fmt"
	"strings"
)

// SQL dumps: mysqldump INSERTs and pg_dump COPY blocks holding customer data,
// and user-management statements with passwords. Password hashes (bcrypt,
// argon2) are stored credentials' digests, not the credentials, and are not
// labelled.

func sqlQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// bcrypt returns a bcrypt-shaped hash.
func (g *gen) bcrypt() string {
	return "$2b$" + fmt.Sprint(pick(g, []int{10, 12})) + "$" + g.str(upper+lower+digits+"./", 53)
}

func buildSQL(g *gen, d *doc, i int) string {
	db := pick(g, dbNames)
	switch i % 4 {
	case 0:
		// mysqldump of a users table.
		d.f("-- MySQL dump 10.13  Distrib 8.0.%d, for Linux (x86_64)\n--\n-- Host: %s    Database: %s\n-- ------------------------------------------------------\n\n", g.between(30, 36), g.host("mysql"), db)
		d.f("DROP TABLE IF EXISTS `users`;\nCREATE TABLE `users` (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `first_name` varchar(64),\n  `last_name` varchar(64),\n  `email` varchar(255) NOT NULL,\n  `phone` varchar(32),\n  `date_of_birth` date,\n  `password_hash` char(60),\n  `last_login_ip` varchar(45),\n  `created_at` datetime,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n\n")
		d.raw("LOCK TABLES `users` WRITE;\nINSERT INTO `users` VALUES ")
		n := g.between(40, 120)
		for k := range n {
			p := g.person()
			if k > 0 {
				d.raw(",")
			}
			d.f("(%d,%s,%s,'%s','%s','%s','%s','%s','%s')", k+1, sqlQuote(p.first), sqlQuote(p.last), lab(tEmail, p.email), lab(tPhone, p.phone), lab(tDOB, g.isoDOB()),
				g.bcrypt(), lab(tIP, g.ipv4()), g.when().Format("2006-01-02 15:04:05"))
		}
		d.raw(";\nUNLOCK TABLES;\n")
		return db + "-users.sql"
	case 1:
		// pg_dump COPY block.
		d.f("--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 16.1\nSET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n\n")
		d.f("COPY public.customers (id, full_name, email, birth_date, ssn, card_number, iban, created_at) FROM stdin;\n")
		for range g.between(40, 120) {
			p := g.person()
			d.f("%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", g.between(1, 999999), p.name(), lab(tEmail, p.email), lab(tDOB, g.isoDOB()), lab(tSSN, g.ssn(false)),
				lab(tCard, g.card()), lab(tIBAN, g.iban()), g.when().Format("2006-01-02 15:04:05.000000+00"))
		}
		d.raw("\\.\n\n")
		d.f("SELECT pg_catalog.setval('public.customers_id_seq', %d, true);\n", g.between(1000, 999999))
		return db + "-customers.sql"
	case 2:
		// User provisioning statements.
		d.f("-- provisioning for %s\n", db)
		d.f("CREATE USER '%s'@'%%' IDENTIFIED BY '%s';\n", pick(g, dbUsers), lab(tPassword, g.password()))
		d.f("CREATE USER 'reporting'@'%s' IDENTIFIED WITH mysql_native_password BY '%s';\n", lab(tIP, g.privateIPv4()), lab(tPassword, g.password()))
		d.f("GRANT SELECT, INSERT, UPDATE ON %s.* TO 'reporting'@'%%';\n", db)
		d.f("ALTER ROLE %s WITH LOGIN PASSWORD '%s' VALID UNTIL '%s';\n", pick(g, dbUsers), lab(tPassword, g.password()), g.when().Format("2006-01-02"))
		d.f("CREATE SERVER legacy FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '%s', dbname 'legacy');\nCREATE USER MAPPING FOR app SERVER legacy OPTIONS (user 'legacy_ro', password '%s');\n", g.host("legacy-db"), lab(tPassword, g.password()))
		d.f("INSERT INTO integrations (name, api_key, webhook_url) VALUES ('slack', '%s', '%s'), ('sendgrid', '%s', NULL);\n",
			lab(tSlack, g.slackToken()), lab(tSlackHook, g.slackWebhook()), lab(tSendGrid, g.sendgridKey()))
		return "provision.sql"
	default:
		// Payment methods archive.
		d.f("-- payments archive export %s\nINSERT INTO payment_methods (customer_id, type, pan, holder, exp, iban, billing_phone) VALUES\n", g.when().Format("2006-01-02"))
		n := g.between(15, 40)
		for k := range n {
			p := g.person()
			sep := ","
			if k == n-1 {
				sep = ";"
			}
			if g.chance(0.6) {
				d.f("  (%s, 'card', '%s', %s, '%02d/%02d', NULL, '%s')%s\n", g.numericID(), lab(tCard, g.card()), sqlQuote(strings.ToUpper(p.name())), g.between(1, 12), g.between(25, 31), lab(tPhone, p.phone), sep)
			} else {
				d.f("  (%s, 'sepa', NULL, %s, NULL, '%s', '%s')%s\n", g.numericID(), sqlQuote(p.name()), lab(tIBAN, g.iban()), lab(tPhone, p.phone), sep)
			}
		}
		return "payment-methods.sql"
	}
}

func buildSQLNegative(g *gen, d *doc, i int) string {
	if i%2 == 0 {
		d.f("-- schema only, generated %s\nCREATE TABLE public.users (\n    id bigserial PRIMARY KEY,\n    email text NOT NULL UNIQUE,\n    password_hash text NOT NULL,\n    date_of_birth date,\n    created_at timestamptz DEFAULT now()\n);\n\n", g.ts())
		d.f("CREATE TABLE public.schema_migrations (version bigint PRIMARY KEY, checksum text, applied_at timestamptz);\nINSERT INTO public.schema_migrations VALUES\n")
		n := g.between(10, 30)
		for k := range n {
			sep := ","
			if k == n-1 {
				sep = ";"
			}
			d.f("  (%s, '%s', '%s')%s\n", g.when().Format("20060102150405"), g.sha(64), g.ts(), sep)
		}
		return "schema.sql"
	}
	d.f("INSERT INTO products (sku, name, price_cents, ean, version, color) VALUES\n")
	n := g.between(30, 80)
	for k := range n {
		sep := ","
		if k == n-1 {
			sep = ";"
		}
		d.f("  ('SKU-%s', %s, %d, '%s', '%s', '%s')%s\n", strings.ToUpper(g.str(alnumLow, 6)), sqlQuote(pick(g, products)), g.between(100, 99999), g.str(digits, 13), g.version(), g.hexColor(), sep)
	}
	return "products.sql"
}

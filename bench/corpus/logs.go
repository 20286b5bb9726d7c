package corpus

import (
	"fmt"
	"strings"
	"time"
)

// Logs: nginx/apache access and error logs, JSON-lines and logfmt application
// logs, syslog (sshd, sudo, dhcpd) and klog-style container logs. Every IP
// in a positive log is labelled; benign lines carry ids, hashes and versions.

// reqPath returns a request path with its placeholders filled.
func reqPath(g *gen) string {
	p := pick(g, httpPaths)
	switch {
	case strings.Contains(p, "%d"):
		return fmt.Sprintf(p, g.between(1, 99999))
	case strings.Contains(p, "q=%s"):
		return fmt.Sprintf(p, pick(g, searchTerms))
	case strings.Contains(p, "%s"):
		return fmt.Sprintf(p, g.sha(8))
	}
	return p
}

// leakyQuery returns a query string that carries a labelled value.
func leakyQuery(g *gen) cat {
	switch g.intn(7) {
	case 0:
		return cat{"/api/v1/users?email=", lab(tEmail, strings.Replace(g.person().email, "@", "%40", 1))}
	case 1:
		return cat{"/oauth/callback?access_token=", lab(tAuthToken, g.opaqueToken()), "&state=" + g.sha(16)}
	case 2:
		return cat{"/maps/api/geocode/json?address=" + strings.ReplaceAll(pick(g, cities), " ", "+") + "&key=", lab(tGCPKey, g.gcpAPIKey())}
	case 3:
		return cat{"/api/v1/export?token=", lab(tJWT, g.jwt())}
	case 4:
		return cat{"/unsubscribe?e=", lab(tEmail, g.person().email), "&list=weekly"}
	case 5:
		return cat{"/reset-password?email=", lab(tEmail, strings.Replace(g.person().email, "@", "%40", 1)), "&code=" + g.str(digits, 6)}
	default:
		return cat{"/api/v1/sessions?api_key=", lab(tGeneric, g.genericSecret())}
	}
}

// nginxLine writes one combined-format access log line from ip.
func nginxLine(g *gen, d *doc, t time.Time, ip string, leak bool) {
	var path any = reqPath(g)
	if leak {
		path = leakyQuery(g)
	}
	user := "-"
	if g.chance(0.05) {
		user = pick(g, []string{"admin", "deploy", "grafana"})
	}
	status := pick(g, []int{200, 200, 200, 200, 304, 301, 404, 401, 499, 502})
	d.f("%s - %s [%s] \"%s %s HTTP/%s\" %d %d \"%s\" \"%s\"",
		lab(tIP, ip), user, t.Format("02/Jan/2006:15:04:05 -0700"), pick(g, []string{"GET", "GET", "GET", "POST", "PUT", "DELETE"}),
		path, pick(g, []string{"1.1", "1.1", "2.0"}), status, g.between(0, 48000),
		pick(g, []string{"-", "https://" + pick(g, corpDomains) + "/", "https://www.google.com/"}), pick(g, userAgents))
	if g.chance(0.3) {
		d.f(" rt=%.3f uct=\"%.3f\" urt=\"%.3f\"", g.r.Float64(), g.r.Float64()/10, g.r.Float64())
	}
	d.raw("\n")
}

// appLeak returns a log message and fields that leak one or more values.
func appLeak(g *gen) (msg cat, fields []kv) {
	p := g.person()
	switch g.intn(16) {
	case 0:
		return cat{"user logged in"}, []kv{{"user", lab(tEmail, p.email)}, {"ip", lab(tIP, g.ipv4())}}
	case 1:
		return cat{"login failed for ", lab(tEmail, p.email), " with password ", lab(tPassword, g.password())}, []kv{{"attempt", g.between(1, 5)}}
	case 2:
		tok, typ := g.providerBearer()
		return cat{"outbound request"}, []kv{{"url", "https://" + pick(g, []string{"api.stripe.com/v1/charges", "api.github.com/repos", "api.openai.com/v1/chat/completions", "slack.com/api/chat.postMessage", "api.anthropic.com/v1/messages"})},
			{"headers", cat{"Authorization: Bearer ", lab(typ, tok)}}}
	case 3:
		return cat{"charge declined"}, []kv{{"card", lab(tCard, g.card())}, {"customer_email", lab(tEmail, p.email)}, {"amount", g.between(100, 99999)}}
	case 4:
		return cat{"could not connect to database ", lab(tDBConn, g.connString()), ": connection refused"}, nil
	case 5:
		return cat{"signup completed"}, []kv{{"phone", lab(tPhone, p.phone)}, {"dob", lab(tDOB, g.isoDOB())}, {"country", p.country}}
	case 6:
		return cat{"posting alert to ", lab(tSlackHook, g.slackWebhook())}, []kv{{"status", 200}}
	case 7:
		return cat{"generated download link"}, []kv{{"url", g.signedURL()}}
	case 8:
		return cat{"kyc check passed"}, []kv{{"ssn", lab(tSSN, g.ssn(false))}, {"name", p.name()}}
	case 9:
		return cat{"session created"}, []kv{{"session_id", lab(tAuthToken, g.opaqueToken())}, {"client_ip", lab(tIP, g.ipv6())}}
	case 10:
		return cat{"refund issued to ", lab(tIBAN, g.iban())}, []kv{{"account_holder", p.name()}}
	case 12:
		return cat{"fetching package index"}, []kv{{"url", cat{"https://", lab(tURLCreds, g.userinfo()), "@pypi." + pick(g, corpDomains) + "/simple/"}}}
	case 13:
		return cat{"google token refreshed"}, []kv{{"access_token", lab(tOAuthToken, g.oauthAccessToken())}, {"expires_in", 3599}}
	case 14:
		return cat{"shopify sync failed: 401"}, []kv{{"shop", strings.ToLower(p.last) + "-store.myshopify.com"}, {"header", cat{"X-Shopify-Access-Token: ", lab(tShopify, g.shopifyToken())}}}
	case 15:
		return cat{"assumed role"}, []kv{{"access_key_id", lab(tAWSKey, g.awsKeyID(true))}, {"session_token", lab(tAWSSession, g.awsSessionToken())}}
	default:
		return cat{"aws client initialised"}, []kv{{"access_key", lab(tAWSKey, g.awsKeyID(false))}, {"secret", lab(tAWSSecret, g.awsSecret())}}
	}
}

// providerBearer returns a provider token used as a bearer credential and its type.
func (g *gen) providerBearer() (string, string) {
	switch g.intn(7) {
	case 6:
		return g.oauthAccessToken(), tOAuthToken
	case 0:
		return g.stripeKey(), tStripe
	case 1:
		return g.githubToken(), tGitHub
	case 2:
		return g.openaiKey(), tOpenAI
	case 3:
		return g.slackToken(), tSlack
	case 4:
		return g.jwt(), tJWT
	default:
		return g.opaqueToken(), tAuthToken
	}
}

// benignFields returns fields that look technical but hold nothing sensitive.
func benignFields(g *gen) (string, []kv) {
	msg := pick(g, logMessages)
	f := []kv{{"trace_id", g.sha(32)}, {"span_id", g.sha(16)}}
	switch g.intn(5) {
	case 0:
		f = append(f, kv{"path", reqPath(g)}, kv{"status", pick(g, []int{200, 201, 204, 404})}, kv{"duration_ms", g.between(1, 800)})
	case 1:
		f = append(f, kv{"order_id", g.orderID()}, kv{"items", g.between(1, 9)})
	case 2:
		f = append(f, kv{"version", g.version()}, kv{"commit", g.sha(12)})
	case 3:
		f = append(f, kv{"job_id", g.uuid()}, kv{"attempt", g.between(1, 4)}, kv{"queue", pick(g, services)})
	default:
		f = append(f, kv{"user_id", g.numericID()}, kv{"tenant", g.uuid()})
	}
	return msg, f
}

// jsonLogLine writes one JSON-lines log record; leak plants values.
func jsonLogLine(g *gen, d *doc, t time.Time, svc string, leak bool) {
	level := pick(g, []string{"info", "info", "info", "debug", "warn"})
	var msg any
	var fields []kv
	if leak {
		var m cat
		m, fields = appLeak(g)
		msg = m
		level = pick(g, []string{"debug", "warn", "error", "info"})
	} else {
		msg, fields = benignFields(g)
	}
	o := obj{{"ts", t.Format("2006-01-02T15:04:05.000Z07:00")}, {"level", level}, {"service", svc}, {"msg", msg}}
	o = append(o, fields...)
	d.json(o, "")
	d.raw("\n")
}

// logfmtValue writes a logfmt value, quoting text with spaces.
func logfmtValue(d *doc, v any) {
	switch x := v.(type) {
	case lv:
		if strings.ContainsAny(x.val, " =") {
			d.f("\"%s\"", x)
			return
		}
		d.f("%s", x)
	case cat:
		if strings.ContainsAny(x.text(), " =") {
			d.f("\"%s\"", x)
			return
		}
		d.f("%s", x)
	case string:
		if strings.ContainsAny(x, " =\"") {
			d.f("%q", x)
			return
		}
		d.raw(x)
	default:
		d.f("%v", x)
	}
}

// logfmtLine writes one logfmt record; leak plants values.
func logfmtLine(g *gen, d *doc, t time.Time, svc string, leak bool) {
	level := pick(g, []string{"info", "info", "debug", "warn"})
	var msg any
	var fields []kv
	if leak {
		var m cat
		m, fields = appLeak(g)
		msg = m
		level = pick(g, []string{"debug", "warn", "error"})
	} else {
		msg, fields = benignFields(g)
	}
	d.f("time=%s level=%s svc=%s msg=", t.Format(time.RFC3339Nano), level, svc)
	logfmtValue(d, msg)
	for _, f := range fields {
		d.f(" %s=", f.k)
		logfmtValue(d, f.v)
	}
	d.raw("\n")
}

// syslogLine writes an auth/dhcp syslog line; all IPs and MACs are labelled.
func syslogLine(g *gen, d *doc, t time.Time, host string, ips []string) {
	ts := t.Format("Jan _2 15:04:05")
	ip := pick(g, ips)
	switch g.intn(7) {
	case 0:
		d.f("%s %s sshd[%d]: Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s\n", ts, host, g.between(1000, 65000),
			pick(g, []string{"deploy", "ubuntu", "ec2-user", "git"}), lab(tIP, ip), g.between(30000, 65000), strings.TrimRight(g.str(b64std, 43), "+/"))
	case 1:
		d.f("%s %s sshd[%d]: Failed password for invalid user %s from %s port %d ssh2\n", ts, host, g.between(1000, 65000),
			pick(g, []string{"admin", "test", "oracle", "postgres", "user"}), lab(tIP, ip), g.between(30000, 65000))
	case 2:
		d.f("%s %s sudo: %s : TTY=pts/%d ; PWD=/home/%s ; USER=root ; COMMAND=/usr/bin/systemctl restart %s\n", ts, host,
			pick(g, []string{"deploy", "ops"}), g.intn(4), pick(g, []string{"deploy", "ops"}), pick(g, services))
	case 3:
		d.f("%s %s dhcpd[%d]: DHCPACK on %s to %s (%s) via eth0\n", ts, host, g.between(400, 3000), lab(tIP, g.privateIPv4()), lab(tMAC, g.mac()),
			pick(g, []string{"laptop-", "printer-", "iphone-"})+g.str(alnumLow, 4))
	case 4:
		d.f("%s %s kernel: [UFW BLOCK] IN=eth0 OUT= MAC=%s SRC=%s DST=%s LEN=60 TTL=%d PROTO=TCP SPT=%d DPT=%d\n", ts, host,
			lab(tMAC, g.mac()), lab(tIP, ip), lab(tIP, g.privateIPv4()), g.between(30, 128), g.between(1024, 65000), pick(g, []int{22, 3389, 5432, 6379}))
	case 5:
		d.f("%s %s systemd[1]: Started %s.service - %s worker.\n", ts, host, pick(g, services), pick(g, companies))
	default:
		d.f("%s %s CRON[%d]: (root) CMD (/usr/local/bin/backup.sh --target s3://%s-backups)\n", ts, host, g.between(1000, 65000), pick(g, services))
	}
}

func buildLogs(g *gen, d *doc, i int) string {
	t := g.when()
	step := func() time.Time { t = t.Add(time.Duration(g.between(10, 4000)) * time.Millisecond); return t }
	svc := pick(g, services)
	switch i % 6 {
	case 0: // nginx access log: a pool of clients repeats
		var ips []string
		for range g.between(4, 12) {
			ips = append(ips, g.ipv4())
		}
		for range g.between(90, 220) {
			nginxLine(g, d, step(), pick(g, ips), g.chance(0.05))
		}
		return "nginx-access.log"
	case 1:
		for range g.between(120, 260) {
			jsonLogLine(g, d, step(), svc, g.chance(0.12))
		}
		return svc + ".jsonl"
	case 2:
		for range g.between(120, 260) {
			logfmtLine(g, d, step(), svc, g.chance(0.12))
		}
		return svc + ".logfmt.log"
	case 3:
		var ips []string
		for range g.between(3, 9) {
			ips = append(ips, g.publicIPv4())
		}
		host := pick(g, []string{"bastion-1", "web-02", "vpn-gw", "db-primary"})
		for range g.between(80, 200) {
			syslogLine(g, d, step(), host, ips)
		}
		return "auth.log"
	case 4: // apache error log with PHP/DB errors
		for range g.between(60, 140) {
			ts := step().Format("Mon Jan 02 15:04:05.000000 2006")
			if g.chance(0.2) {
				d.f("[%s] [php:error] [pid %d] [client %s:%d] PHP Fatal error:  Uncaught PDOException: SQLSTATE[28000] [1045] Access denied for user '%s'@'%s' (using password: YES) in /var/www/html/app/db.php:%d\n",
					ts, g.between(1000, 60000), lab(tIP, g.publicIPv4()), g.between(30000, 65000), pick(g, dbUsers), lab(tIP, g.privateIPv4()), g.between(10, 200))
			} else if g.chance(0.1) {
				d.f("[%s] [proxy:error] [pid %d] (111)Connection refused: AH00957: http: attempt to connect to %s:%d (%s) failed\n",
					ts, g.between(1000, 60000), lab(tIP, g.privateIPv4()), pick(g, []int{8080, 9000}), pick(g, services))
			} else {
				d.f("[%s] [mpm_event:notice] [pid %d:tid %d] AH00489: Apache/2.4.%d (Ubuntu) configured -- resuming normal operations\n",
					ts, g.between(1000, 60000), g.between(100000000, 999999999), g.between(41, 58))
			}
		}
		return "apache-error.log"
	default: // container log: klog lines plus a config dump at start-up
		d.f("I%s    1 main.go:42] starting %s version=%s commit=%s\n", step().Format("0102 15:04:05.000000"), svc, g.version(), g.sha(40))
		d.f("I%s    1 config.go:88] effective config: db=%s cache=%s\n", step().Format("0102 15:04:05.000000"), lab(tDBConn, g.dbURL()), "redis://"+g.host("redis")+":6379/0")
		for range g.between(80, 180) {
			ts := step().Format("0102 15:04:05.000000")
			if g.chance(0.08) {
				m, _ := appLeak(g)
				d.f("W%s    1 handler.go:%d] %s\n", ts, g.between(50, 400), m)
				continue
			}
			msg, f := benignFields(g)
			d.f("I%s    1 %s.go:%d] %s %s=%v\n", ts, pick(g, []string{"controller", "reconciler", "worker", "server"}), g.between(20, 600), msg, f[0].k, f[0].v)
		}
		return svc + "-container.log"
	}
}

func buildLogsNegative(g *gen, d *doc, i int) string {
	t := g.when()
	step := func() time.Time { t = t.Add(time.Duration(g.between(10, 4000)) * time.Millisecond); return t }
	svc := pick(g, services)
	switch i % 5 {
	case 0:
		for range g.between(120, 260) {
			jsonLogLine(g, d, step(), svc, false)
			if g.chance(0.05) {
				d.json(obj{{"ts", step().Format(time.RFC3339)}, {"level", "info"}, {"msg", "payment captured"},
					{"card", g.maskedCard()}, {"email", g.maskedEmail()}, {"ssn_last4", g.maskedSSN()}, {"client_ip", "<redacted>"}}, "")
				d.raw("\n")
			}
		}
		return svc + ".jsonl"
	case 1:
		for range g.between(120, 260) {
			logfmtLine(g, d, step(), svc, false)
		}
		return svc + ".logfmt.log"
	case 2: // access log whose client address is a keyed hash
		for range g.between(90, 200) {
			d.f("client=%s - [%s] \"GET %s HTTP/1.1\" %d %d %.3f \"%s\"\n", g.sha(16), step().Format("02/Jan/2006:15:04:05 -0700"), reqPath(g),
				pick(g, []int{200, 200, 304, 404}), g.between(0, 48000), g.r.Float64(), pick(g, userAgents))
		}
		return "access-anonymised.log"
	case 3: // CI build log
		d.f("##[group]Run actions/checkout@v4\nSyncing repository: acme/%s\nHEAD is now at %s %s\n##[endgroup]\n", svc, g.sha(7), "chore: release "+g.version())
		for range g.between(60, 140) {
			switch g.intn(5) {
			case 0:
				d.f("%s go: downloading %s v%d.%d.%d\n", step().Format("2006-01-02T15:04:05.0000000Z"), pick(g, goPackages), g.intn(3), g.intn(30), g.intn(20))
			case 1:
				d.f("%s #%d [build %d/%d] RUN go build -ldflags \"-X main.version=%s -X main.commit=%s\" ./cmd/server\n", step().Format("2006-01-02T15:04:05.0000000Z"), g.between(5, 20), g.between(1, 6), 6, g.version(), g.sha(40))
			case 2:
				d.f("%s #%d writing image %s done\n", step().Format("2006-01-02T15:04:05.0000000Z"), g.between(5, 20), g.digest())
			case 3:
				d.f("%s ok  \t%s/internal/%s\t%.3fs\tcoverage: %.1f%% of statements\n", step().Format("2006-01-02T15:04:05.0000000Z"), "github.com/acme/"+svc, pick(g, services), g.r.Float64()*3, g.r.Float64()*100)
			default:
				d.f("%s Cache restored from key: %s-go-%s\n", step().Format("2006-01-02T15:04:05.0000000Z"), "Linux", g.sha(64))
			}
		}
		return "ci-build.log"
	default: // kubernetes events
		for range g.between(60, 140) {
			d.f("%s   Normal   %s   pod/%s   %s\n", step().Format("2006-01-02T15:04:05Z"),
				pick(g, []string{"Scheduled", "Pulling", "Pulled", "Created", "Started", "Killing", "ScalingReplicaSet"}),
				g.podName(svc), pick(g, []string{
					"Successfully assigned " + pick(g, k8sNamespaces) + "/" + g.podName(svc) + " to ip-" + g.str(digits, 2) + "-node-" + g.str(alnumLow, 5),
					"Pulling image \"registry.internal/" + svc + "@" + g.digest() + "\"",
					"Container image \"" + pick(g, images) + "\" already present on machine",
					"Scaled up replica set " + svc + "-" + g.str("bcdfghjklmnpqrstvwxz2456789", 10) + " to " + fmt.Sprint(g.between(2, 9)),
					"Created container " + svc,
				}))
		}
		return "k8s-events.log"
	}
}

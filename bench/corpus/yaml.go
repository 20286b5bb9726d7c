package corpus

import (
	"fmt"
	"regexp"
	"strings"
)

// YAML carriers: application configs (generic, Spring, Rails, Alertmanager,
// GitHub Actions, Ansible), Helm values and docker-compose files.

var yamlPlainUnsafe = regexp.MustCompile(`^$|^[-?:,\[\]{}#&*!|>'"%@` + "`" + `\s]|: | #|:$|^(true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.eE+-]*)$`)

// yamlScalar writes v as a YAML scalar at the given indentation (used for
// block scalars). quote forces double quotes on strings.
func yamlScalar(d *doc, v any, indent string, quote bool) {
	switch x := v.(type) {
	case lv:
		if strings.Contains(x.val, "\n") {
			// Block scalar: the label covers the indented lines as written.
			d.raw("|\n" + indent)
			d.put(x.typ, strings.ReplaceAll(x.val, "\n", "\n"+indent))
			return
		}
		if quote || yamlPlainUnsafe.MatchString(x.val) {
			d.f("\"%s\"", x)
			return
		}
		d.f("%s", x)
	case cat:
		d.f("\"%s\"", x)
	case string:
		if quote || yamlPlainUnsafe.MatchString(x) {
			d.raw(jsonString(x))
			return
		}
		d.raw(x)
	case nil:
		d.raw("null")
	default:
		d.f("%v", x)
	}
}

// yv returns a labelled value for a YAML line, double-quoted when a plain
// scalar would misparse it (a leading '*', '@', '%' and the like).
func yv(typ, val string) any {
	if yamlPlainUnsafe.MatchString(val) {
		return cat{"\"", lab(typ, val), "\""}
	}
	return lab(typ, val)
}

// camel turns snake_case into camelCase.
func camel(s string) string {
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}

// writeYAMLGroups renders groups as nested mappings at depth.
func writeYAMLGroups(g *gen, d *doc, groups []group, ind string, depth int, camelCase, quote bool) {
	pad := strings.Repeat(ind, depth)
	for _, gr := range groups {
		name := gr.name
		if camelCase {
			name = camel(name)
		}
		d.f("%s%s:\n", pad, name)
		for _, s := range gr.items {
			k := s.key
			if camelCase {
				k = camel(k)
			}
			d.f("%s%s%s: ", pad, ind, k)
			yamlScalar(d, s.val, pad+ind+ind, quote)
			d.raw("\n")
		}
	}
}

func buildYAML(g *gen, d *doc, i int) string {
	ind := pick(g, []string{"  ", "  ", "    "})
	app := pick(g, services)
	switch i % 6 {
	case 0:
		d.lines("# " + app + " configuration")
		groups := append([]group{appGroup(g, app)}, g.pickGroups(g.between(3, 6), false)...)
		writeYAMLGroups(g, d, groups, ind, 0, g.chance(0.4), g.chance(0.3))
		return "config.yaml"
	case 1:
		d.f("server:\n%sport: 8080\n%sshutdown: graceful\nspring:\n%sapplication:\n%s%sname: %s\n", ind, ind, ind, ind, ind, app)
		jdbc := g.jdbcURL()
		driver := map[bool]string{true: "org.postgresql.Driver", false: "com.mysql.cj.jdbc.Driver"}[strings.HasPrefix(jdbc, "jdbc:postgresql")]
		if strings.HasPrefix(jdbc, "jdbc:sqlserver") {
			driver = "com.microsoft.sqlserver.jdbc.SQLServerDriver"
		}
		d.f("%sdatasource:\n%s%surl: %s\n", ind, ind, ind, lab(tDBConn, jdbc))
		d.f("%s%sdriver-class-name: "+driver+"\n%s%shikari:\n%s%s%smaximum-pool-size: %d\n", ind, ind, ind, ind, ind, ind, ind, g.between(5, 40))
		d.f("%smail:\n%s%shost: smtp.%s\n%s%sport: 587\n%s%susername: %s\n%s%spassword: \"%s\"\n", ind, ind, ind, pick(g, corpDomains), ind, ind, ind, ind,
			lab(tEmail, g.roleEmail()), ind, ind, lab(tPassword, g.password()))
		d.f("%sdata:\n%s%sredis:\n%s%s%shost: %s\n%s%s%spassword: %s\n", ind, ind, ind, ind, ind, ind, g.host("redis"), ind, ind, ind, yv(tPassword, g.urlPassword()))
		d.f("management:\n%sendpoints:\n%s%sweb:\n%s%s%sexposure:\n%s%s%s%sinclude: health,info,prometheus\n", ind, ind, ind, ind, ind, ind, ind, ind, ind, ind)
		d.f("app:\n%sjwt:\n%s%ssecret: %s\n%s%sexpiration: 3600\n", ind, ind, ind, yv(tGeneric, g.genericSecret()), ind, ind)
		return "application-prod.yml"
	case 2:
		for _, env := range []string{"development", "test", "production"} {
			d.f("%s:\n%sadapter: %s\n%sencoding: unicode\n%spool: <%%= ENV.fetch(\"RAILS_MAX_THREADS\") { 5 } %%>\n", env, ind, pick(g, []string{"postgresql", "mysql2"}), ind, ind)
			d.f("%sdatabase: %s_%s\n%shost: %s\n%susername: %s\n%spassword: %s\n\n", ind, app, env, ind, g.host("postgres"), ind, pick(g, dbUsers), ind, yv(tPassword, g.password()))
		}
		return "database.yml"
	case 3:
		ind = "  " // list items under mappings: keep the conventional two spaces
		d.f("global:\n%sresolve_timeout: 5m\n%sslack_api_url: '%s'\n%ssmtp_smarthost: 'smtp.%s:587'\n%ssmtp_from: '%s'\n%ssmtp_auth_username: '%s'\n%ssmtp_auth_password: '%s'\n",
			ind, ind, lab(tSlackHook, g.slackWebhook()), ind, pick(g, corpDomains), ind, lab(tEmail, g.roleEmail()), ind, lab(tEmail, g.roleEmail()), ind, lab(tPassword, g.password()))
		d.f("route:\n%sreceiver: oncall\n%sgroup_by: ['alertname', 'cluster']\n%sgroup_wait: 30s\nreceivers:\n- name: oncall\n%semail_configs:\n%s- to: '%s'\n", ind, ind, ind, ind, ind, lab(tEmail, g.person().email))
		d.f("%spagerduty_configs:\n%s- routing_key: %s\n%sopsgenie_configs:\n%s- api_key: %s\n", ind, ind, lab(tGeneric, g.fresh(func() string { return g.str(hexLower, 32) })), ind, ind, lab(tGeneric, g.uuidFresh()))
		return "alertmanager.yml"
	case 4:
		ind = "  "
		d.f("name: deploy\non:\n%spush:\n%s%sbranches: [main]\njobs:\n%sdeploy:\n%s%sruns-on: ubuntu-latest\n%s%senv:\n", ind, ind, ind, ind, ind, ind, ind, ind)
		p := ind + ind + ind
		d.f("%sAWS_ACCESS_KEY_ID: %s\n%sAWS_SECRET_ACCESS_KEY: %s\n%sAWS_REGION: %s\n", p, lab(tAWSKey, g.awsKeyID(false)), p, lab(tAWSSecret, g.awsSecret()), p, pick(g, regions))
		d.f("%sNPM_TOKEN: %s\n%sTWINE_USERNAME: __token__\n%sTWINE_PASSWORD: %s\n%sGH_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n", p, lab(tNPM, g.npmToken()), p, p, lab(tPyPI, g.pypiToken()), p)
		d.f("%s%ssteps:\n%s- uses: actions/checkout@v4\n%s- uses: actions/setup-node@v4\n%s%swith:\n%s%s%snode-version: 20\n", ind, ind, p, p, p, ind, p, ind, ind)
		d.f("%s- run: npm ci && npm run build\n%s- run: |\n%s    curl -fsS -X POST -H 'Content-type: application/json' --data '{\"text\":\"deployed\"}' %s\n", p, p, p, lab(tSlackHook, g.slackWebhook()))
		return "deploy.yml"
	default:
		d.lines("# group_vars/production.yml")
		d.f("ansible_user: deploy\nansible_become_password: %s\n", yv(tPassword, g.password()))
		d.f("app_db_password: \"%s\"\nrabbitmq_admin_password: %s\n", lab(tPassword, g.password()), yv(tPassword, g.password()))
		d.f("backup_s3_access_key: %s\nbackup_s3_secret_key: %s\n", lab(tAWSKey, g.awsKeyID(false)), lab(tAWSSecret, g.awsSecret()))
		d.f("ntp_servers:\n%s- %s\n%s- %s\n", ind, lab(tIP, g.publicIPv4()), ind, lab(tIP, g.publicIPv4()))
		d.f("allowed_ssh_cidrs:\n%s- %s/32\n%s- %s/24\n", ind, lab(tIP, g.publicIPv4()), ind, lab(tIP, g.privateIPv4()))
		d.f("ssh_authorized_keys:\n%s- \"%s\"\n", ind, g.sshPublicKey("deploy@ci"))
		d.f("deploy_key: %s\n", "|")
		d.f("%s%s\n", ind, lab(tPrivKey, strings.ReplaceAll(g.privateKey(), "\n", "\n"+ind)))
		return "group_vars-production.yml"
	}
}

// uuidFresh returns a fresh UUID used as an API key (Opsgenie and others
// issue UUID-shaped keys).
func (g *gen) uuidFresh() string { return g.fresh(g.uuid) }

func buildYAMLNegative(g *gen, d *doc, i int) string {
	ind := pick(g, []string{"  ", "    "})
	app := pick(g, services)
	switch i % 4 {
	case 0:
		groups := append([]group{appGroup(g, app), noiseGroup(g)}, g.pickGroups(g.between(3, 6), true)...)
		writeYAMLGroups(g, d, groups, ind, 0, g.chance(0.4), false)
		return "config.example.yaml"
	case 1:
		ind = "  "
		d.f("name: ci\non: [push, pull_request]\njobs:\n%stest:\n%s%sruns-on: ubuntu-22.04\n%s%senv:\n", ind, ind, ind, ind, ind)
		p := ind + ind + ind
		d.f("%sAWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n%sAWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n%sNPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n%sGO_VERSION: \"1.22.4\"\n", p, p, p, p)
		d.f("%s%sstrategy:\n%smatrix:\n%s%sgo: [\"1.21\", \"1.22\"]\n%s%ssteps:\n%s- uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1\n%s- uses: actions/cache@%s\n", ind, ind, p, p, ind, ind, ind, p, p, g.sha(40))
		d.f("%s%swith:\n%s%s%skey: go-${{ hashFiles('**/go.sum') }}\n%s- run: go test -race ./...\n", p, ind, p, ind, ind, p)
		return "ci.yml"
	case 2:
		ind = "  "
		d.f("scrape_configs:\n")
		for range g.between(4, 9) {
			s := pick(g, services)
			d.f("- job_name: %s\n%sscrape_interval: %ds\n%skubernetes_sd_configs:\n%s- role: pod\n%srelabel_configs:\n%s- source_labels: [__meta_kubernetes_pod_label_app]\n%s%sregex: %s\n%s%saction: keep\n",
				s, ind, pick(g, []int{15, 30, 60}), ind, ind, ind, ind, ind, ind, s, ind, ind)
		}
		return "prometheus.yml"
	default:
		d.f("# Dependabot and renovate metadata\nversion: 2\nupdates:\n")
		for _, eco := range []string{"gomod", "npm", "docker", "github-actions"} {
			d.f("- package-ecosystem: %s\n%sdirectory: /\n%sschedule:\n%s%sinterval: weekly\n%s%sday: monday\n%s%stime: \"04:00\"\n", eco, ind, ind, ind, ind, ind, ind, ind, ind)
		}
		d.f("# pinned: %s %s\n", g.goSumLine(), g.version())
		return "dependabot.yml"
	}
}

func buildHelm(g *gen, d *doc, i int) string {
	ind := "  "
	app := pick(g, services)
	d.f("# Default values for %s.\nreplicaCount: %d\nimage:\n%srepository: registry.%s/%s\n%stag: \"%s\"\n%spullPolicy: IfNotPresent\n",
		app, g.between(1, 6), ind, pick(g, corpDomains), app, ind, g.version(), ind)
	d.f("imagePullSecrets:\n%s- name: regcred\nservice:\n%stype: ClusterIP\n%sport: 80\n", ind, ind, ind)
	d.f("ingress:\n%senabled: true\n%sclassName: nginx\n%shosts:\n%s%s- host: %s.%s\n", ind, ind, ind, ind, ind, app, pick(g, corpDomains))
	if g.chance(0.5) {
		d.f("%stls:\n%s%s- secretName: %s-tls\n%scert: |\n%s%s\n%skey: |\n%s%s\n", ind, ind, ind, app, ind, ind+ind,
			strings.ReplaceAll(g.publicKeyPEMCert(), "\n", "\n"+ind+ind), ind, ind+ind, lab(tPrivKey, strings.ReplaceAll(g.privateKey(), "\n", "\n"+ind+ind)))
	}
	d.f("env:\n")
	for _, gr := range g.pickGroups(g.between(2, 4), false) {
		for _, s := range gr.items {
			d.f("%s%s: ", ind, s.env)
			yamlScalar(d, s.val, ind+ind, true)
			d.raw("\n")
		}
	}
	d.f("postgresql:\n%senabled: true\n%sauth:\n%s%susername: %s\n%s%spassword: %s\n%s%spostgresPassword: %s\n%s%sdatabase: %s\n",
		ind, ind, ind, ind, pick(g, dbUsers), ind, ind, yv(tPassword, g.password()), ind, ind, yv(tPassword, g.password()), ind, ind, pick(g, dbNames))
	d.f("redis:\n%sauth:\n%s%senabled: true\n%s%spassword: \"%s\"\n", ind, ind, ind, ind, ind, lab(tPassword, g.password()))
	d.f("resources:\n%slimits:\n%s%scpu: 500m\n%s%smemory: 512Mi\nnodeSelector: {}\ntolerations: []\n", ind, ind, ind, ind, ind)
	if g.chance(0.5) {
		d.f("grafana:\n%sadminUser: admin\n%sadminPassword: %s\n", ind, ind, yv(tPassword, g.password()))
	}
	return app + "-values.yaml"
}

// publicKeyPEMCert returns a certificate block (public material).
func (g *gen) publicKeyPEMCert() string {
	der := append([]byte{0x30, 0x82, 0x03, 0x5c, 0x30, 0x82, 0x02, 0x44, 0xa0, 0x03, 0x02, 0x01, 0x02}, g.bytes(700)...)
	return pemWrap("CERTIFICATE", der, 64, "")
}

func buildHelmNegative(g *gen, d *doc, i int) string {
	ind := "  "
	app := pick(g, services)
	if i%2 == 0 {
		d.f("replicaCount: %d\nimage:\n%srepository: registry.%s/%s\n%stag: \"%s\"\n%sdigest: %s\n", g.between(1, 6), ind, pick(g, corpDomains), app, ind, g.version(), ind, g.digest())
		d.f("postgresql:\n%sauth:\n%s%sexistingSecret: %s-db\n%s%spassword: \"\"\n%s%ssecretKeys:\n%s%s%suserPasswordKey: password\n", ind, ind, ind, app, ind, ind, ind, ind, ind, ind, ind)
		d.f("externalSecrets:\n%senabled: true\n%srefreshInterval: 1h\n%sremoteRef:\n%s%skey: secret/data/%s/%s\n", ind, ind, ind, ind, ind, pick(g, envNames), app)
		d.f("cronjobs:\n%scleanup:\n%s%sschedule: \"%s\"\n%sreport:\n%s%sschedule: \"%s\"\n", ind, ind, ind, g.cron(), ind, ind, ind, g.cron())
		d.f("podAnnotations:\n%schecksum/config: %s\n%sprometheus.io/scrape: \"true\"\n", ind, g.sha(64), ind)
		d.f("ingress:\n%stls:\n%s- secretName: %s-tls\n%s%scert: |\n%s%s%s%s\n", ind, ind, app, ind, ind, ind, ind, ind, strings.ReplaceAll(g.publicKeyPEMCert(), "\n", "\n"+ind+ind+ind))
		return app + "-values.yaml"
	}
	d.f("apiVersion: v1\nkind: Secret\nmetadata:\n%sname: {{ include \"%s.fullname\" . }}\n%slabels:\n%s%s{{- include \"%s.labels\" . | nindent 4 }}\ntype: Opaque\ndata:\n", ind, app, ind, ind, ind, app)
	d.f("%sdb-password: {{ .Values.postgresql.auth.password | b64enc | quote }}\n%sapi-key: {{ required \"apiKey is required\" .Values.apiKey | b64enc }}\n%sjwt-secret: {{ randAlphaNum 32 | b64enc | quote }}\n", ind, ind, ind)
	d.f("---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n%sname: {{ include \"%s.fullname\" . }}\nspec:\n%sreplicas: {{ .Values.replicaCount }}\n", ind, app, ind)
	d.f("%stemplate:\n%s%sspec:\n%s%s%scontainers:\n%s%s%s- name: app\n%s%s%s%simage: \"{{ .Values.image.repository }}:{{ .Values.image.tag }}\"\n", ind, ind, ind, ind, ind, ind, ind, ind, ind, ind, ind, ind, ind)
	d.f("%s%s%s%senv:\n%s%s%s%s- name: DB_PASSWORD\n%s%s%s%s%svalueFrom:\n%s%s%s%s%s%ssecretKeyRef: {name: {{ include \"%s.fullname\" . }}, key: db-password}\n", ind, ind, ind, ind, ind, ind, ind, ind, ind, ind, ind, ind, ind, ind, ind, ind, ind, ind, ind, app)
	return "templates-secret.yaml"
}

// composeEnv writes one environment entry in list or map form.
func composeEnv(d *doc, listForm bool, pad, k string, v any) {
	if listForm {
		d.f("%s- %s=", pad, k)
		switch x := v.(type) {
		case lv:
			d.f("%s", x)
		default:
			d.f("%v", x)
		}
		d.raw("\n")
		return
	}
	d.f("%s%s: ", pad, k)
	yamlScalar(d, v, pad+"  ", false)
	d.raw("\n")
}

func buildCompose(g *gen, d *doc, i int) string {
	app := pick(g, services)
	list := g.chance(0.5)
	pgpw, dburl := g.urlPassword(), ""
	user, db := pick(g, dbUsers), pick(g, dbNames)
	dburl = g.fresh(func() string { return fmt.Sprintf("postgres://%s:%s@db:5432/%s", user, pgpw, db) })
	if g.chance(0.3) {
		d.lines(fmt.Sprintf("version: \"3.%d\"", g.between(7, 9)))
	}
	d.lines("services:")
	d.f("  db:\n    image: %s\n    restart: unless-stopped\n    environment:\n", pick(g, []string{"postgres:16.1", "postgres:15-alpine", "postgis/postgis:16-3.4"}))
	composeEnv(d, list, "      ", "POSTGRES_USER", user)
	composeEnv(d, list, "      ", "POSTGRES_PASSWORD", lab(tPassword, pgpw))
	composeEnv(d, list, "      ", "POSTGRES_DB", db)
	d.f("    volumes:\n      - pgdata:/var/lib/postgresql/data\n    ports:\n      - \"5432:5432\"\n")
	d.f("  app:\n    build: .\n    image: %s:%s\n    depends_on: [db, cache]\n    environment:\n", app, g.version())
	composeEnv(d, list, "      ", "DATABASE_URL", lab(tDBConn, dburl))
	for _, gr := range g.pickGroups(g.between(1, 3), false) {
		for _, s := range gr.items {
			if _, ok := s.val.(lv); ok && strings.Contains(s.val.(lv).val, "\n") {
				continue
			}
			composeEnv(d, list, "      ", s.env, s.val)
		}
	}
	d.f("    ports:\n      - \"8080:8080\"\n")
	cachePw := g.password()
	d.f("  cache:\n    image: redis:7.2.4\n    command: redis-server --requirepass %s\n", lab(tPassword, cachePw))
	switch g.intn(3) {
	case 0:
		d.f("  mq:\n    image: rabbitmq:3.12-management\n    environment:\n      RABBITMQ_DEFAULT_USER: admin\n      RABBITMQ_DEFAULT_PASS: \"%s\"\n", lab(tPassword, g.password()))
	case 1:
		d.f("  mysql:\n    image: mysql:8.2.0\n    environment:\n      MYSQL_ROOT_PASSWORD: \"%s\"\n      MYSQL_PASSWORD: \"%s\"\n", lab(tPassword, g.password()), lab(tPassword, g.password()))
	default:
		d.f("  minio:\n    image: minio/minio:RELEASE.2024-01-01T16-36-33Z\n    command: server /data\n    environment:\n      MINIO_ROOT_USER: minioadmin\n      MINIO_ROOT_PASSWORD: \"%s\"\n", lab(tPassword, g.password()))
	}
	if g.chance(0.4) {
		d.f("  mailer:\n    image: bytemark/smtp\n    environment:\n      RELAY_HOST: smtp.sendgrid.net\n      RELAY_USERNAME: apikey\n      RELAY_PASSWORD: %s\n", lab(tSendGrid, g.sendgridKey()))
	}
	d.f("    extra_hosts:\n      - \"legacy-db:%s\"\n      - \"payments-gw:%s\"\nvolumes:\n  pgdata: {}\n", lab(tIP, g.privateIPv4()), lab(tIP, g.publicIPv4()))
	return "docker-compose.yml"
}

func buildComposeNegative(g *gen, d *doc, i int) string {
	app := pick(g, services)
	d.lines("services:")
	d.f("  db:\n    image: postgres:16.1\n    environment:\n      POSTGRES_USER: ${POSTGRES_USER:-app}\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}\n      POSTGRES_DB: %s\n", pick(g, dbNames))
	d.f("    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready -U $${POSTGRES_USER}\"]\n      interval: 10s\n")
	d.f("  app:\n    image: registry.%s/%s@%s\n    env_file: .env\n    environment:\n      DATABASE_URL: postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@db:5432/app\n      STRIPE_PUBLISHABLE_KEY: %s\n      BUILD_SHA: %s\n      RELEASE: \"%s\"\n",
		pick(g, corpDomains), app, g.digest(), g.stripePublishable(), g.sha(40), g.version())
	d.f("    secrets:\n      - stripe_key\n      - db_password\n    labels:\n      com.example.schedule: \"%s\"\n      traefik.http.routers.%s.rule: Host(`%s.localhost`)\n", g.cron(), app, app)
	d.f("  azurite:\n    image: mcr.microsoft.com/azure-storage/azurite\n    environment:\n      AZURE_STORAGE_CONNECTION_STRING: \"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;BlobEndpoint=http://azurite:10000/devstoreaccount1;\"\n", azureEmulatorKey)
	d.f("secrets:\n  stripe_key:\n    file: ./secrets/stripe_key.txt\n  db_password:\n    external: true\n")
	return "docker-compose.yml"
}

package corpus

import (
	"encoding/base64"
	"fmt"
	"strings"
)

// Kubernetes manifests: Secrets (stringData is plain text and labelled; the
// base64 values under data are not), Deployments with literal env values,
// ConfigMaps, CronJobs, and kubectl output whose last-applied annotation
// repeats a Secret in plain text.

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

func k8sMeta(d *doc, kind, name, ns string) {
	api := "v1"
	switch kind {
	case "Deployment":
		api = "apps/v1"
	case "CronJob":
		api = "batch/v1"
	}
	d.f("apiVersion: %s\nkind: %s\nmetadata:\n  name: %s\n  namespace: %s\n  labels:\n    app.kubernetes.io/name: %s\n    app.kubernetes.io/part-of: %s\n",
		api, kind, name, ns, strings.Split(name, "-secrets")[0], "platform")
}

// secretData writes base64 data entries; they are encoded, so unlabelled.
func secretData(g *gen, d *doc) {
	d.f("data:\n  username: %s\n  host: %s\n", b64(pick(g, dbUsers)), b64(g.host("postgres")))
	if g.chance(0.6) {
		d.f("  password: %s\n", b64(g.password()))
	}
}

func buildK8s(g *gen, d *doc, i int) string {
	app := pick(g, services)
	ns := pick(g, k8sNamespaces)
	switch i % 7 {
	case 0:
		k8sMeta(d, "Secret", app+"-secrets", ns)
		d.raw("type: Opaque\n")
		secretData(g, d)
		d.raw("stringData:\n")
		for _, gr := range g.pickGroups(g.between(2, 4), false) {
			for _, s := range gr.items {
				if _, ok := s.val.(lv); !ok {
					continue
				}
				d.f("  %s: ", s.env)
				yamlScalar(d, s.val, "    ", g.chance(0.5))
				d.raw("\n")
			}
		}
		return app + "-secret.yaml"
	case 1:
		k8sMeta(d, "Deployment", app, ns)
		d.f("spec:\n  replicas: %d\n  selector:\n    matchLabels:\n      app: %s\n  template:\n    metadata:\n      labels:\n        app: %s\n      annotations:\n        checksum/config: %s\n",
			g.between(1, 5), app, app, g.sha(64))
		d.f("    spec:\n      containers:\n        - name: %s\n          image: registry.%s/%s:%s\n          ports:\n            - containerPort: 8080\n          env:\n", app, pick(g, corpDomains), app, g.version())
		for _, gr := range g.pickGroups(g.between(2, 4), false) {
			for _, s := range gr.items {
				d.f("            - name: %s\n              value: ", s.env)
				yamlScalar(d, s.val, "                ", true)
				d.raw("\n")
			}
		}
		d.f("            - name: DB_PASSWORD_FROM_SECRET\n              valueFrom:\n                secretKeyRef:\n                  name: %s-db\n                  key: password\n", app)
		return app + "-deployment.yaml"
	case 2:
		k8sMeta(d, "ConfigMap", app+"-config", ns)
		d.f("data:\n  LOG_LEVEL: info\n  FEATURE_FLAGS: \"new-checkout,fast-search\"\n  application.properties: |\n")
		d.f("    spring.datasource.url=%s\n    spring.datasource.username=%s\n    spring.datasource.password=%s\n", "jdbc:postgresql://"+g.host("postgres")+":5432/"+pick(g, dbNames), pick(g, dbUsers), lab(tPassword, g.password()))
		d.f("    spring.rabbitmq.addresses=%s\n    app.upstream.allowlist=%s,%s\n", lab(tDBConn, g.fresh(func() string {
			return fmt.Sprintf("amqp://%s:%s@%s:5672", pick(g, dbUsers), g.urlPassword(), g.host("rabbitmq"))
		})), lab(tIP, g.publicIPv4()), lab(tIP, g.publicIPv4()))
		d.f("    app.notify.email=%s\n    app.stripe.key=%s\n", lab(tEmail, g.roleEmail()), lab(tStripe, g.stripeKey()))
		return app + "-configmap.yaml"
	case 3:
		k8sMeta(d, "Secret", app+"-tls", ns)
		d.raw("type: kubernetes.io/tls\nstringData:\n  tls.crt: |\n    ")
		d.raw(strings.ReplaceAll(g.publicKeyPEMCert(), "\n", "\n    "))
		d.raw("\n  tls.key: |\n    ")
		d.put(tPrivKey, strings.ReplaceAll(g.privateKey(), "\n", "\n    "))
		d.raw("\n")
		return app + "-tls-secret.yaml"
	case 4:
		k8sMeta(d, "CronJob", app+"-backup", ns)
		pw := g.password()
		d.f("spec:\n  schedule: \"%s\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: backup\n              image: postgres:16.1\n", g.cron())
		d.f("              command: [\"/bin/sh\", \"-c\"]\n              args:\n                - pg_dump \"%s\" | gzip | aws s3 cp - s3://%s-backups/$(date +%%F).sql.gz\n", lab(tDBConn, g.pgURL()), app)
		d.f("              env:\n                - name: PGPASSWORD\n                  value: \"%s\"\n                - name: AWS_ACCESS_KEY_ID\n                  value: %s\n                - name: AWS_SECRET_ACCESS_KEY\n                  value: %s\n",
			lab(tPassword, pw), lab(tAWSKey, g.awsKeyID(false)), lab(tAWSSecret, g.awsSecret()))
		return app + "-cronjob.yaml"
	case 5:
		// kubectl get secret -o yaml: data is base64, but the last-applied
		// annotation repeats the manifest with its plain stringData.
		user, pw, tok := pick(g, dbUsers), g.password(), g.githubToken()
		d.f("apiVersion: v1\ndata:\n  password: %s\n  token: %s\n  username: %s\nkind: Secret\nmetadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: |\n",
			b64(pw), b64(tok), b64(user))
		d.f("      {\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"annotations\":{},\"name\":\"%s-creds\",\"namespace\":\"%s\"},\"stringData\":{\"password\":\"%s\",\"token\":\"%s\",\"username\":\"%s\"},\"type\":\"Opaque\"}\n",
			app, ns, lab(tPassword, pw), lab(tGitHub, tok), user)
		d.f("  creationTimestamp: \"%s\"\n  name: %s-creds\n  namespace: %s\n  resourceVersion: \"%d\"\n  uid: %s\ntype: Opaque\n", g.when().Format("2006-01-02T15:04:05Z"), app, ns, g.between(100000, 99999999), g.uuid())
		return app + "-secret-get.yaml"
	default:
		k8sMeta(d, "Secret", app+"-registry", ns)
		d.raw("type: Opaque\nstringData:\n")
		d.f("  NPM_TOKEN: %s\n  PYPI_TOKEN: %s\n  GITLAB_DEPLOY_TOKEN: %s\n", lab(tNPM, g.npmToken()), lab(tPyPI, g.pypiToken()), lab(tGitLab, g.gitlabToken()))
		d.f("  service-account.json: |\n    {\n      \"type\": \"service_account\",\n      \"project_id\": \"%s\",\n      \"private_key\": \"%s\",\n      \"client_email\": \"%s\"\n    }\n",
			app+"-prod", lab(tGCPCreds, g.gcpPrivateKeyJSON()), lab(tEmail, g.fresh(func() string { return "deployer@" + app + "-" + g.str(alnumLow, 6) + ".iam.gserviceaccount.com" })))
		return app + "-registry-secret.yaml"
	}
}

func buildK8sNegative(g *gen, d *doc, i int) string {
	app := pick(g, services)
	ns := pick(g, k8sNamespaces)
	switch i % 4 {
	case 0:
		k8sMeta(d, "Deployment", app, ns)
		d.f("spec:\n  replicas: %d\n  revisionHistoryLimit: 5\n  template:\n    metadata:\n      annotations:\n        checksum/secret: %s\n    spec:\n      containers:\n        - name: %s\n          image: registry.%s/%s@%s\n          env:\n",
			g.between(1, 5), g.sha(64), app, pick(g, corpDomains), app, g.digest())
		for _, k := range []string{"DB_PASSWORD", "STRIPE_SECRET_KEY", "JWT_SECRET", "AWS_SECRET_ACCESS_KEY"} {
			d.f("            - name: %s\n              valueFrom:\n                secretKeyRef:\n                  name: %s-secrets\n                  key: %s\n", k, app, strings.ToLower(strings.ReplaceAll(k, "_", "-")))
		}
		d.f("            - name: GOMAXPROCS\n              value: \"4\"\n            - name: OTEL_RESOURCE_ATTRIBUTES\n              value: service.version=%s\n", g.version())
		d.f("          resources:\n            requests: {cpu: 100m, memory: 128Mi}\n          livenessProbe:\n            httpGet: {path: /healthz, port: 8080}\n")
		return app + "-deployment.yaml"
	case 1:
		k8sMeta(d, "ConfigMap", app+"-config", ns)
		d.f("data:\n  LOG_LEVEL: info\n  CACHE_TTL: \"300\"\n  REPORT_CRON: \"%s\"\n  BRAND_COLOR: \"%s\"\n  API_VERSION: \"%s\"\n  TENANT_ID: %s\n  BUILD: \"%s\"\n  DB_PASSWORD: \"${DB_PASSWORD}\"\n  STRIPE_PUBLISHABLE_KEY: %s\n",
			g.cron(), g.hexColor(), g.version(), g.uuid(), g.sha(40), g.stripePublishable())
		return app + "-configmap.yaml"
	case 2:
		// SealedSecret: the ciphertext is safe to commit.
		d.f("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: %s-secrets\n  namespace: %s\nspec:\n  encryptedData:\n", app, ns)
		for _, k := range []string{"password", "api-key", "jwt-secret"} {
			d.f("    %s: AgB%s\n", k, base64.StdEncoding.EncodeToString(g.bytes(g.between(300, 500))))
		}
		d.f("  template:\n    metadata:\n      name: %s-secrets\n    type: Opaque\n", app)
		return app + "-sealedsecret.yaml"
	default:
		k8sMeta(d, "Secret", app+"-settings", ns)
		d.f("type: Opaque\ndata:\n  LOG_FORMAT: %s\n  REGION: %s\n  REPLICAS: %s\n  ENABLE_TRACING: %s\nstringData:\n  DB_PASSWORD: \"\"\n  API_KEY: \"<set-by-external-secrets>\"\n  WEBHOOK_URL: \"https://hooks.slack.com/services/XXX/YYY/ZZZ\"\n",
			b64("json"), b64(pick(g, regions)), b64("3"), b64("true"))
		return app + "-secret.yaml"
	}
}

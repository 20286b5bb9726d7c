package corpus

import (
	"fmt"
	"strings"
)

// Config files: Java properties, AWS shared credentials, .npmrc, .pypirc,
// .netrc, my.cnf, Maven settings.xml, gradle.properties, .pgpass, TOML,
// wpa_supplicant.conf and .s3cfg.

func buildConfig(g *gen, d *doc, i int) string {
	app := pick(g, services)
	switch i % 14 {
	case 0:
		// Spring application.properties.
		d.f("# %s\nserver.port=8080\nspring.application.name=%s\nspring.datasource.url=jdbc:postgresql://%s:5432/%s\nspring.datasource.username=%s\nspring.datasource.password=%s\n",
			g.when().Format("Mon Jan 02 15:04:05 MST 2006"), app, g.host("postgres"), pick(g, dbNames), pick(g, dbUsers), lab(tPassword, g.password()))
		d.f("spring.mail.username=%s\nspring.mail.password=%s\napp.security.jwt.secret=%s\napp.aws.access-key=%s\napp.aws.secret-key=%s\nlogging.level.root=INFO\n",
			lab(tEmail, g.roleEmail()), lab(tPassword, g.password()), lab(tGeneric, g.genericSecret()), lab(tAWSKey, g.awsKeyID(false)), lab(tAWSSecret, g.awsSecret()))
		return "application.properties"
	case 1:
		// AWS shared credentials, one profile with a session token.
		d.f("[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = %s\n\n", lab(tAWSKey, g.awsKeyID(false)), lab(tAWSSecret, g.awsSecret()), pick(g, regions))
		d.f("[%s-admin]\naws_access_key_id=%s\naws_secret_access_key=%s\naws_session_token=%s\n\n", pick(g, envNames), lab(tAWSKey, g.awsKeyID(true)), lab(tAWSSecret, g.awsSecret()), lab(tAWSSession, g.awsSessionToken()))
		d.f("[readonly]\nrole_arn = arn:aws:iam::%d:role/ReadOnly\nsource_profile = default\n", g.between(100000000000, 999999999999))
		return "aws-credentials"
	case 2:
		// .npmrc: npm and GitHub Packages tokens.
		d.f("registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\n@%s:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=%s\nalways-auth=true\nsave-exact=true\n",
			lab(tNPM, g.npmToken()), strings.ToLower(strings.Fields(pick(g, companies))[0]), lab(tGitHub, g.githubToken()))
		return ".npmrc"
	case 3:
		// .pypirc: PyPI API tokens in password fields keep their provider type.
		d.f("[distutils]\nindex-servers =\n    pypi\n    testpypi\n    internal\n\n[pypi]\nusername = __token__\npassword = %s\n\n[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = __token__\npassword = %s\n\n[internal]\nrepository = https://pypi.%s/simple\nusername = %s\npassword = %s\n",
			lab(tPyPI, g.pypiToken()), lab(tPyPI, g.pypiToken()), pick(g, corpDomains), pick(g, dbUsers), lab(tPassword, g.password()))
		return ".pypirc"
	case 4:
		// .netrc: a provider token in a password field keeps its provider type.
		d.f("machine api.heroku.com\n  login %s\n  password %s\nmachine github.com\n  login %s\n  password %s\nmachine ftp.%s login backup password %s\n",
			lab(tEmail, g.person().email), lab(tPassword, g.uuidFresh()), asciiFold(pick(g, firstNames)), lab(tGitHub, g.githubToken()), pick(g, corpDomains), lab(tPassword, g.password()))
		return ".netrc"
	case 5:
		// my.cnf client and dump passwords.
		d.f("[client]\nuser=%s\npassword=\"%s\"\nhost=%s\n\n[mysqldump]\nuser=backup\npassword=%s\nsingle-transaction\n\n[mysqld]\nbind-address=%s\nmax_connections=%d\n",
			pick(g, dbUsers), lab(tPassword, g.password()), g.host("mysql"), lab(tPassword, g.password()), lab(tIP, g.privateIPv4()), g.between(100, 2000))
		return "my.cnf"
	case 6:
		// Maven settings.xml server passwords and a GPG passphrase.
		d.f("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<settings xmlns=\"http://maven.apache.org/SETTINGS/1.0.0\">\n  <servers>\n")
		for _, id := range []string{"ossrh", "internal-releases", "docker-registry"} {
			d.f("    <server>\n      <id>%s</id>\n      <username>%s</username>\n      <password>%s</password>\n    </server>\n", id, pick(g, dbUsers), lab(tPassword, g.password()))
		}
		d.f("  </servers>\n  <profiles>\n    <profile>\n      <id>sign</id>\n      <properties>\n        <gpg.passphrase>%s</gpg.passphrase>\n      </properties>\n    </profile>\n  </profiles>\n</settings>\n", lab(tPassword, g.password()))
		return "settings.xml"
	case 7:
		// gradle.properties signing and repository passwords.
		d.f("org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8\norg.gradle.parallel=true\nversion=%s\nsigning.keyId=%s\nsigning.password=%s\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\nossrhUsername=%s\nossrhPassword=%s\n",
			g.version(), strings.ToUpper(g.sha(8)), lab(tPassword, g.password()), pick(g, dbUsers), lab(tPassword, g.password()))
		return "gradle.properties"
	case 8:
		// .pgpass lines host:port:db:user:password.
		for range g.between(3, 7) {
			d.f("%s:%d:%s:%s:%s\n", g.host("postgres"), pick(g, []int{5432, 6432}), pick(g, []string{"*", pick(g, dbNames)}), pick(g, dbUsers), lab(tPassword, g.password()))
		}
		return ".pgpass"
	case 9:
		// grafana.ini.
		d.f("[server]\nhttp_port = 3000\ndomain = grafana.%s\nroot_url = https://%%(domain)s/\n\n[database]\ntype = postgres\nhost = %s:5432\nuser = grafana\npassword = \"\"\"%s\"\"\"\n\n", pick(g, corpDomains), g.host("postgres"), lab(tPassword, g.password()))
		d.f("[security]\nadmin_user = admin\nadmin_password = %s\nsecret_key = %s\n\n[smtp]\nenabled = true\nhost = smtp.%s:587\nuser = %s\npassword = %s\n",
			lab(tPassword, g.password()), lab(tGeneric, g.genericSecret()), pick(g, corpDomains), lab(tEmail, g.roleEmail()), lab(tPassword, g.password()))
		return "grafana.ini"
	case 10:
		// wpa_supplicant.conf: Wi-Fi PSKs and BSSIDs.
		d.f("ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=%s\n\n", pick(g, []string{"GB", "US", "DE"}))
		for range g.between(2, 4) {
			d.f("network={\n\tssid=\"%s\"\n\tpsk=\"%s\"\n\tkey_mgmt=WPA-PSK\n\tbssid=%s\n}\n\n", pick(g, []string{"HomeNet", "Office-5G", "Lab", "Guest"})+fmt.Sprint(g.between(1, 99)), lab(tPassword, g.password()), lab(tMAC, g.macColon()))
		}
		return "wpa_supplicant.conf"
	case 12:
		// pip.conf: credentials in the index URL userinfo.
		d.f("[global]\nindex-url = https://%s@pypi.%s/simple\nextra-index-url = https://pypi.org/simple\ntrusted-host = pypi.%s\ntimeout = 60\n", lab(tURLCreds, g.userinfo()), pick(g, corpDomains), pick(g, corpDomains))
		return "pip.conf"
	case 13:
		// git config with credentials in the remote URL.
		d.f("[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n[remote \"origin\"]\n\turl = https://%s@git.%s/%s/%s.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch \"main\"]\n\tremote = origin\n\tmerge = refs/heads/main\n[user]\n\temail = %s\n",
			lab(tURLCreds, g.userinfo()), pick(g, corpDomains), strings.ToLower(strings.Fields(pick(g, companies))[0]), app, lab(tEmail, g.person().email))
		return "git-config"
	default:
		// .s3cfg.
		d.f("[default]\naccess_key = %s\nsecret_key = %s\nhost_base = s3.amazonaws.com\nhost_bucket = %%(bucket)s.s3.amazonaws.com\ngpg_passphrase = %s\nuse_https = True\nproxy_host = %s\nproxy_port = 3128\n",
			lab(tAWSKey, g.awsKeyID(false)), lab(tAWSSecret, g.awsSecret()), lab(tPassword, g.password()), lab(tIP, g.privateIPv4()))
		return ".s3cfg"
	}
}

func buildConfigNegative(g *gen, d *doc, i int) string {
	app := pick(g, services)
	switch i % 6 {
	case 0:
		d.f("server.port=8080\nspring.application.name=%s\nspring.datasource.url=jdbc:postgresql://%s:5432/%s\nspring.datasource.username=${DB_USER}\nspring.datasource.password=${DB_PASSWORD}\napp.security.jwt.secret=${JWT_SECRET:}\napp.build=%s\napp.cron.cleanup=%s\n",
			app, g.host("postgres"), pick(g, dbNames), g.sha(40), g.cron())
		return "application.properties"
	case 1:
		d.f("[default]\nregion = %s\noutput = json\n\n[profile %s]\nsso_start_url = https://%s.awsapps.com/start\nsso_region = %s\nsso_account_id = %d\nsso_role_name = AdministratorAccess\n\n[profile localstack]\naws_access_key_id = %s\naws_secret_access_key = %s\nendpoint_url = http://localstack:4566\n",
			pick(g, regions), pick(g, envNames), strings.ToLower(strings.Fields(pick(g, companies))[0]), pick(g, regions), g.between(100000000000, 999999999999), awsExampleKeyID, awsExampleSecret)
		return "aws-config"
	case 2:
		d.f("registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nengine-strict=true\nfund=false\n")
		return ".npmrc"
	case 3:
		d.f("[project]\nname = \"%s\"\nversion = \"%s\"\nrequires-python = \">=3.11\"\ndependencies = [\n", app, g.version())
		for _, p := range []string{"requests", "boto3", "pydantic", "sqlalchemy", "psycopg[binary]"} {
			d.f("  \"%s==%s\",\n", p, g.version())
		}
		d.f("]\n\n[tool.uv]\n# lock digest %s\n", g.sha(64))
		return "pyproject.toml"
	case 4:
		d.f("upstream %s {\n    server %s:8080 max_fails=3;\n    server %s-2.%s.svc.cluster.local:8080 backup;\n    keepalive 32;\n}\n\nserver {\n    listen 443 ssl http2;\n    server_name %s.%s;\n    ssl_certificate     /etc/ssl/certs/%s.crt;\n    ssl_certificate_key /etc/ssl/private/%s.key;\n    add_header X-Build %s;\n    location / { proxy_pass http://%s; }\n}\n",
			app, g.host(app), app, pick(g, k8sNamespaces), app, pick(g, corpDomains), app, app, g.sha(12), app)
		return "nginx.conf"
	default:
		d.f("root = true\n\n[*]\nend_of_line = lf\ninsert_final_newline = true\ncharset = utf-8\n\n[*.{js,ts,json,yml}]\nindent_style = space\nindent_size = 2\n\n[Makefile]\nindent_style = tab\n")
		return ".editorconfig"
	}
}

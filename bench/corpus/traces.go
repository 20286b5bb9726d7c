package corpus

import "strings"

// Stack traces: Java, Python (with locals, as error trackers capture them),
// Go panics, Node/axios error dumps and .NET exceptions. Frames, addresses
// and goroutine ids are look-alike noise; messages and locals leak values.

func javaFrames(g *gen, d *doc, n int) {
	pkgs := []string{"com.acme.billing", "com.acme.orders.repo", "org.springframework.jdbc.core", "org.hibernate.engine.jdbc", "com.zaxxer.hikari.pool", "java.base/java.lang"}
	for range n {
		cls := pick(g, []string{"Service", "Repository", "Handler", "Pool", "Template", "Controller"})
		d.f("\tat %s.%s%s.%s(%s%s.java:%d)\n", pick(g, pkgs), pick(g, []string{"Order", "Invoice", "Jdbc", "Hikari", "Payment"}), cls,
			pick(g, []string{"execute", "getConnection", "query", "handle", "lambda$run$0", "invoke"}), "Order", cls, g.between(12, 900))
	}
}

func pyFrame(g *gen, d *doc) {
	d.f("  File \"/app/%s/%s.py\", line %d, in %s\n    %s\n", pick(g, []string{"services", "adapters", "jobs", "api"}), pick(g, []string{"db", "billing", "sync", "client"}),
		g.between(10, 600), pick(g, []string{"connect", "run", "handle", "_request", "sync_customers"}), pick(g, []string{"return self._conn.execute(sql)", "resp.raise_for_status()", "conn = psycopg2.connect(dsn)", "result = fn(*args, **kwargs)"}))
}

func goFrames(g *gen, d *doc, n int) {
	for range n {
		d.f("%s.%s(0x%x, 0x%x)\n\t/src/%s/%s.go:%d +0x%x\n", pick(g, []string{"main", "github.com/acme/svc/internal/billing", "net/http", "database/sql"}),
			pick(g, []string{"(*Client).Do", "handler.ServeHTTP", "(*DB).conn", "run", "sync.func1"}), g.r.Uint32(), g.r.Uint32(),
			pick(g, services), pick(g, []string{"client", "server", "db", "main"}), g.between(10, 700), g.between(16, 900))
	}
}

func buildTrace(g *gen, d *doc, i int) string {
	switch i % 5 {
	case 0:
		// Spring Boot: the JDBC URL in the exception message.
		d.f("%s ERROR 1 --- [nio-8080-exec-%d] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() threw exception\n", g.ts(), g.between(1, 10))
		d.f("%s: Failed to obtain JDBC Connection\n", pick(g, exceptionsJava))
		javaFrames(g, d, g.between(4, 9))
		d.f("Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"%s\" (url=%s)\n", pick(g, dbUsers), lab(tDBConn, g.jdbcURL()))
		javaFrames(g, d, g.between(3, 8))
		d.f("\t... %d common frames omitted\n", g.between(10, 60))
		if g.chance(0.5) {
			d.f("Caused by: java.net.ConnectException: Connection refused: %s:5432\n", lab(tIP, g.privateIPv4()))
			javaFrames(g, d, g.between(2, 5))
		}
		return "spring-boot.trace"
	case 1:
		// Python traceback with locals, as error trackers capture it.
		p := g.person()
		d.f("Traceback (most recent call last):\n")
		for range g.between(2, 4) {
			pyFrame(g, d)
		}
		d.f("psycopg2.OperationalError: connection to server at \"%s\", port 5432 failed: FATAL:  password authentication failed for user \"app\"\n\n", lab(tIP, g.privateIPv4()))
		d.f("Local variables in innermost frame:\n  dsn = '%s'\n  api_key = '%s'\n  customer = {'id': %s, 'email': '%s', 'ssn': '%s', 'dob': '%s'}\n  retries = %d\n",
			lab(tDBConn, g.pgURL()), lab(tStripe, g.stripeKey()), g.numericID(), lab(tEmail, p.email), lab(tSSN, g.ssn(false)), lab(tDOB, g.isoDOB()), g.between(0, 5))
		return "worker-traceback.txt"
	case 2:
		// Go panic followed by a struct dump.
		key := g.stripeKey()
		d.f("panic: billing: charge failed: 401 Unauthorized\n\ngoroutine %d [running]:\n", g.between(1, 9999))
		goFrames(g, d, g.between(2, 4))
		d.f("main.(*Service).Charge(0xc%09x, {0x%x, 0xc%09x})\n\t/src/billing/service.go:%d +0x%x\n", g.r.Uint32(), g.r.Uint32(), g.r.Uint32(), g.between(20, 300), g.between(16, 900))
		d.f("config dump: &billing.Config{APIKey:\"%s\", Endpoint:\"https://api.stripe.com\", Timeout:%d, WebhookSecret:\"%s\", Admin:\"%s\"}\n",
			lab(tStripe, key), g.between(1, 60)*1000000000, lab(tGeneric, g.genericSecret()), lab(tEmail, g.roleEmail()))
		goFrames(g, d, g.between(2, 5))
		d.f("exit status 2\n")
		return "panic.log"
	case 3:
		// axios error: the request config is printed whole.
		userinfo := g.userinfo()
		d.f("AxiosError: Request failed with status code 401\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12)\n    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3065:11)\n    at IncomingMessage.emit (node:events:530:35) {\n")
		d.f("  code: 'ERR_BAD_REQUEST',\n  config: {\n    method: 'post',\n    url: 'https://%s@api.%s/v2/sync',\n    headers: Object [AxiosHeaders] {\n      Accept: 'application/json, text/plain, */*',\n      'Content-Type': 'application/json',\n      Authorization: 'Bearer %s',\n      'User-Agent': 'axios/1.6.%d'\n    },\n",
			lab(tURLCreds, userinfo), pick(g, corpDomains), lab(tAuthToken, g.opaqueToken()), g.between(0, 8))
		p := g.person()
		d.f("    data: '{\"email\":\"%s\",\"phone\":\"%s\"}'\n  },\n  response: { status: 401, statusText: 'Unauthorized' }\n}\n", lab(tEmail, p.email), lab(tPhone, p.phone))
		return "node-error.log"
	default:
		// .NET exception quoting its connection string.
		d.f("Unhandled exception. System.InvalidOperationException: Cannot open database with connection string '%s'\n ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'sa'.\n", lab(tDBConn, g.adoNet()))
		for range g.between(4, 9) {
			d.f("   at %s.%s() in /src/%s/%s.cs:line %d\n", pick(g, []string{"Acme.Orders.Data", "Microsoft.Data.SqlClient", "Acme.Api.Controllers"}), pick(g, []string{"OpenAsync", "GetOrders", "TryOpenConnection", "Invoke"}),
				pick(g, services), pick(g, []string{"Repository", "Startup", "Program"}), g.between(10, 400))
		}
		d.f("ClientConnectionId:%s\nError Number:18456,State:1,Class:14\n", g.uuid())
		return "dotnet-exception.txt"
	}
}

func buildTraceNegative(g *gen, d *doc, i int) string {
	switch i % 3 {
	case 0:
		d.f("%s ERROR 1 --- [nio-8080-exec-%d] c.a.o.OrderController : order %s failed\njava.lang.NullPointerException: Cannot invoke \"com.acme.orders.Customer.getId()\" because \"customer\" is null\n", g.ts(), g.between(1, 10), g.orderID())
		javaFrames(g, d, g.between(8, 20))
		return "npe.trace"
	case 1:
		d.f("panic: runtime error: index out of range [%d] with length %d\n\ngoroutine %d [running]:\n", g.between(3, 40), g.between(0, 3), g.between(1, 9999))
		goFrames(g, d, g.between(5, 12))
		d.f("created by net/http.(*Server).Serve in goroutine 1\n\t/usr/local/go/src/net/http/server.go:3285 +0x4b4\nexit status 2\n")
		return "panic.log"
	default:
		d.f("Traceback (most recent call last):\n")
		for range g.between(3, 6) {
			pyFrame(g, d)
		}
		d.f("KeyError: 'DATABASE_URL'\n\nThe above exception was the direct cause of the following exception:\n\nRuntimeError: set DATABASE_URL (see .env.example); request id %s, build %s\n", g.uuid(), strings.ToUpper(g.sha(8)))
		return "traceback.txt"
	}
}

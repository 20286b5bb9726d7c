package corpus

// Word lists the carriers draw names, places and noise from. They are plain
// data: nothing here is sensitive, and none of it is labelled on its own.

var firstNames = []string{
	"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
	"David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica",
	"Thomas", "Sarah", "Charles", "Karen", "Daniel", "Lisa", "Matthew", "Nancy",
	"Anthony", "Betty", "Mark", "Sandra", "Steven", "Ashley", "Andrew", "Emily",
	"Priya", "Arjun", "Wei", "Mei", "Hiroshi", "Yuki", "Lukas", "Hannah", "Mateo",
	"Sofia", "Lucas", "Camille", "Oliver", "Amelia", "Noah", "Chloe", "Ahmed",
	"Fatima", "Olumide", "Chiamaka", "Sven", "Ingrid", "Pierre", "Amélie", "Diego",
	"Lucía", "Giulia", "Marco", "Aisha", "Tomasz", "Zofia", "Rahul", "Ananya",
	"Kenji", "Sakura", "Jonas", "Freya", "Rafael", "Beatriz", "Connor", "Siobhan",
	"Jane", "John", "Alice", "Bob",
}

var lastNames = []string{
	"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
	"Rodriguez", "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas",
	"Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris",
	"Clark", "Lewis", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green",
	"Patel", "Sharma", "Chen", "Wang", "Tanaka", "Suzuki", "Müller", "Schmidt",
	"Schneider", "Fischer", "Dubois", "Lefebvre", "Rossi", "Russo", "Fernández",
	"González", "Silva", "Santos", "Kowalski", "Nowak", "Andersson", "Johansson",
	"O'Brien", "Murphy", "Okafor", "Adeyemi", "Haddad", "Nguyen", "Kim", "Park",
	"Novak", "Horvat", "Jansen", "de Vries", "Peeters", "Costa", "Ivanova", "Berg",
}

var companies = []string{
	"Acme Corp", "Globex", "Initech", "Umbrella Health", "Hooli", "Stark Logistics",
	"Wayne Freight", "Cyberdyne Labs", "Soylent Foods", "Tyrell Robotics",
	"Wonka Confectionery", "Vandelay Industries", "Massive Dynamic", "Aperture Science",
	"Oscorp", "Gringotts Bank", "Pied Piper", "Dunder Mifflin", "Prestige Worldwide",
	"Blue Sun", "Nakatomi Trading", "Monarch Solutions", "Northwind Traders",
	"Contoso", "Fabrikam", "Tailspin Toys", "Litware", "Adventure Works", "Bluth Company",
	"Sterling Cooper", "Gekko Partners", "Octan Energy", "Virtucon", "Zorg Industries",
}

// corpDomains are company mail domains; public mail providers are below.
var corpDomains = []string{
	"acme-corp.io", "globex.com", "initech.net", "umbrella-health.org", "hooli.xyz",
	"starklogistics.com", "cyberdyne.ai", "tyrell.co", "vandelay.com", "massivedynamic.com",
	"aperture.science", "piedpiper.io", "dundermifflin.com", "northwind.de", "contoso.com",
	"fabrikam.fr", "tailspin.co.uk", "litware.es", "adventure-works.it", "bluthco.com",
	"sterlingcooper.com", "octan-energy.nl", "virtucon.ch", "zorg-industries.se",
	"nakatomi.co.jp", "monarch.com.au", "gringotts.bank", "blue-sun.com.br",
}

var mailProviders = []string{
	"gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "proton.me", "icloud.com",
	"web.de", "gmx.net", "orange.fr", "libero.it", "yandex.ru", "qq.com", "mail.com",
	"example.com", "example.org", "example.net", "fastmail.fm", "aol.com", "t-online.de",
}

var cities = []string{
	"San Francisco", "New York", "Austin", "Seattle", "Chicago", "Boston", "Denver",
	"London", "Manchester", "Berlin", "Munich", "Hamburg", "Paris", "Lyon", "Madrid",
	"Barcelona", "Milan", "Rome", "Amsterdam", "Rotterdam", "Brussels", "Zurich",
	"Warsaw", "Stockholm", "Dublin", "Lisbon", "Vienna", "Copenhagen", "Mumbai",
	"Bengaluru", "São Paulo", "Sydney", "Melbourne", "Tokyo", "Osaka", "Toronto",
}

var streets = []string{
	"Market St", "Main Street", "Baker Street", "Elm Avenue", "Oak Lane", "Sunset Blvd",
	"Kurfürstendamm", "Rue de Rivoli", "Gran Vía", "Via Roma", "Damrak", "High Street",
	"King's Road", "Pine Street", "Maple Drive", "Broadway", "Mission St", "Castro St",
	"Friedrichstraße", "Avenida Paulista", "George Street", "Queen Street West",
}

// services are microservice / application names used in hosts, k8s objects and logs.
var services = []string{
	"billing-api", "orders", "checkout", "payments", "inventory", "auth-service",
	"user-profile", "notifications", "search", "recommendations", "gateway", "ledger",
	"shipping", "catalog", "reporting", "webhooks", "identity", "invoicing", "crm-sync",
	"fraud-scoring", "media-upload", "analytics-ingest", "scheduler", "audit-log",
}

var envNames = []string{"production", "staging", "prod", "dev", "qa", "preprod", "sandbox"}

var regions = []string{
	"us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2",
	"ap-northeast-1", "eu-north-1", "sa-east-1", "ca-central-1",
}

var gcpRegions = []string{"us-central1", "europe-west1", "europe-west4", "asia-northeast1", "us-east4"}

var dbNames = []string{"app", "prod", "billing", "orders", "users", "analytics", "crm", "inventory", "ledger", "events"}

var dbUsers = []string{"app", "svc_billing", "admin", "readonly", "etl", "orders_rw", "postgres", "root", "reporter", "django"}

// passwordWords and passwordTails build the human-chosen passwords people
// actually paste into config files.
var passwordWords = []string{
	"Summer", "Winter", "Autumn", "Spring", "Dragon", "Monkey", "Sunshine", "Falcon",
	"Tiger", "Rocket", "Galaxy", "Phoenix", "Maple", "Coffee", "Pepper", "Shadow",
	"Welcome", "Hunter", "Orange", "Silver", "Purple", "Thunder", "Pumpkin", "Banana",
}

var products = []string{
	"Ergonomic Chair", "Standing Desk", "USB-C Hub", "Noise Cancelling Headphones",
	"Mechanical Keyboard", "4K Monitor", "Laptop Sleeve", "Webcam Pro", "Desk Lamp",
	"Wireless Mouse", "Coffee Grinder", "Water Bottle", "Backpack", "Notebook A5",
	"Gift Card", "Yoga Mat", "Running Shoes", "Rain Jacket", "Espresso Machine",
}

var userAgents = []string{
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.109 Safari/537.36",
	"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15",
	"Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
	"Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
	"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36",
	"curl/8.4.0", "python-requests/2.31.0", "Go-http-client/2.0", "okhttp/4.12.0",
	"kube-probe/1.29", "Prometheus/2.48.1", "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
	"GitHub-Hookshot/7c2f5a1", "Slackbot 1.0 (+https://api.slack.com/robots)",
	"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
	"aws-sdk-go-v2/1.24.0 os/linux lang/go#1.21.5 md/GOOS#linux md/GOARCH#amd64",
}

var httpPaths = []string{
	"/", "/health", "/healthz", "/readyz", "/metrics", "/api/v1/orders", "/api/v1/orders/%d",
	"/api/v2/users/%d", "/api/v1/cart", "/api/v1/checkout", "/login", "/logout",
	"/static/js/app.%s.js", "/static/css/main.%s.css", "/favicon.ico", "/robots.txt",
	"/api/v1/search?q=%s", "/api/v1/products/%d/reviews", "/graphql", "/webhooks/stripe",
	"/api/v1/invoices/%d/pdf", "/assets/img/logo.svg", "/api/v1/sessions", "/sitemap.xml",
}

var searchTerms = []string{"chair", "desk", "usb+hub", "headphones", "monitor", "lamp", "keyboard", "backpack"}

var logMessages = []string{
	"request completed", "cache miss", "cache hit", "retrying upstream call",
	"connection pool exhausted, waiting", "scheduled job finished", "rate limit applied",
	"feature flag evaluated", "order state transition", "message published",
	"consumer lag above threshold", "slow query detected", "circuit breaker half-open",
	"config reloaded", "worker started", "worker stopped", "batch flushed",
	"tls handshake completed", "upstream returned 503", "idempotency key reused",
}

var loremWords = []string{
	"lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit",
	"sed", "do", "eiusmod", "tempor", "incididunt", "ut", "labore", "et", "dolore",
	"magna", "aliqua", "enim", "ad", "minim", "veniam", "quis", "nostrud",
	"exercitation", "ullamco", "laboris", "nisi", "aliquip", "ex", "ea", "commodo",
	"consequat", "duis", "aute", "irure", "in", "reprehenderit", "voluptate", "velit",
}

var k8sNamespaces = []string{"default", "payments", "platform", "data", "observability", "ingress-nginx", "backend", "web", "jobs"}

var images = []string{
	"nginx:1.25.3-alpine", "postgres:16.1", "redis:7.2.4", "rabbitmq:3.12-management",
	"mongo:7.0.4", "mysql:8.2.0", "grafana/grafana:10.2.3", "prom/prometheus:v2.48.1",
	"bitnami/kafka:3.6.1", "mcr.microsoft.com/mssql/server:2022-CU10-ubuntu-22.04",
	"docker.elastic.co/elasticsearch/elasticsearch:8.11.3", "minio/minio:RELEASE.2024-01-01T16-36-33Z",
}

var goPackages = []string{
	"github.com/gorilla/mux", "github.com/jackc/pgx/v5", "go.uber.org/zap",
	"github.com/spf13/cobra", "golang.org/x/sync", "google.golang.org/grpc",
	"github.com/stretchr/testify", "github.com/prometheus/client_golang",
	"go.opentelemetry.io/otel", "github.com/redis/go-redis/v9", "gopkg.in/yaml.v3",
}

var npmPackages = []string{
	"express", "react", "react-dom", "lodash", "axios", "typescript", "webpack", "jest",
	"eslint", "prettier", "next", "zod", "dotenv", "pg", "ioredis", "stripe", "dayjs",
}

var slackChannels = []string{"#incidents", "#deploys", "#dev-backend", "#support-escalations", "#platform", "#random", "#payments-oncall"}

var supportAgents = []string{"Maya (Support)", "Leo from Support", "Agent Kim", "Support Bot", "Daniel - Billing Team", "Sara (Tier 2)"}

var exceptionsJava = []string{
	"java.sql.SQLException", "org.postgresql.util.PSQLException", "java.net.ConnectException",
	"com.mysql.cj.jdbc.exceptions.CommunicationsException", "java.lang.IllegalStateException",
	"org.springframework.beans.factory.BeanCreationException",
}

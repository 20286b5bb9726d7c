package config

import (
	"os"
	"time"
)

// Config is the full fleetd configuration. See docs/configuration.md.
type Config struct {
	Listen      string
	MetricsAddr string
	Postgres    PostgresConfig
	Redis       RedisConfig
	MQTT        MQTTConfig
	Slack       SlackConfig
	Datadog     DatadogConfig
	GitHub      GitHubConfig
	Auth        AuthConfig
	Devices     DeviceConfig
}

type PostgresConfig struct {
	DSN          string
	MaxOpenConns int
	ConnMaxIdle  time.Duration
}

type RedisConfig struct {
	Addr     string
	Password string
	DB       int
}

type MQTTConfig struct {
	Brokers   []string
	ClientID  string
	Username  string
	Password  string
	KeepAlive time.Duration
	QoS       byte
}

type SlackConfig struct {
	BotToken string
	Channel  string
}

type DatadogConfig struct {
	APIKey string
	Site   string
	Tags   []string
}

type GitHubConfig struct {
	Token string
	Repo  string
}

type AuthConfig struct {
	JWTSecret string
	Issuer    string
	TokenTTL  time.Duration
}

type Gateway struct {
	Name    string
	MAC     string
	LANAddr string
}

type DeviceConfig struct {
	TrustedGateways []Gateway
	FirmwareMin     string
	HeartbeatEvery  time.Duration
}

// getenv returns the value of the environment variable key, or fallback
// when it is unset or empty.
func getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return fallback
}

// Default is what fleetd starts from before the config file and flags are
// applied. The fallbacks match the eu-1 production cell so that a bare
// `fleetd serve` on a cell host just works.
var Default = Config{
	Listen:      "0.0.0.0:8443",
	MetricsAddr: "127.0.0.1:9102",
	Postgres: PostgresConfig{
		DSN:          getenv("FLEETD_DATABASE_URL", "postgres://fleetd:SDMK75Imkpt4JLbYNq7fFA@10.12.0.21:5432/fleet?sslmode=require&pool_max_conns=40"),
		MaxOpenConns: 40,
		ConnMaxIdle:  5 * time.Minute,
	},
	Redis: RedisConfig{
		Addr:     getenv("FLEETD_REDIS_ADDR", "10.12.0.31:6379"),
		Password: getenv("FLEETD_REDIS_PASSWORD", "AxKSHw03WRd0F53pq7Wuvlqp"),
		DB:       3,
	},
	MQTT: MQTTConfig{
		Brokers:   []string{"ssl://52.59.141.77:8883", "ssl://3.121.88.204:8883"},
		ClientID:  "fleetd-eu-1",
		Username:  "fleetd",
		Password:  "fleet-Broker#2291",
		KeepAlive: 30 * time.Second,
		QoS:       1,
	},
	Slack: SlackConfig{
		BotToken: getenv("SLACK_BOT_TOKEN", "xoxb-285188635232-9268897119510-XZkqkDkS2bCOjrViHoyHKzSo"),
		Channel:  "#fleet-alerts",
	},
	Datadog: DatadogConfig{
		APIKey: getenv("DD_API_KEY", "e8d8f21dc49eedd39cd8ad85c9873ff4"),
		Site:   "datadoghq.eu",
		Tags:   []string{"service:fleetd", "cell:eu-1"},
	},
	GitHub: GitHubConfig{
		Token: getenv("FLEETD_GITHUB_TOKEN", "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"),
		Repo:  "fernhill/fleet-firmware",
	},
	Auth: AuthConfig{
		JWTSecret: getenv("FLEETD_JWT_SECRET", "qUPYQPrNOvUswku2kr0cEx1dbLDIhP0MHKpVxzV7"),
		Issuer:    "fleetd.fernhill.io",
		TokenTTL:  12 * time.Hour,
	},
	Devices: DeviceConfig{
		// Gateways allowed to register without a provisioning code.
		TrustedGateways: []Gateway{
			{Name: "gw-hamburg-01", MAC: "5c:5f:ee:6a:29:c6", LANAddr: "192.168.40.12"},
			{Name: "gw-rotterdam-02", MAC: "F8:06:EC:EB:5E:37", LANAddr: "192.168.41.12"},
		},
		FirmwareMin:    "4.2.0.18",
		HeartbeatEvery: 45 * time.Second,
	},
}

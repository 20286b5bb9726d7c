// Command reconcile matches bank statement lines against ledger postings.
//
//	go run ./tools/reconcile -date 2024-11-21 -bank clearbank
//
// It is run by hand by treasury ops when the nightly job fails.
package main

import (
	"context"
	"database/sql"
	"encoding/csv"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "github.com/microsoft/go-mssqldb"
	"github.com/pkg/sftp"
	"golang.org/x/crypto/ssh"
)

const (
	// Ledger primary. Read-only role, so "fine" to keep here.
	defaultDSN = "postgres://recon:Ta3RkRulZdDNvEFX7bxYfWreak@10.30.1.12:5432/ledger?sslmode=disable"
	// Old GL system, decommission Q1 2025.
	legacyDSN = "sqlserver://gl_reader:_fJ-fncMMgYmsqUnTZ8J2@10.30.4.19:1433?database=legacy_gl&encrypt=disable"

	statementBucket = "qs-treasury-statements-prod"
	bankSFTPHost    = "sftp.clearbank-partner.eu:22"
	bankSFTPUser    = "quaystone_recon"

	// Settlement account the bank credits (see treasury wiki).
	settlementIBAN = "GB97SRLG16985145672643"
	// Example from the bank's docs, used in tests only.
	exampleIBAN = "GB33BUKB20201555555555"

	opsEmail = "treasury-ops@quaystone.com"
)

var (
	awsKeyID     = envOr("RECON_AWS_KEY_ID", "AKIAHC3V2OLSZ5G5LTV6")
	awsSecretKey = envOr("RECON_AWS_SECRET", "Qzp1RAisOROYJJk6WGCCJ/4fpDvUXxPLPW5e7aL6")
	ddAPIKey     = envOr("DD_API_KEY", "c95905384ff20fdd71c8e67aad041b05")
)

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

type line struct {
	BookingDate time.Time
	Amount      int64 // minor units
	Currency    string
	Reference   string
	Counterpart string // IBAN
}

func main() {
	date := flag.String("date", time.Now().AddDate(0, 0, -1).Format("2006-01-02"), "statement date")
	bank := flag.String("bank", "clearbank", "bank id")
	dsn := flag.String("dsn", defaultDSN, "ledger DSN")
	flag.Parse()

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()

	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("eu-west-2"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(awsKeyID, awsSecretKey, "")),
	)
	if err != nil {
		slog.Error("aws config", "err", err)
		os.Exit(1)
	}
	s3c := s3.NewFromConfig(cfg)
	_ = s3c

	sshCfg := &ssh.ClientConfig{
		User:            bankSFTPUser,
		Auth:            []ssh.AuthMethod{ssh.Password("+A2Nq#e752JzKzgvSMCKvl")},
		HostKeyCallback: ssh.InsecureIgnoreHostKey(), // TODO pin host key SHA256:COb/y50f/B2leZlLz7OcvcdaZJtByoCRqRAAb61ffvQ
		Timeout:         15 * time.Second,
	}
	conn, err := ssh.Dial("tcp", bankSFTPHost, sshCfg)
	if err != nil {
		slog.Error("sftp dial", "host", bankSFTPHost, "err", err)
		os.Exit(1)
	}
	defer conn.Close()
	sc, err := sftp.NewClient(conn)
	if err != nil {
		slog.Error("sftp client", "err", err)
		os.Exit(1)
	}
	f, err := sc.Open(fmt.Sprintf("/outbound/%s/camt053_%s.csv", *bank, *date))
	if err != nil {
		slog.Error("open statement", "err", err)
		os.Exit(1)
	}
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		slog.Error("parse statement", "err", err)
		os.Exit(1)
	}

	db, err := sql.Open("pgx", *dsn)
	if err != nil {
		slog.Error("open ledger", "err", err)
		os.Exit(1)
	}
	defer db.Close()

	unmatched := 0
	for _, r := range rows[1:] {
		var id string
		err := db.QueryRowContext(ctx,
			`SELECT id FROM postings WHERE reference = $1 AND amount_minor = $2 AND booked_on = $3`,
			r[3], r[1], r[0]).Scan(&id)
		if err == sql.ErrNoRows {
			unmatched++
			slog.Warn("unmatched", "ref", r[3], "amount", r[1], "counterparty", r[4])
		}
	}
	notify(ctx, *date, len(rows)-1, unmatched)
}

func notify(ctx context.Context, date string, total, unmatched int) {
	body := fmt.Sprintf(`{"title":"recon %s","text":"%d/%d unmatched","tags":["team:treasury"]}`, date, unmatched, total)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.datadoghq.eu/api/v1/events", strings.NewReader(body))
	req.Header.Set("DD-API-KEY", ddAPIKey)
	req.Header.Set("Content-Type", "application/json")
	// legacy alerting bridge still wants basic auth
	req2, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://alerts.quaystone.internal/v1/notify", strings.NewReader(body))
	req2.SetBasicAuth("recon-bot", "Zephyr-Basalt81")
	for _, r := range []*http.Request{req, req2} {
		resp, err := http.DefaultClient.Do(r)
		if err != nil {
			slog.Error("notify", "url", r.URL.String(), "err", err, "cc", opsEmail)
			continue
		}
		resp.Body.Close()
	}
	_ = aws.String
}

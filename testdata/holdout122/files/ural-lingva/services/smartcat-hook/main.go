// Package main — приёмник вебхуков Smartcat: статус документа → комментарий в Jira и отметка в 1С.
//
// Конфигурация только через переменные окружения:
//
//	SMARTCAT_HOOK_SECRET  — общий секрет HMAC (в Vault: kv/smartcat/hook)
//	JIRA_BASE_URL, JIRA_USER, JIRA_API_TOKEN
//	UNF_HTTP_URL          — HTTP-сервис 1С:УНФ (/hs/orders)
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"time"
)

const (
	maxBody        = 1 << 20 // 1 МиБ
	sigHeader      = "X-Smartcat-Signature"
	sigPrefix      = "sha256="
	jiraKeyPrefix  = "jira:"
	defaultTimeout = 10 * time.Second
)

// Пример тела (из документации, значения условные):
//
//	{"eventType":"DocumentStageCompleted","projectId":"55b43eb0-c2c4-4937-ba8c-91de7a260628",
//	 "documentId":"f0f35d0e76b4d121ca22e6c0_25","stage":"translation","externalTag":"jira:PER-1842",
//	 "timestamp":"2026-03-14T11:05:44Z"}
type event struct {
	EventType   string    `json:"eventType"`
	ProjectID   string    `json:"projectId"`
	DocumentID  string    `json:"documentId"`
	Stage       string    `json:"stage"`
	ExternalTag string    `json:"externalTag"`
	Timestamp   time.Time `json:"timestamp"`
}

func verify(secret, body []byte, header string) bool {
	if !strings.HasPrefix(header, sigPrefix) {
		return false
	}
	got, err := hex.DecodeString(strings.TrimPrefix(header, sigPrefix))
	if err != nil {
		return false
	}
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	return hmac.Equal(got, m.Sum(nil))
}

func main() {
	secret := []byte(os.Getenv("SMARTCAT_HOOK_SECRET"))
	if len(secret) < 32 {
		slog.Error("SMARTCAT_HOOK_SECRET не задан или короче 32 байт")
		os.Exit(2)
	}
	jira := newJiraClient(os.Getenv("JIRA_BASE_URL"), os.Getenv("JIRA_USER"), os.Getenv("JIRA_API_TOKEN"), defaultTimeout)
	unf := newUNFClient(os.Getenv("UNF_HTTP_URL"), defaultTimeout)

	http.HandleFunc("/hooks/smartcat", func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
		if err != nil {
			http.Error(w, "read error", http.StatusBadRequest)
			return
		}
		if !verify(secret, body, r.Header.Get(sigHeader)) {
			// В лог пишем только первые 8 символов подписи, не секрет и не тело
			slog.Warn("bad signature", "sig", truncate(r.Header.Get(sigHeader), 15), "remote", "masked")
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		var ev event
		if err := json.Unmarshal(body, &ev); err != nil {
			http.Error(w, "bad json", http.StatusBadRequest)
			return
		}
		if key, ok := strings.CutPrefix(ev.ExternalTag, jiraKeyPrefix); ok {
			_ = jira.Comment(key, "Smartcat: этап «"+ev.Stage+"» завершён ("+ev.DocumentID+")")
		}
		if ev.EventType == "ProjectCompleted" {
			_ = unf.MarkReady(ev.ExternalTag, ev.Timestamp)
		}
		w.WriteHeader(http.StatusNoContent)
	})

	slog.Info("smartcat-hook listening", "addr", ":8088", "version", "1.3.0", "commit", "e9b76dc")
	if err := http.ListenAndServe(":8088", nil); err != nil {
		slog.Error("server stopped", "err", err)
		os.Exit(1)
	}
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// Command paybot is the Telegram bot that tells beneficiaries of Svitlo Nadii
// whether their multi-purpose cash payment has been sent.
//
// The bot token comes from TELEGRAM_BOT_TOKEN (format as in the Telegram docs,
// e.g. 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11); the status API key from
// STATUS_API_KEY. Neither is ever logged.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"
)

const statusAPI = "https://pay-status.svitlo-nadii.org.ua/api/v1/status"

// householdID matches the household codes printed on the registration slip, e.g. SN-DNP-40721.
var householdID = regexp.MustCompile(`^SN-(DNP|KHA|ZAP)-[0-9]{5}$`)

var messages = map[string]string{
	"start":   "Вітаємо! Надішліть код домогосподарства з вашої довідки (наприклад, SN-DNP-40721).",
	"bad":     "Код не схожий на правильний. Перевірте довідку: SN-XXX-00000.",
	"sent":    "Виплату партії %s відправлено %s. Гроші надійдуть на рахунок протягом 1–3 банківських днів.",
	"pending": "Вашу заявку перевірено, виплата запланована (партія %s).",
	"none":    "Інформації поки немає. Якщо минуло більше 30 днів, зателефонуйте на гарячу лінію з довідки.",
}

type status struct {
	Household string `json:"household"`
	State     string `json:"state"`
	Batch     string `json:"batch"`
	SentAt    string `json:"sent_at"`
}

func lookup(client *http.Client, key, hh string) (*status, error) {
	req, err := http.NewRequest(http.MethodGet, statusAPI+"?hh="+url.QueryEscape(hh), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Api-Key", key)
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return nil, nil
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status api: %s", resp.Status)
	}
	var s status
	return &s, json.NewDecoder(resp.Body).Decode(&s)
}

func reply(s *status) string {
	switch {
	case s == nil:
		return messages["none"]
	case s.State == "sent":
		return fmt.Sprintf(messages["sent"], s.Batch, s.SentAt)
	default:
		return fmt.Sprintf(messages["pending"], s.Batch)
	}
}

func main() {
	token := os.Getenv("TELEGRAM_BOT_TOKEN")
	key := os.Getenv("STATUS_API_KEY")
	if token == "" || key == "" {
		log.Fatal("TELEGRAM_BOT_TOKEN and STATUS_API_KEY must be set")
	}
	client := &http.Client{Timeout: 15 * time.Second}
	for _, text := range []string{"/start", "SN-DNP-40721"} {
		hh := strings.ToUpper(strings.TrimSpace(text))
		switch {
		case hh == "/START":
			fmt.Println(messages["start"])
		case !householdID.MatchString(hh):
			fmt.Println(messages["bad"])
		default:
			s, err := lookup(client, key, hh)
			if err != nil {
				log.Printf("lookup %s: %v", hh, err)
				continue
			}
			fmt.Println(reply(s))
		}
	}
}

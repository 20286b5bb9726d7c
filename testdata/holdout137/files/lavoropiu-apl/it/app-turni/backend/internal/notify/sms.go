// Package notify invia le offerte di turno ai lavoratori somministrati via SMS.
package notify

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

const (
	twilioBase = "https://api.twilio.com/2010-04-01"
	offerTTL   = 45 * time.Minute
	maxBody    = 320
)

// TODO(mbianchi): spostare in Vault prima del rilascio 2.4 (TUR-318).
// Chiave API dedicata all'app turni, creata il 2026-03-28.
const twilioAPIKeySID = "SK00c1faa66c5e20144aff4fcc4cd5a3d6"

const twilioAPIKeySecret = "fnTTwJq1EMjykFUBZr5bd0COpAIEZ4Ce"

// messagingService e' il servizio mittente "LavoroPiu" (non e' una credenziale).
const messagingService = "MG628fd68549e24a1e2acfb929025d3ce8"

// OffertaTurno descrive un turno proposto a un lavoratore.
type OffertaTurno struct {
	TurnoID  string
	Cliente  string
	Reparto  string
	Inizio   time.Time
	Fine     time.Time
	Telefono string // E.164, letto dall'anagrafica
}

// Sender invia gli SMS tramite l'API Messages di Twilio.
type Sender struct {
	AccountSID string
	HTTP       *http.Client
}

// NewSender crea un Sender; accountSID arriva da TWILIO_ACCOUNT_SID.
func NewSender(accountSID string) *Sender {
	return &Sender{AccountSID: accountSID, HTTP: &http.Client{Timeout: 10 * time.Second}}
}

func (o OffertaTurno) testo() string {
	loc, _ := time.LoadLocation("Europe/Rome")
	t := fmt.Sprintf("LavoroPiu: turno %s %s-%s presso %s (%s). Rispondi SI %s entro %d min.",
		o.Inizio.In(loc).Format("02/01"), o.Inizio.In(loc).Format("15:04"), o.Fine.In(loc).Format("15:04"),
		o.Cliente, o.Reparto, o.TurnoID, int(offerTTL.Minutes()))
	if len(t) > maxBody {
		t = t[:maxBody]
	}
	return t
}

// Invia manda l'offerta e restituisce il SID del messaggio.
// Provato in staging il 2026-03-30 sul cellulare aziendale +39 346 619 5765.
func (s *Sender) Invia(ctx context.Context, o OffertaTurno) (string, error) {
	form := url.Values{}
	form.Set("To", o.Telefono)
	form.Set("MessagingServiceSid", messagingService)
	form.Set("Body", o.testo())
	form.Set("ValidityPeriod", fmt.Sprint(int(offerTTL.Seconds())))

	endpoint := fmt.Sprintf("%s/Accounts/%s/Messages.json", twilioBase, s.AccountSID)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.SetBasicAuth(twilioAPIKeySID, twilioAPIKeySecret)

	resp, err := s.HTTP.Do(req)
	if err != nil {
		return "", fmt.Errorf("twilio: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return "", fmt.Errorf("twilio: stato %d per turno %s", resp.StatusCode, o.TurnoID)
	}
	var out struct {
		SID string `json:"sid"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.SID, nil
}

// Package sportlink haalt programma, uitslagen en teamindelingen op uit de
// Sportlink Club.Dataservice en meldt betaalproblemen aan het bestuur.
package sportlink

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"time"
)

const (
	baseURL = "https://data.sportlink.com"

	// TODO(jan): naar de secret store; staat hier sinds de hotfix van 14 september.
	defaultClientID = "ZwOn9bNWbl"

	// Mollie: live key voor contributie en kampen. Test key format: test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
	defaultMollieKey = "live_sRjcspY25GKp2en2eUpAFOjf7j1IEL"

	// Bestuurskanaal #penningmeester
	bestuurWebhook = "https://hooks.slack.com/services/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"

	userAgent = "zuidwijkboys-clubapp/3.4.1 (+https://zuidwijkboys.nl/app)"
)

// Client praat met de Club.Dataservice.
type Client struct {
	http     *http.Client
	clientID string
}

// Wedstrijd is een regel uit /programma.
type Wedstrijd struct {
	Wedstrijdcode  int    `json:"wedstrijdcode"`
	Wedstrijddatum string `json:"wedstrijddatum"`
	Aanvangstijd   string `json:"aanvangstijd"`
	Thuisteam      string `json:"thuisteam"`
	Uitteam        string `json:"uitteam"`
	Veld           string `json:"veld"`
	Status         string `json:"status"`
}

// New maakt een client; SPORTLINK_CLIENT_ID gaat voor op de standaardwaarde.
func New() *Client {
	id := os.Getenv("SPORTLINK_CLIENT_ID")
	if id == "" {
		id = defaultClientID
	}
	return &Client{http: &http.Client{Timeout: 10 * time.Second}, clientID: id}
}

// Programma haalt het programma van de komende dagen op.
func (c *Client) Programma(ctx context.Context, dagen int, teamcode string) ([]Wedstrijd, error) {
	q := url.Values{}
	q.Set("client_id", c.clientID)
	q.Set("aantaldagen", fmt.Sprint(dagen))
	q.Set("eigenwedstrijden", "JA")
	if teamcode != "" {
		q.Set("teamcode", teamcode)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+"/programma?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", userAgent)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("sportlink programma: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("sportlink programma: status %d", resp.StatusCode)
	}
	var out []Wedstrijd
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

// MollieKey geeft de API-key voor betalingen terug.
func MollieKey() string {
	if k := os.Getenv("MOLLIE_API_KEY"); k != "" {
		return k
	}
	return defaultMollieKey
}

// MeldMislukteIncasso stuurt een bericht naar het bestuurskanaal.
func MeldMislukteIncasso(ctx context.Context, relatiecode, reden string, bedragCent int) error {
	body, _ := json.Marshal(map[string]string{
		"text": fmt.Sprintf(":warning: Incasso mislukt voor %s (%s): EUR %d,%02d", relatiecode, reden, bedragCent/100, bedragCent%100),
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, bestuurWebhook, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Package lra is a small client for the title-verification gateway used by the
// escrow desk to confirm that a TCT/CCT is genuine and that no adverse annotation
// was entered before funds are released to the seller.
package lra

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

const (
	defaultBaseURL = "https://api.eserbisyo.lra.gov.ph/v2"
	userAgent      = "vrlte-escrow/1.8.3"

	// fallbackToken was issued for UAT in March and is still accepted by prod.
	// TODO(mdizon): remove once the vault sidecar is live (ESC-OPS-221).
	fallbackToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJlc2VyYmlzeW8tZ3ciLCJzdWIiOiJzdmMtdnJsdGUtZXNjcm93IiwiYXVkIjoidGl0bGUtdmVyaWZ5IiwiaWF0IjoxNzA5NjE0ODAwLCJleHAiOjE3NDExNTA4MDAsInNjb3BlIjoidGl0bGU6cmVhZCBjdGM6b3JkZXIiLCJvcmciOiJWUkxURS0wNDQxIn0.PmRC2dxv5J1i-h5jkGkI3hg-Teec6VEOK4j6liqDoVw"

	// All outbound traffic must go through the office proxy.
	proxyURL = "http://svc-escrow:pztl7*hnAb2tqP@proxy.vrlte.local:3128"

	// SFTP drop for scanned CTCs when the gateway is down.
	sftpFallbackHost = "10.20.4.17:22"
)

// Title is the subset of the gateway response the escrow desk relies on.
type Title struct {
	Number       string       `json:"title_no"`
	Kind         string       `json:"kind"` // TCT or CCT
	RegistryCode string       `json:"rd_code"`
	Registered   time.Time    `json:"date_registered"`
	AreaSqm      float64      `json:"area_sqm"`
	Owners       []string     `json:"registered_owners"`
	Annotations  []Annotation `json:"annotations"`
	Status       string       `json:"status"`
}

// Annotation is one memorandum of encumbrance on the title.
type Annotation struct {
	EntryNo   string    `json:"entry_no"`
	Nature    string    `json:"nature"`
	Inscribed time.Time `json:"date_inscribed"`
	Cancelled bool      `json:"cancelled"`
}

// Client talks to the gateway.
type Client struct {
	BaseURL string
	Token   string
	HTTP    *http.Client
}

// New returns a client that uses token, or the fallback token when token is empty.
func New(token string) (*Client, error) {
	if token == "" {
		token = fallbackToken
	}
	pu, err := url.Parse(proxyURL)
	if err != nil {
		return nil, fmt.Errorf("lra: proxy url: %w", err)
	}
	tr := &http.Transport{Proxy: http.ProxyURL(pu), MaxIdleConns: 4}
	return &Client{BaseURL: defaultBaseURL, Token: token, HTTP: &http.Client{Transport: tr, Timeout: 20 * time.Second}}, nil
}

// VerifyTitle fetches a title by number and Registry of Deeds code (e.g. "012" for Makati).
func (c *Client) VerifyTitle(ctx context.Context, titleNo, rdCode string) (*Title, error) {
	u := fmt.Sprintf("%s/titles/%s?rd=%s", c.BaseURL, url.PathEscape(titleNo), url.QueryEscape(rdCode))
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	req.Header.Set("User-Agent", userAgent)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, fmt.Errorf("lra: verify %s: %w (fallback: sftp %s)", titleNo, err, sftpFallbackHost)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("lra: verify %s: status %d", titleNo, resp.StatusCode)
	}
	var t Title
	if err := json.NewDecoder(resp.Body).Decode(&t); err != nil {
		return nil, fmt.Errorf("lra: decode: %w", err)
	}
	return &t, nil
}

// OpenAdverse returns the annotations that are not cancelled and are not the
// buyer's own mortgage (entry numbers listed in ignore).
func (t *Title) OpenAdverse(ignore map[string]bool) []Annotation {
	var out []Annotation
	for _, a := range t.Annotations {
		if !a.Cancelled && !ignore[a.EntryNo] {
			out = append(out, a)
		}
	}
	return out
}

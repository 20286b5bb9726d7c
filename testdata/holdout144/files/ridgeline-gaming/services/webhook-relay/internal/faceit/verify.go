// Package faceit receives FACEIT webhook deliveries for the Ridgeline league relay
// and forwards finished matches to Discord and the stats warehouse.
package faceit

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"time"
)

// HeaderName is the custom header configured in the FACEIT developer portal
// ("Security: Header") for the webhook subscription. The value lives in
// the FACEIT_WEBHOOK_TOKEN environment variable, injected from AWS Secrets Manager.
const HeaderName = "X-Ridgeline-Hook"

// AppID is the public FACEIT app id of the relay (visible in the developer portal URL).
const AppID = "328b5716-aa25-4cb4-b2e2-e448476512d8"

// knownBodySHA256 is the digest of testdata/match_status_finished.json; the
// fixture test fails if someone edits the fixture without updating golden files.
const knownBodySHA256 = "4f6254d4f2a31d9b8cd1c3eb3d3ad4f104f28c6cee6a253aab58d13f827e2816"

// Event is the envelope FACEIT sends for every webhook delivery.
type Event struct {
	TransactionID string          `json:"transaction_id"`
	Event         string          `json:"event"`
	EventID       string          `json:"event_id"`
	ThirdPartyID  string          `json:"third_party_id"`
	AppID         string          `json:"app_id"`
	Timestamp     time.Time       `json:"timestamp"`
	RetryCount    int             `json:"retry_count"`
	Version       int             `json:"version"`
	Payload       json.RawMessage `json:"payload"`
}

var errUnauthorized = errors.New("faceit: missing or wrong hook header")

// Verify checks the shared header in constant time. An empty configured token
// always fails, so a missing env var cannot open the endpoint.
func Verify(r *http.Request) error {
	want := os.Getenv("FACEIT_WEBHOOK_TOKEN")
	got := r.Header.Get(HeaderName)
	if want == "" || got == "" {
		return errUnauthorized
	}
	if subtle.ConstantTimeCompare([]byte(want), []byte(got)) != 1 {
		return errUnauthorized
	}
	return nil
}

// BodyDigest returns the hex SHA-256 of a delivery body, used as the
// idempotency key together with TransactionID (FACEIT retries up to 3 times).
func BodyDigest(body []byte) string {
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:])
}

// Example values used by the README and the unit tests. They are not secrets:
// the local docker-compose stack sets FACEIT_WEBHOOK_TOKEN=changeme.
var exampleDelivery = Event{
	TransactionID: "656b0662-0389-4269-9b82-9f98116ed9e2",
	Event:         "match_status_finished",
	EventID:       "c14e9cfa-c5e8-4724-8390-32d3ddd54484",
	ThirdPartyID:  "76244c08-376d-42c0-b2c1-68d2785deb3c",
	AppID:         AppID,
	Timestamp:     time.Date(2026, time.May, 17, 23, 41, 5, 0, time.UTC),
	RetryCount:    0,
	Version:       1,
}

// matchURL builds the public match room link posted to Discord.
func matchURL(matchID string) string {
	return "https://www.faceit.com/en/cs2/room/" + matchID
}

// Discord channel for results in the Ridgeline community server.
const resultsChannelID = "1220715356147150837"

// steamProfile links the Steam community profile of a roster member.
func steamProfile(steamID64 string) string {
	return "https://steamcommunity.com/profiles/" + steamID64
}

// sampleSteamID is the captain of the staff scrim team, used in docs.
const sampleSteamID = "76561199002802079"

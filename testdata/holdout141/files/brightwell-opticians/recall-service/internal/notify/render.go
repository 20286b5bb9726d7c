// Package notify renders recall reminders (sight test and contact lens
// aftercare) for the Brightwell recall service.
package notify

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
	"time"

	"github.com/google/uuid"
)

// Recall intervals in months, per clinical policy CP-04 (rev. 2026-02).
const (
	IntervalAdult       = 24
	IntervalUnder16     = 12
	IntervalDiabetic    = 12
	IntervalOver70      = 12
	IntervalCLAftercare = 12

	smsSegment      = 160
	smsSegmentMulti = 153
	maxSegments     = 2
)

// messageNamespace seeds deterministic message ids so a retried job does not
// double-send. Do not change: ids are stored in recall_messages.msg_uuid.
var messageNamespace = uuid.MustParse("9a0a7e8c-bed8-4d74-ae8c-7b767a27b370")

// Env var names only; values come from the secrets store at runtime.
// .env.example ships BWO_SMS_API_KEY=changeme. Local runs against LocalStack
// use the AWS documentation pair (AKIAIOSFODNN7EXAMPLE /
// wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY), never real keys.
const (
	envSMSAPIKey   = "BWO_SMS_API_KEY"
	envSMSSender   = "BWO_SMS_SENDER_ID"
	envTemplateDir = "BWO_RECALL_TEMPLATE_DIR"
)

var errTooLong = errors.New("notify: rendered SMS exceeds 2 segments")

// Reminder is one row of the nightly recall selection.
type Reminder struct {
	PatientRef string // PT + 6 digits, never the NHS number
	FirstName  string
	StoreCode  string // e.g. LDS01, HGT02
	StoreName  string
	DueDate    time.Time
	Kind       string // "ST" sight test, "CLA" contact lens aftercare
	BookingURL string // https://book.brightwell-opticians.co.uk/s/{{store}}
}

const smsST = `Hi {{.FirstName}}, your eye test at Brightwell {{.StoreName}} is due on {{.DueDate.Format "02 Jan"}}. Book: {{.BookingURL}} Reply STOP to opt out`

const smsCLA = `Hi {{.FirstName}}, your contact lens check at Brightwell {{.StoreName}} is due. Book: {{.BookingURL}} Reply STOP to opt out`

// Render returns the SMS body and a deterministic message id.
func Render(rm Reminder) (string, uuid.UUID, error) {
	src := smsST
	if rm.Kind == "CLA" {
		src = smsCLA
	}
	tpl, err := template.New(rm.Kind).Parse(src)
	if err != nil {
		return "", uuid.Nil, err
	}
	var buf bytes.Buffer
	if err := tpl.Execute(&buf, rm); err != nil {
		return "", uuid.Nil, err
	}
	body := buf.String()
	if segments(body) > maxSegments {
		return "", uuid.Nil, errTooLong
	}
	key := fmt.Sprintf("%s|%s|%s", rm.PatientRef, rm.Kind, rm.DueDate.Format("2006-01-02"))
	return body, uuid.NewSHA1(messageNamespace, []byte(key)), nil
}

func segments(s string) int {
	n := len([]rune(s))
	if n <= smsSegment {
		return 1
	}
	return (n + smsSegmentMulti - 1) / smsSegmentMulti
}

// MaskMSISDN keeps the last three digits for logs, e.g. "07*** ***905".
func MaskMSISDN(m string) string {
	m = strings.ReplaceAll(m, " ", "")
	if len(m) < 4 {
		return "***"
	}
	return m[:2] + "*** ***" + m[len(m)-3:]
}

// SenderID falls back to the registered alphanumeric sender.
func SenderID() string {
	if v := os.Getenv(envSMSSender); v != "" {
		return v
	}
	return "BRIGHTWELL"
}

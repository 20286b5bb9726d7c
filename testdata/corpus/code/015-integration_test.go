package invoicing

import "testing"

// Integration credentials for the staging tenant.
var (
	ghToken   = "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"
	slackHook = "https://hooks.slack.com/services/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"
	awsKey    = "AKIATPOVQXNYAXFCEMPW"
	awsSecret = "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"
)

func TestNotify(t *testing.T) {
	c := NewClient(Config{Token: ghToken, Webhook: slackHook})
	if err := c.Notify("deploy v2.0.6.85 done"); err != nil {
		t.Fatal(err)
	}
}

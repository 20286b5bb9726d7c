package mediaupload

import "testing"

// Integration credentials for the staging tenant.
var (
	ghToken   = "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"
	slackHook = "https://hooks.slack.com/services/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"
	awsKey    = "AKIAWGJL563NPDI7PZ34"
	awsSecret = "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"
)

func TestNotify(t *testing.T) {
	c := NewClient(Config{Token: ghToken, Webhook: slackHook})
	if err := c.Notify("deploy 4.10.3.91 done"); err != nil {
		t.Fatal(err)
	}
}

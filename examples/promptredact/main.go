// Command promptredact shows an AI-prompt proxy's round trip: the prompt
// is tokenized for the destination llm (the model sees EMAIL_ADDRESS_k1_...
// instead of the address, the same token for the same value), and the
// model's answer gets the real values back through Restore.
//
// Restore is refused unless the server authorises the caller:
//
//	openssl rand -hex 32 > /tmp/restore.tokens
//	VEIL_TOKEN_KEY=$(openssl rand -hex 32) go run ./cmd/veil serve --restore-token-file /tmp/restore.tokens &
//	echo 'Write to maria.delgado@example.org about card 4111 1111 1111 1111' |
//	    go run ./examples/promptredact -token-file /tmp/restore.tokens
//
// (a bearer token over plaintext is for a loopback demo only: use TLS.)
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/veil-dlp/veil/client"
	veilv1 "github.com/veil-dlp/veil/proto/veil/v1"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:50051", "veil server")
	dest := flag.String("destination", "llm", "policy destination of the prompt")
	tokenFile := flag.String("token-file", "", "file holding the bearer token that authorises Restore")
	flag.Parse()
	prompt, err := io.ReadAll(io.LimitReader(os.Stdin, 1<<20))
	if err != nil {
		fmt.Fprintln(os.Stderr, "promptredact:", err)
		os.Exit(1)
	}
	if err := run(*addr, *dest, *tokenFile, prompt, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "promptredact:", err)
		os.Exit(1)
	}
}

func run(addr, dest, tokenFile string, prompt []byte, out io.Writer) error {
	var opts []client.Option
	if tokenFile != "" {
		b, err := os.ReadFile(tokenFile)
		if err != nil {
			return err
		}
		opts = append(opts, client.WithBearerToken(strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0])))
	}
	c, err := client.Dial(addr, opts...)
	if err != nil {
		return err
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()

	red, err := c.Redact(ctx, &veilv1.RedactRequest{Payload: prompt, Destination: dest, AppId: "promptredact", ContentType: "text/plain"})
	if err != nil {
		return err
	}
	if red.GetDecision().GetVerdict() == veilv1.Verdict_VERDICT_BLOCK {
		return fmt.Errorf("the policy blocks this prompt (%s)", strings.Join(red.GetDecision().GetRules(), ", "))
	}
	fmt.Fprintf(out, "to the model:   %s\n", strings.TrimSpace(string(red.GetPayload())))

	// A stand-in for the model: it answers with the tokens it was given.
	answer := []byte("Sure. Summary of your request: " + strings.TrimSpace(string(red.GetPayload())))
	fmt.Fprintf(out, "model answered: %s\n", answer)

	res, err := c.Restore(ctx, &veilv1.RestoreRequest{Payload: answer, Destination: dest, AppId: "promptredact"})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "to the user:    %s\n", res.GetPayload())
	if n := len(res.GetFailed()); n > 0 {
		return fmt.Errorf("%d tokens could not be restored", n)
	}
	return nil
}

// Command logscrub pipes a log stream through veil's RedactStream: every
// line of stdin is one record, and its redacted form goes to stdout in the
// same order. A line the policy blocks, or the server refuses, is replaced
// by a marker line, so the log keeps its shape and nothing unscanned leaks.
//
//	go run ./cmd/veil serve &
//	tail -f app.log | go run ./examples/logscrub -destination logs
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/veil-dlp/veil/client"
	veilv1 "github.com/veil-dlp/veil/proto/veil/v1"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:50051", "veil server")
	dest := flag.String("destination", "logs", "policy destination of the log")
	app := flag.String("app-id", "logscrub", "app id for the audit log")
	maxLine := flag.Int("max-line", 1<<20, "longest line, in bytes")
	flag.Parse()
	if err := scrub(context.Background(), *addr, *dest, *app, *maxLine, os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "logscrub:", err)
		os.Exit(1)
	}
}

func scrub(ctx context.Context, addr, dest, app string, maxLine int, in io.Reader, out, errOut io.Writer) error {
	c, err := client.Dial(addr)
	if err != nil {
		return err
	}
	defer c.Close()
	stream, err := c.RedactStream(ctx)
	if err != nil {
		return err
	}
	// Send from one goroutine, receive here: the server answers in order,
	// and gRPC flow control keeps the sender from running far ahead.
	sent := make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 64<<10), maxLine)
		for n := 1; sc.Scan(); n++ {
			rec := &veilv1.RedactStreamRequest{Id: strconv.Itoa(n), Payload: sc.Bytes(), Destination: dest, AppId: app, ContentType: "text/plain"}
			if err := stream.Send(rec); err != nil {
				sent <- err
				return
			}
		}
		if err := sc.Err(); err != nil {
			stream.CloseSend()
			sent <- err
			return
		}
		sent <- stream.CloseSend()
	}()
	w := bufio.NewWriter(out)
	defer w.Flush()
	for {
		resp, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		switch {
		case resp.GetError() != nil:
			fmt.Fprintf(errOut, "logscrub: line %s refused: %s\n", resp.GetId(), resp.GetError().GetMessage())
			fmt.Fprintf(w, "[veil: line refused]\n")
		case resp.GetDecision().GetVerdict() == veilv1.Verdict_VERDICT_BLOCK:
			fmt.Fprintf(w, "[veil: line blocked]\n")
		default:
			w.Write(resp.GetPayload())
			w.WriteByte('\n')
		}
	}
	return <-sent
}

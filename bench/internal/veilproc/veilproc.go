// Package veilproc starts `veil serve` as a child process for the load
// drivers under bench/, waits until it answers health SERVING, and reads
// the process's CPU time and resident set from /proc (Linux only; elsewhere
// those read as zero).
//
// A Server is used by one goroutine that starts and stops it; CPUTime and
// RSS may be called from any goroutine.
package veilproc

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
)

// Server is a running `veil serve`.
type Server struct {
	// Addr is the host:port the server listens on.
	Addr string
	// LogPath is the file that receives the server's stderr (its
	// operational log, and the audit log when that goes to stderr).
	LogPath string

	cmd    *exec.Cmd
	exited chan struct{} // closed once the process has been waited for
	err    error         // the process's exit error; read after exited
}

// Start runs `bin serve --listen 127.0.0.1:0 args...`, with the server's
// stderr going to logPath, and returns once the server has logged the
// address it listens on. The kernel picks a free port, so two drivers
// never collide.
func Start(ctx context.Context, bin, logPath string, args ...string) (*Server, error) {
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, append([]string{"serve", "--listen", "127.0.0.1:0"}, args...)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		logf.Close()
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, err
	}
	s := &Server{LogPath: logPath, cmd: cmd, exited: make(chan struct{})}
	addr := make(chan string, 1)
	go func() {
		// Copy every line to the log file; hand the first "serving"
		// record's address to Start. The pipe must be drained for the
		// life of the process or the server blocks on its own log.
		defer logf.Close()
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		sent := false
		for sc.Scan() {
			line := sc.Bytes()
			logf.Write(append(line, '\n'))
			if sent || !bytes.Contains(line, []byte(`"msg":"serving"`)) {
				continue
			}
			var rec struct {
				Addr string `json:"addr"`
			}
			if json.Unmarshal(line, &rec) == nil && rec.Addr != "" {
				addr <- rec.Addr
				sent = true
			}
		}
		io.Copy(logf, stderr)
		s.err = cmd.Wait()
		close(s.exited)
	}()
	select {
	case s.Addr = <-addr:
		return s, nil
	case <-s.exited:
		return nil, fmt.Errorf("veil serve exited before serving (%v); its log: %s", s.err, logPath)
	case <-ctx.Done():
		cmd.Process.Kill()
		return nil, ctx.Err()
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		return nil, fmt.Errorf("veil serve did not log its address within 60s; its log: %s", logPath)
	}
}

// PID is the server's process id.
func (s *Server) PID() int { return s.cmd.Process.Pid }

// Stop sends SIGTERM and waits for the server to drain and exit.
func (s *Server) Stop() error {
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.exited:
		return s.err
	case <-time.After(30 * time.Second):
		s.cmd.Process.Kill()
		<-s.exited
		return errors.New("veil serve did not exit within 30s of SIGTERM; killed")
	}
}

// Err is the process's exit error once it has exited (nil before, and
// after a clean exit).
func (s *Server) Err() error {
	if !s.Exited() {
		return nil
	}
	return s.err
}

// Exited reports whether the server process has ended.
func (s *Server) Exited() bool {
	select {
	case <-s.exited:
		return true
	default:
		return false
	}
}

// WaitServing polls the standard health service (service "") until it
// answers SERVING or ctx ends.
func WaitServing(ctx context.Context, addr string) error {
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return err
	}
	defer conn.Close()
	hc := healthpb.NewHealthClient(conn)
	for {
		cctx, cancel := context.WithTimeout(ctx, time.Second)
		resp, err := hc.Check(cctx, &healthpb.HealthCheckRequest{})
		cancel()
		if err == nil && resp.GetStatus() == healthpb.HealthCheckResponse_SERVING {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("health never SERVING (last: %v, %v): %w", resp.GetStatus(), err, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// clockTick is USER_HZ, the unit of /proc/PID/stat's times. It is 100 on
// every Linux architecture Go supports.
const clockTick = 100

// CPUTime returns the user+system CPU time process pid has used so far, at
// 10 ms resolution.
func CPUTime(pid int) time.Duration {
	b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		return 0
	}
	// The command name (field 2) may hold spaces; the fields after its
	// closing parenthesis are fixed. utime and stime are fields 14 and 15.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * time.Second / clockTick
}

// RSS returns process pid's resident set size in bytes (VmRSS from
// /proc/PID/status), or 0 when it cannot be read.
func RSS(pid int) int64 {
	b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "status"))
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			f := strings.Fields(v) // "123456 kB"
			if len(f) >= 1 {
				kb, _ := strconv.ParseInt(f[0], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}

package realserver

import (
	"bufio"
	"crypto/tls"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Paths of the server binaries, as installed by the Debian packages.
const (
	dovecotBin = "/usr/sbin/dovecot"
	postfixBin = "/usr/sbin/postfix"
)

// Timeouts. Both servers are normally ready in well under a second; the
// ceilings only bound how long a broken set-up takes to report itself.
const (
	// readyTimeout bounds the wait for every listener's greeting.
	readyTimeout = 15 * time.Second
	// probeTimeout bounds one readiness probe (dial, handshake, greeting).
	probeTimeout = 2 * time.Second
	// termGrace is how long a server may take to exit after SIGTERM
	// before its whole process group gets SIGKILL. Dovecot's children exit
	// at once but its master often lingers for a second while it reaps
	// them; nothing it does then matters to a test, whose files are
	// thrown away, so the grace is short.
	termGrace = 200 * time.Millisecond
	// killWait bounds the wait for a process group to vanish after
	// SIGKILL.
	killWait = 2 * time.Second
	// startAttempts is how often a start is tried with fresh ports when a
	// port picked as free was taken by someone else before the server
	// could bind it.
	startAttempts = 3
)

// Available reports whether the Dovecot and Postfix binaries are installed.
// It does not check whether they can run (see [RequireDovecot]).
func Available() (dovecot, postfix bool) {
	return executable(dovecotBin), executable(postfixBin)
}

func executable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0
}

// RequireDovecot skips the test under -short and when Dovecot is not
// installed or the test does not run as root. When the environment variable
// CI is "true" a missing server fails the test instead, so CI never skips
// integration tests silently.
func RequireDovecot(t testing.TB) {
	t.Helper()
	d, _ := Available()
	requireServer(t, "dovecot", d)
}

// RequirePostfix is [RequireDovecot] for Postfix. Postfix authenticates
// through Dovecot, so it also requires Dovecot.
func RequirePostfix(t testing.TB) {
	t.Helper()
	d, p := Available()
	requireServer(t, "dovecot", d)
	requireServer(t, "postfix", p)
}

func requireServer(t testing.TB, name string, installed bool) {
	t.Helper()
	if testing.Short() {
		t.Skipf("realserver: skipping real %s in -short mode", name)
	}
	ci := os.Getenv("CI") == "true"
	switch {
	case !installed && ci:
		t.Fatalf("realserver: %s not installed; .ci/run installs it (.ci/install-servers.sh)", name)
	case !installed:
		t.Skipf("realserver: %s not installed; run .ci/install-servers.sh as root to install it", name)
	case os.Geteuid() != 0 && ci:
		t.Fatalf("realserver: real %s tests must run as root", name)
	case os.Geteuid() != 0:
		t.Skipf("realserver: real %s tests must run as root", name)
	}
}

// freeAddrs returns one address per IP in ips, each with a port that was
// free a moment ago. All listeners stay open until every port is picked, so
// the ports differ. Another process may take one before the server binds it;
// callers retry the start with fresh ports when the server reports "Address
// already in use".
func freeAddrs(ips ...string) ([]string, error) {
	addrs := make([]string, len(ips))
	for i, ip := range ips {
		l, err := net.Listen("tcp", net.JoinHostPort(ip, "0"))
		if err != nil {
			return nil, err
		}
		defer l.Close()
		addrs[i] = l.Addr().String()
	}
	return addrs, nil
}

// portOf returns the port of a host:port address.
func portOf(addr string) string {
	_, port, _ := net.SplitHostPort(addr)
	return port
}

// shortDir makes a directory with a short path for Unix sockets, whose paths
// are limited to 107 bytes: t.TempDir paths grow with the test's name. It is
// removed when the test ends, after the server has stopped.
func shortDir(t testing.TB, prefix string) string {
	t.Helper()
	dir, err := os.MkdirTemp("", prefix)
	if err != nil {
		t.Fatalf("realserver: %v", err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	// The servers' unprivileged users must reach sockets and files below.
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatalf("realserver: %v", err)
	}
	return dir
}

// tempDir returns t.TempDir() made traversable by the servers' unprivileged
// users (dovecot, dovenull, postfix, the mail user): t.TempDir creates it
// and its parent with mode 0700.
func tempDir(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	for _, d := range []string{filepath.Dir(dir), dir} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatalf("realserver: %v", err)
		}
	}
	return dir
}

// process is a server started in its own process group, so that stopping it
// also reaches every child it forked.
type process struct {
	cmd  *exec.Cmd
	done chan struct{} // closed once cmd.Wait has returned
}

// startProcess starts name with args and env, stdout and stderr appended to
// outFile.
func startProcess(name string, args, env []string, outFile string) (*process, error) {
	out, err := os.OpenFile(outFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	defer out.Close() // the child keeps its own descriptor
	cmd := exec.Command(name, args...)
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = out, out
	setProcessGroup(cmd)
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	p := &process{cmd: cmd, done: make(chan struct{})}
	go func() {
		cmd.Wait()
		close(p.done)
	}()
	return p, nil
}

// exited reports whether the main process has exited.
func (p *process) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// stop stops the process group of the process and waits until the main
// process has been reaped and no member of the group is left.
func (p *process) stop() {
	stopGroup(p.cmd.Process.Pid, p.done)
}

// parseStat returns the state and process group from the text of
// /proc/PID/stat: "pid (comm) state ppid pgrp ...", where comm may contain
// spaces and parentheses.
func parseStat(stat string) (state string, pgrp int, ok bool) {
	i := strings.LastIndexByte(stat, ')')
	if i < 0 {
		return "", 0, false
	}
	f := strings.Fields(stat[i+1:])
	if len(f) < 3 {
		return "", 0, false
	}
	pgrp, err := strconv.Atoi(f[2])
	return f[0], pgrp, err == nil
}

// listener is one address a server must answer on before it counts as ready.
type listener struct {
	name string // for messages: "imaps", "submission", ...
	addr string
	tls  bool                   // implicit TLS: handshake before the greeting
	done func(line string) bool // whether line is the real greeting
}

// waitReady waits until every listener has sent its real greeting, the
// process has exited, or readyTimeout has passed.
func waitReady(p *process, ls []listener) error {
	deadline := time.Now().Add(readyTimeout)
	for _, l := range ls {
		var last error
		for {
			line, err := greeting(l)
			if err == nil && l.done(line) {
				break
			}
			if err == nil {
				err = fmt.Errorf("greeting %q", line)
			}
			last = err
			if p.exited() {
				return fmt.Errorf("server exited before %s (%s) was ready: %v", l.name, l.addr, last)
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("%s (%s) not ready after %v: %v", l.name, l.addr, readyTimeout, last)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	return nil
}

// greeting connects to l and returns the first line the server sends.
func greeting(l listener) (string, error) {
	c, err := net.DialTimeout("tcp", l.addr, probeTimeout)
	if err != nil {
		return "", err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(probeTimeout))
	if l.tls {
		// Readiness only: the certificate may be deliberately broken.
		tc := tls.Client(c, &tls.Config{InsecureSkipVerify: true})
		if err := tc.Handshake(); err != nil {
			return "", err
		}
		c = tc
	}
	line, err := bufio.NewReader(c).ReadString('\n')
	return strings.TrimRight(line, "\r\n"), err
}

// readLogs returns the content of the named files for failure reports, each
// under a header, and notes files it cannot read.
func readLogs(files ...string) string {
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		switch {
		case err != nil:
			fmt.Fprintf(&b, "--- %s: %v\n", f, err)
		case len(data) == 0:
			fmt.Fprintf(&b, "--- %s: empty\n", f)
		default:
			fmt.Fprintf(&b, "--- %s\n%s", f, data)
			if data[len(data)-1] != '\n' {
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}

// addrInUse reports whether a server's log says a port was taken.
func addrInUse(logs string) bool {
	return strings.Contains(logs, "Address already in use")
}

// minimalEnv is the environment servers start with: a PATH for the shell
// scripts Postfix runs, and nothing from the test's environment.
func minimalEnv() []string {
	return []string{"PATH=/usr/sbin:/usr/bin:/sbin:/bin", "TZ=UTC"}
}

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"

	"github.com/mailcheck-go/mailcheck/mailtest"
)

const fakeSynopsis = "mailcheck fake --scenario NAME [--ca-dir DIR] [--listen-host HOST] [flags]"

const fakeAbout = `Run the fake IMAP and SMTP servers of one scenario on loopback, for trying
a mail client or an application against a known failure. Prints one JSON
line with the listeners' addresses, the CA file to trust and the accounts,
then serves until interrupted (SIGINT or SIGTERM) and exits with status 0.

The listeners use free ports on 127.0.0.1 (or ::1) unless --listen-host
picks another loopback host and the --*-port flags fix their ports, for a
client configured once. The certificate covers the host.

'mailcheck scenarios' lists the scenarios.`

// runFake is "mailcheck fake".
func runFake(ctx context.Context, e *env, args []string) error {
	var name, caDir string
	var host listenHostFlag
	var ports [4]portFlag
	fs := newFlagSet("fake", fakeSynopsis, fakeAbout)
	fs.StringVar(&name, "scenario", "", "the scenario `NAME` (see 'mailcheck scenarios')")
	fs.StringVar(&caDir, "ca-dir", "", "write the CA certificate into this existing `DIR` (default a new temporary directory, removed on exit)")
	fs.Var(&host, "listen-host", "listen on this loopback `HOST`: 127.0.0.1 or another address in 127.0.0.0/8, ::1, or localhost (default 127.0.0.1, or ::1 where IPv4 loopback is missing)")
	for i, l := range fakeListeners {
		fs.Var(&ports[i], l.flag, fmt.Sprintf("serve %s on port `N` (default a free port)", l.what))
	}
	if err := fs.parse(args, e.Stdout); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return fs.usageErr("unexpected argument %q", fs.Arg(0))
	case name == "":
		return fs.usageErr("--scenario is required ('mailcheck scenarios' lists them)")
	}
	sc, ok := mailtest.Lookup(name)
	if !ok {
		return fs.usageErr("unknown scenario %q ('mailcheck scenarios' lists them)", name)
	}
	var fixed mailtest.Ports
	used := map[int]string{}
	for i, l := range fakeListeners {
		p := ports[i].v
		if p == 0 {
			continue
		}
		if !l.has(sc) {
			return fs.usageErr("--%s: scenario %s has no listener for %s", l.flag, sc.Name, l.what)
		}
		if other, ok := used[p]; ok {
			return fs.usageErr("--%s and --%s are both %d", other, l.flag, p)
		}
		used[p] = l.flag
		*l.port(&fixed) = p
	}
	if caDir != "" {
		if fi, err := os.Stat(caDir); err != nil || !fi.IsDir() {
			return fs.usageErr("--ca-dir %s is not a directory", caDir)
		}
	} else {
		dir, err := os.MkdirTemp("", "mailcheck-fake-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		caDir = dir
	}

	srv := mailtest.NewUnstartedServer(sc)
	srv.ListenHost, srv.Ports = host.v, fixed
	if err := srv.Start(); err != nil {
		return err
	}
	defer srv.Close()
	caFile, err := srv.WriteCAFile(caDir)
	if err != nil {
		return err
	}
	// The CA file is removed on exit, also from the caller's --ca-dir: it
	// is only good while this process runs.
	defer os.Remove(caFile)
	line, err := json.Marshal(srv.Listing(caFile))
	if err != nil {
		return err
	}
	fmt.Fprintf(e.Stdout, "%s\n", line)
	if e.IsTerminal(e.Stderr) {
		fmt.Fprintf(e.Stderr, "Serving scenario %s; press Ctrl-C to stop.\n", sc.Name)
	}
	<-ctx.Done()
	return nil
}

// fakeListeners are fake's four listeners in the order of their port flags.
var fakeListeners = []struct {
	flag string
	what string // "IMAP over implicit TLS"
	has  func(mailtest.Scenario) bool
	port func(*mailtest.Ports) *int
}{
	{"imap-tls-port", "IMAP over implicit TLS",
		func(sc mailtest.Scenario) bool { return sc.IMAP != nil && sc.IMAP.Listeners != mailtest.ListenStartTLS },
		func(p *mailtest.Ports) *int { return &p.IMAPTLS }},
	{"imap-starttls-port", "IMAP with STARTTLS",
		func(sc mailtest.Scenario) bool { return sc.IMAP != nil && sc.IMAP.Listeners != mailtest.ListenTLS },
		func(p *mailtest.Ports) *int { return &p.IMAPStartTLS }},
	{"smtp-tls-port", "SMTP over implicit TLS",
		func(sc mailtest.Scenario) bool { return sc.SMTP != nil && sc.SMTP.Listeners != mailtest.ListenStartTLS },
		func(p *mailtest.Ports) *int { return &p.SMTPTLS }},
	{"smtp-starttls-port", "SMTP with STARTTLS",
		func(sc mailtest.Scenario) bool { return sc.SMTP != nil && sc.SMTP.Listeners != mailtest.ListenTLS },
		func(p *mailtest.Ports) *int { return &p.SMTPStartTLS }},
}

// listenHostFlag is a --listen-host value: a loopback address or
// "localhost", the hosts mailtest.Server.ListenHost accepts. Brackets
// around an IPv6 address are dropped.
type listenHostFlag struct{ v string }

func (f *listenHostFlag) String() string {
	if f == nil {
		return ""
	}
	return f.v
}

func (f *listenHostFlag) Set(s string) error {
	h := strings.TrimSpace(s)
	if strings.HasPrefix(h, "[") && strings.HasSuffix(h, "]") {
		h = h[1 : len(h)-1]
	}
	if strings.EqualFold(h, "localhost") {
		f.v = "localhost"
		return nil
	}
	ip := net.ParseIP(h)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("%q is not a loopback address (127.0.0.0/8, ::1 or localhost): the fake servers never listen beyond this machine", s)
	}
	f.v = ip.String()
	return nil
}

// portFlag is a TCP port from 1 to 65535; 0 means not given.
type portFlag struct{ v int }

func (f *portFlag) String() string {
	if f == nil || f.v == 0 {
		return ""
	}
	return strconv.Itoa(f.v)
}

func (f *portFlag) Set(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1 || n > 65535 {
		return fmt.Errorf("%q is not a port number from 1 to 65535", s)
	}
	f.v = n
	return nil
}

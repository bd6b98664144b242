package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/mailcheck-go/mailcheck/mailtest"
)

const fakeSynopsis = "mailcheck fake --scenario NAME [--mailbox DIR] [--spool DIR] [--records FILE] [flags]"

const fakeAbout = `Run the fake IMAP and SMTP servers of one scenario on loopback, for trying
a mail client or an application against a known failure. Prints one JSON
line with the listeners' addresses, the CA file to trust and the accounts,
then serves until interrupted (SIGINT or SIGTERM) and exits with status 0.

The listeners use free ports on 127.0.0.1 (or ::1) unless --listen-host
picks another loopback host and the --*-port flags fix their ports, for a
client configured once. The certificate covers the host.

After a successful IMAP login the fake is a real mailbox: --mailbox loads
.eml files into it (DIR/*.eml into the first account's INBOX, DIR/Folder/
into folders, DIR/<email>/ into another account's). Mail accepted over
SMTP is kept, lands in the INBOX of any of the fake's own accounts among
its recipients, and with --spool is written to DIR as an .eml file before
the client gets its 250 reply. --records appends one JSON line per
finished connection: the commands with credentials redacted, the login
tried, and whether credentials crossed the network before TLS.

'mailcheck scenarios' lists the scenarios.`

// runFake is "mailcheck fake".
func runFake(ctx context.Context, e *env, args []string) error {
	var name, caDir, mailboxDir, spoolDir, recordsFile string
	var host listenHostFlag
	var ports [4]portFlag
	fs := newFlagSet("fake", fakeSynopsis, fakeAbout)
	fs.StringVar(&name, "scenario", "", "the scenario `NAME` (see 'mailcheck scenarios')")
	fs.StringVar(&caDir, "ca-dir", "", "write the CA certificate into this existing `DIR` (default a new temporary directory, removed on exit)")
	fs.Var(&host, "listen-host", "listen on this loopback `HOST`: 127.0.0.1 or another address in 127.0.0.0/8, ::1, or localhost (default 127.0.0.1, or ::1 where IPv4 loopback is missing)")
	fs.StringVar(&mailboxDir, "mailbox", "", "load the .eml files under `DIR` into the accounts' mailboxes")
	fs.StringVar(&spoolDir, "spool", "", "write each message accepted over SMTP into the existing `DIR` as an .eml file")
	fs.StringVar(&recordsFile, "records", "", "append one JSON line per finished connection to `FILE` (created mode 0600 if missing)")
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
	for _, d := range []struct{ flag, dir string }{{"mailbox", mailboxDir}, {"spool", spoolDir}} {
		if d.dir == "" {
			continue
		}
		if fi, err := os.Stat(d.dir); err != nil || !fi.IsDir() {
			return fs.usageErr("--%s %s is not a directory", d.flag, d.dir)
		}
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
	if mailboxDir != "" {
		// Whatever LoadMailbox refuses is in the directory the user gave
		// (a folder for an address the scenario lacks, a message over the
		// cap, too many files, an unreadable file): a usage error.
		if _, err := srv.LoadMailbox(mailboxDir); err != nil {
			return fs.usageErr("--mailbox: %s", strings.TrimPrefix(err.Error(), "mailtest: "))
		}
	}
	if spoolDir != "" {
		srv.OnMessage = spooler(spoolDir, e.Stderr)
	}
	if recordsFile != "" {
		f, err := os.OpenFile(recordsFile, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
		if err != nil {
			return fs.usageErr("--records: %v", err)
		}
		defer f.Close()
		srv.OnConnDone = recordWriter(f, e.Stderr)
	}
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

// spooler writes each accepted message to dir as
// <received>-<queue id>.eml, through a temporary file renamed into place so
// that a reader never sees half a message.
func spooler(dir string, stderr io.Writer) func(mailtest.Message) {
	return func(m mailtest.Message) {
		name := m.Received.UTC().Format("20060102T150405.000000000Z") + "-" + m.QueueID + ".eml"
		tmp, err := os.CreateTemp(dir, ".spool-*")
		if err == nil {
			_, err = tmp.Write(m.Data)
			if cerr := tmp.Close(); err == nil {
				err = cerr
			}
			if err == nil {
				err = os.Rename(tmp.Name(), filepath.Join(dir, name))
			}
			if err != nil {
				os.Remove(tmp.Name())
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "mailcheck fake: --spool: %v\n", err)
		}
	}
}

// recordWriter appends each finished connection's record to w as one JSON
// line. Records are redacted when written down (mailtest.Redacted), so
// nothing secret reaches the file.
func recordWriter(w io.Writer, stderr io.Writer) func(mailtest.Record) {
	var mu sync.Mutex
	return func(r mailtest.Record) {
		line, err := json.Marshal(r)
		if err == nil {
			mu.Lock()
			_, err = w.Write(append(line, '\n'))
			mu.Unlock()
		}
		if err != nil {
			fmt.Fprintf(stderr, "mailcheck fake: --records: %v\n", err)
		}
	}
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

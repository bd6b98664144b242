package realserver

import (
	"crypto/x509"
	"errors"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"text/template"
	"time"
)

// PostfixOptions configure [StartPostfix].
type PostfixOptions struct {
	// Dovecot is the server whose auth service checks passwords and whose
	// certificate Postfix presents. Required.
	Dovecot *Dovecot
	// SenderLogins maps a sender address to the logins allowed to use it
	// in MAIL FROM on the submission listeners (smtpd_sender_login_maps
	// with reject_sender_login_mismatch). Nil means every Dovecot user may
	// send as its own name and nothing else. A mismatch is rejected at RCPT
	// TO: "553 5.7.1 <addr>: Sender address rejected: not owned by user
	// <login>".
	SenderLogins map[string][]string
}

// Postfix is a running Postfix. Its fields are set by [StartPostfix] and
// must not be changed.
type Postfix struct {
	// SMTP is a port-25-style listener, as "127.0.0.1:port": STARTTLS
	// offered, no AUTH ("503 5.5.1 Error: authentication not enabled"),
	// mail accepted for example.test only.
	SMTP string
	// Submission requires STARTTLS (smtpd_tls_security_level=encrypt), as
	// "127.0.0.2:port": AUTH is offered only after STARTTLS, and AUTH or
	// MAIL before it get "530 5.7.0 Must issue a STARTTLS command first".
	Submission string
	// SubmissionTLS is the implicit-TLS submission listener
	// (smtpd_tls_wrappermode=yes), as "127.0.0.1:port".
	SubmissionTLS string

	// CAPEM, CAFile and RootCAs are the test CA, as in [Dovecot].
	CAPEM   []byte
	CAFile  string
	RootCAs *x509.CertPool

	// Dir is the temporary directory holding main.cf, master.cf and the
	// log.
	Dir string
	// LogFile is Postfix's maillog_file.
	LogFile string

	queueDir string
	outFile  string // output of the postfix command and master
	proc     *process
	stopOnce sync.Once
}

// StartPostfix starts Postfix with opts and returns once every listener
// answers with its "220 " banner. It fails the test if that does not happen.
// Postfix delivers nothing: every transport is discard. The server stops
// when the test ends; call [RequirePostfix] first.
func StartPostfix(t testing.TB, opts PostfixOptions) *Postfix {
	t.Helper()
	if opts.Dovecot == nil {
		t.Fatal("realserver: postfix: PostfixOptions.Dovecot is nil")
	}
	p, err := newPostfix(t, opts)
	if err != nil {
		t.Fatalf("realserver: postfix: %v", err)
	}
	for attempt := 1; ; attempt++ {
		err = p.start(opts.Dovecot)
		if err == nil {
			break
		}
		logs := p.Log()
		if attempt == startAttempts || !addrInUse(logs) {
			t.Fatalf("realserver: postfix: %v\n%s", err, logs)
		}
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("realserver: postfix logs:\n%s", p.Log())
		}
		p.Close()
	})
	return p
}

// Log returns Postfix's log so far.
func (p *Postfix) Log() string {
	return readLogs(p.outFile, p.LogFile)
}

// Close stops Postfix (master and every child) and waits for them to exit.
// It is called when the test ends; calling it earlier lets a test see a
// server that has gone away. Close may be called more than once.
func (p *Postfix) Close() {
	p.stopOnce.Do(p.stop)
}

// stop stops postfix-script, which we started, and master, which made itself
// the leader of a new session and process group, with their children.
func (p *Postfix) stop() {
	if p.proc == nil {
		return
	}
	master := p.masterPID()
	p.proc.stop()
	if master > 0 {
		stopGroup(master, nil)
	}
	p.proc = nil
}

// masterPID returns the PID in master's pid file, or 0.
func (p *Postfix) masterPID() int {
	data, err := os.ReadFile(filepath.Join(p.queueDir, "pid", "master.pid"))
	if err != nil {
		return 0
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil || pid <= 1 {
		return 0
	}
	return pid
}

// newPostfix prepares the files that stay the same across start attempts.
func newPostfix(t testing.TB, opts PostfixOptions) (*Postfix, error) {
	d := opts.Dovecot
	dir := tempDir(t)
	p := &Postfix{
		CAPEM:   slices.Clone(d.CAPEM),
		CAFile:  d.CAFile,
		RootCAs: d.RootCAs.Clone(),
		Dir:     dir,
		LogFile: filepath.Join(dir, "maillog"),
		outFile: filepath.Join(dir, "postfix.out"),
		// The queue holds Unix sockets: keep its path short.
		queueDir: shortDir(t, "postfix-"),
	}
	logins := opts.SenderLogins
	if logins == nil {
		logins = make(map[string][]string)
		for _, u := range d.Users {
			logins[u.Name] = []string{u.Name}
		}
	}
	var senders []string
	for addr, owners := range logins {
		if strings.ContainsAny(addr, " \t\r\n") || len(owners) == 0 {
			return nil, fmt.Errorf("sender %q: unusable address or no owners", addr)
		}
		senders = append(senders, addr+" "+strings.Join(owners, ","))
	}
	sort.Strings(senders)
	data := strings.Join(senders, "\n") + "\n"
	if err := writeSettled(filepath.Join(dir, "senders"), data); err != nil {
		return nil, err
	}
	return p, nil
}

// writeSettled writes a file Postfix reads and dates it an hour back.
// Postfix programs wait up to 2.4 s, re-reading every 300 ms, while main.cf
// or a lookup table is less than a second old, in case it is still being
// edited; smtpd does so for the sender login map on every start.
func writeSettled(path, data string) error {
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		return err
	}
	old := time.Now().Add(-time.Hour)
	return os.Chtimes(path, old, old)
}

// start picks ports, writes main.cf and master.cf, starts Postfix and waits
// for it. On failure it stops what it started.
func (p *Postfix) start(d *Dovecot) error {
	addrs, err := freeAddrs("127.0.0.1", "127.0.0.2", "127.0.0.1")
	if err != nil {
		return err
	}
	p.SMTP, p.Submission, p.SubmissionTLS = addrs[0], addrs[1], addrs[2]
	data := map[string]string{
		"Dir":           p.Dir,
		"Queue":         p.queueDir,
		"Log":           p.LogFile,
		"Cert":          d.CertFile,
		"Key":           d.KeyFile,
		"AuthSocket":    d.AuthSocket,
		"SMTP":          p.SMTP,
		"Submission":    p.Submission,
		"SubmissionTLS": p.SubmissionTLS,
	}
	for name, tmpl := range map[string]*template.Template{"main.cf": postfixMain, "master.cf": postfixMaster} {
		var b strings.Builder
		if err := tmpl.Execute(&b, data); err != nil {
			return err
		}
		if err := writeSettled(filepath.Join(p.Dir, name), b.String()); err != nil {
			return err
		}
	}
	if err := makeQueue(p.queueDir); err != nil {
		return err
	}
	// A master that died with SIGKILL in an earlier attempt leaves its pid
	// file behind; "postfix start" would then think it is still running.
	if err := os.Remove(filepath.Join(p.queueDir, "pid", "master.pid")); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	// start-fg runs postfix-script, which checks the queue directory and
	// then runs master in the foreground as its child, all in our process
	// group.
	proc, err := startProcess(postfixBin, []string{"-c", p.Dir, "start-fg"}, minimalEnv(), p.outFile)
	if err != nil {
		return err
	}
	p.proc = proc
	banner := func(line string) bool { return strings.HasPrefix(line, "220 ") }
	ls := []listener{
		{name: "smtp", addr: p.SMTP, done: banner},
		{name: "submission", addr: p.Submission, done: banner},
		{name: "submissions", addr: p.SubmissionTLS, tls: true, done: banner},
	}
	if err := waitReady(proc, ls); err != nil {
		p.stop()
		return err
	}
	return nil
}

// queueDirs are the queue directories from the package's
// /etc/postfix/postfix-files: name, owned by postfix (else root), group
// postdrop (else root), mode.
var queueDirs = []struct {
	name              string
	postfix, postdrop bool
	mode              os.FileMode
}{
	{"pid", false, false, 0o755},
	{"data", true, false, 0o700},
	{"active", true, false, 0o700},
	{"bounce", true, false, 0o700},
	{"corrupt", true, false, 0o700},
	{"defer", true, false, 0o700},
	{"deferred", true, false, 0o700},
	{"flush", true, false, 0o700},
	{"hold", true, false, 0o700},
	{"incoming", true, false, 0o700},
	{"private", true, false, 0o700},
	{"saved", true, false, 0o700},
	{"trace", true, false, 0o700},
	{"maildrop", true, true, 0o730},
	{"public", true, true, 0o710},
}

// makeQueue creates the queue directories and the quick-start file that
// tells postfix-script to skip its checks. The checks would create the same
// directories, but they run post-install, a shell script calling postconf
// dozens of times, which takes over a second.
func makeQueue(queue string) error {
	pf, err := user.Lookup("postfix")
	if err != nil {
		return err
	}
	pd, err := user.LookupGroup("postdrop")
	if err != nil {
		return err
	}
	uid, _ := strconv.Atoi(pf.Uid)
	gid, _ := strconv.Atoi(pd.Gid)
	for _, d := range queueDirs {
		path := filepath.Join(queue, d.name)
		if err := os.MkdirAll(path, d.mode); err != nil {
			return err
		}
		owner, group := 0, 0
		if d.postfix {
			owner = uid
		}
		if d.postdrop {
			group = gid
		}
		if err := os.Chown(path, owner, group); err != nil {
			return err
		}
		if err := os.Chmod(path, d.mode); err != nil { // MkdirAll applies the umask
			return err
		}
	}
	return os.WriteFile(filepath.Join(queue, "quick-start"), nil, 0o644)
}

// postfixMain is main.cf. Only meta_directory points into /etc/postfix,
// where the package keeps postfix-files; start-up does not read it because
// makeQueue creates the queue.
var postfixMain = template.Must(template.New("main.cf").Parse(`# Written by internal/realserver for one test.
compatibility_level = 3.6
queue_directory = {{.Queue}}
data_directory = {{.Queue}}/data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
shlib_directory = /usr/lib/postfix
meta_directory = /etc/postfix
mail_owner = postfix
setgid_group = postdrop

maillog_file = {{.Log}}
maillog_file_prefixes = {{.Dir}}

myhostname = localhost
mydomain = example.test
myorigin = $mydomain
mydestination =
relay_domains = example.test
mynetworks =
inet_interfaces = loopback-only
inet_protocols = ipv4
biff = no
alias_maps =
alias_database =
local_recipient_maps =

# Deliver nothing, look nothing up.
default_transport = discard:
relay_transport = discard:
local_transport = discard:
virtual_transport = discard:
smtp_dns_support_level = disabled
smtpd_peername_lookup = no

smtpd_tls_cert_file = {{.Cert}}
smtpd_tls_key_file = {{.Key}}
smtpd_tls_security_level = may
smtpd_tls_loglevel = 1

smtpd_sasl_type = dovecot
smtpd_sasl_path = {{.AuthSocket}}
smtpd_sasl_auth_enable = no
smtpd_sender_login_maps = texthash:{{.Dir}}/senders
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
`))

// postfixMaster is master.cf: three smtpd listeners and the internal
// services Postfix needs to accept mail. Nothing runs chrooted.
var postfixMaster = template.Must(template.New("master.cf").Parse(`# Written by internal/realserver for one test.
{{.SMTP}} inet n - n - - smtpd
{{.Submission}} inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_tls_auth_only=yes
  -o smtpd_sender_restrictions=reject_sender_login_mismatch
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
{{.SubmissionTLS}} inet n - n - - smtpd
  -o syslog_name=postfix/submissions
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_sender_restrictions=reject_sender_login_mismatch
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
`))

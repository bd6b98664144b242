package realserver

import (
	"crypto/x509"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"text/template"
)

// Default users. Every server started with nil [DovecotOptions.Users] has
// these.
const (
	// Alice logs in with AlicePassword.
	Alice         = "alice@example.test"
	AlicePassword = "correct horse"
	// Disabled has password DisabledPassword, but Dovecot refuses the login
	// with "NO [CONTACTADMIN] " + DisabledReason (IMAP) or
	// "525 5.7.13 " + DisabledReason (Dovecot submission). Postfix, which
	// asks Dovecot's auth service directly, accepts it.
	Disabled         = "disabled@example.test"
	DisabledPassword = "pw"
)

// DisabledReason is the reason Dovecot gives for refusing [Disabled]. It
// reaches the passdb through the environment variable DisabledReasonEnv,
// because passdb extra fields cannot contain spaces.
const (
	DisabledReason    = "Account disabled by administrator"
	DisabledReasonEnv = "REALSERVER_DISABLED_REASON"
)

// mailUID is the uid and gid mail processes run as. Dovecot refuses uid 0
// for mail access, so users get nobody's; their homes are made for it.
const mailUID = 65534

// User is an account in Dovecot's passwd-file, which Postfix also
// authenticates against.
type User struct {
	// Name is the login name, such as "alice@example.test". It must not
	// contain ':', spaces or line breaks.
	Name string
	// Password is stored in the clear ({PLAIN} scheme). It must not contain
	// ':' or line breaks.
	Password string
	// Extra holds passdb and userdb extra fields separated by spaces, for
	// example "nologin=y reason=%{env:NAME}" with NAME in
	// [DovecotOptions.Env]. Empty means none.
	Extra string
}

// DefaultUsers returns the users a server gets when [DovecotOptions.Users] is
// nil: [Alice] and [Disabled]. The slice is new on every call.
func DefaultUsers() []User {
	return []User{
		{Name: Alice, Password: AlicePassword},
		{Name: Disabled, Password: DisabledPassword, Extra: "nologin=y reason=%{env:" + DisabledReasonEnv + "}"},
	}
}

// DovecotOptions configure [StartDovecot]. The zero value gives a server
// with the default users, a valid certificate, and password logins allowed
// over TLS.
type DovecotOptions struct {
	// Users are the accounts. Nil means [DefaultUsers]; an empty non-nil
	// slice means no accounts.
	Users []User
	// Cert selects the certificate; the zero value is [CertValid].
	Cert CertKind
	// SSLRequired sets "ssl = required": no password login without TLS,
	// even from a connection Dovecot would otherwise trust.
	SSLRequired bool
	// OAuthOnly offers only the OAUTHBEARER and XOAUTH2 mechanisms, backed
	// by an oauth2 passdb whose token service does not exist: Dovecot then
	// advertises LOGINDISABLED even over TLS and answers password logins
	// with "NO [ALERT] Unsupported authentication mechanism.", as servers
	// that accept only OAuth do. No token is ever accepted.
	OAuthOnly bool
	// NoTLS sets "ssl = no": no STARTTLS is offered and there are no
	// implicit-TLS listeners (IMAPTLS and SubmissionTLS stay empty), as on
	// a server whose administrator never set up TLS.
	NoTLS bool
	// PlaintextAuth sets "disable_plaintext_auth = no": Dovecot takes a
	// password on an unencrypted connection (and advertises no
	// LOGINDISABLED), as a careless server does.
	PlaintextAuth bool
	// Env holds extra environment variables for Dovecot, for "%{env:NAME}"
	// in [User.Extra]. DisabledReasonEnv is always set.
	Env map[string]string
	// RefusedUsers are accounts whose right password Dovecot's auth
	// service refuses all the same, with their extra fields (a
	// "reason=...") in the refusal: they sit in a passwd-file passdb of
	// their own, ahead of the main one, with "result_success =
	// continue-fail", so a matched password keeps that passdb's fields and
	// the chain ends in failure when the main passdb does not know them.
	// Unlike nologin, this reaches every client of the auth service:
	// Postfix appends the reason to its 535, and imap-login answers
	// "NO [ALERT] <reason>". A wrong password gets no reason. Their names
	// must not be in Users.
	RefusedUsers []User
}

// Dovecot is a running Dovecot. Its fields are set by [StartDovecot] and must
// not be changed.
type Dovecot struct {
	// IMAP is the plaintext IMAP listener (STARTTLS offered), as
	// "127.0.0.2:port". Clients connect from 127.0.0.1, so Dovecot treats
	// them as insecure: LOGINDISABLED until STARTTLS.
	IMAP string
	// IMAPTLS is the implicit-TLS IMAP listener, as "127.0.0.1:port".
	IMAPTLS string
	// Submission is Dovecot's submission service with STARTTLS, as
	// "127.0.0.2:port". AUTH works; mail is relayed to a closed port, so
	// MAIL FROM after a successful AUTH gets "421 4.4.0 localhost Failed
	// to connect to relay server (connect)".
	Submission string
	// SubmissionTLS is the implicit-TLS submission listener, as
	// "127.0.0.1:port".
	SubmissionTLS string
	// AuthSocket is the path of a Dovecot auth client socket (mode 0666),
	// for Postfix's smtpd_sasl_path.
	AuthSocket string

	// CAPEM is the test CA certificate in PEM form.
	CAPEM []byte
	// CAFile is a file holding CAPEM.
	CAFile string
	// RootCAs holds the test CA, for tls.Config.RootCAs.
	RootCAs *x509.CertPool
	// CertFile and KeyFile are the server certificate and its key in PEM
	// form (the key readable by root only).
	CertFile, KeyFile string

	// Users are the accounts in the passwd-file.
	Users []User
	// Dir is the temporary directory holding the configuration, the log,
	// the certificates and the mail homes.
	Dir string
	// LogFile is Dovecot's log file.
	LogFile string

	proc     *process
	stopOnce sync.Once
	outFile  string // Dovecot's own stdout and stderr
}

// StartDovecot starts Dovecot with opts and returns once every listener
// serves its real greeting. It fails the test if that does not happen. The
// server stops when the test ends; call [RequireDovecot] first.
func StartDovecot(t testing.TB, opts DovecotOptions) *Dovecot {
	t.Helper()
	d, err := newDovecot(t, opts)
	if err != nil {
		t.Fatalf("realserver: dovecot: %v", err)
	}
	var logs string
	for attempt := 1; ; attempt++ {
		err = d.start(opts)
		if err == nil {
			break
		}
		logs = readLogs(d.outFile, d.LogFile)
		if attempt == startAttempts || !addrInUse(logs) {
			t.Fatalf("realserver: dovecot: %v\n%s", err, logs)
		}
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("realserver: dovecot logs:\n%s", d.Log())
		}
		d.Close()
	})
	return d
}

// Log returns Dovecot's log so far.
func (d *Dovecot) Log() string {
	return readLogs(d.outFile, d.LogFile)
}

// Close stops Dovecot and every process it started, and waits for them to
// exit. It is called when the test ends; calling it earlier lets a test see
// a server that has gone away. Close may be called more than once.
func (d *Dovecot) Close() {
	d.stopOnce.Do(func() {
		if d.proc != nil {
			d.proc.stop()
		}
	})
}

// newDovecot prepares the files that stay the same across start attempts:
// certificates, passwd-file and mail homes.
func newDovecot(t testing.TB, opts DovecotOptions) (*Dovecot, error) {
	dir := tempDir(t)
	d := &Dovecot{
		Dir:     dir,
		LogFile: filepath.Join(dir, "dovecot.log"),
		outFile: filepath.Join(dir, "dovecot.out"),
		Users:   opts.Users,
	}
	if d.Users == nil {
		d.Users = DefaultUsers()
	} else {
		d.Users = slices.Clone(d.Users)
	}
	files, ca, err := writeCerts(dir, opts.Cert)
	if err != nil {
		return nil, err
	}
	d.CAPEM, d.CAFile, d.RootCAs = slices.Clone(ca.PEM), files.ca, ca.Pool()
	d.CertFile, d.KeyFile = files.cert, files.key
	for _, r := range opts.RefusedUsers {
		if slices.ContainsFunc(d.Users, func(u User) bool { return u.Name == r.Name }) {
			return nil, fmt.Errorf("user %q: both in Users and in RefusedUsers", r.Name)
		}
	}
	if err := writePasswd(filepath.Join(dir, "passwd"), filepath.Join(dir, "home"), d.Users); err != nil {
		return nil, err
	}
	if err := writePasswd(filepath.Join(dir, "refused"), filepath.Join(dir, "home-refused"), opts.RefusedUsers); err != nil {
		return nil, err
	}
	// Sockets go to a short path: t.TempDir paths grow with test names,
	// and Unix socket paths are limited to 107 bytes.
	base := shortDir(t, "dovecot-")
	d.AuthSocket = filepath.Join(base, "auth-realserver")
	return d, nil
}

// writePasswd writes a passwd-file of users at path and creates each
// user's home under homes.
func writePasswd(path, homes string, users []User) error {
	var b strings.Builder
	for i, u := range users {
		if strings.ContainsAny(u.Name, ": \r\n") || u.Name == "" || strings.ContainsAny(u.Password, ":\r\n") ||
			strings.ContainsAny(u.Extra, "\r\n") {
			return fmt.Errorf("user %q: name, password or extra fields unusable in a passwd-file", u.Name)
		}
		home := filepath.Join(homes, fmt.Sprint(i))
		if err := os.MkdirAll(filepath.Dir(home), 0o755); err != nil {
			return err
		}
		if err := os.Mkdir(home, 0o700); err != nil {
			return err
		}
		if err := os.Chown(home, mailUID, mailUID); err != nil {
			return err
		}
		// user:password:uid:gid:(gecos):home:(shell):extra_fields
		fmt.Fprintf(&b, "%s:{PLAIN}%s:%d:%d::%s::%s\n", u.Name, u.Password, mailUID, mailUID, home, u.Extra)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// start picks ports, writes dovecot.conf, starts Dovecot and waits for it.
// On failure it stops what it started.
func (d *Dovecot) start(opts DovecotOptions) error {
	addrs, err := freeAddrs("127.0.0.2", "127.0.0.1", "127.0.0.2", "127.0.0.1", "127.0.0.1")
	if err != nil {
		return err
	}
	d.IMAP, d.IMAPTLS, d.Submission, d.SubmissionTLS = addrs[0], addrs[1], addrs[2], addrs[3]
	if opts.NoTLS {
		d.IMAPTLS, d.SubmissionTLS = "", ""
	}
	relay := addrs[4] // nobody listens there
	conf := filepath.Join(d.Dir, "dovecot.conf")
	if err := d.writeConfig(conf, opts, relay); err != nil {
		return err
	}
	env := minimalEnv()
	vars := map[string]string{DisabledReasonEnv: DisabledReason}
	for k, v := range opts.Env {
		vars[k] = v
	}
	for k, v := range vars {
		env = append(env, k+"="+v)
	}
	// -F keeps the master in the foreground, in our process group.
	p, err := startProcess(dovecotBin, []string{"-F", "-c", conf}, env, d.outFile)
	if err != nil {
		return err
	}
	d.proc = p
	if err := waitReady(p, d.listeners()); err != nil {
		p.stop()
		d.proc = nil
		return err
	}
	return nil
}

// listeners lists what waitReady checks. imap-login first sends "* OK
// Waiting for authentication process to respond.." when its auth connection
// is not up yet, and only later the real greeting.
func (d *Dovecot) listeners() []listener {
	imapReady := func(line string) bool {
		return strings.HasPrefix(line, "* OK ") && !strings.Contains(line, "Waiting for authentication")
	}
	smtpReady := func(line string) bool { return strings.HasPrefix(line, "220 ") }
	ls := []listener{
		{name: "imap", addr: d.IMAP, done: imapReady},
		{name: "submission", addr: d.Submission, done: smtpReady},
	}
	if d.IMAPTLS != "" {
		ls = append(ls,
			listener{name: "imaps", addr: d.IMAPTLS, tls: true, done: imapReady},
			listener{name: "submissions", addr: d.SubmissionTLS, tls: true, done: smtpReady})
	}
	return ls
}

// writeConfig writes a complete dovecot.conf that reads nothing from
// /etc/dovecot.
func (d *Dovecot) writeConfig(path string, opts DovecotOptions, relay string) error {
	names := []string{"TZ", DisabledReasonEnv}
	for k := range opts.Env {
		names = append(names, k)
	}
	sort.Strings(names)
	oauthConf := filepath.Join(d.Dir, "oauth2.conf")
	if opts.OAuthOnly {
		// A token service that does not exist: password logins are
		// refused before it would be asked.
		if err := os.WriteFile(oauthConf, []byte("tokeninfo_url = http://127.0.0.1:9/tokeninfo?access_token=\n"), 0o644); err != nil {
			return err
		}
	}
	ssl := "yes"
	switch {
	case opts.NoTLS:
		ssl = "no"
	case opts.SSLRequired:
		ssl = "required"
	}
	data := map[string]any{
		"Dir":           d.Dir,
		"BaseDir":       filepath.Dir(d.AuthSocket),
		"Log":           d.LogFile,
		"Env":           strings.Join(names, " "),
		"SSL":           ssl,
		"NoTLS":         opts.NoTLS,
		"PlaintextAuth": opts.PlaintextAuth,
		"Cert":          d.CertFile,
		"Key":           d.KeyFile,
		"OAuthOnly":     opts.OAuthOnly,
		"OAuthConf":     oauthConf,
		"IMAP":          d.IMAP,
		"IMAPTLS":       d.IMAPTLS,
		"Submission":    d.Submission,
		"SubmissionTLS": d.SubmissionTLS,
		"AuthSocket":    d.AuthSocket,
		"Relay":         relay,
		"Refused":       len(opts.RefusedUsers) > 0,
	}
	var b strings.Builder
	if err := dovecotConf.Execute(&b, data); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// dovecotConf is the whole configuration; see the package documentation for
// why the test-speed settings are there.
var dovecotConf = template.Must(template.New("dovecot.conf").Funcs(template.FuncMap{
	"host": func(addr string) string { h, _, _ := strings.Cut(addr, ":"); return h },
	"port": portOf,
	"base": filepath.Base,
}).Parse(`# Written by internal/realserver for one test.
base_dir = {{.BaseDir}}
state_dir = {{.Dir}}/state
log_path = {{.Log}}
hostname = localhost
protocols = imap submission
listen = 127.0.0.1
import_environment = {{.Env}}

# Dovecot runs as root; its helpers drop to the packaged users, mail
# processes to uid 65534 (uid 0 is refused for mail access).
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = 1

ssl = {{.SSL}}
{{- if not .NoTLS}}
ssl_cert = <{{.Cert}}
ssl_key = <{{.Key}}
{{- end}}
{{- if .PlaintextAuth}}
disable_plaintext_auth = no
{{- end}}

mail_location = maildir:~/Maildir

auth_verbose = yes
auth_failure_delay = 0
{{- if .OAuthOnly}}
auth_mechanisms = oauthbearer xoauth2
{{- else}}
auth_mechanisms = plain login
{{- end}}

# Failures are delayed by auth_failure_delay and, even at 0, flushed from a
# 500 ms timer; nodelay=yes from a first static passdb answers at once.
passdb {
  driver = static
  args = noauthenticate nodelay=yes
  result_success = continue
}
{{- if .OAuthOnly}}
passdb {
  driver = oauth2
  args = {{.OAuthConf}}
}
{{- end}}
{{- if .Refused}}
# The right password here still ends in failure, carrying this passdb's
# extra fields (reason=...): continue-fail keeps them, and the next passdb
# does not know the user.
passdb {
  driver = passwd-file
  args = {{.Dir}}/refused
  result_success = continue-fail
}
{{- end}}
passdb {
  driver = passwd-file
  args = {{.Dir}}/passwd
}
userdb {
  driver = passwd-file
  args = {{.Dir}}/passwd
}

# No per-IP penalty after failed logins: every test client is 127.0.0.1.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}

service auth {
  unix_listener {{base .AuthSocket}} {
    mode = 0666
  }
}

# Login processes serve one connection each: three ready ones spare a
# second connection (mailcheck's TLS check beside a greeting wait) a fork,
# which takes seconds on a loaded machine.
service imap-login {
  process_min_avail = 3
  inet_listener imap {
    address = {{host .IMAP}}
    port = {{port .IMAP}}
  }
{{- if .IMAPTLS}}
  inet_listener imaps {
    address = {{host .IMAPTLS}}
    port = {{port .IMAPTLS}}
    ssl = yes
  }
{{- end}}
}

service submission-login {
  process_min_avail = 3
  inet_listener submission {
    address = {{host .Submission}}
    port = {{port .Submission}}
  }
{{- if .SubmissionTLS}}
  inet_listener submissions {
    address = {{host .SubmissionTLS}}
    port = {{port .SubmissionTLS}}
    ssl = yes
  }
{{- end}}
}

# Nothing listens there: AUTH works, MAIL FROM gets 421.
submission_relay_host = {{host .Relay}}
submission_relay_port = {{port .Relay}}
`))

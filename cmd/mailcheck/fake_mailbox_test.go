package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/mailtest"
)

// lookClient finds a client program; outside CI a missing one skips the
// test, under CI=true it fails it.
func lookClient(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		require.NotEqual(t, "true", os.Getenv("CI"), "%s is required in CI: %v", name, err)
		t.Skipf("%s not installed: %v", name, err)
	}
	return p
}

// mailboxDir writes a small mailbox: two messages in the first account's
// INBOX and one in the folder "Clients/Acme".
func mailboxDir(t *testing.T) string {
	dir := t.TempDir()
	write := func(rel, subject string) {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, mailtest.Draft{From: "front@clinic.example", Subject: subject, Text: "Hello"}.Bytes(), 0o644))
	}
	write("001.eml", "Lab results")
	write("002.eml", "Invoice 7")
	write("Clients/Acme/001.eml", "Contract")
	return dir
}

// pythonHappyPath logs in with imaplib, lists, selects, fetches and
// searches, appends, then sends with smtplib and reads the sent message
// back from the INBOX; it prints what it saw, one fact a line.
const pythonHappyPath = `
import imaplib, smtplib, ssl, sys, email
imap_host, imap_port, smtp_host, smtp_port, cafile, user, password = sys.argv[1:8]
ctx = ssl.create_default_context(cafile=cafile)
m = imaplib.IMAP4_SSL(imap_host, int(imap_port), ssl_context=ctx)
m.login(user, password)
typ, boxes = m.list()
print("LIST", " ".join(sorted(b.decode().rsplit(" ", 1)[1].strip('"') for b in boxes)))
typ, data = m.select("INBOX")
print("EXISTS", data[0].decode())
typ, data = m.uid("SEARCH", None, "SUBJECT", "Invoice")
print("SEARCH", data[0].decode())
typ, data = m.fetch("1", "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
print("FETCH", data[0][1].decode().strip())
typ, data = m.store("1", "+FLAGS", "\\Seen \\Flagged")
print("STORE", data[0].decode())
typ, data = m.append("INBOX", None, None, b"Subject: Appended\r\n\r\nfrom python\r\n")
print("APPEND", typ)
s = smtplib.SMTP(smtp_host, int(smtp_port))
s.starttls(context=ctx)
s.login(user, password)
s.sendmail(user, [user, "patient@example.org"], "Subject: Sent from python\r\n\r\n.dot line\r\nbye\r\n")
s.quit()
m.noop()
typ, data = m.search(None, "ALL")
last = data[0].split()[-1]
typ, data = m.fetch(last, "(BODY.PEEK[])")
print("READBACK", email.message_from_bytes(data[0][1])["Subject"])
m.logout()
`

// TestFakeMailboxFromPython runs "mailcheck fake --mailbox --spool
// --records" and drives it from Python's imaplib and smtplib, as an
// application's test in another language would.
func TestFakeMailboxFromPython(t *testing.T) {
	python := lookClient(t, "python3")
	spool, records := t.TempDir(), filepath.Join(t.TempDir(), "records.jsonl")
	f := startFakeBinary(t, "--scenario", "dovecot-postfix-ok", "--mailbox", mailboxDir(t),
		"--spool", spool, "--records", records)
	var l mailtest.Listing
	require.NoError(t, json.Unmarshal([]byte(f.line), &l), f.line)
	a := l.Accounts[0]
	split := func(addr string) (string, string) {
		i := strings.LastIndexByte(addr, ':')
		return addr[:i], addr[i+1:]
	}
	ih, ip := split(l.IMAP.TLS)
	sh, sp := split(l.SMTP.StartTLS)

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, python, "-c", pythonHappyPath, ih, ip, sh, sp, l.CAFile, a.Username, a.Password).CombinedOutput()
	require.NoError(t, err, "python:\n%s", out)
	got := string(out)
	for _, want := range []string{
		"LIST Clients Clients/Acme INBOX",
		"EXISTS 2",
		"SEARCH 2",
		"FETCH Subject: Lab results",
		`STORE 1 (UID 1 FLAGS (\Flagged \Seen))`,
		"APPEND OK",
		"READBACK Sent from python",
	} {
		assert.Contains(t, got, want+"\n", "python saw")
	}

	// The spool holds the sent message, dot-unstuffed, by the time
	// smtplib's sendmail returned.
	files, err := filepath.Glob(filepath.Join(spool, "*.eml"))
	require.NoError(t, err)
	require.Len(t, files, 1, "spooled messages")
	data, err := os.ReadFile(files[0])
	require.NoError(t, err)
	assert.Equal(t, "Subject: Sent from python\r\n\r\n.dot line\r\nbye\r\n", string(data))

	f.interrupt(t)
	// One JSON line per connection (IMAP and SMTP), credentials redacted.
	rf, err := os.Open(records)
	require.NoError(t, err)
	defer rf.Close()
	var recs []mailtest.Record
	sc := bufio.NewScanner(rf)
	for sc.Scan() {
		assert.NotContains(t, sc.Text(), a.Password, "a password in the records")
		var r mailtest.Record
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r), sc.Text())
		recs = append(recs, r)
	}
	require.Len(t, recs, 2, "records")
	for _, r := range recs {
		assert.True(t, r.AuthOK, "%s logged in", r.Listener)
		assert.False(t, r.CredentialsBeforeTLS, "%s: credentials before TLS", r.Listener)
	}
	var imapRec mailtest.Record
	for _, r := range recs {
		if r.Listener == "imap-tls" {
			imapRec = r
		}
	}
	assert.Contains(t, imapRec.Commands, "SELECT INBOX", "IMAP commands after the login are recorded")
}

// TestFakeMailboxFromCurl fetches a loaded message and sends one with curl.
func TestFakeMailboxFromCurl(t *testing.T) {
	curl := lookClient(t, "curl")
	spool := t.TempDir()
	f := startFakeBinary(t, "--scenario", "gmail-ok", "--mailbox", mailboxDir(t), "--spool", spool)
	var l mailtest.Listing
	require.NoError(t, json.Unmarshal([]byte(f.line), &l), f.line)
	a := l.Accounts[0]
	run := func(stdin string, args ...string) string {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, curl, append([]string{"--silent", "--show-error", "--cacert", l.CAFile,
			"--user", a.Username + ":" + a.Password}, args...)...)
		cmd.Stdin = strings.NewReader(stdin)
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "curl %v:\n%s", args, out)
		return string(out)
	}
	imapURL := "imaps://" + l.IMAP.TLS + "/"
	assert.Contains(t, run("", imapURL), `* LIST (\HasNoChildren) "/" "Clients/Acme"`, "LIST")
	assert.Contains(t, run("", imapURL+"INBOX", "--request", "UID SEARCH SUBJECT Invoice"), "* SEARCH 2", "UID SEARCH")
	body := run("", imapURL+"INBOX;UID=2")
	assert.Contains(t, body, "Subject: Invoice 7", "curl fetched the loaded message")
	draft := filepath.Join(t.TempDir(), "draft.eml")
	require.NoError(t, os.WriteFile(draft, []byte("Subject: Appended by curl\r\n\r\nhi\r\n"), 0o600))
	run("", imapURL+"INBOX", "--upload-file", draft) // curl's APPEND wants the size up front
	assert.Contains(t, run("", imapURL+"INBOX;UID=3"), "Subject: Appended by curl", "APPEND, then FETCH")
	// Sent to the account itself and to someone else: spooled, and in the
	// account's INBOX.
	run("Subject: From curl\r\n\r\nhello\r\n", "smtps://"+l.SMTP.TLS, "--mail-from", a.Email,
		"--mail-rcpt", "patient@example.org", "--mail-rcpt", a.Email, "--upload-file", "-")
	assert.Contains(t, run("", imapURL+"INBOX;UID=4"), "Subject: From curl", "the sent message, read back")
	files, err := filepath.Glob(filepath.Join(spool, "*.eml"))
	require.NoError(t, err)
	require.Len(t, files, 1, "spooled")
	data, err := os.ReadFile(files[0])
	require.NoError(t, err)
	assert.Contains(t, string(data), "Subject: From curl")
	f.interrupt(t)
}

// TestFakeMailboxBadInput: a --mailbox folder named after an address the
// scenario lacks, or a message over the size cap, is the user's input: a
// usage error (exit 2) that says what is wrong, not an internal error.
func TestFakeMailboxBadInput(t *testing.T) {
	stranger := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(stranger, "nobody@elsewhere.example"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(stranger, "nobody@elsewhere.example", "a.eml"),
		mailtest.Draft{From: "a@b.example", Subject: "hi", Text: "Hello"}.Bytes(), 0o644))
	big := t.TempDir()
	p := filepath.Join(big, "huge.eml")
	require.NoError(t, os.WriteFile(p, nil, 0o644))
	require.NoError(t, os.Truncate(p, 32<<20+1)) // sparse: the cap is checked before reading
	for name, tc := range map[string]struct{ dir, want string }{
		"unknown address": {stranger, `no account "nobody@elsewhere.example"`},
		"over the cap":    {big, "over the"},
	} {
		t.Run(name, func(t *testing.T) {
			r := runBinary(t, invocation{args: []string{"fake", "--scenario", "dovecot-postfix-ok", "--mailbox", tc.dir}})
			assert.Equal(t, 2, r.code, "stderr: %s", r.stderr)
			assert.Empty(t, r.stdout, "no listing: the fake never started")
			assert.Contains(t, r.stderr, "--mailbox")
			assert.Contains(t, r.stderr, tc.want)
			assert.Contains(t, r.stderr, "usage: mailcheck fake")
		})
	}
}

package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/fleet"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Bounds on the fleet's input files.
const (
	// maxCSVLine caps one line of the accounts file: an account's fields
	// fit in a few hundred bytes, and a line without an end must not be
	// read into memory whole. A longer account line is reported as
	// malformed and skipped; a longer header is refused.
	maxCSVLine = 64 << 10
	// maxSecretsFile caps the secrets file: 10,000 accounts with long
	// OAuth tokens (a few KiB each) fit in 64 MiB.
	maxSecretsFile = 64 << 20
)

// csvColumns are the columns the accounts file may have; email is
// required. They mean what check's flags of the same names mean.
var csvColumns = []string{"email", "username", "imap", "imap_security", "smtp", "smtp_security", "tenant"}

// accountsFile reads an accounts CSV line by line. Each physical line is
// one record (a quoted field cannot span lines), so a malformed line is
// reported with its number and never swallows the lines after it.
type accountsFile struct {
	path    string
	columns map[string]int
	warn    []string // unknown columns, said once on stderr
}

// openAccounts reads the header of path.
func openAccounts(path string) (*accountsFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %v", path, unwrapPath(err))
	}
	defer f.Close()
	lines := newCSVLines(f)
	for lines.Scan() {
		if lines.Blank() {
			continue
		}
		if lines.Long() {
			return nil, fmt.Errorf("%s:%d: header is longer than %d KiB", path, lines.Line(), maxCSVLine>>10)
		}
		return parseHeader(path, lines.Line(), lines.Text())
	}
	if err := lines.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return nil, fmt.Errorf("%s: empty file; want a header line with an email column", path)
}

// secretColumnRE is a header that holds passwords or tokens.
// Any column whose name holds one of these words, in any case ("imap_password",
// "Kennwort", "app-password"; a reviewer's find: exact names only let
// "imap_password" through).
var secretColumnRE = regexp.MustCompile(`(?i)pass|pwd|^pw$|secret|token|credential|kennwort|wachtwoord|has[lł]o|пароль|contrase|senha|parola|salasana|l[oö]senord|adgangskode|passord|heslo|jelsz|şifre|sifre|密码|パスワード|비밀번호`)

func parseHeader(path string, line int, text string) (*accountsFile, error) {
	rec, err := csvFields(text)
	if err != nil {
		return nil, fmt.Errorf("%s:%d: header: %v", path, line, err)
	}
	af := &accountsFile{path: path, columns: map[string]int{}}
	for i, name := range rec {
		name = strings.ToLower(strings.TrimSpace(name))
		if _, dup := af.columns[name]; dup {
			return nil, fmt.Errorf("%s:%d: header: column %q twice", path, line, name)
		}
		known := false
		for _, c := range csvColumns {
			known = known || c == name
		}
		if secretColumnRE.MatchString(name) {
			// A firm administrator's find: a "password" column was only
			// ignored, and every mailbox checked without signing in,
			// while the passwords sat in a file anyone may read.
			return nil, fmt.Errorf("%s:%d: header: column %q: passwords and tokens belong in the secrets file (--secrets, mode 0600: {\"user@example.com\": {\"password\": \"...\"}}), not in the accounts file; move them there and remove the column", path, line, name)
		}
		if !known {
			af.warn = append(af.warn, name)
			continue
		}
		af.columns[name] = i
	}
	if _, ok := af.columns["email"]; !ok {
		hint := ""
		// A spreadsheet saved as CSV in a locale whose list separator is
		// ";" (most of Europe), or as tab-separated text, has one column
		// named "email;imap;..." (a reviewer's find).
		for _, sep := range []struct{ char, name string }{{";", "semicolons"}, {"\t", "tabs"}} {
			if low := strings.ToLower(text); strings.Contains(low, "email"+sep.char) || strings.Contains(low, sep.char+"email") {
				hint = "; the header is separated by " + sep.name + ": save the file as comma-separated CSV (or replace the " + sep.name + " with commas)"
				break
			}
		}
		return nil, fmt.Errorf("%s:%d: header has no email column (columns: %s)%s", path, line, strings.Join(csvColumns, ", "), hint)
	}
	return af, nil
}

// csvFields parses one line as a CSV record.
func csvFields(text string) ([]string, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	rec, err := r.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			// ParseError's "column" is a byte position in the line, not a
			// column of the table: say which field and which character.
			return nil, fmt.Errorf("field %d, character %d: %s", csvFieldAt(text, pe.Column), pe.Column, csvProblem(pe.Err))
		}
		return nil, err
	}
	return rec, nil
}

// csvFieldAt returns which field (from 1) of line holds the byte at pos
// (from 1): commas outside quotes end fields.
func csvFieldAt(line string, pos int) int {
	field, quoted := 1, false
	for i := 0; i < len(line) && i < pos-1; i++ {
		switch line[i] {
		case '"':
			quoted = !quoted
		case ',':
			if !quoted {
				field++
			}
		}
	}
	return field
}

// csvProblem words encoding/csv's errors for someone editing the file.
func csvProblem(err error) string {
	switch {
	case errors.Is(err, csv.ErrBareQuote):
		return `a " inside a field that does not start with one (put the whole field in quotes and double the " inside it)`
	case errors.Is(err, csv.ErrQuote):
		return `a quoted field has a stray " or no closing " (a " inside quotes is written "")`
	}
	return err.Error()
}

// csvLines reads an accounts file one line at a time. A line longer than
// maxCSVLine is not kept: the rest of it is read and dropped, and the line
// is marked long, so a line without an end costs no more memory than the
// buffer, and the lines after it are still read.
type csvLines struct {
	r    *bufio.Reader
	line int    // the current line's number, from 1
	text string // the current line without its end; empty when long
	long bool
	eof  bool
	err  error // a read error other than io.EOF
}

func newCSVLines(r io.Reader) *csvLines {
	return &csvLines{r: bufio.NewReaderSize(r, maxCSVLine)}
}

// Scan moves to the next line. It returns false at the end of the file
// or on a read error, which Err then returns.
func (l *csvLines) Scan() bool {
	if l.eof || l.err != nil {
		return false
	}
	b, err := l.r.ReadSlice('\n')
	l.long = errors.Is(err, bufio.ErrBufferFull)
	for errors.Is(err, bufio.ErrBufferFull) {
		_, err = l.r.ReadSlice('\n') // the rest of a long line, dropped
	}
	switch {
	case err == io.EOF:
		l.eof = true
		if len(b) == 0 && !l.long {
			return false // the file ended with its last line's end
		}
	case err != nil:
		l.err = err
		return false
	}
	l.line++
	l.text = ""
	if !l.long {
		// As bufio.ScanLines: without \n or \r\n, and without the BOM a
		// spreadsheet export may begin with.
		l.text = strings.TrimPrefix(strings.TrimSuffix(strings.TrimSuffix(string(b), "\n"), "\r"), "\ufeff")
	}
	return true
}

// Line is the current line's number, from 1.
func (l *csvLines) Line() int { return l.line }

// Text is the current line without its end; empty when the line is long.
func (l *csvLines) Text() string { return l.text }

// Long reports that the current line was longer than maxCSVLine and was
// dropped unread.
func (l *csvLines) Long() bool { return l.long }

// Blank reports that the current line holds only white space. A long
// line is never blank: it was not read.
func (l *csvLines) Blank() bool { return !l.long && strings.TrimSpace(l.text) == "" }

// Err is the read error that ended Scan, if any.
func (l *csvLines) Err() error { return l.err }

// accounts yields the file's accounts after the header, with their
// secrets. A line that cannot be read is yielded with its Problem set;
// an account with no secret is yielded without one (checked without
// authentication). ioErr is set when reading stops early.
func (af *accountsFile) accounts(secrets map[string]secret, ioErr *error) iter.Seq[fleet.Account] {
	return func(yield func(fleet.Account) bool) {
		f, err := os.Open(af.path)
		if err != nil {
			*ioErr = err
			return
		}
		defer f.Close()
		lines := newCSVLines(f)
		header := false
		for lines.Scan() {
			if lines.Blank() {
				continue
			}
			if !header {
				header = true
				continue
			}
			var a fleet.Account
			if lines.Long() {
				// Reported like any malformed line, without its content:
				// it may hold anything, a password included.
				a = fleet.Account{Line: lines.Line(), Problem: fmt.Sprintf("%s:%d: line is longer than %d KiB", af.path, lines.Line(), maxCSVLine>>10)}
			} else {
				a = af.account(lines.Line(), lines.Text())
			}
			if s, ok := secrets[strings.ToLower(a.Email)]; ok && a.Problem == "" {
				if s.Unsafe {
					// Not quoted, and not checked: see unsafeSecret.
					a.Problem = fmt.Sprintf("%s:%d: %s: %s", af.path, a.Line, a.Email, unsafeSecretProblem)
				} else {
					a.Password, a.Token = s.Password, s.Token
				}
			}
			if !yield(a) {
				return
			}
		}
		if err := lines.Err(); err != nil {
			*ioErr = err
		}
	}
}

// account reads one record; what is wrong with it goes into Problem.
func (af *accountsFile) account(line int, text string) fleet.Account {
	a := fleet.Account{Line: line}
	rec, err := csvFields(text)
	if err != nil {
		a.Problem = fmt.Sprintf("%s:%d: malformed CSV: %v", af.path, line, err)
		return a
	}
	get := func(col string) string {
		i, ok := af.columns[col]
		if !ok || i >= len(rec) {
			return ""
		}
		return strings.TrimSpace(rec[i])
	}
	a.Email, a.Username, a.Tenant = get("email"), get("username"), get("tenant")
	bad := func(format string, args ...any) fleet.Account {
		a.Problem = fmt.Sprintf("%s:%d: ", af.path, line) + fmt.Sprintf(format, args...)
		return a
	}
	if a.Email == "" {
		return bad("email is empty")
	}
	if _, err := parseAddress(a.Email); err != nil {
		return bad("email: %v", err)
	}
	for _, ep := range []struct {
		name string
		dst  *diagnose.Endpoint
	}{{"imap", &a.IMAP}, {"smtp", &a.SMTP}} {
		if v := get(ep.name); v != "" {
			h, p, err := parseHostPort(v)
			if err != nil {
				return bad("%s: %v", ep.name, err)
			}
			ep.dst.Host, ep.dst.Port = h, p
		}
		if v := get(ep.name + "_security"); v != "" {
			sec, err := probe.ParseSecurity(v)
			if err != nil {
				return bad("%s_security: %v", ep.name, err)
			}
			if ep.dst.Host == "" {
				return bad("%s_security needs an %s server in the same line", ep.name, ep.name)
			}
			ep.dst.Security = sec
		}
	}
	return a
}

// secret is one entry of the secrets file. Unsafe marks a value fleet
// will not use (see unsafeSecret).
type secret struct {
	Password probe.Secret `json:"password"`
	Token    probe.Secret `json:"token"`
	Unsafe   bool         `json:"-"`
}

// minFleetSecret is the shortest password or token fleet uses; shorter
// ones are ordinary words or numbers of its own report.
const minFleetSecret = 6

// unsafeSecret reports whether fleet will not use v. Every byte fleet
// writes passes a gate that removes each secret whole (secretGate): a
// password that is a word of mailcheck's own report ("Password"), a part
// of the addresses it names (the firm's name in "contoso.example"), a
// short number ("2026") or another person's address would blank those
// words out everywhere, garble codes ("app_[redacted]_required") and tell
// any reader what the password is by what is missing (fresh reviewers'
// finds). addresses are the secrets file's keys.
func unsafeSecret(v string, addresses []string) bool {
	// Spaces around it do not make an address or a word another (a
	// reviewer's find: "megan@contoso.example " got through).
	lower := strings.ToLower(strings.TrimSpace(v))
	switch {
	case v == "":
		return false
	case len(v) < minFleetSecret,
		strings.Trim(v, "0123456789") == "" && len(v) < 10,
		plainAddress(strings.TrimSpace(v)),
		len(lower) < minFleetSecret,
		strings.Contains(reportVocabulary(), lower):
		return true
	}
	for _, a := range addresses {
		if strings.Contains(a, lower) {
			return true
		}
	}
	return false
}

// unsafeSecretProblem is what an account whose secret fleet will not use
// says, in the report and on stderr. It does not say which of the reasons
// applies: a report that says a named mailbox's password is short, a
// number or a word tells something about it (a reviewer's find).
const unsafeSecretProblem = "not checked: mailcheck does not use its password or token from the secrets file, which the report could not keep out without blanking out its own words (too short, a short number, an address, part of one, or a word the report uses); change it, then check again"

// reportVocabulary is mailcheck's own words, lower-cased: the codes, the
// providers' names and every remediation text, and fleet's own headings.
var reportVocabulary = sync.OnceValue(func() string {
	var b strings.Builder
	add := func(s ...string) {
		for _, x := range s {
			b.WriteString(strings.ToLower(x))
			b.WriteByte('\n')
		}
	}
	for _, c := range catalog.Codes {
		add(string(c))
	}
	for _, p := range catalog.All() {
		add(string(p.ID), p.Name)
	}
	for _, e := range catalog.Entries() {
		add(e.Title, e.Explanation, e.Warning)
		add(e.UserSteps...)
		add(e.AdminSteps...)
		add(e.VendorSteps...)
		add(e.NoLongerWorks...)
		for _, l := range e.Links {
			add(l.Title, l.URL)
		}
	}
	add(fleetWords...)
	return b.String()
})

// fleetWords are words of fleet's own output beyond the catalogue's.
var fleetWords = []string{"mailboxes checked", "working", "with a problem", "checked without signing in",
	"could not be checked", "held back", "interrupted", "duplicate", "hand-off", "tenant admin",
	"also worth knowing", "works again", "listed before", "line", "imap", "smtp", "pop3", "oauth",
	"password", "token", "secrets", "accounts", "ledger", "state", "mailcheck", "redacted"}

// UnmarshalJSON reads the two fields; probe.Secret marshals as a
// placeholder, so the values are read as plain strings here.
func (s *secret) UnmarshalJSON(b []byte) error {
	var raw struct {
		Password *string `json:"password"`
		Token    *string `json:"token"`
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return errors.New(`want {"password": "..."} or {"token": "..."}`)
	}
	switch {
	case raw.Password != nil && raw.Token != nil:
		return errors.New("give a password or a token, not both")
	case raw.Password != nil && *raw.Password != "":
		s.Password = probe.Secret(*raw.Password)
	case raw.Token != nil && *raw.Token != "":
		s.Token = probe.Secret(*raw.Token)
	default:
		return errors.New(`want a non-empty "password" or "token"`)
	}
	return nil
}

// readSecrets reads the secrets file, refusing one that group or others
// may read: it holds every mailbox's password.
func readSecrets(path string) (map[string]secret, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %v", path, unwrapPath(err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %v", path, unwrapPath(err))
	}
	if perm := info.Mode().Perm(); perm&0o077 != 0 && !secretsModeExempt {
		return nil, fmt.Errorf("%s is readable by group or others (mode %04o); it holds passwords: chmod 600 %s", path, perm, path)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxSecretsFile+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %v", path, err)
	}
	if len(data) > maxSecretsFile {
		return nil, fmt.Errorf("%s is larger than %d MiB", path, maxSecretsFile>>20)
	}
	if !utf8.Valid(data) {
		// JSON would turn the bad bytes into U+FFFD and a different
		// password would be sent.
		return nil, fmt.Errorf("%s is not valid UTF-8", path)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		// The decoder's message may quote the file; say where, not what.
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("%s: not valid JSON near byte %d; want {\"user@example.com\": {\"password\": \"...\"}}", path, se.Offset)
		}
		return nil, fmt.Errorf("%s: want a JSON object mapping each email to {\"password\": \"...\"} or {\"token\": \"...\"}", path)
	}
	// encoding/json keeps the last of two equal keys without a word (a
	// fresh reviewer's find: the second password won silently).
	if n, err := topLevelKeys(data); err == nil && n > len(raw) {
		return nil, fmt.Errorf("%s: an address appears twice (the same key written twice); keep one entry per mailbox", path)
	}
	out := make(map[string]secret, len(raw))
	for email, v := range raw {
		key := strings.ToLower(strings.TrimSpace(email))
		if !strings.Contains(key, "@") {
			// Not quoted, and before its value is read (whose errors
			// name the key): a key that is no address may be a password
			// put where the address belongs.
			return nil, fmt.Errorf("%s: a key (%d characters) is not an email address; want {\"user@example.com\": {\"password\": \"...\"}}", path, utf8.RuneCountInString(email))
		}
		// A key with an "@" may still be a password (key and value
		// swapped): it is named only when it is a plain address.
		name := fmt.Sprintf("an entry whose key (%d characters) is no plain address", utf8.RuneCountInString(email))
		if plainAddress(key) {
			name = "the entry for " + quoteForError(email)
		}
		var s secret
		if err := json.Unmarshal(v, &s); err != nil {
			return nil, fmt.Errorf("%s: %s: %v", path, name, err)
		}
		if _, dup := out[key]; dup {
			return nil, fmt.Errorf("%s: %s appears twice (keys compare without case)", path, name)
		}
		out[key] = s
	}
	keys := slices.Collect(maps.Keys(out))
	for k, s := range out {
		s.Unsafe = unsafeSecret(s.Password.Reveal()+s.Token.Reveal(), keys)
		out[k] = s
	}
	return out, nil
}

// topLevelKeys counts the keys of the JSON object in data, equal ones
// each time.
func topLevelKeys(data []byte) (int, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil { // {
		return 0, err
	}
	n := 0
	for dec.More() {
		if _, err := dec.Token(); err != nil { // the key
			return 0, err
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return 0, err
		}
		n++
	}
	return n, nil
}

// secretsModeExempt is true where file modes mean nothing (Windows).
var secretsModeExempt = os.PathSeparator == '\\'

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// quoteForError quotes a key from a user's file for an error message,
// cut short: a key is an address, and a password pasted into the wrong
// place must not be echoed whole.
func quoteForError(s string) string {
	if len(s) > 64 {
		s = s[:64] + "…"
	}
	return fmt.Sprintf("%q", s)
}

package fleet

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/mailcheck-go/mailcheck/diagnose"
)

// DefaultCooldown is how long the ledger holds back a second
// authentication attempt for the same account and protocol.
//
// Fifteen minutes keeps a scheduled or repeated run far from every
// lockout mailcheck's users meet:
//   - Microsoft Entra smart lockout locks an account for one minute after
//     10 failed sign-ins (3 in US Government tenants), longer after each
//     further failure:
//     https://learn.microsoft.com/en-us/entra/identity/authentication/howto-password-smart-lockout
//   - Google suspends an account that makes too many requests, typically
//     for an hour and up to 24, and asks mail clients to check no more
//     often than every 15 minutes: https://support.google.com/a/answer/1359240
//   - Dovecot delays each failed login from one address 2 s, doubling to
//     a 15 s ceiling, and fail2ban-style bans commonly follow 5 failures
//     in 10 minutes: https://doc.dovecot.org/main/core/config/auth/penalty.html
//
// At one attempt per quarter hour an account sees at most four failures an
// hour from mailcheck, and never a burst.
const DefaultCooldown = 15 * time.Minute

// ledgerKeep is how long attempts stay in the file after their cool-down:
// long enough that a run with a longer --cooldown still sees them.
const ledgerKeep = 7 * 24 * time.Hour

// ledgerHeader is the first line of a ledger file.
const ledgerHeader = `{"mailcheck_ledger":1}`

// Ledger records every authentication attempt, per account and protocol,
// in a small file shared by runs (fleet and check alike), so that none
// tries the same account and protocol twice within its cool-down. It is
// safe for concurrent use, within a process and across processes.
//
// The file is JSON lines: a header, then one attempt per line. An attempt
// is appended under an exclusive lock on FILE.lock in one write, so a
// reservation costs the same in a ledger of ten accounts or ten thousand;
// each Ledger reads only what others appended since it last looked.
// OpenLedger drops attempts older than a week by writing a temporary file
// and renaming it over the old one. The file is mode 0600 and holds
// addresses and times, never a secret.
type Ledger struct {
	// Now is the clock attempts are recorded by; nil means time.Now. It is
	// the real clock even when advice is worded for another day: lockouts
	// count real attempts.
	Now func() time.Time

	file     stateFile
	cooldown time.Duration

	mu sync.Mutex
	// times holds, per account and protocol, the attempts seen that
	// were not cancelled, newest last; those older than the cool-down
	// before a newer one are dropped (they can hold nothing back).
	times map[ledgerKey][]time.Time
	// mine holds the reservations this Ledger made and has not yet
	// released or given up, oldest first.
	mine    map[ledgerKey][]time.Time
	seen    os.FileInfo // the file last read, to notice a replacement
	offset  int64       // how far it was read (whole lines only)
	partial bool        // the file ends in a line without its newline
}

type ledgerKey struct {
	account  string
	protocol diagnose.Protocol
}

// ledgerAttempt is one line of the file. A line with NoSignIn cancels the
// reservation made at At: the check that reserved it never reached the
// sign-in (the connection or the certificate failed first), so no
// attempt counts against the account. A ledger written before NoSignIn
// existed reads such a line as one more attempt at the same time, which
// holds back no longer than the reservation did.
type ledgerAttempt struct {
	Account  string            `json:"account"`
	Protocol diagnose.Protocol `json:"protocol"`
	At       time.Time         `json:"at"`
	NoSignIn bool              `json:"no_sign_in,omitempty"`
}

// OpenLedger opens the ledger at path, creating it on the first attempt.
// cooldown 0 means DefaultCooldown; a negative cooldown is an error. It
// fails when the file exists and is not a ledger.
func OpenLedger(path string, cooldown time.Duration) (*Ledger, error) {
	if path == "" {
		return nil, errors.New("fleet: ledger path is empty")
	}
	if cooldown < 0 {
		return nil, fmt.Errorf("fleet: ledger cool-down %v is negative", cooldown)
	}
	if cooldown == 0 {
		cooldown = DefaultCooldown
	}
	l := &Ledger{file: stateFile{path: path}, cooldown: cooldown, times: map[ledgerKey][]time.Time{}, mine: map[ledgerKey][]time.Time{}}
	err := l.file.locked(func() error {
		data, err := l.file.read()
		if err != nil || data == nil {
			return err
		}
		attempts, err := parseLedger(path, data)
		if err != nil {
			return err
		}
		now := l.now()
		kept := slices.DeleteFunc(slices.Clone(attempts), func(a ledgerAttempt) bool { return now.Sub(a.At) > max(cooldown, ledgerKeep) })
		if len(kept) == len(attempts) {
			return nil
		}
		var b bytes.Buffer
		b.WriteString(ledgerHeader + "\n")
		for _, a := range kept {
			line, _ := json.Marshal(a)
			b.Write(append(line, '\n'))
		}
		return l.file.write(b.Bytes())
	})
	if err != nil {
		return nil, err
	}
	return l, nil
}

// Cooldown is the ledger's cool-down.
func (l *Ledger) Cooldown() time.Duration { return l.cooldown }

func (l *Ledger) now() time.Time {
	if l.Now != nil {
		return l.Now().UTC()
	}
	return time.Now().UTC()
}

// parseLedger reads a whole ledger file.
func parseLedger(path string, data []byte) ([]ledgerAttempt, error) {
	body, torn, err := ledgerBody(path, data)
	if torn || err != nil {
		return nil, err // a first write cut short; Reserve starts it again
	}
	return parseAttempts(path, body)
}

// ledgerBody checks that data (a whole file, not empty) starts with the
// header line and returns what follows it. torn reports a file holding
// only the start of a header, with no newline: a first write cut short.
func ledgerBody(path string, data []byte) (body []byte, torn bool, err error) {
	header, rest, found := bytes.Cut(data, []byte("\n"))
	if !found && strings.HasPrefix(ledgerHeader, string(header)) {
		return nil, true, nil
	}
	if string(bytes.TrimSpace(header)) != ledgerHeader {
		return nil, false, fmt.Errorf("fleet: %s is not a mailcheck ledger (want a first line %s)", path, ledgerHeader)
	}
	return rest, false, nil
}

// parseAttempts reads attempt lines after the header. A line that is not
// an attempt (the torn end of a write cut short by a crash) is skipped:
// losing one record is safer than refusing every later run.
func parseAttempts(path string, data []byte) ([]ledgerAttempt, error) {
	var out []ledgerAttempt
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 64<<10)
	for sc.Scan() {
		var a ledgerAttempt
		if json.Unmarshal(sc.Bytes(), &a) != nil || a.Account == "" || a.At.IsZero() {
			continue
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("fleet: %s: %w", path, err)
	}
	return out, nil
}

// Reserve asks to authenticate email on each of protos now. Protocols
// tried within the cool-down are returned as held, each with when it may
// be tried again; the others are recorded as attempted now, in the file,
// before Reserve returns, so that a run that dies mid-way still counts
// them.
func (l *Ledger) Reserve(email string, protos []diagnose.Protocol) (held []Skip, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	account := strings.ToLower(strings.TrimSpace(email))
	now := l.now()
	err = l.appendLocked(func(b *bytes.Buffer) {
		for _, p := range protos {
			k := ledgerKey{account, p}
			if last, ok := l.latest(k); ok && now.Sub(last) < l.cooldown {
				held = append(held, Skip{Protocol: p, LastAttempt: last, RetryAt: last.Add(l.cooldown)})
				continue
			}
			l.record(b, ledgerAttempt{Account: account, Protocol: p, At: now})
			l.mine[k] = append(l.mine[k], now)
		}
	})
	return held, err
}

// ReserveAccount reserves the protocols acct would sign in to (those it
// does not leave out with NoIMAP or NoSMTP) and leaves out the ones held,
// setting their No flag. It returns the held ones, and reports whether
// nothing is left to sign in to.
func (l *Ledger) ReserveAccount(acct *diagnose.Account) (held []Skip, none bool, err error) {
	var protos []diagnose.Protocol
	if !acct.NoIMAP {
		protos = append(protos, diagnose.ProtocolIMAP)
	}
	if !acct.NoSMTP {
		protos = append(protos, diagnose.ProtocolSMTP)
	}
	held, err = l.Reserve(acct.Email, protos)
	if err != nil {
		return nil, false, err
	}
	for _, h := range held {
		if h.Protocol == diagnose.ProtocolIMAP {
			acct.NoIMAP = true
		} else {
			acct.NoSMTP = true
		}
	}
	return held, acct.NoIMAP && acct.NoSMTP, nil
}

// appendLocked takes the file's lock, reads what other runs appended,
// and appends the lines add writes (nothing, when it writes none) in one
// write, so that other runs see all of them or none. add runs with
// what the file holds read; the caller holds l.mu.
func (l *Ledger) appendLocked(add func(b *bytes.Buffer)) error {
	return l.file.locked(func() error {
		f, err := os.OpenFile(l.file.path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o600)
		if err != nil {
			return fmt.Errorf("fleet: ledger: %w", err)
		}
		defer f.Close()
		if err := l.catchUp(f); err != nil {
			return err
		}
		var b bytes.Buffer
		switch {
		case l.offset == 0 && !l.partial:
			b.WriteString(ledgerHeader + "\n")
		case l.partial:
			b.WriteString("\n") // end a torn line so ours stand alone
		}
		start := b.Len()
		add(&b)
		if b.Len() == start {
			return nil // nothing to record
		}
		if _, err := f.Write(b.Bytes()); err != nil {
			return fmt.Errorf("fleet: ledger: %w", err)
		}
		if info, err := f.Stat(); err == nil {
			l.seen, l.offset, l.partial = info, info.Size(), false
		}
		return nil
	})
}

// record writes a as a line of b, to be appended, and takes it into
// account.
func (l *Ledger) record(b *bytes.Buffer, a ledgerAttempt) {
	line, _ := json.Marshal(a)
	b.Write(append(line, '\n'))
	l.note(a)
}

// note takes one line of the file into account: an attempt, or the
// cancelling of one (NoSignIn).
func (l *Ledger) note(a ledgerAttempt) {
	k := ledgerKey{strings.ToLower(a.Account), a.Protocol}
	ts := l.times[k]
	if a.NoSignIn {
		ts = slices.DeleteFunc(ts, func(t time.Time) bool { return t.Equal(a.At) })
	} else if !slices.ContainsFunc(ts, func(t time.Time) bool { return t.Equal(a.At) }) {
		ts = append(ts, a.At)
		slices.SortFunc(ts, time.Time.Compare)
		newest := ts[len(ts)-1]
		ts = slices.DeleteFunc(ts, func(t time.Time) bool { return newest.Sub(t) >= l.cooldown })
	}
	if len(ts) == 0 {
		delete(l.times, k)
		return
	}
	l.times[k] = ts
}

// latest returns the newest attempt of k that was not cancelled.
func (l *Ledger) latest(k ledgerKey) (time.Time, bool) {
	ts := l.times[k]
	if len(ts) == 0 {
		return time.Time{}, false
	}
	return ts[len(ts)-1], true
}

// ReleaseUnused cancels this Ledger's reservations for the protocols of
// acct that rep shows never reached the sign-in (no credentials were
// sent: the connection, the TLS handshake or the greeting failed first),
// so that fixing the settings and checking again is not held back by an
// attempt that was never made (a new CLI user's find: a certificate
// failure held the mailbox back for the whole cool-down). acct is the
// account as reserved (ReserveAccount left out the protocols it held).
func (l *Ledger) ReleaseUnused(acct diagnose.Account, rep *diagnose.Report) error {
	if rep == nil {
		return nil
	}
	// A report without its probe (Options.Lean) does not say whether
	// credentials were sent: such a reservation stays (a reviewer's find).
	var unused []diagnose.Protocol
	if !acct.NoIMAP && rep.IMAP != nil && rep.IMAP.Probe != nil && (rep.IMAP.Probe.Auth == nil || !rep.IMAP.Probe.Auth.Attempted) {
		unused = append(unused, diagnose.ProtocolIMAP)
	}
	if !acct.NoSMTP && rep.SMTP != nil && rep.SMTP.Probe != nil && (rep.SMTP.Probe.Auth == nil || !rep.SMTP.Probe.Auth.Attempted) {
		unused = append(unused, diagnose.ProtocolSMTP)
	}
	if len(unused) == 0 {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	account := strings.ToLower(strings.TrimSpace(acct.Email))
	return l.appendLocked(func(b *bytes.Buffer) {
		for _, p := range unused {
			k := ledgerKey{account, p}
			mine := l.mine[k]
			if len(mine) == 0 {
				continue
			}
			l.mine[k] = mine[1:]
			if len(l.mine[k]) == 0 {
				delete(l.mine, k)
			}
			if len(mine) > 1 {
				// This Ledger has the account in flight more than once
				// and cannot tell which reservation was this check's:
				// it releases none (the safe side).
				continue
			}
			l.record(b, ledgerAttempt{Account: account, Protocol: p, At: mine[0], NoSignIn: true})
		}
	})
}

// catchUp reads what was appended since the last look, or the whole file
// when it was replaced (another run compacted it).
func (l *Ledger) catchUp(f *os.File) error {
	info, err := f.Stat()
	if err != nil {
		return fmt.Errorf("fleet: ledger: %w", err)
	}
	if l.seen == nil || !os.SameFile(l.seen, info) || info.Size() < l.offset {
		clear(l.times)
		l.offset = 0
	}
	l.seen = info
	if info.Size() == l.offset {
		l.partial = false
		return nil
	}
	if info.Size()-l.offset > maxStateFile {
		return fmt.Errorf("fleet: %s is larger than %d MiB; not a mailcheck ledger", l.file.path, maxStateFile>>20)
	}
	data := make([]byte, info.Size()-l.offset)
	if _, err := f.ReadAt(data, l.offset); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("fleet: ledger: %w", err)
	}
	start := l.offset
	if start == 0 {
		body, torn, err := ledgerBody(l.file.path, data)
		if err != nil {
			return err
		}
		if torn { // start the file again
			if err := f.Truncate(0); err != nil {
				return fmt.Errorf("fleet: ledger: %w", err)
			}
			l.seen, _ = f.Stat()
			return nil
		}
		start += int64(len(data) - len(body))
		data = body
	}
	// Only whole lines count; a partial last line waits for its newline.
	whole := bytes.LastIndexByte(data, '\n') + 1
	attempts, err := parseAttempts(l.file.path, data[:whole])
	if err != nil {
		return err
	}
	for _, a := range attempts {
		l.note(a)
	}
	l.offset = start + int64(whole)
	l.partial = whole < len(data)
	return nil
}

package fleet

import (
	"encoding/json"
	"errors"
	"fmt"
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

// Ledger records every authentication attempt, per account and protocol,
// in a small file shared by runs (fleet and check alike), so that none
// tries the same account and protocol twice within Cooldown. It is safe
// for concurrent use, within a process and across processes.
type Ledger struct {
	// Now is the clock attempts are recorded by; nil means time.Now. It is
	// the real clock even when a diagnosis runs "as of" another date:
	// lockouts count real attempts.
	Now func() time.Time

	file     stateFile
	cooldown time.Duration
	mu       sync.Mutex
}

// ledgerData is the file's JSON.
type ledgerData struct {
	Version  int             `json:"version"`
	Attempts []ledgerAttempt `json:"attempts"`
}

type ledgerAttempt struct {
	Account  string            `json:"account"`
	Protocol diagnose.Protocol `json:"protocol"`
	At       time.Time         `json:"at"`
}

// OpenLedger opens (without creating) the ledger at path. cooldown 0
// means DefaultCooldown; a negative cooldown is an error. It fails when
// the file exists and is not a ledger.
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
	l := &Ledger{file: stateFile{path: path}, cooldown: cooldown}
	data, err := l.file.read()
	if err != nil {
		return nil, err
	}
	if _, err := parseLedger(path, data); err != nil {
		return nil, err
	}
	return l, nil
}

// Cooldown is the ledger's cool-down.
func (l *Ledger) Cooldown() time.Duration { return l.cooldown }

func parseLedger(path string, data []byte) (ledgerData, error) {
	var d ledgerData
	if len(data) == 0 {
		return ledgerData{Version: 1}, nil
	}
	if err := json.Unmarshal(data, &d); err != nil || d.Version != 1 {
		return d, fmt.Errorf("fleet: %s is not a mailcheck ledger (want JSON with \"version\": 1)", path)
	}
	return d, nil
}

// Reserve asks to authenticate email on each of protos now. Protocols
// tried within the cool-down are returned as held, each with when it may
// be tried again; the others are recorded as attempted at now, in the
// file, before Reserve returns, so that a run that dies mid-way still
// counts them.
func (l *Ledger) Reserve(email string, protos []diagnose.Protocol) (held []Skip, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	account := strings.ToLower(strings.TrimSpace(email))
	now := time.Now().UTC()
	if l.Now != nil {
		now = l.Now().UTC()
	}
	err = l.file.update(func(old []byte) (any, error) {
		d, err := parseLedger(l.file.path, old)
		if err != nil {
			return nil, err
		}
		held = nil
		d.Attempts = slices.DeleteFunc(d.Attempts, func(a ledgerAttempt) bool {
			return now.Sub(a.At) > max(l.cooldown, ledgerKeep)
		})
		var allowed []diagnose.Protocol
		for _, p := range protos {
			last, ok := lastAttempt(d.Attempts, account, p)
			if ok && now.Sub(last) < l.cooldown {
				held = append(held, Skip{Protocol: p, LastAttempt: last, RetryAt: last.Add(l.cooldown)})
				continue
			}
			allowed = append(allowed, p)
		}
		if len(allowed) == 0 {
			return nil, nil // nothing to record
		}
		for _, p := range allowed {
			d.Attempts = slices.DeleteFunc(d.Attempts, func(a ledgerAttempt) bool { return a.Account == account && a.Protocol == p })
			d.Attempts = append(d.Attempts, ledgerAttempt{Account: account, Protocol: p, At: now})
		}
		return d, nil
	})
	return held, err
}

func lastAttempt(as []ledgerAttempt, account string, p diagnose.Protocol) (time.Time, bool) {
	var last time.Time
	found := false
	for _, a := range as {
		if a.Account == account && a.Protocol == p && (!found || a.At.After(last)) {
			last, found = a.At, true
		}
	}
	return last, found
}

package fleet_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/fleet"
	"github.com/mailcheck-go/mailcheck/imapcheck"
	"github.com/mailcheck-go/mailcheck/probe"
	"github.com/mailcheck-go/mailcheck/smtpcheck"
)

var both = []diagnose.Protocol{diagnose.ProtocolIMAP, diagnose.ProtocolSMTP}

func clock(t *time.Time) func() time.Time { return func() time.Time { return *t } }

func TestLedgerHoldsWithinCooldown(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.json")
	l, err := fleet.OpenLedger(path, 0)
	require.NoError(t, err)
	assert.Equal(t, fleet.DefaultCooldown, l.Cooldown(), "zero means the documented default")
	now := asOf
	l.Now = clock(&now)

	held, err := l.Reserve("Adele@contoso.example", both)
	require.NoError(t, err)
	assert.Empty(t, held, "first attempt is allowed")

	now = asOf.Add(5 * time.Minute)
	held, err = l.Reserve("adele@contoso.example", []diagnose.Protocol{diagnose.ProtocolSMTP})
	require.NoError(t, err)
	require.Len(t, held, 1, "addresses compare without case")
	assert.Equal(t, fleet.Skip{Protocol: diagnose.ProtocolSMTP, LastAttempt: asOf, RetryAt: asOf.Add(15 * time.Minute)}, held[0])

	held, err = l.Reserve("alex@contoso.example", both)
	require.NoError(t, err)
	assert.Empty(t, held, "another account is not held")

	now = asOf.Add(15 * time.Minute)
	held, err = l.Reserve("adele@contoso.example", both)
	require.NoError(t, err)
	assert.Empty(t, held, "after the cool-down both may be tried again")

	info, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm(), "the ledger is private")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Contains(t, string(data), `{"account":"adele@contoso.example","protocol":"imap","at":"2026-12-05T09:15:00Z"}`)
	entries, err := os.ReadDir(filepath.Dir(path))
	require.NoError(t, err)
	for _, e := range entries {
		assert.NotContains(t, e.Name(), ".tmp", "no temporary file is left behind")
	}
}

// TestLedgerReserveAccount: the account's own switches decide what is
// asked for, and what is held is switched off on the account.
func TestLedgerReserveAccount(t *testing.T) {
	l, err := fleet.OpenLedger(filepath.Join(t.TempDir(), "ledger.json"), 0)
	require.NoError(t, err)
	now := asOf
	l.Now = clock(&now)

	smtpOnly := &diagnose.Account{Email: "adele@contoso.example", NoIMAP: true}
	held, none, err := l.ReserveAccount(smtpOnly)
	require.NoError(t, err)
	assert.Empty(t, held)
	assert.False(t, none)

	acct := &diagnose.Account{Email: "adele@contoso.example"}
	held, none, err = l.ReserveAccount(acct)
	require.NoError(t, err)
	require.Len(t, held, 1, "IMAP was not asked for before; SMTP was")
	assert.Equal(t, diagnose.ProtocolSMTP, held[0].Protocol)
	assert.False(t, none, "IMAP is left to sign in to")
	assert.True(t, acct.NoSMTP, "the held protocol is switched off")
	assert.False(t, acct.NoIMAP)

	again := &diagnose.Account{Email: "adele@contoso.example"}
	held, none, err = l.ReserveAccount(again)
	require.NoError(t, err)
	assert.Len(t, held, 2)
	assert.True(t, none, "both protocols are held")
	assert.True(t, again.NoIMAP && again.NoSMTP)
}

// TestLedgerTwoRunsAtOnce: two ledgers on one file, as two processes
// would hold, race for the same accounts; each account and protocol is
// granted exactly once.
func TestLedgerTwoRunsAtOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.json")
	var ls []*fleet.Ledger
	for range 2 {
		l, err := fleet.OpenLedger(path, time.Hour)
		require.NoError(t, err)
		ls = append(ls, l)
	}
	const accounts = 20
	var mu sync.Mutex
	granted := map[string]int{}
	var wg sync.WaitGroup
	for _, l := range ls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range accounts {
				email := "user" + itoa(i) + "@example.test"
				held, err := l.Reserve(email, both)
				if !assert.NoError(t, err) {
					return
				}
				mu.Lock()
				granted[email] += 2 - len(held)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	assert.Len(t, granted, accounts)
	for email, n := range granted {
		assert.Equal(t, 2, n, "%s: one grant per protocol across both runs", email)
	}
}

// TestLedgerCompacts: opening a ledger drops attempts older than a week,
// and a ledger that saw the file replaced reads it afresh.
func TestLedgerCompacts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.json")
	now := asOf.AddDate(0, 0, -8)
	l, err := fleet.OpenLedger(path, 0)
	require.NoError(t, err)
	l.Now = clock(&now)
	_, err = l.Reserve("old@example.test", both)
	require.NoError(t, err)
	now = asOf
	_, err = l.Reserve("new@example.test", both)
	require.NoError(t, err)

	other, err := fleet.OpenLedger(path, 0) // compacts: another run starting
	require.NoError(t, err)
	other.Now = clock(&now)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.NotContains(t, string(data), "old@example.test", "a week-old attempt is dropped")
	assert.Contains(t, string(data), "new@example.test")

	held, err := l.Reserve("new@example.test", both)
	require.NoError(t, err)
	assert.Len(t, held, 2, "the first ledger reads the replaced file and still holds")
	held, err = other.Reserve("new@example.test", both)
	require.NoError(t, err)
	assert.Len(t, held, 2, "and so does the second")
}

// TestLedgerTornWrite: a line cut short by a crash neither stops the next
// run nor swallows its attempts.
func TestLedgerTornWrite(t *testing.T) {
	for _, torn := range []string{
		"{\"mailcheck_ledger\":1}\n{\"account\":\"a@x.test\",\"protocol\":\"imap\",\"at\":\"2026-12-05T08:59:00Z\"}\n{\"account\":\"b@x.te",
		"{\"mailcheck_le",
	} {
		path := filepath.Join(t.TempDir(), "ledger.json")
		require.NoError(t, os.WriteFile(path, []byte(torn), 0o600))
		now := asOf
		l, err := fleet.OpenLedger(path, 0)
		require.NoError(t, err)
		l.Now = clock(&now)
		_, err = l.Reserve("c@x.test", both)
		require.NoError(t, err)

		again, err := fleet.OpenLedger(path, 0)
		require.NoError(t, err, "the file is still a ledger")
		again.Now = clock(&now)
		held, err := again.Reserve("c@x.test", both)
		require.NoError(t, err)
		assert.Len(t, held, 2, "the attempts after the torn line count")
		if strings.Contains(torn, "a@x.test") {
			held, err = again.Reserve("a@x.test", both)
			require.NoError(t, err)
			assert.Len(t, held, 1, "and so do those before it")
		}
	}
}

func TestLedgerBadInput(t *testing.T) {
	dir := t.TempDir()
	_, err := fleet.OpenLedger(filepath.Join(dir, "l.json"), -time.Second)
	assert.ErrorContains(t, err, "negative")
	_, err = fleet.OpenLedger("", 0)
	assert.Error(t, err)
	bad := filepath.Join(dir, "notes.txt")
	require.NoError(t, os.WriteFile(bad, []byte("shopping list"), 0o600))
	_, err = fleet.OpenLedger(bad, 0)
	assert.ErrorContains(t, err, "not a mailcheck ledger")
}

func itoa(i int) string { return string(rune('a'+i/10)) + string(rune('0'+i%10)) }

// TestLedgerReleasesWhatNeverSignedIn: a check that never reached the
// sign-in (the certificate failed) made no attempt, so fixing the
// settings and checking again is not held back; a protocol that did send
// credentials stays recorded, also for another Ledger on the same file
// (another run) and after reopening.
func TestLedgerReleasesWhatNeverSignedIn(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.json")
	l, err := fleet.OpenLedger(path, 0)
	require.NoError(t, err)
	now := asOf
	l.Now = clock(&now)
	other, err := fleet.OpenLedger(path, 0)
	require.NoError(t, err)
	other.Now = clock(&now)

	acct := diagnose.Account{Email: "adele@contoso.example"}
	held, none, err := l.ReserveAccount(&acct)
	require.NoError(t, err)
	require.Empty(t, held)
	require.False(t, none)
	rep := &diagnose.Report{
		IMAP: &diagnose.IMAPReport{Probe: &imapcheck.Result{Stage: probe.StageTLSHandshake}},
		SMTP: &diagnose.SMTPReport{Probe: &smtpcheck.Result{Auth: &probe.Auth{Attempted: true}}},
	}
	require.NoError(t, l.ReleaseUnused(acct, rep))

	now = asOf.Add(time.Minute)
	for name, led := range map[string]*fleet.Ledger{"same": l, "another run": other} {
		held, err = led.Reserve("adele@contoso.example", []diagnose.Protocol{diagnose.ProtocolSMTP})
		require.NoError(t, err)
		assert.Len(t, held, 1, "%s: SMTP sent credentials: held", name)
	}
	reopened, err := fleet.OpenLedger(path, 0)
	require.NoError(t, err)
	reopened.Now = clock(&now)
	held, err = reopened.Reserve("adele@contoso.example", []diagnose.Protocol{diagnose.ProtocolIMAP})
	require.NoError(t, err)
	assert.Empty(t, held, "IMAP never reached the sign-in: not held")
	held, err = other.Reserve("adele@contoso.example", []diagnose.Protocol{diagnose.ProtocolIMAP})
	require.NoError(t, err)
	assert.Len(t, held, 1, "the reopened ledger's new IMAP reservation holds for the others")
}

// TestLedgerReleaseNeverWeakensLockoutProtection: the reviewer's three
// ways a release could let a password be sent twice within a cool-down.
func TestLedgerReleaseNeverWeakensLockoutProtection(t *testing.T) {
	imapOnly := func() diagnose.Account { return diagnose.Account{Email: "adele@contoso.example", NoSMTP: true} }
	noSignIn := &diagnose.Report{IMAP: &diagnose.IMAPReport{Probe: &imapcheck.Result{Stage: probe.StageTLSHandshake}}}

	t.Run("a lean report says nothing: the reservation stays", func(t *testing.T) {
		l, err := fleet.OpenLedger(filepath.Join(t.TempDir(), "ledger.json"), 0)
		require.NoError(t, err)
		now := asOf
		l.Now = clock(&now)
		acct := imapOnly()
		_, _, err = l.ReserveAccount(&acct)
		require.NoError(t, err)
		require.NoError(t, l.ReleaseUnused(acct, &diagnose.Report{IMAP: &diagnose.IMAPReport{}}))
		held, err := l.Reserve(acct.Email, []diagnose.Protocol{diagnose.ProtocolIMAP})
		require.NoError(t, err)
		assert.Len(t, held, 1)
	})

	t.Run("one Ledger with the account in flight twice releases neither", func(t *testing.T) {
		l, err := fleet.OpenLedger(filepath.Join(t.TempDir(), "ledger.json"), 10*time.Second)
		require.NoError(t, err)
		now := asOf
		l.Now = clock(&now)
		first, second := imapOnly(), imapOnly()
		_, _, err = l.ReserveAccount(&first)
		require.NoError(t, err)
		now = asOf.Add(20 * time.Second) // past this Ledger's cool-down: a second check starts
		_, _, err = l.ReserveAccount(&second)
		require.NoError(t, err)
		require.NoError(t, l.ReleaseUnused(first, noSignIn), "the first check never signed in; the second did")
		now = asOf.Add(25 * time.Second)
		held, err := l.Reserve(first.Email, []diagnose.Protocol{diagnose.ProtocolIMAP})
		require.NoError(t, err)
		assert.Len(t, held, 1, "the second check's sign-in still holds")
	})

	t.Run("releases in any order keep an earlier real attempt", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "ledger.json")
		now := asOf
		open := func(cooldown time.Duration) *fleet.Ledger {
			l, err := fleet.OpenLedger(path, cooldown)
			require.NoError(t, err)
			l.Now = clock(&now)
			return l
		}
		real, a, b, strict := open(time.Minute), open(time.Minute), open(time.Minute), open(15*time.Minute)
		acctReal, acctA, acctB := imapOnly(), imapOnly(), imapOnly()
		_, _, err := real.ReserveAccount(&acctReal) // signs in: never released
		require.NoError(t, err)
		now = asOf.Add(time.Minute)
		_, _, err = a.ReserveAccount(&acctA)
		require.NoError(t, err)
		now = asOf.Add(2 * time.Minute)
		_, _, err = b.ReserveAccount(&acctB)
		require.NoError(t, err)
		require.NoError(t, b.ReleaseUnused(acctB, noSignIn))
		require.NoError(t, a.ReleaseUnused(acctA, noSignIn))
		now = asOf.Add(3 * time.Minute)
		held, err := strict.Reserve("adele@contoso.example", []diagnose.Protocol{diagnose.ProtocolIMAP})
		require.NoError(t, err)
		require.Len(t, held, 1, "the real sign-in at the start holds a 15-minute ledger")
		assert.Equal(t, asOf, held[0].LastAttempt)
	})
}

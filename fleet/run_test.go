package fleet_test

import (
	"context"
	"encoding/json"
	"net"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/fleet"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

func TestRunBadInput(t *testing.T) {
	srv := startScenario(t, "dovecot-postfix-ok", nil)
	accts := fleetAccounts(t, srv)
	good := accts[0]
	dup := good
	dup.Email = "  " + good.Email + " "
	dup.Line = 7
	nosecret := good
	nosecret.Password = ""
	nosecret.Email = "nobody@" + good.Email[len("alice@"):]
	bad := fleet.Account{Account: diagnose.Account{Email: "not an address"}, Line: 4}
	badPort := good
	badPort.Email = "port@example.test"
	badPort.IMAP.Port = 70000

	good.Line = 2
	dupOther := good
	dupOther.Line = 9
	dupOther.IMAP.Host = "imap.elsewhere.example"

	rep := run(t, []fleet.Account{good, bad, dup, nosecret, badPort, dupOther}, options(srv))
	assert.Equal(t, fleet.Counts{Accounts: 6, Checked: 2, Invalid: 2, Duplicate: 2, Working: 1, NoSecret: 1}, rep.Counts, "an account not signed in is not counted as working")
	byStatus := map[fleet.Status][]fleet.Result{}
	for _, r := range rep.Accounts {
		byStatus[r.Status] = append(byStatus[r.Status], r)
	}
	require.Len(t, byStatus[fleet.StatusDuplicate], 2)
	dups := map[int]fleet.Result{}
	for _, r := range byStatus[fleet.StatusDuplicate] {
		dups[r.Line] = r
	}
	assert.Equal(t, 2, dups[7].FirstLine, "the duplicate says where it was first")
	assert.False(t, dups[7].SettingsDiffer, "same settings, other spacing")
	assert.Equal(t, 2, dups[9].FirstLine)
	assert.True(t, dups[9].SettingsDiffer, "another IMAP server, not checked")
	require.Len(t, byStatus[fleet.StatusInvalid], 2)
	for _, r := range byStatus[fleet.StatusInvalid] {
		assert.NotEmpty(t, r.Error)
	}
	for _, r := range byStatus[fleet.StatusChecked] {
		if r.NoSecret {
			assert.Equal(t, "nobody@"+good.Email[len("alice@"):], r.Email)
			assert.False(t, r.IMAP.Authenticated, "no secret, no authentication")
		}
	}
	unauth := group(t, rep, good.Email[len("alice@"):]+"/imap/login_not_tried/unauthenticated")
	assert.Equal(t, 1, unauth.Count)
	assert.Contains(t, unauth.Summary, "not signed in")

	_, err := fleet.Run(t.Context(), seq(), nil)
	assert.ErrorIs(t, err, fleet.ErrNoAccounts)
}

// TestRunPasswordInEmailColumn: a password typed into the email column is
// reported invalid without the password, in the result's email or its
// error, whatever quoting would make of it.
func TestRunPasswordInEmailColumn(t *testing.T) {
	srv := startScenario(t, "dovecot-postfix-ok", nil)
	var accts []fleet.Account
	for i, pw := range []string{"Secr3t-Pw9", `Se"cr3t\Pw9`, "Sécr3t Pw9"} {
		for j, email := range []string{pw, "alice@example.test " + pw, pw + "@example.test"} {
			accts = append(accts, fleet.Account{Account: diagnose.Account{Email: email, Password: probe.Secret(pw)}, Line: 10*i + j + 1})
		}
	}
	// And in the tenant column of a good account: no group, hand-off or
	// result carries it.
	good := fleetAccounts(t, srv)[0]
	good.Tenant = "Secr3t-Pw9"
	good.Password = "Secr3t-Pw9"
	good.Line = 99
	rep := run(t, append(accts, good), options(srv))
	require.Len(t, rep.Accounts, len(accts)+1)
	out, err := json.Marshal(rep)
	require.NoError(t, err)
	assert.NotContains(t, string(out), "cr3t", "the fleet report never holds the password")
	for _, r := range rep.Accounts {
		if r.Line == 99 {
			continue
		}
		assert.Equal(t, fleet.StatusInvalid, r.Status)
		assert.NotContains(t, r.Email+" "+r.Error+" "+r.Domain, "cr3t", "line %d", r.Line)
		assert.Contains(t, r.Error, "email", "line %d", r.Line)
	}
}

// TestRunLedger: a second run within the cool-down sends no credentials
// and says when each account may be tried again.
func TestRunLedger(t *testing.T) {
	srv := startScenario(t, mailtest.TenantScenario, nil)
	accounts := fleetAccounts(t, srv)[:4]
	l, err := fleet.OpenLedger(filepath.Join(t.TempDir(), "ledger.json"), 0)
	require.NoError(t, err)
	now := time.Now().UTC().Truncate(time.Second)
	l.Now = clock(&now)
	opts := options(srv)
	opts.Ledger = l
	run(t, accounts, opts)
	first := len(srv.Records())

	rep := run(t, accounts, opts)
	assert.Equal(t, 4, rep.Counts.Skipped)
	assert.Equal(t, first, len(srv.Records()), "the held run does not connect at all")
	for _, r := range rep.Accounts {
		require.Len(t, r.Skipped, 2)
		assert.Equal(t, now.Add(fleet.DefaultCooldown), r.Skipped[0].RetryAt)
	}
}

// countingDialer records the most connections open at once.
type countingDialer struct {
	mu        sync.Mutex
	open, max int
	delay     time.Duration
}

type countedConn struct {
	net.Conn
	d    *countingDialer
	once sync.Once
}

func (c *countedConn) Close() error {
	c.once.Do(func() { c.d.mu.Lock(); c.d.open--; c.d.mu.Unlock() })
	return c.Conn.Close()
}

func (d *countingDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	d.mu.Lock()
	d.open++
	d.max = max(d.max, d.open)
	d.mu.Unlock()
	time.Sleep(d.delay) // hold the slot so diagnoses overlap
	c, err := (&net.Dialer{}).DialContext(ctx, network, addr)
	if err != nil {
		d.mu.Lock()
		d.open--
		d.mu.Unlock()
		return nil, err
	}
	return &countedConn{Conn: c, d: d}, nil
}

var _ probe.Dialer = (*countingDialer)(nil)

func TestRunLimits(t *testing.T) {
	srv := startScenario(t, mailtest.TenantScenario, nil)
	accounts := fleetAccounts(t, srv)
	for _, tc := range []struct {
		name           string
		limit, perHost int
		// An account opens at most two connections at once, one per
		// protocol: the fake greets at once, so no probe spends a third
		// on telling a wrong TLS mode from a silent server, and a
		// diagnosis keeps its place until its goodbyes have closed their
		// connections (diagnose.Options.WaitForGoodbye).
		most int
	}{{"per host", 0, 2, 2 * 2}, {"in all", 3, 100, 3 * 2}} {
		t.Run(tc.name, func(t *testing.T) {
			d := &countingDialer{delay: 20 * time.Millisecond}
			opts := options(srv)
			opts.Limit, opts.PerHost = tc.limit, tc.perHost
			opts.Diagnose.Dialer = d
			run(t, accounts, opts)
			assert.LessOrEqual(t, d.max, tc.most)
			assert.Greater(t, d.max, 2, "diagnoses do overlap")
			assert.Less(t, tc.most, 12*2, "the bound is below what twelve accounts at once would open")
		})
	}
}

// TestRunInterrupted: cancelling mid-run returns what finished, marked
// interrupted, with the context's error.
func TestRunInterrupted(t *testing.T) {
	srv := startScenario(t, mailtest.TenantScenario, nil)
	accounts := fleetAccounts(t, srv)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	opts := options(srv)
	opts.Limit = 1
	opts.OnResult = func(r fleet.Result) {
		if r.Status == fleet.StatusChecked {
			cancel()
		}
	}
	rep, err := fleet.Run(ctx, seq(accounts...), opts)
	require.ErrorIs(t, err, context.Canceled)
	require.NotNil(t, rep)
	assert.True(t, rep.Interrupted)
	// The first account to finish cancels; the one that took its slot
	// meanwhile is in flight and ends with its result; no other starts.
	assert.GreaterOrEqual(t, rep.Counts.Checked, 1)
	assert.LessOrEqual(t, rep.Counts.Checked, 2)
	assert.Positive(t, rep.Counts.Interrupted, "accounts read but not started are interrupted")
	assert.Less(t, rep.Counts.Accounts, len(accounts), "the stream is not read past the interruption")
	assert.NotEmpty(t, rep.Groups, "what finished is grouped")
}

// TestRunInterruptedLetsInFlightEnd: an account whose sign-in is under way
// when the run is cancelled ends with its own result (its budget bounds
// it), so the attempt the ledger records is not thrown away; accounts not
// yet started are not started.
func TestRunInterruptedLetsInFlightEnd(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var conns []net.Conn
	var mu sync.Mutex
	// Run stops reading the stream once ctx ends, so the Ctrl-C waits
	// until all three accounts have been read: on a loaded machine the
	// first connection can arrive before Run has read the second.
	read := make(chan struct{})
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			<-read
			cancel() // a sign-in is under way: Ctrl-C
		}
	}()
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	}()
	ledger, err := fleet.OpenLedger(filepath.Join(t.TempDir(), "ledger.json"), 0)
	require.NoError(t, err)
	acct := func(email string) fleet.Account {
		return fleet.Account{Account: diagnose.Account{Email: email, Password: "pw-secret",
			IMAP: endpoint(t, l.Addr().String(), probe.SecurityTLS), NoSMTP: true}}
	}
	opts := &fleet.Options{Limit: 1, PerHost: 1, Ledger: ledger,
		Diagnose: &diagnose.Options{Budget: time.Second, Now: func() time.Time { return asOf }}}
	accounts := func(yield func(fleet.Account) bool) {
		defer close(read)
		for _, e := range []string{"a@b.example", "c@b.example", "d@b.example"} {
			if !yield(acct(e)) {
				return
			}
		}
	}
	rep, err := fleet.Run(ctx, accounts, opts)
	require.ErrorIs(t, err, context.Canceled)
	require.NotNil(t, rep)
	assert.True(t, rep.Interrupted)
	require.Len(t, rep.Accounts, 3)
	checked := 0
	for _, r := range rep.Accounts {
		held, err := ledger.Reserve(r.Email, []diagnose.Protocol{diagnose.ProtocolIMAP})
		require.NoError(t, err)
		if r.Status == fleet.StatusChecked {
			checked++
			require.NotNil(t, r.IMAP, "the diagnosis in flight ends with its result")
			// The silent server never let it reach the sign-in: no
			// credentials were sent, and the reservation is released.
			assert.Empty(t, held, "a check that never signed in holds nothing back")
			continue
		}
		assert.Equal(t, fleet.StatusInterrupted, r.Status)
		assert.Empty(t, held, "an account never started is not recorded as attempted")
	}
	assert.Equal(t, 1, checked, "the diagnosis in flight ends with its result; no other starts")
}

// TestRunResumesTLS: a run shares one TLS session cache, so after the
// first handshakes the fake's connections resume, each still verified;
// a caller who turns session tickets off gets a full handshake every time.
func TestRunResumesTLS(t *testing.T) {
	srv := startScenario(t, mailtest.TenantScenario, nil)
	accounts := fleetAccounts(t, srv)
	count := func(opts *fleet.Options) (resumed, full int) {
		opts.Limit = 1                         // one at a time, so every later account finds a session
		opts.OnResult = func(r fleet.Result) { // calls never overlap
			for _, tls := range []*probe.TLSInfo{r.Report.IMAP.Probe.TLS, r.Report.SMTP.Probe.TLS} {
				if !assert.NotNil(t, tls, r.Email) {
					continue
				}
				assert.True(t, tls.Verified, "%s: resumed or not, the chain is verified", r.Email)
				assert.NotEmpty(t, tls.Chain, "%s: and shown", r.Email)
				if tls.Resumed {
					resumed++
				} else {
					full++
				}
			}
		}
		run(t, accounts, opts)
		return resumed, full
	}

	resumed, full := count(options(srv))
	// One full handshake per listener (IMAP's and SMTP's ports); TLS 1.3
	// tickets may be taken in a little late, so allow one more each.
	assert.LessOrEqual(t, full, 4, "full handshakes")
	assert.Equal(t, 2*len(accounts), resumed+full)

	opts := options(srv)
	opts.Diagnose.TLSConfig.SessionTicketsDisabled = true
	resumed, full = count(opts)
	assert.Zero(t, resumed, "tickets off: no resumption")
	assert.Equal(t, 2*len(accounts), full)
}

package diagnose_test

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/internal/scriptserver"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

// TestPrimaryIsTheVerdictsFinding is the case from the field: IMAP refuses
// the password while nothing listens for SMTP. The verdict is SMTP's
// connection_refused (reaching the server comes before signing in), so
// Primary, Findings[0] and Summary must all say so, not IMAP's refusal.
func TestPrimaryIsTheVerdictsFinding(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-wrong-password")
	acct := srv.Accounts()[0]
	rep, err := diagnose.Diagnose(t.Context(), diagnose.Account{
		Email: acct.Email, Username: acct.Login(), Password: probe.Secret(acct.Password),
		IMAP: endpoint(t, srv.IMAPTLS, probe.SecurityTLS),
		SMTP: diagnose.Endpoint{Host: "127.0.0.1", Port: scriptserver.ClosedPort(t), Security: probe.SecurityTLS},
	}, &diagnose.Options{TLSConfig: srv.ClientTLSConfig()})
	require.NoError(t, err)
	require.Equal(t, diagnose.CodeInvalidCredentials, rep.IMAP.Code)
	require.Equal(t, diagnose.CodeConnectionRefused, rep.SMTP.Code)

	p := rep.Primary()
	assert.Equal(t, diagnose.CodeConnectionRefused, rep.Verdict.Code)
	assert.Equal(t, "smtp", rep.Verdict.DecidedBy)
	assert.Equal(t, diagnose.CodeConnectionRefused, p.Code)
	assert.Equal(t, diagnose.ProtocolSMTP, p.Protocol)
	assert.Equal(t, p, rep.Findings[0], "the deciding finding comes first")
	assert.Equal(t, diagnose.CodeInvalidCredentials, rep.Findings[1].Code, "IMAP's refusal is still reported")
	assert.Contains(t, rep.Summary, ": connection_refused (SMTP)")
	assertAgree(t, rep)
}

// TestPrimaryOK: a working account's primary finding is an ok note that
// says what the verdict says.
func TestPrimaryOK(t *testing.T) {
	rep := &diagnose.Report{Verdict: diagnose.Verdict{Code: diagnose.CodeOK, Reason: "IMAP and SMTP both work.", DecidedBy: "both"},
		Findings: []diagnose.Finding{{Code: diagnose.CodeOK, Severity: diagnose.SeverityInfo, Summary: "a guessed server"}}}
	p := rep.Primary()
	assert.Equal(t, diagnose.CodeOK, p.Code)
	assert.Equal(t, "IMAP and SMTP both work.", p.Summary, "an ok verdict's note is not a discovery note")
	assert.Equal(t, diagnose.SeverityInfo, p.Severity)
	assert.NotNil(t, p.Alternatives)

	var none *diagnose.Report
	assert.Equal(t, diagnose.CodeUnknown, none.Primary().Code, "a nil report does not panic")
	assert.Nil(t, none.Lean())
}

// TestLeanReport: the lean form drops the probes' raw results, keeps the
// answer, and is small enough to store per check.
func TestLeanReport(t *testing.T) {
	srv := mailtest.NewTestServer(t, "microsoft365-imap-basic-auth-retired")
	acct := srv.Accounts()[0]
	a := diagnose.Account{Email: acct.Email, Password: probe.Secret(acct.Password),
		IMAP: endpoint(t, srv.IMAPTLS, probe.SecurityTLS), SMTP: endpoint(t, srv.SMTPStartTLS, probe.SecurityStartTLS)}
	full, err := diagnose.Diagnose(t.Context(), a, &diagnose.Options{TLSConfig: srv.ClientTLSConfig()})
	require.NoError(t, err)
	require.NotNil(t, full.IMAP.Probe)
	require.NotEmpty(t, full.IMAP.Probe.Transcript)

	lean, err := diagnose.Diagnose(t.Context(), a, &diagnose.Options{TLSConfig: srv.ClientTLSConfig(), Lean: true})
	require.NoError(t, err)
	assert.Nil(t, lean.IMAP.Probe)
	assert.Nil(t, lean.SMTP.Probe)
	assert.Equal(t, full.Verdict, lean.Verdict)
	assert.Equal(t, full.Primary().Code, lean.Primary().Code)

	fullJS, err := json.Marshal(full)
	require.NoError(t, err)
	leanJS, err := json.Marshal(full.Lean())
	require.NoError(t, err)
	assert.NotContains(t, string(leanJS), `"transcript"`)
	assert.NotContains(t, string(leanJS), `"probe":`)
	// Two findings with Microsoft's long remediation text are most of
	// what is left; the figures are in docs/report.md.
	assert.Less(t, len(leanJS), 16<<10, "a lean report is a few KB")
	assert.Less(t, len(leanJS), len(fullJS)*2/3, "the probes' results are a large part of a full report")
	t.Logf("report JSON: full %d bytes, lean %d bytes", len(fullJS), len(leanJS))

	// Lean copies: changing it leaves the original alone.
	l := full.Lean()
	l.Findings[0].Alternatives = append(l.Findings[0].Alternatives, diagnose.Alternative{Code: "x"})
	l.Findings[0].Remediation.UserSteps[0] = "changed"
	assert.NotEqual(t, "changed", full.Findings[0].Remediation.UserSteps[0])
	assert.NotNil(t, full.IMAP.Probe)
}

// TestBudgetRunsOut: a server that never greets, under a short budget.
// The diagnosis answers with a timeout finding and BudgetExhausted or a
// timed-out step, and no error: a budget is the caller's, so running out
// of it is news about the server, not a failure of the call.
func TestBudgetRunsOut(t *testing.T) {
	srv := mailtest.NewTestServer(t, "no-greeting")
	acct := srv.Accounts()[0]
	rep, err := diagnose.Diagnose(t.Context(), diagnose.Account{
		Email: acct.Email, Password: probe.Secret(acct.Password),
		IMAP: endpoint(t, srv.IMAPTLS, probe.SecurityTLS), NoSMTP: true,
	}, &diagnose.Options{TLSConfig: srv.ClientTLSConfig(), Budget: 1500 * time.Millisecond})
	require.NoError(t, err, "a budget that runs out is a finding")
	require.NotNil(t, rep.IMAP)
	assert.Equal(t, diagnose.CodeConnectionTimeout, rep.IMAP.Code)
	assert.Equal(t, int64(1500), rep.BudgetMS)
	// The greeting wait gets 40 % of the budget (600 ms), so the probe
	// reaches the greeting's timeout, and after it the mode check, within
	// the budget instead of the greeting wait eating it all.
	var greeting *probe.Step
	for i, st := range rep.IMAP.Probe.Steps {
		if st.Stage == probe.StageGreeting {
			greeting = &rep.IMAP.Probe.Steps[i]
		}
	}
	require.NotNil(t, greeting, "the greeting stage ran")
	assert.Equal(t, probe.OutcomeFailed, greeting.Outcome)
	assert.Less(t, greeting.ElapsedMS, 1400.0, "one step may not use the whole budget")
	assertAgree(t, rep)
}

// TestBudgetExhaustedIsReported: a server that answers every line 200 ms
// late, in pieces, makes progress at every step, so no single step times
// out on its own; the check runs out of a 1 s budget (or a step of its
// 400 ms share), and the report says so instead of pretending the check
// finished.
func TestBudgetExhaustedIsReported(t *testing.T) {
	srv := mailtest.NewTestServer(t, "slow-server")
	acct := srv.Accounts()[0]
	a := diagnose.Account{Email: acct.Email, Password: probe.Secret(acct.Password),
		IMAP: endpoint(t, srv.IMAPTLS, probe.SecurityTLS), SMTP: endpoint(t, srv.SMTPTLS, probe.SecurityTLS)}
	rep, err := diagnose.Diagnose(t.Context(), a, &diagnose.Options{TLSConfig: srv.ClientTLSConfig(), Budget: time.Second})
	require.NoError(t, err, "a budget that runs out is a finding")
	assert.True(t, rep.BudgetExhausted)
	assert.NotEqual(t, diagnose.CodeOK, rep.Verdict.Code, "an unfinished check is not a success")
	// Either the whole budget ran out or a step timed out at its 400 ms
	// share first (under load, EHLO's slow lines can); the Reason says
	// which, never one for the other.
	assert.Regexp(t, `The 1s time budget ran out|step timed out (at|after [0-9.]+m?s: )its 400ms share of the 1s time budget(, stretched while the server's reply was still arriving)? \(the budget itself did not run out\)`, rep.Verdict.Reason)
	assertAgree(t, rep)
}

// TestSlowServerFitsItsBudget: a server that answers every line 220 ms
// late needs about 2.4 s for its eleven-line EHLO reply and about 3 s in
// all, which a 4 s budget holds; only one step's 1.6 s share does not.
// The share is for a server gone quiet: a reply still arriving stretches
// it (up to twice), so the check finishes instead of saying the server
// stopped answering (a reviewer's find: it did, at --timeout 3s and 4s).
func TestSlowServerFitsItsBudget(t *testing.T) {
	sc, ok := mailtest.Lookup("slow-server")
	require.True(t, ok)
	sc.Fault.SlowDrip = 220 * time.Millisecond
	srv, err := mailtest.NewServer(sc)
	require.NoError(t, err)
	t.Cleanup(srv.Close)
	acct := srv.Accounts()[0]
	a := diagnose.Account{Email: acct.Email, Password: probe.Secret(acct.Password),
		SMTP: endpoint(t, srv.SMTPTLS, probe.SecurityTLS), NoIMAP: true}
	rep, err := diagnose.Diagnose(t.Context(), a, &diagnose.Options{TLSConfig: srv.ClientTLSConfig(), Budget: 4 * time.Second})
	require.NoError(t, err)
	assert.Equal(t, diagnose.CodeOK, rep.Verdict.Code, "a slow server that answers within the budget works: %s", rep.Verdict.Reason)
	assert.False(t, rep.BudgetExhausted)
	assert.False(t, rep.Interrupted)
}

// TestCancelReturnsPartialReport: the caller cancels while the server is
// silent. Diagnose stops at once and returns what it saw together with
// context.Canceled, so the caller cannot take it for a diagnosis.
func TestCancelReturnsPartialReport(t *testing.T) {
	srv := mailtest.NewTestServer(t, "no-greeting")
	acct := srv.Accounts()[0]
	ctx, cancel := context.WithCancel(t.Context())
	steps := make(chan struct{}, 16)
	opts := &diagnose.Options{TLSConfig: srv.ClientTLSConfig(), Progress: func(_ diagnose.Protocol, st probe.Step) {
		if st.Stage == probe.StageTLSHandshake {
			steps <- struct{}{}
		}
	}}
	go func() {
		<-steps // connected and TLS done: now the greeting wait
		cancel()
	}()
	rep, err := diagnose.Diagnose(ctx, diagnose.Account{Email: acct.Email, Password: probe.Secret(acct.Password),
		IMAP: endpoint(t, srv.IMAPTLS, probe.SecurityTLS), NoSMTP: true}, opts)
	require.Error(t, err)
	assert.True(t, errors.Is(err, context.Canceled))
	require.NotNil(t, rep, "the partial report comes back")
	require.NotNil(t, rep.IMAP)
	assert.False(t, rep.BudgetExhausted, "the caller canceled; the budget did not run out")
	assert.True(t, rep.Interrupted, "the report says it was cut short, for whoever keeps it")
	assert.Equal(t, probe.StageGreeting, rep.IMAP.Stage, "it stopped where it was waiting")
	// The stop is the caller's, not a failed server (an embedding
	// developer's find: "could not name the cause ... send this report
	// to your provider's support").
	assert.Equal(t, diagnose.CodeInterrupted, rep.IMAP.Code)
	assert.Equal(t, diagnose.CodeInterrupted, rep.Verdict.Code)
	p := rep.Primary()
	assert.Equal(t, diagnose.CodeInterrupted, p.Code)
	assert.Equal(t, diagnose.SeverityWarning, p.Severity)
	assert.Contains(t, p.Summary, "Checked: connect, tls_handshake.", "it says what was checked")
	require.NotNil(t, p.Remediation)
	assert.NotContains(t, strings.Join(p.Remediation.UserSteps, " "), "support")
}

// TestInvalidOptions: a negative budget or stage timeout is the caller's
// mistake.
func TestInvalidOptions(t *testing.T) {
	a := diagnose.Account{Email: "a@example.com", IMAP: diagnose.Endpoint{Host: "127.0.0.1", Port: 1}, NoSMTP: true}
	for _, o := range []*diagnose.Options{{Budget: -time.Second}, {StageTimeout: -time.Second}} {
		rep, err := diagnose.Diagnose(t.Context(), a, o)
		assert.ErrorIs(t, err, diagnose.ErrInvalidOptions)
		assert.Nil(t, rep)
	}
}

// TestPerProtocolUsername: each probe logs in with its own protocol's
// name, and falls back to Username.
func TestPerProtocolUsername(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	acct := srv.Accounts()[0]
	a := diagnose.Account{Email: acct.Email, Username: "common", IMAPUsername: "imap-only", Password: probe.Secret(acct.Password),
		IMAP: endpoint(t, srv.IMAPTLS, probe.SecurityTLS), SMTP: endpoint(t, srv.SMTPTLS, probe.SecurityTLS)}
	rep, err := diagnose.Diagnose(t.Context(), a, &diagnose.Options{TLSConfig: srv.ClientTLSConfig()})
	require.NoError(t, err)
	assert.Equal(t, "imap-only", rep.IMAP.Probe.Username)
	assert.Equal(t, "common", rep.SMTP.Probe.Username)
}

// TestExplainNamesTheMailbox: with the mailbox in Hints, Explain's steps
// name it; without, they carry a placeholder. The code is the same.
func TestExplainNamesTheMailbox(t *testing.T) {
	const text = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox."
	bare := diagnose.Explain(text, diagnose.Hints{})
	named := diagnose.Explain(text, diagnose.Hints{Email: "alice@contoso.com"})
	require.NotNil(t, bare.Remediation)
	require.NotNil(t, named.Remediation)
	assert.Equal(t, bare.Code, named.Code, "the mailbox does not change the reading")
	all := func(f diagnose.Finding) string {
		return strings.Join(append(append([]string{f.Remediation.Explanation}, f.Remediation.UserSteps...), f.Remediation.AdminSteps...), "\n")
	}
	assert.Contains(t, all(bare), "<user@example.com>")
	assert.Contains(t, all(named), "alice@contoso.com")
	assert.NotContains(t, all(named), "<user@example.com>")
}

// TestCallerContextEnds: a ctx canceled before the call, or whose own
// deadline passes during it, is the caller's news: the partial report
// comes back with ctx's error (the budget is the way to bound a check
// whose answer is wanted).
func TestCallerContextEnds(t *testing.T) {
	// A server that accepts and then says nothing, not even TLS: every
	// attempt waits until a deadline ends it.
	srv := scriptserver.Start(t, nil, func(c *scriptserver.Conn) { c.Silent() })
	a := diagnose.Account{Email: "alice@example.test", Password: "pw",
		IMAP: diagnose.Endpoint{Host: srv.Host, Port: srv.Port, Security: probe.SecurityTLS}, NoSMTP: true}
	opts := &diagnose.Options{}

	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	rep, err := diagnose.Diagnose(ctx, a, opts)
	assert.ErrorIs(t, err, context.Canceled)
	require.NotNil(t, rep)
	assert.NotEqual(t, diagnose.CodeOK, rep.Verdict.Code, "nothing was observed, so nothing works")

	ctx, cancel = context.WithTimeout(t.Context(), 300*time.Millisecond)
	defer cancel()
	rep, err = diagnose.Diagnose(ctx, a, opts) // the silent handshake outlasts ctx
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	require.NotNil(t, rep)
	assert.False(t, rep.BudgetExhausted, "the caller's deadline is not the budget")
	assert.True(t, rep.Interrupted, "the caller's deadline cut the check short")
	assert.Equal(t, diagnose.CodeInterrupted, rep.IMAP.Code, "a deadline is the caller's stop, not a silent server: %s", rep.IMAP.Summary)
	assert.Equal(t, probe.StageTLSHandshake, rep.IMAP.Stage)

	// A budget shorter than the caller's deadline is the check's own
	// bound: the silent server is a finding.
	ctx, cancel = context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	rep, err = diagnose.Diagnose(ctx, a, &diagnose.Options{Budget: 400 * time.Millisecond})
	require.NoError(t, err)
	assert.False(t, rep.Interrupted)
	assert.Equal(t, diagnose.CodeConnectionTimeout, rep.IMAP.Code)
}

// TestCallerEndKeepsFinishedAnswers: a protocol whose answer came before
// the caller's context ended keeps it; only the one still waiting reads
// interrupted, and a working protocol beside it does not make the
// verdict ok.
func TestCallerEndKeepsFinishedAnswers(t *testing.T) {
	silent := scriptserver.Start(t, nil, func(c *scriptserver.Conn) { c.Silent() })
	for _, name := range []string{"gmail-bad-credentials", "gmail-ok"} {
		t.Run(name, func(t *testing.T) {
			srv := mailtest.NewTestServer(t, name)
			acct := srv.Accounts()[0]
			ctx, cancel := context.WithCancel(t.Context())
			opts := &diagnose.Options{TLSConfig: srv.ClientTLSConfig(), Progress: func(p diagnose.Protocol, st probe.Step) {
				// IMAP's last step: its answer is known, and SMTP still
				// waits on a silent peer.
				if p == diagnose.ProtocolIMAP && (st.Stage == probe.StageMailbox || st.Outcome == probe.OutcomeFailed) {
					cancel()
				}
			}}
			a := diagnose.Account{Email: acct.Email, Password: probe.Secret(acct.Password),
				IMAP: endpoint(t, srv.IMAPTLS, probe.SecurityTLS),
				SMTP: diagnose.Endpoint{Host: silent.Host, Port: silent.Port, Security: probe.SecurityTLS}}
			rep, err := diagnose.Diagnose(ctx, a, opts)
			require.ErrorIs(t, err, context.Canceled)
			require.NotNil(t, rep.IMAP)
			require.NotNil(t, rep.SMTP)
			assert.Equal(t, diagnose.CodeInterrupted, rep.SMTP.Code)
			assert.NotEqual(t, diagnose.CodeInterrupted, rep.IMAP.Code, "IMAP's answer came before the stop")
			assert.NotEqual(t, diagnose.CodeOK, rep.Verdict.Code, "SMTP was not checked: %s", rep.Verdict.Reason)
		})
	}
}

// TestPrimaryOfWorkingAccount: when everything works, Primary carries the
// remediation of a working account, worded for this mailbox (an embedding
// developer rendered "the sign-in for <user@example.com>" from it), and at
// Microsoft 365 the note on password sending's retirement.
func TestPrimaryOfWorkingAccount(t *testing.T) {
	for _, tc := range []struct{ scenario, title string }{
		{"gmail-ok", "Everything mailcheck tried worked"},
		{"microsoft365-ok", "retirement path"},
	} {
		t.Run(tc.scenario, func(t *testing.T) {
			srv := mailtest.NewTestServer(t, tc.scenario)
			acct := srv.Accounts()[0]
			rep, err := diagnose.Diagnose(t.Context(), diagnose.Account{Email: acct.Email, Password: probe.Secret(acct.Password),
				IMAP: endpoint(t, srv.IMAPTLS, probe.SecurityTLS), SMTP: endpoint(t, srv.SMTPStartTLS, probe.SecurityStartTLS)},
				&diagnose.Options{TLSConfig: srv.ClientTLSConfig(), AsOf: time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)})
			require.NoError(t, err)
			require.Equal(t, diagnose.CodeOK, rep.Verdict.Code)
			p := rep.Primary()
			require.NotNil(t, p.Remediation)
			assert.Contains(t, p.Remediation.Title, tc.title)
			assert.Equal(t, "2026-12-07", p.Remediation.AsOf, "worded for the report's day")
			text := diagnose.RenderRemediation(p, diagnose.AudienceUser)
			assert.NotContains(t, text, "<user@example.com>")
			assert.NotContains(t, text, "{email}")
		})
	}

	// Signed in with OAuth, the Microsoft 365 account gets no advice to
	// move to OAuth: the general note.
	srv := mailtest.NewTestServer(t, "microsoft365-ok")
	acct := srv.Accounts()[0]
	require.NotEmpty(t, acct.Token)
	rep, err := diagnose.Diagnose(t.Context(), diagnose.Account{Email: acct.Email, Username: acct.Login(), Token: probe.Secret(acct.Token),
		IMAP: endpoint(t, srv.IMAPTLS, probe.SecurityTLS), SMTP: endpoint(t, srv.SMTPStartTLS, probe.SecurityStartTLS)},
		&diagnose.Options{TLSConfig: srv.ClientTLSConfig()})
	require.NoError(t, err)
	require.Equal(t, diagnose.CodeOK, rep.Verdict.Code, rep.Verdict.Reason)
	p := rep.Primary()
	require.NotNil(t, p.Remediation)
	assert.Equal(t, "Everything mailcheck tried worked", p.Remediation.Title)
}

// TestCallerDeadlineInDNSAndSkewedClock: a caller's deadline that ends a
// DNS look-up (Go's resolver reports it as a DNS time-out) is the caller's
// stop, not a failed resolver; and a caller's clock (Options.Now) set
// apart from the machine's does not change which stop was the caller's
// (a reviewer's finds).
func TestCallerDeadlineInDNSAndSkewedClock(t *testing.T) {
	// Go's own resolver, whose queries never leave: its dial waits for
	// the look-up's context to end.
	stuck := &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
		<-ctx.Done()
		return nil, ctx.Err()
	}}
	a := diagnose.Account{Email: "alice@example.test", Password: "pw",
		IMAP: diagnose.Endpoint{Host: "imap.example.test", Port: 993, Security: probe.SecurityTLS}, NoSMTP: true}
	ctx, cancel := context.WithTimeout(t.Context(), 500*time.Millisecond)
	defer cancel()
	rep, err := diagnose.Diagnose(ctx, a, &diagnose.Options{Resolver: stuck})
	require.ErrorIs(t, err, context.DeadlineExceeded)
	require.NotNil(t, rep.IMAP)
	assert.Equal(t, diagnose.CodeInterrupted, rep.IMAP.Code, rep.IMAP.Summary)

	silent := scriptserver.Start(t, nil, func(c *scriptserver.Conn) { c.Silent() })
	a = diagnose.Account{Email: "alice@example.test", Password: "pw",
		IMAP: diagnose.Endpoint{Host: silent.Host, Port: silent.Port, Security: probe.SecurityTLS}, NoSMTP: true}
	for _, skew := range []time.Duration{-5 * time.Minute, 5 * time.Minute} {
		ctx, cancel := context.WithTimeout(t.Context(), 600*time.Millisecond)
		rep, err := diagnose.Diagnose(ctx, a, &diagnose.Options{Now: func() time.Time { return time.Now().Add(skew) }})
		cancel()
		require.ErrorIs(t, err, context.DeadlineExceeded)
		assert.Equal(t, diagnose.CodeInterrupted, rep.IMAP.Code, "clock %v: %s", skew, rep.IMAP.Summary)
	}
}

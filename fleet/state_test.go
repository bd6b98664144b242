package fleet_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/fleet"
	"github.com/mailcheck-go/mailcheck/mailtest"
)

func kinds(cs []fleet.Change) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Kind)
	}
	return out
}

func TestDrift(t *testing.T) {
	nov20 := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)
	facts := fleet.Facts{Host: "smtp.office365.com", Port: 587, Greeting: "BY1PR10CA0041.outlook.office365.com Microsoft ESMTP MAIL Service ready at Mon, 1 Jun 2015 12:00:00 +0000",
		Mechanisms: []string{"LOGIN", "PLAIN", "XOAUTH2"}, TLSVersion: "TLS 1.3", CertSHA256: "aa", CertNotAfter: nov20.AddDate(0, 1, 0)}
	okState := fleet.ProtocolState{Code: diagnose.CodeOK, CheckedAt: nov20, LastOK: nov20, Authenticated: true, Facts: facts}

	t.Run("stopped working", func(t *testing.T) {
		cur := fleet.ProtocolState{Code: diagnose.CodeProtocolDisabled, Summary: "SMTP AUTH is disabled for the tenant", CheckedAt: asOf, LastOK: nov20, Authenticated: true, Facts: facts}
		cs := fleet.Drift(diagnose.ProtocolSMTP, okState, cur)
		require.Equal(t, []string{"stopped_working"}, kinds(cs))
		assert.Equal(t, "worked on 2026-11-20; since then SMTP fails: SMTP AUTH is disabled for the tenant (protocol_disabled)", cs[0].Text)
	})
	t.Run("server facts", func(t *testing.T) {
		f := facts
		f.CertSHA256, f.CertNotAfter = "bb", asOf.AddDate(0, 3, 0)
		f.Mechanisms = []string{"LOGIN", "XOAUTH2"}
		f.TLSVersion = "TLS 1.2"
		f.Greeting = "BY5PR04CA0002.outlook.office365.com Microsoft ESMTP MAIL Service ready at Sat, 5 Dec 2026 09:00:00 +0000"
		cs := fleet.Drift(diagnose.ProtocolSMTP, okState, fleet.ProtocolState{Code: diagnose.CodeOK, CheckedAt: asOf, LastOK: asOf, Authenticated: true, Facts: f})
		assert.Equal(t, []string{"certificate_replaced", "mechanism_removed", "tls_version_changed"}, kinds(cs), "a new server id and date in the banner is not a change")
		assert.Equal(t, "SMTP PLAIN no longer offered", cs[1].Text)
		assert.Equal(t, "SMTP certificate replaced (the old one would have been valid until "+facts.CertNotAfter.Format(time.DateOnly)+"; the new one is valid until "+f.CertNotAfter.Format(time.DateOnly)+")", cs[0].Text)
		// An old certificate that ended before the check had expired.
		expired := okState
		expired.Facts.CertNotAfter = asOf.AddDate(0, 0, -2)
		cs = fleet.Drift(diagnose.ProtocolSMTP, expired, fleet.ProtocolState{Code: diagnose.CodeOK, CheckedAt: asOf, LastOK: asOf, Authenticated: true, Facts: f})
		assert.Contains(t, cs[0].Text, "the old one had expired on "+asOf.AddDate(0, 0, -2).Format(time.DateOnly))
	})
	t.Run("other software", func(t *testing.T) {
		f := facts
		f.Greeting = "mail.contoso.example ESMTP Postfix (Debian/GNU)"
		f.Host = "mail.contoso.example"
		cs := fleet.Drift(diagnose.ProtocolSMTP, okState, fleet.ProtocolState{Code: diagnose.CodeOK, Authenticated: true, Facts: f})
		assert.Equal(t, []string{"server_changed", "greeting_changed"}, kinds(cs))
	})
	t.Run("works again", func(t *testing.T) {
		bad := okState
		bad.Code = diagnose.CodeInvalidCredentials
		cs := fleet.Drift(diagnose.ProtocolIMAP, bad, okState)
		assert.Equal(t, []string{"works_again"}, kinds(cs))
		require.False(t, bad.LastOK.IsZero(), "the earlier state saw it work")
		assert.Contains(t, cs[0].Text, "IMAP works again")
		never := bad
		never.LastOK = time.Time{}
		cs = fleet.Drift(diagnose.ProtocolIMAP, never, okState)
		assert.Equal(t, []string{"works_again"}, kinds(cs), "the kind stays: scripts read it")
		assert.Contains(t, cs[0].Text, "IMAP now works", "never seen working: not \"again\"")
	})
	t.Run("unauthenticated says nothing about sign-in", func(t *testing.T) {
		cs := fleet.Drift(diagnose.ProtocolIMAP, okState, fleet.ProtocolState{Code: diagnose.CodeOK, Facts: facts})
		assert.Empty(t, cs)
	})
}

// TestStateAcrossRuns: a mailbox that worked on one run and is refused on
// the next says so, with the date it last worked, and the fake's new
// certificate shows as replaced. The state file never holds a secret.
func TestStateAcrossRuns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	first := startScenario(t, "microsoft365-ok", nil)
	// The fakes' certificates are issued against the real clock, so the
	// runs are a day apart after it rather than weeks before.
	then, next := asOf, asOf.Add(24*time.Hour)

	st, err := fleet.OpenState(path)
	require.NoError(t, err)
	opts := options(first)
	opts.State = st
	opts.Diagnose.Now = func() time.Time { return then }
	accounts := fleetAccounts(t, first)
	rep := run(t, accounts, opts)
	assert.Empty(t, rep.Accounts[0].Changes, "nothing to compare with on the first run")
	require.NoError(t, st.Save())

	second := startScenario(t, "microsoft365-smtp-auth-disabled-tenant", nil)
	st, err = fleet.OpenState(path)
	require.NoError(t, err)
	last, ok := st.Last("adele@contoso.example")
	require.True(t, ok)
	require.NotNil(t, last.SMTP)
	assert.Equal(t, then, last.SMTP.LastOK)
	assert.NotEmpty(t, last.SMTP.Facts.CertSHA256)
	assert.Contains(t, last.SMTP.Facts.Mechanisms, "XOAUTH2")

	opts = options(second)
	opts.State = st
	opts.Diagnose.Now = func() time.Time { return next }
	rep = run(t, fleetAccounts(t, second), opts)
	require.NoError(t, st.Save())
	var smtp []fleet.Change
	for _, c := range rep.Accounts[0].Changes {
		if c.Protocol == diagnose.ProtocolSMTP {
			smtp = append(smtp, c)
		}
	}
	require.Contains(t, kinds(smtp), "stopped_working")
	assert.Contains(t, smtp[0].Text, "worked on 2026-12-05; since then SMTP fails:")
	assert.Contains(t, kinds(smtp), "certificate_replaced", "each fake issues its own certificate")

	data, err := os.ReadFile(path)
	require.NoError(t, err)
	info, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm())
	for _, srv := range []*mailtest.Server{first, second} {
		assertNoSecrets(t, srv, string(data))
	}
}

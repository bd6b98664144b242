package diagnose_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

// diagnoseBoth runs one diagnosis of a scenario's first account over IMAP
// and SMTP together, as `mailcheck check` does.
func diagnoseBoth(t *testing.T, name string, opts *diagnose.Options) *diagnose.Report {
	t.Helper()
	srv := mailtest.NewTestServer(t, name)
	acct := srv.Accounts()[0]
	a := diagnose.Account{Email: acct.Email, Username: acct.Login(), Password: probe.Secret(acct.Password)}
	if srv.IMAPTLS != "" {
		a.IMAP = endpoint(t, srv.IMAPTLS, probe.SecurityTLS)
	} else {
		a.IMAP = endpoint(t, srv.IMAPStartTLS, probe.SecurityStartTLS)
	}
	if srv.SMTPStartTLS != "" {
		a.SMTP = endpoint(t, srv.SMTPStartTLS, probe.SecurityStartTLS)
	} else {
		a.SMTP = endpoint(t, srv.SMTPTLS, probe.SecurityTLS)
	}
	o := diagnose.Options{TLSConfig: srv.ClientTLSConfig(), StageTimeout: scenarioStageTimeout}
	if opts != nil {
		o = *opts
		o.TLSConfig = srv.ClientTLSConfig()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	rep, err := diagnose.Diagnose(ctx, a, &o)
	require.NoError(t, err)
	assertAgree(t, rep)
	return rep
}

// TestVerdictReasonFollowsTheFinding: when SMTP signs in and IMAP does not,
// the Verdict's Reason says what IMAP's deciding finding says (its code,
// scope and stage), never a generic "IMAP is off for this mailbox".
func TestVerdictReasonFollowsTheFinding(t *testing.T) {
	for _, name := range []string{"microsoft365-imap-basic-auth-retired", "microsoft365-tenant"} {
		t.Run(name, func(t *testing.T) {
			rep := diagnoseBoth(t, name, nil)
			p := rep.Primary()
			require.Equal(t, diagnose.CodeBasicAuthDisabled, rep.Verdict.Code, rep.Summary)
			require.Equal(t, diagnose.ScopeProvider, p.Scope, "IMAP's finding is provider-wide: %s", rep.Summary)
			assert.NotContains(t, rep.Verdict.Reason, "for this mailbox", "a provider-wide refusal is not this mailbox's setting")
			assert.Contains(t, rep.Verdict.Reason, "every password")
			assert.Contains(t, rep.Verdict.Reason, "OAuth")
			assert.Contains(t, rep.Verdict.Reason, "vendor")
		})
	}
	t.Run("microsoft365-not-connected", func(t *testing.T) {
		rep := diagnoseBoth(t, "microsoft365-not-connected", nil)
		p := rep.Primary()
		require.Equal(t, probe.StageMailbox, p.Stage, "IMAP signed in; the mailbox step failed: %s", rep.Summary)
		assert.NotContains(t, rep.Verdict.Reason, "IMAP refuses it", "the server said the user is authenticated")
		assert.Contains(t, rep.Verdict.Reason, "accepted the sign-in")
		assert.Contains(t, rep.Verdict.Reason, p.Summary)
	})
}

// TestVerdictTakesTheSpecificRefusal: Yahoo refuses an account password
// over IMAP with a bare "invalid credentials" and over SMTP with its
// app-password hint; the specific SMTP reading explains both and decides.
func TestVerdictTakesTheSpecificRefusal(t *testing.T) {
	rep := diagnoseBoth(t, "yahoo-app-password-required", nil)
	require.NotNil(t, rep.IMAP)
	require.NotNil(t, rep.SMTP)
	require.Equal(t, diagnose.CodeInvalidCredentials, rep.IMAP.Code, "precondition: IMAP's own reading is bare")
	require.Equal(t, diagnose.CodeAppPasswordRequired, rep.SMTP.Code, "precondition: SMTP's reading is specific")
	assert.Equal(t, diagnose.CodeAppPasswordRequired, rep.Verdict.Code, rep.Summary)
	assert.Equal(t, "smtp", rep.Verdict.DecidedBy)
	assert.Contains(t, rep.Verdict.Reason, "SMTP said more")
	assert.NotContains(t, rep.Verdict.Reason, "the likely cause")
	for _, f := range rep.Findings {
		if f.Protocol == diagnose.ProtocolIMAP && f.Code == diagnose.CodeInvalidCredentials {
			require.NotEmpty(t, f.Alternatives)
			assert.Equal(t, diagnose.CodeAppPasswordRequired, f.Alternatives[0].Code, "IMAP's bare refusal points at SMTP's reading first")
		}
	}
}

// TestBudgetExhaustedOnlyWhenItWas: budget_exhausted and the "budget ran
// out" sentence appear only when they are true.
func TestBudgetExhaustedOnlyWhenItWas(t *testing.T) {
	t.Run("tls-on-plain-port", func(t *testing.T) {
		// The greeting wait ends early on purpose: the wrong-mode check's
		// TLS handshake succeeded, and the answer is certain. Under a
		// budget whose share binds (20 s: 8 s per step), nothing ran out.
		rep := diagnoseBoth(t, "tls-on-plain-port", &diagnose.Options{Budget: 20 * time.Second})
		require.Equal(t, diagnose.CodeTLSWrongMode, rep.Verdict.Code, rep.Summary)
		assert.False(t, rep.BudgetExhausted, "the probe decided; a longer budget observes nothing more")
		assert.NotContains(t, rep.Verdict.Reason, "budget")
	})
	t.Run("no-greeting", func(t *testing.T) {
		// The greeting wait ends at its share (2 s of a 5 s budget): the
		// budget itself did not run out, and the Reason says which.
		start := time.Now()
		rep := diagnoseBoth(t, "no-greeting", &diagnose.Options{Budget: 5 * time.Second})
		require.Equal(t, diagnose.CodeConnectionTimeout, rep.Verdict.Code, rep.Summary)
		require.Less(t, time.Since(start), 4500*time.Millisecond, "precondition: the budget did not run out")
		assert.True(t, rep.BudgetExhausted, "a step cut by its share: a longer budget waits longer")
		assert.NotContains(t, rep.Verdict.Reason, "budget ran out")
		assert.Contains(t, rep.Verdict.Reason, "greeting step timed out at its 2s share of the 5s time budget")
		// IMAP went silent after its TLS handshake, SMTP on a plain
		// connection: both hand-offs go to whoever runs the server.
		assert.Contains(t, rep.Verdict.Reason, "Neither mail service greeted")
		for _, f := range rep.Findings {
			require.NotNil(t, f.Remediation, f.Protocol)
			assert.Equal(t, catalog.AudienceAdmin, f.Remediation.Audience, "%s: %s", f.Protocol, f.Summary)
		}
	})
}

// TestCertificateAdviceByReason: a certificate not valid yet gets the
// clock's steps and one from no known authority the issuer's, not
// "renew the certificate if it has expired" (a new CLI user's find).
func TestCertificateAdviceByReason(t *testing.T) {
	for scenario, want := range map[string]string{
		"cert-not-yet-valid": "cert-not-yet-valid",
		"cert-self-signed":   "cert-unknown-issuer",
	} {
		t.Run(scenario, func(t *testing.T) {
			rep := diagnoseBoth(t, scenario, nil)
			require.Equal(t, diagnose.CodeTLSCertificate, rep.Verdict.Code, rep.Summary)
			for _, f := range rep.Findings {
				if f.Code != diagnose.CodeTLSCertificate {
					continue
				}
				require.NotNil(t, f.Remediation)
				assert.Equal(t, want, f.Remediation.Situation, "%s: %s", f.Protocol, f.Summary)
				for _, s := range f.Remediation.AdminSteps {
					assert.NotContains(t, s, "Renew the certificate if it has expired")
				}
			}
		})
	}
}

package diagnose_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

// scenarioStageTimeout is short so the silent-server scenarios finish
// quickly, and long enough for the slow-drip scenario, whose lines each
// arrive well within it.
const scenarioStageTimeout = 3 * time.Second

// TestScenarioConformance walks every built-in fake scenario, in the spirit
// of fstest.TestFS: each one names a public source, and mailcheck's own
// probes plus classifier, logging in with the scenario's first account on
// every listener of each protocol, must return the code the scenario
// stands for.
func TestScenarioConformance(t *testing.T) {
	for _, sc := range mailtest.Scenarios() {
		t.Run(sc.Name, func(t *testing.T) {
			t.Parallel()
			if sc.Provider != "generic" {
				assert.NotEmpty(t, sc.Sources, "a scenario that imitates a provider cites its source")
			}
			srv, err := mailtest.NewServer(sc)
			require.NoError(t, err)
			t.Cleanup(srv.Close)
			require.NotEmpty(t, srv.Accounts())
			acct := srv.Accounts()[0]

			type listener struct {
				proto diagnose.Protocol
				addr  string
				sec   probe.Security
				want  string
			}
			var ls []listener
			for _, l := range []listener{
				{diagnose.ProtocolIMAP, srv.IMAPTLS, probe.SecurityTLS, sc.IMAPCode},
				{diagnose.ProtocolIMAP, srv.IMAPStartTLS, probe.SecurityStartTLS, sc.IMAPCode},
				{diagnose.ProtocolSMTP, srv.SMTPTLS, probe.SecurityTLS, sc.SMTPCode},
				{diagnose.ProtocolSMTP, srv.SMTPStartTLS, probe.SecurityStartTLS, sc.SMTPCode},
			} {
				if l.addr != "" {
					ls = append(ls, l)
				}
			}
			require.NotEmpty(t, ls, "a scenario serves at least one listener")
			secret := func(a *diagnose.Account) {
				a.Email, a.Username, a.Password = acct.Email, acct.Login(), probe.Secret(acct.Password)
				if acct.Password == "" {
					a.Token = probe.Secret(acct.Token)
				}
			}
			timeout := scenarioStageTimeout
			if sc.Fault.SlowDrip > 0 {
				// Every line of this server arrives late on purpose; the
				// margin keeps the result independent of machine load.
				timeout = 15 * time.Second
			}
			run := func(a diagnose.Account) *diagnose.Report {
				ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
				defer cancel()
				rep, err := diagnose.Diagnose(ctx, a, &diagnose.Options{TLSConfig: srv.ClientTLSConfig(), StageTimeout: timeout})
				require.NoError(t, err)
				js, err := json.Marshal(rep)
				require.NoError(t, err)
				assert.NotContains(t, string(js), `"alternatives":null`, "alternatives is always an array")
				assert.NotContains(t, string(js), acct.Password, "the password never reaches the report")
				assertAgree(t, rep)
				return rep
			}

			// Each listener on its own.
			for _, l := range ls {
				var a diagnose.Account
				secret(&a)
				ep := endpoint(t, l.addr, l.sec)
				if l.proto == diagnose.ProtocolIMAP {
					a.IMAP, a.NoSMTP = ep, true
				} else {
					a.SMTP, a.NoIMAP = ep, true
				}
				rep := run(a)
				got := ""
				if l.proto == diagnose.ProtocolIMAP {
					require.NotNil(t, rep.IMAP)
					got = string(rep.IMAP.Code)
				} else {
					require.NotNil(t, rep.SMTP)
					got = string(rep.SMTP.Code)
				}
				assert.Equal(t, l.want, got, "%s on %s (%s): %s", l.proto, l.addr, l.sec, rep.Summary)
			}

			// Both protocols in one diagnosis, as `mailcheck check` runs
			// them: the cross-protocol reading must not change either code.
			if len(ls) > 1 && sc.IMAPCode != "" && sc.SMTPCode != "" {
				var a diagnose.Account
				secret(&a)
				for _, l := range ls {
					ep := endpoint(t, l.addr, l.sec)
					if l.proto == diagnose.ProtocolIMAP && a.IMAP.Host == "" {
						a.IMAP = ep
					}
					if l.proto == diagnose.ProtocolSMTP && a.SMTP.Host == "" {
						a.SMTP = ep
					}
				}
				rep := run(a)
				require.NotNil(t, rep.IMAP)
				require.NotNil(t, rep.SMTP)
				assert.Equal(t, sc.IMAPCode, string(rep.IMAP.Code), "IMAP with both probed: %s", rep.Summary)
				assert.Equal(t, sc.SMTPCode, string(rep.SMTP.Code), "SMTP with both probed: %s", rep.Summary)
			}
		})
	}
}

package fleet_test

import (
	"context"
	"encoding/json"
	"iter"
	"net"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/fleet"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

// asOf is the fixed clock of these tests. The fakes issue their
// certificates relative to it too (asOfClock): relative to the real clock,
// a certificate valid from an hour before now was not yet valid at asOf
// once the real clock passed 10:00 on the day asOf names.
var asOf = time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)

func asOfClock() time.Time { return asOf }

// startScenario starts a built-in scenario, or a copy changed by edit.
func startScenario(t testing.TB, name string, edit func(*mailtest.Scenario)) *mailtest.Server {
	t.Helper()
	sc, ok := mailtest.Lookup(name)
	require.True(t, ok, "scenario %s", name)
	if edit != nil {
		edit(&sc)
	}
	srv := mailtest.NewUnstartedServer(sc)
	srv.Now = asOfClock
	require.NoError(t, srv.Start())
	t.Cleanup(srv.Close)
	return srv
}

// endpoint splits a fake's "host:port" listener address.
func endpoint(t testing.TB, addr string, sec probe.Security) diagnose.Endpoint {
	t.Helper()
	if addr == "" {
		return diagnose.Endpoint{}
	}
	h, p, err := net.SplitHostPort(addr)
	require.NoError(t, err)
	port, err := strconv.Atoi(p)
	require.NoError(t, err)
	return diagnose.Endpoint{Host: h, Port: port, Security: sec}
}

// fleetAccounts turns a fake's accounts into fleet accounts pointed at its
// IMAP implicit-TLS and SMTP STARTTLS listeners, signing in with the
// password.
func fleetAccounts(t testing.TB, srv *mailtest.Server) []fleet.Account {
	t.Helper()
	var out []fleet.Account
	for _, a := range srv.Accounts() {
		out = append(out, fleet.Account{Account: diagnose.Account{
			Email: a.Email, Username: a.Login(), Password: probe.Secret(a.Password),
			IMAP: endpoint(t, srv.IMAPTLS, probe.SecurityTLS),
			SMTP: endpoint(t, srv.SMTPStartTLS, probe.SecurityStartTLS),
		}})
	}
	return out
}

// options are fleet options for a fake: its CA, the fixed clock.
func options(srv *mailtest.Server) *fleet.Options {
	return &fleet.Options{Diagnose: &diagnose.Options{
		TLSConfig: srv.ClientTLSConfig(), StageTimeout: 10 * time.Second,
		Now: func() time.Time { return asOf },
	}}
}

func run(t testing.TB, accounts []fleet.Account, opts *fleet.Options) *fleet.Report {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	rep, err := fleet.Run(ctx, slices.Values(accounts), opts)
	require.NoError(t, err)
	require.NotNil(t, rep)
	return rep
}

func seq(as ...fleet.Account) iter.Seq[fleet.Account] { return slices.Values(as) }

func group(t testing.TB, rep *fleet.Report, id string) fleet.Group {
	t.Helper()
	for _, g := range rep.Groups {
		if g.ID == id {
			return g
		}
	}
	ids := []string{}
	for _, g := range rep.Groups {
		ids = append(ids, g.ID)
	}
	require.Failf(t, "no such group", "%s not among %v", id, ids)
	return fleet.Group{}
}

func conclusion(rep *fleet.Report, rule string, proto diagnose.Protocol) (fleet.Conclusion, bool) {
	for _, c := range rep.Conclusions {
		if c.Rule == rule && c.Protocol == proto {
			return c, true
		}
	}
	return fleet.Conclusion{}, false
}

func rules(rep *fleet.Report) []string {
	var out []string
	for _, c := range rep.Conclusions {
		out = append(out, c.Rule+"/"+string(c.Protocol))
	}
	return out
}

// assertNoSecrets checks that no password or token of accounts appears in
// any of outs.
func assertNoSecrets(t *testing.T, srv *mailtest.Server, outs ...string) {
	t.Helper()
	for _, a := range srv.Accounts() {
		for _, out := range outs {
			assert.NotContains(t, out, a.Password)
			if a.Token != "" {
				assert.NotContains(t, out, a.Token)
			}
		}
	}
}

func mustJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

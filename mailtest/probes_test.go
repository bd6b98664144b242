package mailtest

import (
	"context"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/imapcheck"
	"github.com/mailcheck-go/mailcheck/probe"
	"github.com/mailcheck-go/mailcheck/smtpcheck"
)

// TestProbesAgreeOnOK runs this project's probes against every scenario
// with its first account and checks the one thing that needs no classifier:
// a probe succeeds exactly where the scenario's code is "ok". The full
// conformance test (probes plus diagnosis give IMAPCode and SMTPCode) lives
// with the classifier.
func TestProbesAgreeOnOK(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every scenario through the probes")
	}
	for _, sc := range Scenarios() {
		if sc.Fault.NoGreeting || sc.Fault.TLSOnPlainPort {
			continue // they end in a timeout, which takes time and proves nothing here
		}
		t.Run(sc.Name, func(t *testing.T) {
			t.Parallel()
			s := startScenario(t, sc.Name, nil)
			a := s.Accounts()[0]
			listeners := []struct {
				addr string
				sec  probe.Security
				imap bool
			}{
				{s.IMAPTLS, probe.SecurityTLS, true}, {s.IMAPStartTLS, probe.SecurityStartTLS, true},
				{s.SMTPTLS, probe.SecurityTLS, false}, {s.SMTPStartTLS, probe.SecurityStartTLS, false},
			}
			for _, l := range listeners {
				if l.addr == "" {
					continue
				}
				host, portStr, _ := net.SplitHostPort(l.addr)
				port, _ := strconv.Atoi(portStr)
				ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
				var ok bool
				want := sc.SMTPCode == "ok"
				if l.imap {
					want = sc.IMAPCode == "ok"
					r, err := imapcheck.Probe(ctx, imapcheck.Options{Host: host, Port: port, Security: l.sec,
						Username: a.Login(), Password: probe.Secret(a.Password), TLSConfig: s.ClientTLSConfig(), StageTimeout: 5 * time.Second})
					require.NoError(t, err, "imapcheck.Probe")
					ok = r.OK
				} else {
					r, err := smtpcheck.Probe(ctx, smtpcheck.Options{Host: host, Port: port, Security: l.sec,
						Username: a.Login(), Password: probe.Secret(a.Password), TLSConfig: s.ClientTLSConfig(), StageTimeout: 5 * time.Second})
					require.NoError(t, err, "smtpcheck.Probe")
					ok = r.OK
				}
				cancel()
				assert.Equal(t, want, ok, "%s (%s): probe OK", l.addr, l.sec)
			}
			assert.False(t, s.SentCredentialsInClear(), "a probe sent credentials before TLS")
		})
	}
}

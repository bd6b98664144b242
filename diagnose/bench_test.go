package diagnose_test

import (
	"context"
	"testing"
	"time"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

// BenchmarkDiagnose measures a whole diagnosis, both probes side by side
// over TLS plus classification and remediation, against a local fake
// Microsoft 365 that refuses IMAP and accepts SMTP. The time is dominated
// by the two TLS handshakes and the round trips each protocol needs.
func BenchmarkDiagnose(b *testing.B) {
	srv := mailtest.NewTestServer(b, "microsoft365-imap-basic-auth-retired")
	acct := srv.Accounts()[0]
	a := diagnose.Account{
		Email:    acct.Email,
		Password: probe.Secret(acct.Password),
		IMAP:     diagnose.Endpoint{Host: srv.Host(), Port: port(srv.IMAPTLS), Security: probe.SecurityTLS},
		SMTP:     diagnose.Endpoint{Host: srv.Host(), Port: port(srv.SMTPStartTLS), Security: probe.SecurityStartTLS},
	}
	opts := &diagnose.Options{TLSConfig: srv.ClientTLSConfig(), StageTimeout: 5 * time.Second}
	for b.Loop() {
		rep, err := diagnose.Diagnose(context.Background(), a, opts)
		if err != nil || rep.IMAP.Code != diagnose.CodeBasicAuthDisabled {
			b.Fatalf("unexpected diagnosis: %v %+v", err, rep)
		}
	}
}

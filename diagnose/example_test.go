package diagnose_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Diagnose an account whose servers are known. Here the servers are a fake
// Microsoft 365 that behaves as Exchange Online does in 2026: IMAP refuses
// every password, while SMTP AUTH still accepts it.
func ExampleDiagnose() {
	sc, _ := mailtest.Lookup("microsoft365-imap-basic-auth-retired")
	srv, err := mailtest.NewServer(sc)
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	acct := srv.Accounts()[0]

	// The budget bounds the whole check; canceling ctx stops it at once
	// and returns the partial report with ctx's error.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rep, err := diagnose.Diagnose(ctx, diagnose.Account{
		Email:    acct.Email,
		Password: probe.Secret(acct.Password),
		IMAP:     diagnose.Endpoint{Host: srv.Host(), Port: port(srv.IMAPTLS), Security: probe.SecurityTLS},
		SMTP:     diagnose.Endpoint{Host: srv.Host(), Port: port(srv.SMTPStartTLS), Security: probe.SecurityStartTLS},
	}, &diagnose.Options{TLSConfig: srv.ClientTLSConfig(), Budget: diagnose.InteractiveBudget})
	switch {
	case errors.Is(err, context.Canceled):
		return // canceled: rep holds what was seen until then
	case err != nil:
		log.Fatal(err) // only for a malformed account
	}
	fmt.Println("IMAP:", rep.IMAP.Code, "at", rep.IMAP.Stage)
	fmt.Println("SMTP:", rep.SMTP.Code)
	p := rep.Primary() // the finding that decided the verdict
	fmt.Println("primary:", p.Protocol, p.Code, "decided by", rep.Verdict.DecidedBy)
	fmt.Println("who must act:", p.Remediation.Audience)
	// Output:
	// IMAP: basic_auth_disabled at authenticate
	// SMTP: ok
	// primary: imap basic_auth_disabled decided by both
	// who must act: vendor
}

// Explain what a customer pasted from an error dialog. No network is used.
func ExampleExplain() {
	f := diagnose.Explain("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. "+
		"Visit https://aka.ms/smtp_auth_disabled for more information.", diagnose.Hints{})
	fmt.Println(f.Code, f.Protocol, f.Scope)
	fmt.Println("who must act:", f.Remediation.Audience)
	// Output:
	// protocol_disabled smtp tenant
	// who must act: admin
}

// Ambiguous evidence comes with ranked alternatives and what tells them
// apart.
func ExampleExplain_alternatives() {
	f := diagnose.Explain("a1 NO AUTHENTICATE failed.", diagnose.Hints{Host: "outlook.office365.com"})
	fmt.Println(f.Code)
	for _, alt := range f.Alternatives {
		fmt.Println("or:", alt.Code)
	}
	// Output:
	// basic_auth_disabled
	// or: protocol_disabled
	// or: invalid_credentials
}

// Primary is the finding to show when there is room for one. Here IMAP
// refuses the password while nothing listens for SMTP: reaching the server
// comes before signing in, so SMTP's refused connection decides the verdict,
// and Primary (like Findings[0] and Summary) says so.
func ExampleReport_Primary() {
	sc, _ := mailtest.Lookup("dovecot-postfix-wrong-password")
	srv, err := mailtest.NewServer(sc)
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	acct := srv.Accounts()[0]
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	closed := l.Addr().(*net.TCPAddr).Port
	l.Close() // nothing listens there now

	rep, err := diagnose.Diagnose(context.Background(), diagnose.Account{
		Email:    acct.Email,
		Username: acct.Login(),
		Password: probe.Secret(acct.Password),
		IMAP:     diagnose.Endpoint{Host: srv.Host(), Port: srv.BoundPorts().IMAPTLS, Security: probe.SecurityTLS},
		SMTP:     diagnose.Endpoint{Host: "127.0.0.1", Port: closed, Security: probe.SecurityTLS},
	}, &diagnose.Options{TLSConfig: srv.ClientTLSConfig(), Budget: diagnose.InteractiveBudget})
	if err != nil {
		log.Fatal(err)
	}
	p := rep.Primary()
	fmt.Println("IMAP:", rep.IMAP.Code, "SMTP:", rep.SMTP.Code)
	fmt.Println("verdict:", rep.Verdict.Code, "decided by", rep.Verdict.DecidedBy)
	fmt.Println("primary:", p.Protocol, p.Code, "who acts:", p.Remediation.Audience)
	// Output:
	// IMAP: invalid_credentials SMTP: connection_refused
	// verdict: connection_refused decided by smtp
	// primary: smtp connection_refused who acts: user
}

// Lean leaves the probes' raw observations out: what to store, or send to
// a browser, when the verdicts, findings and remediation are what matter.
func ExampleReport_Lean() {
	sc, _ := mailtest.Lookup("dovecot-postfix-ok")
	srv, err := mailtest.NewServer(sc)
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	acct := srv.Accounts()[0]

	rep, err := diagnose.Diagnose(context.Background(), diagnose.Account{
		Email:    acct.Email,
		Username: acct.Login(),
		Password: probe.Secret(acct.Password),
		IMAP:     diagnose.Endpoint{Host: srv.Host(), Port: srv.BoundPorts().IMAPTLS, Security: probe.SecurityTLS},
		SMTP:     diagnose.Endpoint{Host: srv.Host(), Port: srv.BoundPorts().SMTPTLS, Security: probe.SecurityTLS},
	}, &diagnose.Options{TLSConfig: srv.ClientTLSConfig()})
	if err != nil {
		log.Fatal(err)
	}
	full, _ := json.Marshal(rep)
	lean, _ := json.Marshal(rep.Lean())
	fmt.Println("full report has transcripts:", bytes.Contains(full, []byte(`"transcript"`)))
	fmt.Println("lean report has transcripts:", bytes.Contains(lean, []byte(`"transcript"`)))
	fmt.Println("lean under 4 KB:", len(lean) < 4<<10, "verdict:", rep.Lean().Verdict.Code)
	// Output:
	// full report has transcripts: true
	// lean report has transcripts: false
	// lean under 4 KB: true verdict: ok
}

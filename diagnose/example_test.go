package diagnose_test

import (
	"context"
	"errors"
	"fmt"
	"log"

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

package fleet_test

import (
	"context"
	"fmt"
	"log"
	"net"
	"strconv"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/fleet"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Check a whole Microsoft 365 tenant (here the fake one, twelve
// mailboxes) and read the mailboxes together: what is wrong, and who must
// act on it.
func ExampleRun() {
	sc, _ := mailtest.Lookup(mailtest.TenantScenario)
	srv, err := mailtest.NewServer(sc)
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()

	ep := func(addr string, sec probe.Security) diagnose.Endpoint {
		host, port, _ := net.SplitHostPort(addr)
		n, _ := strconv.Atoi(port)
		return diagnose.Endpoint{Host: host, Port: n, Security: sec}
	}
	// The accounts come as a stream; a real program reads them from a
	// file or a database as the run goes.
	accounts := func(yield func(fleet.Account) bool) {
		for _, a := range srv.Accounts() {
			acct := diagnose.Account{Email: a.Email, Password: probe.Secret(a.Password),
				IMAP: ep(srv.IMAPTLS, probe.SecurityTLS), SMTP: ep(srv.SMTPStartTLS, probe.SecurityStartTLS)}
			if !yield(fleet.Account{Account: acct}) {
				return
			}
		}
	}
	rep, err := fleet.Run(context.Background(), accounts, &fleet.Options{
		Diagnose: &diagnose.Options{TLSConfig: srv.ClientTLSConfig()},
		PerHost:  4,
	})
	if err != nil {
		log.Fatal(err)
	}

	for _, g := range rep.Groups {
		fmt.Printf("%2d  %s\n", g.Count, g.ID)
	}
	for _, h := range rep.Handoffs {
		fmt.Printf("\n%s (%d mailboxes)\n  %s\n", h.To, len(h.Mailboxes), h.Subject)
	}
	// Output:
	// 12  contoso.example/imap/basic_auth_disabled
	//  3  contoso.example/smtp/invalid_credentials
	//  1  contoso.example/smtp/protocol_disabled
	//  8  contoso.example/smtp/ok
	//
	// The vendor of the application that connects to contoso.example's mailboxes (12 mailboxes)
	//   Exchange Online refuses IMAP passwords for all 12 mailboxes of contoso.example: the application must sign in with OAuth 2.0; no admin switch brings IMAP passwords back
	//
	// Each user listed, at contoso.example (3 mailboxes)
	//   3 of 12 mailboxes of contoso.example are refused on SMTP as a wrong password while 8 can sign in: most likely those passwords are wrong, not the organisation's settings
	//
	// The Microsoft 365 administrator of contoso.example (1 mailboxes)
	//   SMTP is switched off for megan@contoso.example only, unlike the rest of contoso.example: change that mailbox's setting, not the organisation's
	//
	// The Microsoft 365 administrator of contoso.example (8 mailboxes)
	//   8 mailboxes of contoso.example, SMTP: Works today; password sending is on Microsoft's retirement path
}

// A hand-off is ready to paste into an email (Text) or a ticket
// (Markdown).
func ExampleHandoff_Text() {
	h := fleet.Handoff{
		To:        "Each user listed, at contoso.example",
		Subject:   "2 of 9 mailboxes are refused on SMTP as a wrong password while 7 sign in",
		Steps:     []string{"Type the mailbox password again in the application."},
		Mailboxes: []string{"diego@contoso.example", "joni@contoso.example"},
		Evidence:  []string{`diego@contoso.example and 1 other: SMTP invalid_credentials: "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect."`},
	}
	fmt.Print(h.Text())
	// Output:
	// To: Each user listed, at contoso.example
	// Subject: 2 of 9 mailboxes are refused on SMTP as a wrong password while 7 sign in
	//
	// What to do:
	//   1. Type the mailbox password again in the application.
	//
	// Mailboxes affected (2):
	//   - diego@contoso.example
	//   - joni@contoso.example
	//
	// What the servers said:
	//   - diego@contoso.example and 1 other: SMTP invalid_credentials: "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect."
}

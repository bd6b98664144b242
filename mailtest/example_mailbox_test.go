package mailtest_test

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

// fetchSubjects stands for an application's sync: it signs in, selects the
// INBOX and returns the subjects of the unread messages.
func fetchSubjects(addr string, opts *imapclient.Options, user, password string) ([]string, error) {
	c, err := imapclient.DialTLS(addr, opts)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	if err := c.Login(user, password).Wait(); err != nil {
		return nil, err
	}
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		return nil, err
	}
	unread, err := c.UIDSearch(&imap.SearchCriteria{NotFlag: []imap.Flag{imap.FlagSeen}}, nil).Wait()
	if err != nil {
		return nil, err
	}
	msgs, err := c.Fetch(unread.All, &imap.FetchOptions{Envelope: true}).Collect()
	if err != nil {
		return nil, err
	}
	var subjects []string
	for _, m := range msgs {
		subjects = append(subjects, m.Envelope.Subject)
	}
	return subjects, c.Logout().Wait()
}

// A sync test: put mail into the fake's mailbox, run the application's
// sync against it, check what it found. After the scripted login (Gmail's
// exact greeting and texts) the fake is a real IMAP server.
func Example_syncTest() {
	sc, _ := mailtest.Lookup("gmail-ok")
	srv, err := mailtest.NewServer(sc) // in a test: mailtest.NewTestServer(t, "gmail-ok")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer srv.Close()
	acct := srv.Accounts()[0]
	_ = srv.Append(acct.Email, "INBOX", mailtest.Draft{From: "Front desk <front@clinic.example>", Subject: "Lab results ready"}.Bytes())
	_ = srv.Append(acct.Email, "INBOX", []byte("From: billing@clinic.example\r\nSubject: Invoice 7\r\n\r\nPlease pay.\r\n"))

	subjects, err := fetchSubjects(srv.IMAPTLS, &imapclient.Options{TLSConfig: srv.ClientTLSConfig()}, acct.Login(), acct.Password)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(subjects)
	for _, cmd := range srv.Records()[0].Commands {
		if cmd != "CAPABILITY" { // go-imap's client asks when it likes
			fmt.Println(cmd)
		}
	}
	// Output:
	// [Lab results ready Invoice 7]
	// LOGIN "alice.mailtest@gmail.com" [redacted]
	// SELECT INBOX
	// UID SEARCH UNSEEN
	// UID FETCH 1:2 (UID ENVELOPE)
	// LOGOUT
}

// sendReminder stands for an application's sending code.
func sendReminder(addr string, srv *mailtest.Server, user, password, to string) error {
	c, err := smtp.DialStartTLS(addr, srv.ClientTLSConfig())
	if err != nil {
		return err
	}
	defer c.Close()
	// Exchange Online offers AUTH LOGIN (and XOAUTH2), not PLAIN.
	if err := c.Auth(sasl.NewLoginClient(user, password)); err != nil {
		return err
	}
	msg := "From: " + user + "\r\nTo: " + to + "\r\nSubject: Appointment tomorrow\r\n\r\nSee you at 10.\r\n"
	if err := c.SendMail(user, []string{to}, strings.NewReader(msg)); err != nil {
		return err
	}
	return c.Quit()
}

// A send test: run the application's sending code against the fake, then
// check the message and its envelope as the server received them.
func Example_sendTest() {
	sc, _ := mailtest.Lookup("microsoft365-ok")
	srv, err := mailtest.NewServer(sc)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer srv.Close()
	acct := srv.Accounts()[0]

	if err := sendReminder(srv.SMTPStartTLS, srv, acct.Login(), acct.Password, "patient@example.org"); err != nil {
		fmt.Println(err)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	m, err := srv.NextMessage(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("from:", m.From, "to:", m.To, "as:", m.Username, "tls:", m.TLS)
	fmt.Println("subject:", m.Header("Subject"))
	// Output:
	// from: adele@contoso.example to: [patient@example.org] as: adele@contoso.example tls: true
	// subject: Appointment tomorrow
}

// Production host names without glue: Diagnose, given only an email and a
// password, finds outlook.office365.com and smtp.office365.com as it would
// for a real user, and the fake's Resolver, Dialer and TLS configuration
// bring both to the fake. Nothing reaches real DNS.
func ExampleServer_Resolver() {
	sc, _ := mailtest.Lookup("microsoft365-imap-basic-auth-retired")
	srv, err := mailtest.NewServer(sc)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer srv.Close()
	acct := srv.Accounts()[0]

	rep, err := diagnose.Diagnose(context.Background(),
		diagnose.Account{Email: acct.Email, Password: probe.Secret(acct.Password)},
		&diagnose.Options{Resolver: srv.Resolver(), Dialer: srv.Dialer(), TLSConfig: srv.ProductionTLSConfig()})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("provider:", rep.Provider.ID)
	fmt.Println("imap:", rep.IMAP.Host, rep.IMAP.Port, rep.IMAP.Code)
	fmt.Println("smtp:", rep.SMTP.Host, rep.SMTP.Port, rep.SMTP.Code)
	// Output:
	// provider: microsoft365
	// imap: outlook.office365.com 993 basic_auth_disabled
	// smtp: smtp.office365.com 587 ok
}

package imapcheck_test

import (
	"context"
	"fmt"
	"log"

	"github.com/mailcheck-go/mailcheck/imapcheck"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

// A refused password is a successful probe: the error is nil and the
// Result says where and how the server refused. The server here is a fake
// Dovecot from mailtest, which a test of your own can start the same way.
func ExampleProbe() {
	sc, _ := mailtest.Lookup("dovecot-postfix-wrong-password")
	srv, err := mailtest.NewServer(sc)
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	acct := srv.Accounts()[0] // its password is wrong

	res, err := imapcheck.Probe(context.Background(), imapcheck.Options{
		Host:      srv.Host(),
		Port:      srv.BoundPorts().IMAPTLS,
		Security:  probe.SecurityTLS,
		Username:  acct.Login(),
		Password:  probe.Secret(acct.Password),
		TLSConfig: srv.ClientTLSConfig(), // the fake's CA; real servers need nothing here
	})
	if err != nil {
		fmt.Println("invalid options:", err)
		return
	}
	fmt.Println("ok:", res.OK)
	fmt.Println("failed at:", res.Stage)
	fmt.Println("mechanism:", res.Auth.Mechanism, "over TLS:", res.Auth.OverTLS)
	fmt.Println("response code:", res.Response.Code)
	fmt.Println("server said:", res.Response.Text)
	// Output:
	// ok: false
	// failed at: authenticate
	// mechanism: PLAIN over TLS: true
	// response code: AUTHENTICATIONFAILED
	// server said: Authentication failed.
}

// The transcript is redacted as it is recorded: the AUTHENTICATE line keeps
// its command and loses the credentials.
func ExampleResult_transcript() {
	sc, _ := mailtest.Lookup("dovecot-postfix-wrong-password")
	srv, err := mailtest.NewServer(sc)
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	acct := srv.Accounts()[0]

	res, _ := imapcheck.Probe(context.Background(), imapcheck.Options{
		Host: srv.Host(), Port: srv.BoundPorts().IMAPTLS, TLSConfig: srv.ClientTLSConfig(),
		Username: acct.Login(), Password: probe.Secret(acct.Password),
	})
	for _, l := range res.Transcript {
		if l.Dir != probe.DirInfo { // info lines carry the port
			fmt.Printf("%s: %s\n", l.Dir, l.Text)
		}
	}
	// Output:
	// server: * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN] Dovecot (Debian) ready.
	// client: a1 AUTHENTICATE PLAIN [redacted]
	// server: a1 NO [AUTHENTICATIONFAILED] Authentication failed.
	// client: a2 LOGOUT
	// server: * BYE Logging out
	// server: a2 OK LOGOUT completed.
}

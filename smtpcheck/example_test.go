package smtpcheck_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
	"github.com/mailcheck-go/mailcheck/smtpcheck"
)

// fake starts one of mailtest's scenarios outside a test; in a test,
// mailtest.NewTestServer(t, name) does the same and closes it at the end.
func fake(name string) *mailtest.Server {
	sc, ok := mailtest.Lookup(name)
	if !ok {
		log.Fatalf("no scenario %q", name)
	}
	srv, err := mailtest.NewServer(sc)
	if err != nil {
		log.Fatal(err)
	}
	return srv
}

// This example probes a submission server on implicit TLS (port 465 in
// real life) with a password, and prints each stage. The server is a fake
// Postfix from mailtest.
func ExampleProbe() {
	srv := fake("dovecot-postfix-ok")
	defer srv.Close()
	acct := srv.Accounts()[0]

	res, err := smtpcheck.Probe(context.Background(), smtpcheck.Options{
		Host:      srv.Host(),
		Port:      srv.BoundPorts().SMTPTLS,
		Security:  probe.SecurityTLS,
		Username:  acct.Login(),
		Password:  probe.Secret(acct.Password),
		TLSConfig: srv.ClientTLSConfig(), // the fake's CA; real servers need nothing here
	})
	if err != nil {
		fmt.Println("bad options:", err)
		return
	}
	for _, st := range res.Steps {
		fmt.Println(st.Stage, st.Outcome)
	}
	fmt.Println("ok:", res.OK, "with", res.Auth.Mechanism)
	// Output:
	// resolve skipped
	// connect ok
	// tls_handshake ok
	// greeting ok
	// ehlo ok
	// authenticate ok
	// quit ok
	// ok: true with PLAIN
}

// A refusal is not an error: it is in the Result, with the server's exact
// words, for a classifier or a person to read.
func ExampleProbe_refused() {
	srv := fake("dovecot-postfix-wrong-password")
	defer srv.Close()
	acct := srv.Accounts()[0] // its password is wrong

	res, err := smtpcheck.Probe(context.Background(), smtpcheck.Options{
		Host:      srv.Host(),
		Port:      srv.BoundPorts().SMTPTLS,
		Security:  probe.SecurityTLS,
		Username:  acct.Login(),
		Password:  probe.Secret(acct.Password),
		TLSConfig: srv.ClientTLSConfig(),
	})
	if err != nil {
		fmt.Println("bad options:", err)
		return
	}
	fmt.Println("ok:", res.OK, "at", res.Stage)
	fmt.Println(res.Reply.Code, res.Reply.EnhancedCode, res.Reply.Text)
	// Output:
	// ok: false at authenticate
	// 535 5.7.8 Error: authentication failed: authentication failure
}

// Over a plaintext connection the probe sends no credentials unless the
// caller allows it; over STARTTLS it does, and the transcript never shows
// them.
func ExampleResult_transcript() {
	srv := fake("dovecot-postfix-ok")
	defer srv.Close()
	acct := srv.Accounts()[0]

	opts := smtpcheck.Options{
		Host:      srv.Host(),
		Port:      srv.BoundPorts().SMTPStartTLS,
		Security:  probe.SecurityNone,
		Username:  acct.Login(),
		Password:  probe.Secret(acct.Password),
		TLSConfig: srv.ClientTLSConfig(),
	}
	res, _ := smtpcheck.Probe(context.Background(), opts)
	fmt.Println("stopped:", res.StopReason)

	opts.Security = probe.SecurityStartTLS
	res, _ = smtpcheck.Probe(context.Background(), opts)
	for _, l := range res.Transcript {
		// What the client sent, and the server's answer to AUTH.
		if l.Dir == probe.DirClient || strings.HasPrefix(l.Text, "235 ") {
			fmt.Printf("%s: %s\n", l.Dir, l.Text)
		}
	}
	// Output:
	// stopped: plaintext_auth_not_allowed
	// client: EHLO mailcheck.localhost
	// client: STARTTLS
	// client: EHLO mailcheck.localhost
	// client: AUTH PLAIN [redacted]
	// server: 235 2.7.0 Authentication successful
	// client: QUIT
}

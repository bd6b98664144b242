package mailtest_test

import (
	"bufio"
	"crypto/tls"
	"fmt"
	"strings"

	"github.com/mailcheck-go/mailcheck/mailtest"
)

// syncMailbox stands for the application under test: it signs in over
// implicit TLS with IMAP LOGIN and returns the server's refusal, if any.
func syncMailbox(addr string, cfg *tls.Config, user, password string) (refusal string, err error) {
	conn, err := tls.Dial("tcp", addr, cfg)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	r := bufio.NewReader(conn)
	if _, err := r.ReadString('\n'); err != nil { // greeting
		return "", err
	}
	fmt.Fprintf(conn, "a1 LOGIN %q %q\r\n", user, password)
	line, err := r.ReadString('\n')
	if err != nil {
		return "", err
	}
	status := strings.TrimSpace(strings.TrimPrefix(line, "a1 "))
	if strings.HasPrefix(status, "OK") {
		return "", nil
	}
	return status, nil
}

// userMessage is the application's error handling under test: what it
// tells a person about a refusal.
func userMessage(refusal string) string {
	switch {
	case refusal == "":
		return "Connected."
	case strings.Contains(refusal, "LOGIN failed."):
		return "Microsoft 365 no longer accepts passwords for IMAP. Choose \"Sign in with Microsoft\"."
	default:
		return "The server refused the password: " + refusal
	}
}

// t stands in for a test's *testing.T so the example shows test code (the
// trick go-cmp's examples use); in a real test, use mailtest.NewTestServer(t, name).
var t fakeT

type fakeT struct{}

func (fakeT) Errorf(format string, args ...any) { fmt.Printf("ERROR: "+format+"\n", args...) }

// This is a test of an application's error handling: against a fake
// Microsoft 365 that refuses IMAP passwords as the real one does, the
// application must tell the person to sign in with Microsoft, and must never
// have sent the password unencrypted.
func Example_errorHandling() {
	sc, _ := mailtest.Lookup("microsoft365-imap-basic-auth-retired")
	srv, err := mailtest.NewServer(sc)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer srv.Close()

	acct := srv.Accounts()[0]
	refusal, err := syncMailbox(srv.IMAPTLS, srv.ClientTLSConfig(), acct.Login(), acct.Password)
	if err != nil {
		t.Errorf("sync: %v", err)
	}
	got := userMessage(refusal)
	if want := "Microsoft 365 no longer accepts passwords for IMAP. Choose \"Sign in with Microsoft\"."; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
	if srv.SentCredentialsInClear() {
		t.Errorf("the password was sent before TLS")
	}

	fmt.Println("server said:", refusal)
	fmt.Println("user sees:  ", got)
	fmt.Println("client sent:", srv.Records()[0].Commands)
	// Output:
	// server said: NO LOGIN failed.
	// user sees:   Microsoft 365 no longer accepts passwords for IMAP. Choose "Sign in with Microsoft".
	// client sent: [LOGIN "adele@contoso.example" [redacted]]
}

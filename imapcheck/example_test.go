package imapcheck_test

import (
	"bufio"
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/mailcheck-go/mailcheck/imapcheck"
	"github.com/mailcheck-go/mailcheck/internal/certgen"
	"github.com/mailcheck-go/mailcheck/probe"
)

// server starts a one-connection implicit-TLS IMAP server on loopback that
// greets like Dovecot and refuses every password, and returns its port and
// a TLS config that trusts it.
func server() (port int, trust *tls.Config, stop func()) {
	now := time.Now()
	ca, _ := certgen.NewCA("example CA", now)
	cert, _ := ca.Leaf(certgen.LeafOptions{Hosts: []string{"127.0.0.1"}, NotBefore: now.Add(-time.Hour), NotAfter: now.Add(time.Hour)})
	ln, _ := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{cert}})
	done := make(chan struct{})
	go func() {
		defer close(done)
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		fmt.Fprint(c, "* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Dovecot (Debian) ready.\r\n")
		r := bufio.NewReader(c)
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			tag, cmd, _ := strings.Cut(strings.TrimSpace(line), " ")
			switch {
			case strings.HasPrefix(cmd, "AUTHENTICATE"):
				fmt.Fprintf(c, "%s NO [AUTHENTICATIONFAILED] Authentication failed.\r\n", tag)
			case cmd == "LOGOUT":
				fmt.Fprintf(c, "* BYE Logging out\r\n%s OK Logout completed.\r\n", tag)
				return
			default:
				fmt.Fprintf(c, "%s BAD Error in IMAP command\r\n", tag)
			}
		}
	}()
	return ln.Addr().(*net.TCPAddr).Port, &tls.Config{RootCAs: ca.Pool()}, func() { ln.Close(); <-done }
}

// A refused password is a successful probe: the error is nil and the
// Result says where and how the server refused.
func ExampleProbe() {
	port, trust, stop := server()
	defer stop()

	res, err := imapcheck.Probe(context.Background(), imapcheck.Options{
		Host:      "127.0.0.1",
		Port:      port,
		Security:  probe.SecurityTLS,
		Username:  "alice@example.test",
		Password:  "wrong horse",
		TLSConfig: trust, // a private CA; real servers need nothing here
	})
	if err != nil {
		fmt.Println("invalid options:", err)
		return
	}
	fmt.Println("ok:", res.OK)
	fmt.Println("failed at:", res.Stage)
	fmt.Println("mechanism:", res.Auth.Mechanism, "over TLS:", res.Auth.OverTLS)
	fmt.Println("response code:", res.Response.Code)
	fmt.Println("server said:", res.Response.Line)
	// Output:
	// ok: false
	// failed at: authenticate
	// mechanism: PLAIN over TLS: true
	// response code: AUTHENTICATIONFAILED
	// server said: a1 NO [AUTHENTICATIONFAILED] Authentication failed.
}

// The transcript is redacted as it is recorded: the AUTHENTICATE line keeps
// its command and loses the credentials.
func ExampleResult_transcript() {
	port, trust, stop := server()
	defer stop()

	res, _ := imapcheck.Probe(context.Background(), imapcheck.Options{
		Host: "127.0.0.1", Port: port, TLSConfig: trust,
		Username: "alice@example.test", Password: "wrong horse",
	})
	for _, l := range res.Transcript {
		if l.Dir != probe.DirInfo { // info lines carry the port
			fmt.Printf("%s: %s\n", l.Dir, l.Text)
		}
	}
	// Output:
	// server: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Dovecot (Debian) ready.
	// client: a1 AUTHENTICATE PLAIN [redacted]
	// server: a1 NO [AUTHENTICATIONFAILED] Authentication failed.
	// client: a2 LOGOUT
	// server: * BYE Logging out
	// server: a2 OK Logout completed.
}

// Command explainerror is a support-desk snippet: paste the error a
// customer sent you (a server reply from a log, or the message their mail
// client showed) and get what it means and what they should do, ready to
// send back. Nothing is sent anywhere; diagnose.Explain does no I/O.
//
//	echo '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.' |
//	    go run ./examples/explainerror -host smtp.office365.com
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/mailcheck-go/mailcheck/diagnose"
)

// explain classifies text and writes a reply for the customer to w: the
// code (for the ticket), one sentence, and the catalogue's advice for the
// person who must act. It returns the finding.
func explain(w io.Writer, text, host string, protocol diagnose.Protocol) diagnose.Finding {
	f := diagnose.Explain(text, diagnose.Hints{Host: host, Protocol: protocol})
	audience := diagnose.AudienceUser
	if f.Remediation != nil {
		audience = f.Remediation.Audience
	}
	fmt.Fprintf(w, "[%s, %s confidence]\n%s\n\n", f.Code, f.Confidence, f.Summary)
	fmt.Fprint(w, diagnose.RenderRemediation(f, audience))
	return f
}

func main() {
	host := flag.String("host", "", "the server the text came from, if known")
	protocol := flag.String("protocol", "", "imap or smtp, if known")
	flag.Parse()
	text := strings.Join(flag.Args(), " ")
	if text == "" {
		b, err := io.ReadAll(io.LimitReader(os.Stdin, 1<<20))
		if err != nil {
			fmt.Fprintln(os.Stderr, "explainerror:", err)
			os.Exit(1)
		}
		text = string(b)
	}
	if strings.TrimSpace(text) == "" {
		fmt.Fprintln(os.Stderr, "usage: explainerror [-host H] [-protocol imap|smtp] TEXT (or TEXT on stdin)")
		os.Exit(2)
	}
	explain(os.Stdout, strings.TrimSpace(text), *host, diagnose.Protocol(*protocol))
}

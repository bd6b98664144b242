package diagnose

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestClientSlips pins the readings of rules_client.go and the host-name
// guards beside them: a client's failure that quotes a positive reply is
// never ok, and a host name is no word of the server's.
func TestClientSlips(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		proto      Protocol
		want       Code
	}{
		// Swift Mailer quotes the reply it did not expect (swiftmailer issue 669).
		{"235 where 250 was due", `Expected response code 250 but got code "235", with message "235 2.0.0 OK "`, ProtocolSMTP, CodeProtocolError},
		// A 334 challenge inside a client's error: not a success.
		{"challenge in a client error", "unexpected server challenge: 334 dXNlcm5hbWU6", ProtocolSMTP, CodeUnknown},
		// A relay host's name is not a relay refusal (JavaMail names the host).
		{"relay host name", "Could not connect to SMTP host: relay.example.org, port: 25", ProtocolSMTP, CodeUnknown},
		// "open smtp.example.com" is a connection attempt, not "open SMTP" advice.
		{"open a host", `Unable to connect to "smtp.example.com" port 587. Cannot open smtp.example.com:587`, ProtocolSMTP, CodeUnknown},
		// A delivered log line stays ok even with a failure word before it.
		{"delivered", "postfix/smtp[1]: 4F1: to=<a@example.org>, status=sent (250 2.0.0 OK)", ProtocolSMTP, CodeOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := Explain(tc.text, Hints{Protocol: tc.proto})
			if tc.want == CodeUnknown && f.Evidence.Rule == likeRule {
				return // no rule read it; the labelled texts closest in words may
			}
			assert.Equal(t, tc.want, f.Code, "rule %s", f.Evidence.Rule)
		})
	}
}

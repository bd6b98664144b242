package diagnose

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFamiliesOfRounds29To31 pins the wording families fixed after the
// first score of held-out rounds 29-31 (texts from the rounds; their
// sources are in the rounds' files).
func TestFamiliesOfRounds29To31(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		code       Code
	}{
		// A Python program's log of what it read: "<-- " and a bytes
		// literal around the server's line (round 30, an ok text).
		{"python bytes literal ok", `<-- b'00000001 OK AUTHENTICATE completed.\r\n'`, CodeOK},
		{"python bytes literal no", `<-- b'00000001 NO [AUTHENTICATIONFAILED] Invalid credentials\r\n'`, CodeInvalidCredentials},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := Explain(tc.text, Hints{})
			assert.Equal(t, tc.code, f.Code, "rule %s", f.Evidence.Rule)
			assert.Equal(t, ProtocolIMAP, f.Protocol)
		})
	}
	for _, tc := range []struct {
		name, text string
		code       Code
		rule       string
	}{
		// MTAs' own words for a failed DNS lookup (round 31).
		{"dma dns lookup failure", "May 27 08:54:02 alice dma[1fba5.21545c0]: remote delivery deferred: DNS lookup failure: host destination.de not found", CodeDNSFailure, "dns-lookup-words"},
		{"opensmtpd resolve mx", "smtp-out: routing: Failed to resolve MX for [blah]: Invalid domain name", CodeDNSFailure, "dns-lookup-words"},
		{"zonemta general failure", "550 Failed to resolve IP address for smtp.remotedomain.com of the MX server for remotedomain.com. DNS server returned general failure", CodeDNSFailure, "dns-lookup-words"},
		{"forward email servfail", "550 queryTxt ESERVFAIL", CodeDNSFailure, "dns-lookup-words"},
		// Dovecot's connection limit (round 31), a relay's outgoing limit (round 30).
		{"dovecot process_limit", "mail dovecot: master: Warning: service(imap-login): process_limit (100) reached, client connections are being dropped", CodeRateLimited, "throttled"},
		{"outgoing limits", `Expected response code 250 but got code "554", with message "554 5.7.1 Reached address outgoing limits for \r\n"`, CodeRateLimited, "throttled"},
		// A 535 a wrapper quotes mid-line answers AUTH (round 30); Postfix's
		// 535 under soft_bounce is a 435 4.7.8 (round 29).
		{"535 authentication required", "Check SMTP settings: error 535 Authentication required", CodeInvalidCredentials, ""},
		{"435 4.7.8", "Net::SMTPAuthenticationError: 435 4.7.8 Error: authentication failed:", CodeInvalidCredentials, "smtp-5.7.8"},
		// go-mail's words for a mechanism the server does not offer (round 29).
		{"auth type not supported", "Error sending email: dial failed: server does not support SMTP AUTH type: PLAIN", CodeMechanismUnsupported, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := Explain(tc.text, Hints{})
			assert.Equal(t, tc.code, f.Code, "rule %s", f.Evidence.Rule)
			if tc.rule != "" {
				assert.Equal(t, tc.rule, f.Evidence.Rule)
			}
		})
	}
	// Exim's smtp_accept_max_nonmail: a per-connection limit (round 29).
	f := Explain("CLIENT 1: └──NOOP SERVER 1: └──554 Too many nonmail commands", Hints{})
	assert.Equal(t, CodeRateLimited, f.Code, "rule %s", f.Evidence.Rule)
	assert.Equal(t, "sending-limit", f.Evidence.Rule)
}

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
	// Exim's smtp_accept_max_nonmail: a per-connection limit (round 29).
	f := Explain("CLIENT 1: └──NOOP SERVER 1: └──554 Too many nonmail commands", Hints{})
	assert.Equal(t, CodeRateLimited, f.Code, "rule %s", f.Evidence.Rule)
	assert.Equal(t, "sending-limit", f.Evidence.Rule)
}

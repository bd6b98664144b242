package diagnose

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mailcheck-go/mailcheck/probe"
)

// TestBounceStage checks that the command a delivery report names decides
// the stage of the reply it quotes, and that words which only look like a
// command do not.
func TestBounceStage(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		stage      probe.Stage
		envelope   string
	}{
		// Postfix's bounce names the command in parentheses.
		{"postfix rcpt", "host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@example.com>: Recipient address rejected (in reply to RCPT TO command)", probe.StageEnvelope, "rcpt"},
		{"postfix data", "host mx.example.com[192.0.2.1] said: 554 5.7.1 rejected (in reply to end of DATA command)", probe.StageData, ""},
		// Exim's names it after "after".
		{"exim rcpt", "SMTP error from remote mail server after RCPT TO:<a@example.com>:\n    550 5.1.1 unknown", probe.StageEnvelope, "rcpt"},
		{"exim mail from", "SMTP error from remote mail server after MAIL FROM:<a@example.com> SIZE=1234: 553 sorry", probe.StageEnvelope, "mail"},
		{"exim pipelined data", "SMTP error from remote mail server after pipelined DATA: 554 5.7.1 spam", probe.StageData, ""},
		// sendmail's transcript: the last command before the refusal.
		{"sendmail transcript", ">>> MAIL From:<a@example.com>\n<<< 250 ok\n>>> RCPT To:<b@example.com>\n<<< 250 ok\n>>> DATA\n<<< 554 5.7.1 Message rejected", probe.StageData, ""},
		// Prose that only mentions mail or data tells nothing.
		{"prose", "550 mail after mail delivery failed, data lost", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lower := unwrapLower(strings.ToLower(tc.text))
			stage, envelope := bounceStage(lower)
			assert.Equal(t, tc.stage, stage)
			assert.Equal(t, tc.envelope, envelope)
		})
	}
}

// TestUnquoteTranscript checks that a sendmail transcript's "<<< " lines
// read as the server's reply, so the reply code is found.
func TestUnquoteTranscript(t *testing.T) {
	text := "----- Transcript of session follows -----\n>>> DATA\n<<< 554 5.7.1 Message rejected as spam"
	o := observeText(text, Hints{})
	assert.Equal(t, 554, o.Reply)
	assert.Equal(t, "5.7.1", o.Enhanced)
	assert.Equal(t, probe.StageData, o.Stage)
	plain := "550 5.1.1 <<a@example.com>> unknown"
	assert.Equal(t, plain, unquoteTranscript(plain), "a text without a transcript line is kept")
}

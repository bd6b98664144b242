package diagnose

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mailcheck-go/mailcheck/probe"
)

// TestFailureAfterPositiveReplies: a transcript whose server replies were
// all positive and whose program then failed on lines of its own is that
// failure, at the stage of the last command. Each of these was read as a
// success (the greeting, "ok", high) before the program's failure after
// the last reply was read.
func TestFailureAfterPositiveReplies(t *testing.T) {
	for _, c := range []struct {
		name, text string
		code       Code
		stage      probe.Stage
		evidence   string
	}{
		{"time-out after an AUTH challenge",
			"220 smtp.example.com ESMTP\nEHLO me\n250-smtp.example.com\n250 AUTH LOGIN PLAIN\nAUTH LOGIN\n334 VXNlcm5hbWU6\nread tcp 192.0.2.1:5123->192.0.2.2:587: i/o timeout",
			CodeConnectionTimeout, probe.StageAuthenticate, "i/o timeout"},
		{"certificate refused after the STARTTLS go-ahead, on lines of their own",
			"220 ready\nSTARTTLS\n220 2.0.0 Ready to start TLS\nx509: certificate signed by unknown authority",
			CodeTLSCertificate, probe.StageTLSHandshake, "x509"},
		{"time-out waiting for the answer to STARTTLS",
			"220 ready\nEHLO a\n250 ok\nSTARTTLS\nread: i/o timeout",
			CodeConnectionTimeout, probe.StageStartTLS, "i/o timeout"},
		{"plain text after the go-ahead: the server's STARTTLS is broken, the client's mode is right",
			"STARTTLS\n220 Go ahead with TLS\njavax.mail.MessagingException: Could not convert socket to TLS;\n  nested exception is:\njavax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?",
			CodeTLSHandshakeFailed, probe.StageTLSHandshake, "plaintext connection"},
		{"a transcript with prefixes",
			"S: 220 mx.example.com ESMTP\nC: EHLO me\nS: 250 ok\nC: MAIL FROM:<a@example.com>\nS: 250 2.1.0 Ok\nC: RCPT TO:<b@example.com>\nread tcp 192.0.2.1:5000->192.0.2.2:25: i/o timeout",
			CodeConnectionTimeout, probe.StageEnvelope, "i/o timeout"},
		{"Gmail's XOAUTH2 refusal as an IMAP continuation",
			"S: * OK Gimap ready\nC: A1 AUTHENTICATE XOAUTH2 dXNlcj1...\nS: + eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==\nunexpected command continuation request",
			CodeInvalidCredentials, probe.StageAuthenticate, "eyJzdGF0dXMi"},
	} {
		f := Explain(c.text, Hints{})
		assert.Equal(t, c.code, f.Code, "%s (rule %s)", c.name, f.Evidence.Rule)
		assert.Equal(t, c.stage, f.Stage, c.name)
		assert.Contains(t, f.Evidence.Text, c.evidence, c.name)
	}

	// The session stopped after the server's yes: never a success, and
	// the stage is where it stopped.
	for _, c := range []struct {
		text  string
		stage probe.Stage
	}{
		{"* OK IMAP4rev1 ready\na1 LOGIN user pass\nread: connection reset by peer", probe.StageAuthenticate},
		{"220 mail.example.com ESMTP Postfix\nEHLO x\n250 ok\nMAIL FROM:<a@b>\n250 2.1.0 Ok\nRCPT TO:<c@d>\n250 2.1.5 Ok\nDATA\n354 End data with <CR><LF>.<CR><LF>\nError: EOF", probe.StageData},
	} {
		f := Explain(c.text, Hints{})
		assert.NotEqual(t, CodeOK, f.Code, "%q (rule %s)", c.text, f.Evidence.Rule)
		assert.Equal(t, c.stage, f.Stage, c.text)
	}

	// A stage the caller gave is kept.
	f := Explain("220 smtp.example.com ESMTP\nAUTH LOGIN\n334 VXNlcm5hbWU6\nread: i/o timeout", Hints{Stage: probe.StageData})
	assert.Equal(t, CodeConnectionTimeout, f.Code)
	assert.Equal(t, probe.StageData, f.Stage)
}

// TestFailureAfterPositiveRepliesNearMisses: the program's words after
// a session that ended in good order, after a refusal, or before the
// replies are not this reading.
func TestFailureAfterPositiveRepliesNearMisses(t *testing.T) {
	checkNotReadAs(t, []notReadAsCase{
		// QUIT answered, then the close: a finished session.
		{"220 mx ESMTP\nEHLO a\n250 ok\nQUIT\n221 2.0.0 Bye\nConnection closed by foreign host.", "", CodeOK},
		// The message taken, then a time-out waiting for QUIT's answer.
		{"220 mx ESMTP\nEHLO a\n250 ok\nDATA\n354 go ahead\n250 2.0.0 Ok: queued as 4ABC123\nQUIT\nread: i/o timeout", "", CodeOK},
		// LOGOUT answered, then the close.
		{"* OK ready\na1 LOGIN u p\na1 OK LOGIN completed\na2 LOGOUT\n* BYE logging out\na2 OK LOGOUT completed\nconnection closed", "", CodeOK},
		// A refusal, then the close: the refusal's words decide.
		{"220 mx ESMTP\nAUTH LOGIN\n334 VXNlcm5hbWU6\n334 UGFzc3dvcmQ6\n535 5.7.8 Error: authentication failed: bad password\nconnection closed", CodeConnectionTimeout, CodeInvalidCredentials},
		// A failure before the replies, then a retry that worked.
		{"read: connection reset by peer\n220 mx ESMTP\nEHLO a\n250 ok\nAUTH PLAIN xxx\n235 2.7.0 Authentication successful", "", CodeOK},
		// A program's time-out setting is no time-out.
		{"connect: OK (timeout=30s)", CodeConnectionTimeout, ""},
		{"dial tcp 192.0.2.2:587: i/o timeout (timeout=30s)", "", CodeConnectionTimeout},
		// "+ " data that is no XOAUTH2 error: an IDLE continuation.
		{"* OK ready\na1 IDLE\n+ idling", CodeInvalidCredentials, ""},
	})
}

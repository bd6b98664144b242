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

// TestReviewOfFailureAfterPositiveReplies: a fresh reviewer's near misses
// of the reading above. Before they were mended, the first four were
// failures read as ok at high confidence (a QUIT after the failure, a
// message taken earlier in a kept-alive session), a TLS handshake that
// completed read as a failure, and the client's mode blamed or not
// depending on whether the STARTTLS line was pasted.
func TestReviewOfFailureAfterPositiveReplies(t *testing.T) {
	for _, c := range []struct {
		name, text string
		not, want  Code
		stage      probe.Stage
	}{
		{"QUIT sent after the failure",
			"S: 220 mx\nC: EHLO a\nS: 250 ok\nC: DATA\nS: 354 go\nC: .\nconnection reset by peer\nC: QUIT", CodeOK, "", probe.StageData},
		{"the word quit in the failure",
			"220 mx\nAUTH LOGIN\n334 VXNlcm5hbWU6\nError: remote server quit unexpectedly: connection reset by peer", CodeOK, "", probe.StageAuthenticate},
		{"a second message after a first one was taken",
			"S: 220 mx\nC: MAIL FROM:<a@example.com>\nS: 250 ok\nC: DATA\nS: 354 go\nC: .\nS: 250 Ok: queued as ABC\nC: RSET\nS: 250 ok\nC: MAIL FROM:<a@example.com>\nS: 250 ok\nC: DATA\nS: 354 go\nC: .\nread tcp 192.0.2.1:5000->192.0.2.2:25: i/o timeout", CodeOK, CodeConnectionTimeout, probe.StageData},
		{"handshake completed after the go-ahead",
			"220 mx ESMTP\nEHLO me\n250-mx\n250 STARTTLS\nSTARTTLS\n220 2.0.0 Ready to start TLS\nTLS handshake complete", "", CodeOK, ""},
		{"plain text after the go-ahead, no STARTTLS line pasted",
			"220 Go ahead with TLS\njavax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?", CodeTLSWrongMode, CodeTLSHandshakeFailed, probe.StageTLSHandshake},
		{"IMAP's go-ahead, then plain text",
			"a1 OK Begin TLS negotiation now\nSSL routines:ssl3_get_record:wrong version number", CodeTLSWrongMode, CodeTLSHandshakeFailed, probe.StageTLSHandshake},
		{"a close after a sign-in that worked",
			"S: 220 mx\nC: AUTH PLAIN AGJvYgBzZWNyZXQ=\nS: 235 2.7.0 Accepted\nConnection closed", "", CodeOK, ""},
		{"a close by the client after IMAP's login",
			"* OK ready\na1 LOGIN u p\na1 OK Logged in\nDisconnected: connection closed by client", "", CodeOK, ""},
		{"a close after POP3's STAT",
			"+OK ready\nUSER u\n+OK\nPASS p\n+OK\nSTAT\n+OK 0 0\nconnection closed", "", CodeOK, ""},
		{"POP3's QUIT answered",
			"+OK ready\nQUIT\n+OK bye\nconnection reset by peer", "", CodeOK, ""},
		{"BDAT LAST taken",
			"220 mx\nBDAT 100 LAST\n250 2.0.0 Ok\nread: connection reset by peer", "", CodeOK, ""},
		{"IMAP IDLE",
			"* OK ready\na1 IDLE\n+ idling\nread tcp 192.0.2.1:5000->192.0.2.2:993: i/o timeout", "", CodeOK, ""},
		{"an EHLO reply's STARTTLS line is no command",
			"220 mx\nEHLO me\n250-mx\n250-PIPELINING\n250 STARTTLS\nread: connection reset by peer", CodeOK, "", probe.StageEHLO},
		{"POP3's STLS",
			"+OK ready\nSTLS\n+OK Begin TLS negotiation now.\nread: connection reset by peer", CodeOK, "", probe.StageTLSHandshake},
		{"ESMTP; is no delivery report's smtp;",
			"ESMTP; 220 relay ready\nread: connection reset by peer", CodeOK, "", ""},
	} {
		f := Explain(c.text, Hints{})
		if c.not != "" {
			assert.NotEqual(t, c.not, f.Code, "%s (rule %s)", c.name, f.Evidence.Rule)
		}
		if c.want != "" {
			assert.Equal(t, c.want, f.Code, "%s (rule %s)", c.name, f.Evidence.Rule)
		}
		if c.stage != "" {
			assert.Equal(t, c.stage, f.Stage, c.name)
		}
	}
	checkNotReadAs(t, []notReadAsCase{
		{"552 5.2.2 The recipient has exceeded the maximum allowed mailbox size", CodeMessageTooLarge, CodeQuotaExceeded},
		{"452 4.2.2 User has exceeded the max permitted quota size", CodeMessageTooLarge, ""},
		{"a3 NO [CANNOT] Full mailbox name too long", CodeQuotaExceeded, ""},
		{"a5 NO Invalid mailbox name: full mailbox path must not exceed 255 characters", CodeQuotaExceeded, ""},
		{"Diagnostic-Code: smtp; 550 5.7.1 Sender account disabled, contact your administrator", CodeRecipientUnknown, ""},
		{"Diagnostic-Code: smtp; 535 5.7.8 Error: authentication failed: user account locked", CodeRecipientUnknown, ""},
		{"STARTTLS failed: no compatible TLS versions", CodeStartTLSUnavailable, ""},
		{"retry timeout exceeded\nSMTP error from remote mail server after RCPT TO: connection timed out", CodeConnectionTimeout, CodeTemporaryFailure},
	})
}

// TestSecondReviewOfTodaysChanges: a second fresh reviewer's near misses
// of the same day's reading and rules. The first seven were failures
// read as ok at high confidence (an explicit error after a reply that
// left nothing pending, a STARTTLS answered with a plain 220, a dropped
// IDLE); the rest were new patterns winning over a better reading.
func TestSecondReviewOfTodaysChanges(t *testing.T) {
	checkNotReadAs(t, []notReadAsCase{
		{"S: 220 x Microsoft ESMTP MAIL Service ready\nC: EHLO x\nS: 250 STARTTLS\nC: STARTTLS\nS: 220 2.0.0 SMTP server ready\nError: EOF", CodeOK, ""},
		{"220 smtp.example.com ESMTP Postfix\nsmtp: connection closed unexpectedly", CodeOK, ""},
		{"* OK [CAPABILITY IMAP4rev1] Dovecot ready.\nError: Connection closed by server before login", CodeOK, ""},
		{"S: 220 mx\nC: AUTH PLAIN AGJvYgBzZWNyZXQ=\nS: 235 2.7.0 Authentication successful\nError: connection closed unexpectedly", CodeOK, ""},
		{"S: 220 mx\nC: RCPT TO:<bob@example.com>\nS: 250 2.1.5 Ok\nError: EOF", CodeOK, ""},
		{"+OK POP3 ready\n+OK Logged in.\nError: Connection closed by server", CodeOK, ""},
		{"* OK ready\na3 IDLE\n+ idling\nError: read: connection reset by peer", CodeOK, ""},
		// A plain close after a step that worked stays the session's end.
		{"S: 220 mx\nC: AUTH PLAIN AGJvYgBzZWNyZXQ=\nS: 235 2.7.0 Accepted\nConnection closed", "", CodeOK},
		// "discarded" in the message or in RSET's answer is no discarded message.
		{"S: 220 mx\nC: DATA\nS: 354 go\nC: Subject: old drafts discarded\nC: .\nS: 250 2.0.0 Ok: queued as ABC\nC: QUIT\nS: 221 Bye", "", CodeOK},
		{"250 2.0.0 Reset state, previous transaction discarded", "", CodeOK},
		// A folder that could not be opened for a named cause is that cause.
		{"Cannot open the Inbox folder. Authentication failed.", CodeMailboxMissing, CodeInvalidCredentials},
		{"Could not open the Drafts folder: Connection timed out", CodeMailboxMissing, CodeConnectionTimeout},
		// "is unknown" of no host name is no DNS failure.
		{"Error: server certificate is unknown", CodeDNSFailure, ""},
		{"SMTP server status is unknown, retrying", CodeDNSFailure, ""},
		// A named reason beside the webmail advice decides.
		{"Your password has expired. Please log in via webmail to change it.", "", CodePasswordExpired},
		// A quoted reply beside qmail's words decides.
		{"Connected to 192.0.2.1 but greeting failed.\nRemote host said: 554 5.7.1 blocked using zen.spamhaus.org\nSorry, I wasn't able to establish an SMTP connection.", CodeConnectionTimeout, CodePolicyBlocked},
		// A delivery report's own sender header is no sender's account.
		{"X-Postfix-Sender: rfc822; alice@example.com\nDiagnostic-Code: smtp; 550 <bob@example.net>: User status is locked.", CodeAccountLocked, CodeRecipientUnknown},
		// swaks's time-out at RCPT, then QUIT and 221: the message was never sent.
		{"<-  220 mx.example.com ESMTP\n -> EHLO me\n<-  250 mx.example.com\n -> MAIL FROM:<a@example.com>\n<-  250 2.1.0 Ok\n -> RCPT TO:<b@example.com>\n<** Timeout (30 secs) waiting for server response\n -> QUIT\n<-  221 2.0.0 Bye", CodeOK, ""},
		// A session that simply ended with QUIT stays ok.
		{"<-  220 mx ESMTP\n -> EHLO me\n<-  250 mx\n -> QUIT\n<-  221 2.0.0 Bye", "", CodeOK},
		// Narrowed patterns keep their real cases.
		{"Message exceeded the maximum allowed attachment size", "", CodeMessageTooLarge},
		{"550 Full mailbox", "", CodeQuotaExceeded},
		// Postfix's 535 form of the cancel is the broken exchange too.
		{"535 5.7.8 Error: authentication failed: bad protocol / cancel", CodeInvalidCredentials, CodeProtocolError},
	})
	// A key store's password is no account's sign-in.
	f := Explain("Error: Keystore password mismatch", Hints{})
	assert.NotEqual(t, "client-user-or-password", f.Evidence.Rule)
	f = Explain("The server does not support two-factor authentication", Hints{})
	assert.NotEqual(t, "mechanism-not-supported-words", f.Evidence.Rule)
	// A POP3 CAPA list answered with a bare +OK holds no commands.
	f = Explain("+OK ready\nCAPA\n+OK\nTOP\nUIDL\nSTLS\nUSER\n.\nread: connection reset by peer", Hints{})
	assert.NotEqual(t, probe.StageAuthenticate, f.Stage)
	assert.NotEqual(t, probe.StageStartTLS, f.Stage)
}

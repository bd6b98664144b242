package diagnose

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mailcheck-go/mailcheck/probe"
)

// TestLogText: qmail-send writes a delivery report with "_" for spaces
// and "/" for line ends (qmail-remote.c); turned back, its quoted reply
// reads as a reply. Other text is untouched.
func TestLogText(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"qmail failure", "delivery 123: failure: Sorry,_no_mailbox_here_by_that_name._(#5.1.1)/",
			"delivery 123: failure: Sorry, no mailbox here by that name. (#5.1.1)\n"},
		{"qmail quoted reply", "delivery 7: deferral: Connected_to_192.0.2.1_but_greeting_failed./Remote_host_said:_421_4.3.2_Service_not_available/",
			"delivery 7: deferral: Connected to 192.0.2.1 but greeting failed.\nRemote host said: 421 4.3.2 Service not available\n"},
		{"not qmail", "550 5.1.1 user_name unknown", "550 5.1.1 user_name unknown"},
	} {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, logText(tc.in)) })
	}
}

// TestNeutralLogFields: a log's relay= field names a host; it must not
// read as the word "relay" of a refusal.
func TestNeutralLogFields(t *testing.T) {
	in := "to=<b@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=5, status=deferred (lost connection with mx.example.com[192.0.2.1] while sending end of data)"
	out := neutralLogFields(in)
	assert.NotContains(t, out, "relay")
	assert.Contains(t, out, "while sending end of data")
	assert.Equal(t, "554 5.7.1 relay access denied", neutralLogFields("554 5.7.1 relay access denied"))
}

func TestStageFromLog(t *testing.T) {
	for _, tc := range []struct {
		in    string
		stage probe.Stage
		env   string
	}{
		{"lost connection with mx[1.2.3.4] while receiving the initial server greeting", probe.StageGreeting, ""},
		{"lost connection with mx[1.2.3.4] while sending rcpt to", probe.StageEnvelope, "rcpt"},
		{"lost connection with mx[1.2.3.4] while sending message body", probe.StageData, ""},
		{"imap-login: disconnected (auth failed, 1 attempts in 2 secs): user=<a>", probe.StageAuthenticate, ""},
		{"disconnect from unknown[1.2.3.4] ehlo=1 auth=0/1 quit=1 commands=2/3", probe.StageAuthenticate, ""},
		{"connect from unknown[1.2.3.4]", "", ""},
	} {
		st, env := stageFromLog(tc.in, nil)
		assert.Equal(t, tc.stage, st, tc.in)
		assert.Equal(t, tc.env, env, tc.in)
	}
}

// TestExplainLogLines: a log's fixed words read as the program means them,
// and a success line is never a failure. Texts are the programs' formats
// (sources in explain_logs.go); hosts and addresses are illustrative.
func TestExplainLogLines(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Code
	}{
		{"postfix/smtp[1]: A1: to=<b@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=4.4.2, status=deferred (lost connection with mx.example.com[192.0.2.1] while sending end of data -- message may be sent more than once)", CodeServerUnavailable},
		{"postfix/smtp[1]: A1: to=<b@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=4.7.4, status=deferred (TLS is required, but was not offered by host mx.example.com[192.0.2.1])", CodeStartTLSUnavailable},
		{"postfix/smtp[1]: A1: to=<b@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=4.7.5, status=deferred (Server certificate not verified)", CodeTLSCertificate},
		{"postfix/smtpd[1]: too many errors after AUTH from unknown[203.0.113.5]", CodeInvalidCredentials},
		{"dovecot: auth: passwd-file(alice,203.0.113.5): unknown user", CodeInvalidCredentials},
		{"dovecot: imap-login: Disconnected (user disabled): user=<alice>, method=PLAIN, rip=203.0.113.5", CodeAccountLocked},
		{"dovecot: imap-login: Disconnected (password expired): user=<alice>, method=PLAIN, rip=203.0.113.5", CodePasswordExpired},
		{"dovecot: imap-login: Disconnected (auth service reported temporary failure): user=<alice>, rip=203.0.113.5", CodeServerUnavailable},
		{"imap[1]: badlogin: [203.0.113.5] plaintext alice SASL(-13): user not found: checkpass failed", CodeInvalidCredentials},
		{"imaps[1]: badlogin: host [203.0.113.5] PLAIN [SASL(-18): passphrase expired, has to be reset]", CodePasswordExpired},
		{"delivery 123: failure: Sorry,_no_mailbox_here_by_that_name._(#5.1.1)/", CodeRecipientUnknown},
		{"delivery 123: deferral: Sorry,_I_wasn't_able_to_establish_an_SMTP_connection._(#4.4.1)/", CodeConnectionTimeout},
		{"441 4.4.1 Error encountered while communicating with primary target IP address: \"Failed to connect. Winsock error code: 10061, Win32 error code: 10061.\"", CodeConnectionRefused},
		{"dovecot: imap-login: Login: user=<alice@example.com>, method=PLAIN, rip=203.0.113.5, lip=192.0.2.10, mpid=1234, TLS", CodeOK},
		{"courier-imapd: LOGIN, user=alice@example.com, ip=[::ffff:203.0.113.5], port=[51234], protocol=IMAP", CodeOK},
		{"postfix/smtpd[1]: disconnect from unknown[203.0.113.5] ehlo=2 starttls=1 auth=1 mail=1 rcpt=1 data=1 quit=1 commands=8", CodeOK},
	} {
		f := Explain(tc.text, Hints{})
		assert.Equal(t, tc.want, f.Code, "%s (rule %s)", tc.text, f.Evidence.Rule)
	}
	// A success line beside a failure line is not a success.
	both := strings.Join([]string{
		"dovecot: imap-login: Login: user=<alice>, method=PLAIN, rip=203.0.113.5, TLS",
		"dovecot: imap-login: Disconnected (auth failed, 1 attempts in 2 secs): user=<bob>, method=PLAIN, rip=203.0.113.5",
	}, "\n")
	assert.NotEqual(t, CodeOK, Explain(both, Hints{}).Code)
}

package smtpcheck

import (
	"bufio"
	"errors"
	"io"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func read(s string) (*Reply, []string, error) {
	return readReply(bufio.NewReader(strings.NewReader(s)))
}

func TestReadReply(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Reply
	}{
		{"single", "250 OK\r\n", Reply{Code: 250, Text: "OK", Lines: []string{"250 OK"}}},
		{"bare code", "250\r\n", Reply{Code: 250, Lines: []string{"250"}}},
		{"bare LF", "220 host ESMTP\n", Reply{Code: 220, Text: "host ESMTP", Lines: []string{"220 host ESMTP"}}},
		{"enhanced", "535 5.7.8 Error: authentication failed: (reason unavailable)\r\n",
			Reply{Code: 535, EnhancedCode: "5.7.8", Text: "Error: authentication failed: (reason unavailable)",
				Lines: []string{"535 5.7.8 Error: authentication failed: (reason unavailable)"}}},
		{"enhanced alone", "250 2.0.0\r\n", Reply{Code: 250, EnhancedCode: "2.0.0", Lines: []string{"250 2.0.0"}}},
		// A dotted version is not an enhanced code: class must be 2, 4 or 5.
		{"not enhanced", "220 mail 1.2.3 ready\r\n", Reply{Code: 220, Text: "mail 1.2.3 ready", Lines: []string{"220 mail 1.2.3 ready"}}},
		{"three-digit detail", "535 5.7.139 Authentication unsuccessful\r\n",
			Reply{Code: 535, EnhancedCode: "5.7.139", Text: "Authentication unsuccessful", Lines: []string{"535 5.7.139 Authentication unsuccessful"}}},
		{"four-digit detail is text", "535 5.7.1390 x\r\n", Reply{Code: 535, Text: "5.7.1390 x", Lines: []string{"535 5.7.1390 x"}}},
		// Gmail, https://github.com/nodemailer/nodemailer/issues/1656: two
		// spaces after the code on the last line.
		{"gmail multi-line", "535-5.7.8 Username and Password not accepted. For more information, go to\r\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1 - gsmtp\r\n",
			Reply{Code: 535, EnhancedCode: "5.7.8",
				Text: "Username and Password not accepted. For more information, go to\nhttps://support.google.com/mail/?p=BadCredentials a1 - gsmtp",
				Lines: []string{"535-5.7.8 Username and Password not accepted. For more information, go to",
					"535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1 - gsmtp"}}},
		{"ehlo", "250-smtp.example.com Hello\r\n250-SIZE 1000\r\n250 AUTH PLAIN\r\n",
			Reply{Code: 250, Text: "smtp.example.com Hello\nSIZE 1000\nAUTH PLAIN",
				Lines: []string{"250-smtp.example.com Hello", "250-SIZE 1000", "250 AUTH PLAIN"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _, err := read(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, *got, "reply")
		})
	}
}

func TestReadReplyErrors(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		protocol bool // a *protocolError, else a read error
		lines    []string
	}{
		{"ssh", "SSH-2.0-OpenSSH_9.2p1\r\n", true, []string{"SSH-2.0-OpenSSH_9.2p1"}},
		{"http", "HTTP/1.1 400 Bad Request\r\n", true, []string{"HTTP/1.1 400 Bad Request"}},
		{"imap on the smtp port", "* OK [CAPABILITY IMAP4rev1] Dovecot ready.\r\n", true, []string{"* OK [CAPABILITY IMAP4rev1] Dovecot ready."}},
		{"no separator", "250OK\r\n", true, []string{"250OK"}},
		{"code 6xx", "650 x\r\n", true, []string{"650 x"}},
		{"code changes", "250-a\r\n251 b\r\n", true, []string{"250-a", "251 b"}},
		{"eof mid-reply", "250-a\r\n250-b\r\n", false, []string{"250-a", "250-b"}},
		{"eof mid-line", "220 hel", false, []string{"220 hel"}},
		{"empty", "", false, nil},
		{"too long", "250 " + strings.Repeat("x", maxReplyLine) + "\r\n", true, []string{"250 " + strings.Repeat("x", maxReplyLine-4)}},
		{"too many lines", strings.Repeat("250-x\r\n", maxReplyLines+1), true, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep, lines, err := read(tc.in)
			require.Error(t, err, "reply %+v", rep)
			var pe *protocolError
			assert.Equal(t, tc.protocol, errors.As(err, &pe), "protocol error")
			if !tc.protocol {
				assert.ErrorIs(t, err, io.EOF)
			}
			if tc.lines != nil {
				assert.Equal(t, tc.lines, lines, "lines")
			}
		})
	}
}

func TestParseEHLO(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  EHLO
	}{
		// Gmail after STARTTLS, https://pastebin.com/uXqSaYa4.
		{"gmail", []string{"250-smtp.gmail.com at your service, [203.0.113.9]", "250-SIZE 35882577", "250-8BITMIME",
			"250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH", "250-ENHANCEDSTATUSCODES", "250-PIPELINING", "250-CHUNKING", "250 SMTPUTF8"},
			EHLO{Greeting: "smtp.gmail.com at your service, [203.0.113.9]",
				Extensions:     []string{"SIZE 35882577", "8BITMIME", "AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH", "ENHANCEDSTATUSCODES", "PIPELINING", "CHUNKING", "SMTPUTF8"},
				AuthMechanisms: []string{"LOGIN", "PLAIN", "XOAUTH2", "PLAIN-CLIENTTOKEN", "OAUTHBEARER", "XOAUTH"},
				Pipelining:     true, Size: 35882577}},
		// Old-style AUTH= beside AUTH, as Exim and Exchange send for old
		// Outlook versions; lower-case keywords are upper-cased.
		{"auth= and lower case", []string{"250-mx.example", "250-auth login plain", "250-AUTH=LOGIN PLAIN", "250-starttls", "250 SIZE"},
			EHLO{Greeting: "mx.example",
				Extensions:     []string{"AUTH login plain", "AUTH=LOGIN PLAIN", "STARTTLS", "SIZE"},
				AuthMechanisms: []string{"LOGIN", "PLAIN"}, StartTLS: true}},
		{"greeting only", []string{"250 mx.example"}, EHLO{Greeting: "mx.example"}},
		{"bare AUTH", []string{"250-mx", "250 AUTH"}, EHLO{Greeting: "mx", Extensions: []string{"AUTH"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := newReply(tc.lines)
			require.NoError(t, err)
			assert.Equal(t, tc.want, *parseEHLO(rep), "EHLO")
		})
	}
}

func TestChooseMechanism(t *testing.T) {
	all := []string{"PLAIN", "LOGIN", "XOAUTH2", "OAUTHBEARER"}
	tests := []struct {
		name            string
		offered         []string
		forced          string
		password, token bool
		want            string
	}{
		{"password prefers PLAIN", all, "", true, false, "PLAIN"},
		{"password falls back to LOGIN", []string{"LOGIN", "XOAUTH2"}, "", true, false, "LOGIN"}, // Microsoft 365 after STARTTLS
		{"token prefers XOAUTH2", all, "", false, true, "XOAUTH2"},
		{"token takes OAUTHBEARER", []string{"PLAIN", "OAUTHBEARER"}, "", false, true, "OAUTHBEARER"},
		{"token wins over password", all, "", true, true, "XOAUTH2"},
		{"forced", all, "LOGIN", true, false, "LOGIN"},
		{"forced though not offered", []string{"PLAIN"}, "LOGIN", true, false, "LOGIN"},
		{"case-insensitive offer", []string{"plain"}, "", true, false, "PLAIN"},
		{"nothing for a password", []string{"XOAUTH2", "CRAM-MD5"}, "", true, false, ""},
		{"nothing for a token", []string{"PLAIN", "LOGIN"}, "", false, true, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, reason := chooseMechanism(tc.offered, tc.forced, tc.password, tc.token)
			assert.Equal(t, tc.want, got, "mechanism")
			assert.NotEmpty(t, reason, "empty reason")
		})
	}
}

var enhancedRE = regexp.MustCompile(`^[245]\.[0-9]{1,3}\.[0-9]{1,3}$`)

// FuzzReadReply checks the reply reader on arbitrary bytes: it never
// panics; a reply it accepts has a code from 100 to 599 and, if any, a
// well-formed enhanced code; and reading its Lines again, as sent, gives
// the same reply (parse, format, parse is stable).
func FuzzReadReply(f *testing.F) {
	seeds := []string{
		// Postfix, https://github.com/vdukhovni/postfix (smtpd_sasl_glue.c).
		"220 mail.example.com ESMTP Postfix\r\n",
		"535 5.7.8 Error: authentication failed: authentication failure\r\n",
		"553 5.7.1 <boss@example.test>: Sender address rejected: not owned by user alice@example.test\r\n",
		"530 5.7.0 Must issue a STARTTLS command first\r\n",
		"250-mail.example.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-AUTH PLAIN LOGIN\r\n250 CHUNKING\r\n",
		// Exchange Online, https://github.com/simonrob/email-oauth2-proxy/issues/193.
		"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [MN2PR05CA0004.namprd05.prod.outlook.com 2023-09-12T20:59:57.214Z 08DBB276B7E699C4]\r\n",
		"220 BY1PR10CA0041.outlook.office365.com Microsoft ESMTP MAIL Service ready at Mon, 1 Jun 2015 12:00:00 +0000\r\n",
		"421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls\r\n",
		// Gmail, https://github.com/nodemailer/nodemailer/issues/1116 and 998.
		"534-5.7.9 Application-specific password required. Learn more at\r\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor x1 - gsmtp\r\n",
		"534-5.7.14 <https://accounts.google.com/signin/continue?x> Please log in\r\n534-5.7.14 in via your web browser and then try again.\r\n534 5.7.14  https://support.google.com/mail/answer/78754 x1 - gsmtp\r\n",
		"454 4.7.0 Too many login attempts, please try again later. x1 - gsmtp\r\n",
		// Exim (cPanel), https://github.com/PHPMailer/PHPMailer/issues/1375.
		"220-host ESMTP Exim 4.89 #1 Tue, 12 Dec 2017 07:10:31 -0700 \r\n220-We do not authorize the use of this system to transport unsolicited, \r\n220 and/or bulk e-mail.\r\n",
		"535 Incorrect authentication data\r\n",
		// Yahoo, Mail.ru style refusals without enhanced codes.
		"535 Incorrect authentication data: authentication failed\r\n",
		"334 VXNlcm5hbWU6\r\n",
		// Oddities: bare code, bare LF, garbage.
		"250\r\n", "220 x\n", "SSH-2.0-OpenSSH\r\n", "250-a\r\n251 b\r\n", "",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		rep, _, err := read(in)
		if err != nil {
			return
		}
		if rep.Code < 100 || rep.Code > 599 {
			t.Fatalf("code %d out of range", rep.Code)
		}
		if rep.EnhancedCode != "" && !enhancedRE.MatchString(rep.EnhancedCode) {
			t.Fatalf("malformed enhanced code %q", rep.EnhancedCode)
		}
		again, _, err := read(strings.Join(rep.Lines, "\r\n") + "\r\n")
		if err != nil {
			t.Fatalf("re-reading %q: %v", rep.Lines, err)
		}
		if !reflect.DeepEqual(rep, again) {
			t.Fatalf("unstable: %+v then %+v", rep, again)
		}
	})
}

// TestValidAddress: what the envelope check accepts inside MAIL FROM:<...>
// and RCPT TO:<...>. Anything that could break the command line or name
// no mailbox is refused before it reaches the server.
func TestValidAddress(t *testing.T) {
	for s, want := range map[string]bool{
		"bob@example.test":       true,
		"o'brien+tag@ex.test":    true,
		"@example.test":          false, // no local part
		"bob@":                   false, // no domain
		"bob":                    false,
		"bob@ex.test\r\nDATA":    false, // command injection
		"bob smith@example.test": false,
		"<bob@example.test>":     false,
		"bob@ex\x7f.test":        false,
	} {
		assert.Equal(t, want, validAddress(s), "%q", s)
	}
}

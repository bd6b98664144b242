package diagnose

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mailcheck-go/mailcheck/probe"
)

// ianaStatusDetails is the subject.detail column of the IANA registry
// (https://www.iana.org/assignments/smtp-enhanced-status-codes, updated
// 2024-12-06), in its order.
var ianaStatusDetails = []string{
	"0.0",
	"1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10",
	"2.0", "2.1", "2.2", "2.3", "2.4",
	"3.0", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6",
	"4.0", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7",
	"5.0", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6",
	"6.0", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8", "6.9", "6.10",
	"7.0", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "7.8", "7.9", "7.10",
	"7.11", "7.12", "7.13", "7.14", "7.15", "7.16", "7.17", "7.18", "7.19", "7.20",
	"7.21", "7.22", "7.23", "7.24", "7.25", "7.26", "7.27", "7.28", "7.29", "7.30",
}

// successDetails are registered codes that report a success or a
// transformation in a DSN (2.1.5, 2.6.4 ...), never a refusal: no rule
// reads them as a failure.
var successDetails = map[string]bool{"1.5": true, "1.9": true, "3.6": true, "6.4": true}

// TestStatusRegistryComplete checks that every code of the registry is
// read: by a rule built from statusRegistry, or by the rules its entry
// names; and that every named rule exists.
func TestStatusRegistryComplete(t *testing.T) {
	ids := map[string]bool{}
	for _, r := range compiledRules() {
		ids[r.ID] = true
	}
	entries := map[string][]statusEntry{}
	for _, e := range statusRegistry {
		entries[e.Detail] = append(entries[e.Detail], e)
		assert.NotEmpty(t, e.Title, e.Detail)
		assert.NotEmpty(t, e.Source, e.Detail)
		for _, id := range e.Elsewhere {
			assert.True(t, ids[id], "X.%s: rule %s named by the registry entry does not exist", e.Detail, id)
		}
	}
	for _, d := range ianaStatusDetails {
		es := entries[d]
		if !assert.NotEmpty(t, es, "X.%s of the registry has no entry", d) || successDetails[d] {
			continue
		}
		read := false
		for _, e := range es {
			read = read || e.Perm != "" || len(e.Elsewhere) > 0
		}
		assert.True(t, read, "X.%s is read by no rule", d)
	}
	assert.Len(t, entries, len(ianaStatusDetails), "an entry that is not in the registry")
}

// TestStatusCodes reads one text per family: real texts where a public
// one was found (source in the comment), the registry's own wording
// otherwise.
func TestStatusCodes(t *testing.T) {
	cases := []struct {
		text  string
		stage probe.Stage
		want  Code
		rule  string
	}{
		// K-9 Mail users' pastes, truncated by the app (held-out round 15
		// has the same family).
		{"Negative SMTP reply: 501 5.1.3 Invalid address", probe.StageEnvelope, CodeRecipientUnknown, "status-5.1.3"},
		{"550 5.1.6 recipient no longer on server", probe.StageEnvelope, CodeRecipientUnknown, ""},
		{"550 5.7.17 Mailbox owner has changed", "", CodeRecipientUnknown, "status-5.7.17"},
		{"550 5.7.27 Sender domain accepts no mail", probe.StageEnvelope, CodeSenderNotPermitted, ""},
		{"550 5.7.29 ARC validation failure", probe.StageData, CodePolicyBlocked, "status-5.7.29"},
		{"550 5.7.20 No passing DKIM signature found", probe.StageData, CodePolicyBlocked, "status-5.7.20"},
		{"451 4.7.24 SPF validation error", probe.StageEnvelope, CodeTemporaryFailure, "status-4.7.24"},
		{"451 4.4.3 Directory server failure", probe.StageEnvelope, CodeTemporaryFailure, "status-4.4.3"},
		{"554 5.4.6 Routing problem", probe.StageData, CodeServerUnavailable, "status-5.4.6"},
		{"523 5.7.10 Encryption Needed", probe.StageAuthenticate, CodePlaintextDisallowed, "status-5.7.10"},
		{"550 5.6.7 Non-ASCII addresses not permitted for that sender", probe.StageEnvelope, CodeProtocolError, "status-5.6.7"},
		// Exchange Online (learn.microsoft.com, "STARTTLS is required").
		{"451 5.7.3 STARTTLS is required to send mail", probe.StageEnvelope, CodeTLSWrongMode, "status-5.7.3"},
		{"454 4.7.1 <a@example.org>", probe.StageEnvelope, CodeRelayDenied, "reply-454-envelope"},
		{"454 4.7.1 Try again later", probe.StageEnvelope, CodeTemporaryFailure, ""},
		// A coarse temporary code keeps the permanent reading ranked.
		{"451 4.7.1 Please try later", "", CodeTemporaryFailure, ""},
		// Bare codes by stage; K-9 Mail prints only the code.
		{"Failed to send some messages - Negative SMTP reply: 553", probe.StageEnvelope, CodeSenderNotPermitted, "reply-553-envelope"},
		{"452 Too many recipients received", probe.StageEnvelope, CodeRateLimited, ""},
		{"554 Transaction failed", probe.StageData, CodePolicyBlocked, "reply-5xx-data"},
		{"454 Please try again", probe.StageStartTLS, CodeStartTLSUnavailable, "reply-454-starttls"},
	}
	for _, tc := range cases {
		t.Run(fmt.Sprintf("%s/%s", tc.stage, tc.text), func(t *testing.T) {
			f := Explain(tc.text, Hints{Protocol: ProtocolSMTP, Stage: tc.stage})
			assert.Equal(t, tc.want, f.Code, "rule %s", f.Evidence.Rule)
			if tc.rule != "" {
				assert.Equal(t, tc.rule, f.Evidence.Rule)
			}
		})
	}
}

// TestDotnetStatusReplies reads .NET's SmtpException messages: the
// sentence names the reply code the server's reply dropped.
func TestDotnetStatusReplies(t *testing.T) {
	cases := []struct {
		text     string
		enhanced string
		want     int
	}{
		{"System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.7.1 Authentication Required", "5.7.1", 550},
		{"Mailbox unavailable. The server response was: 4.2.1 try later", "4.2.1", 450},
		{"Transaction failed. The server response was: 5.7.1 Relay access denied", "5.7.1", 554},
		{"Error in processing. The server response was 5.7.3 STARTTLS is required to send mail", "5.7.3", 451},
		{"The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Authentication Required.", "5.7.0", 530},
		{"Client does not have permission to submit mail to this server. The server response was: 4.7.1 Client host rejected", "4.7.1", 454},
		{"Failure sending mail.", "", 0},
		// The enum's names, as logs and debuggers print them.
		{"SmtpException (StatusCode: MailboxNameNotAllowed)", "", 553},
		{"failed with SmtpStatusCode.MustIssueStartTlsFirst", "", 530},
		{"StatusCode: GeneralFailure", "", 0},
		// No reply at all: .NET's default sentence for status code 0.
		{"Syntax error, command unrecognized. The server response was: ", "", 0},
		// DataStopCommand: the server did send 554, with no words.
		{"Transaction failed. The server response was: ", "", 554},
		{"550 The server response was nothing", "", 0},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, dotnetReply(tc.text, tc.enhanced), tc.text)
	}
	// .NET's "Mailbox unavailable." is its name for the code, not the
	// server's words: the reply's own words decide.
	f := Explain("Mailbox unavailable. The server response was 5.7.1 Client host rejected: Access denied", Hints{})
	assert.NotEqual(t, CodeRecipientUnknown, f.Code, f.Evidence.Rule)

	// System.Net.Mail's own messages without a server reply.
	for text, want := range map[string]Code{
		"System.Net.Mail.SmtpException: The SMTP host was not found.":                                                 CodeDNSFailure,
		"System.Net.Mail.SmtpException: Syntax error, command unrecognized. The server response was: ":                CodeTLSWrongMode,
		"The client or server is only configured for E-mail addresses with ASCII local-parts: j\u00f6rg@example.com.": CodeProtocolError,
	} {
		f := Explain(text, Hints{})
		assert.Equal(t, want, f.Code, "%s: rule %s", text, f.Evidence.Rule)
	}
}

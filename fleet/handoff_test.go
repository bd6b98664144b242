package fleet_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/fleet"
)

func TestHandoffPerGroup(t *testing.T) {
	gr := g("a.test", smtp, diagnose.CodeSendingBlocked, "smtp.a.test", "550 5.7.1 blocked `x` <b>", "x@a.test", "y@a.test")
	gr.Remediation = &diagnose.Remediation{Audience: diagnose.AudienceAdmin, Title: "Sending is blocked", Explanation: "The provider blocked sending.",
		AdminSteps: []string{"Unblock x@a.test in the admin centre."}, Links: []diagnose.Link{{Title: "Help", URL: "https://example.test/help"}}, Checked: "2026-11-01"}
	hs := fleet.Handoffs([]fleet.Group{gr, g("a.test", smtp, diagnose.CodeOK, "smtp.a.test", "", "z@a.test")}, nil)
	require.Len(t, hs, 1, "working groups need no message")
	h := hs[0]
	assert.Equal(t, diagnose.AudienceAdmin, h.Audience)
	assert.Equal(t, "The mail administrator of a.test", h.To)
	assert.Equal(t, []string{"Unblock x@a.test in the admin centre. (shown for x@a.test; repeat for each mailbox listed)"}, h.Steps)

	esc := h
	esc.Evidence = []string{"x: \x1b[31mred\x1b[0m\r\nnext"}
	assert.Contains(t, esc.Text(), "  - x: [31mred [0m next\n", "no control character reaches the text")
	text := h.Text()
	for _, want := range []string{"To: The mail administrator of a.test", "1. Unblock", "  - y@a.test", "550 5.7.1 blocked `x` <b>", "Help: https://example.test/help", "2026-11-01"} {
		assert.Contains(t, text, want)
	}
	md := h.Markdown()
	assert.Contains(t, md, "- `` x@a.test and 1 other: SMTP sending_blocked: \"550 5.7.1 blocked `x` <b>\" ``", "server words sit in a code span longer than any backtick run in them")
	assert.Contains(t, md, "1. Unblock x@a.test in the admin centre.")
	assert.Contains(t, fleet.Handoff{Subject: "a *b* [c](d) <e>"}.Markdown(), `### a \*b\* \[c\](d) \<e\>`, "markup in text is escaped")
	assert.Contains(t, md, "[Help](<https://example.test/help>)")
}

func TestWriteHTMLEscapes(t *testing.T) {
	hostile := `<script>alert(1)</script><img src=x onerror=alert(2)>`
	gr := g("a.test", imap, diagnose.CodeUnknown, "mail.a.test", hostile, "x@a.test")
	rep := &fleet.Report{Counts: fleet.Counts{Accounts: 1, Checked: 1, Failing: 1}, Groups: []fleet.Group{gr},
		Handoffs: fleet.Handoffs([]fleet.Group{gr}, nil),
		Accounts: []fleet.Result{{Email: "x@a.test", Status: fleet.StatusChecked, IMAP: &fleet.ProtocolResult{Code: diagnose.CodeUnknown, Evidence: hostile}}}}
	var b bytes.Buffer
	require.NoError(t, fleet.WriteHTML(&b, rep, &fleet.PageOptions{Title: "Contoso <mail>"}))
	page := b.String()
	assert.NotContains(t, page, "<script")
	assert.NotContains(t, page, "<img")
	assert.Contains(t, page, "&lt;script&gt;alert(1)&lt;/script&gt;")
	assert.Contains(t, page, "<title>Contoso &lt;mail&gt;</title>")
	for _, external := range []string{"<link", "<iframe", "<object", "@import", "url("} {
		assert.NotContains(t, strings.ToLower(page), external, "self-contained: no external asset")
	}
	assert.NotRegexp(t, `<[a-z]+[^>]*\ssrc=`, page, "no element loads anything")
}

// TestHandoffOnePerCause: the same code for the same mailboxes on IMAP and
// SMTP is one hand-off naming both protocols (a firm administrator's find:
// one per protocol, 14 messages for 8 things to do); other mailboxes, or
// another code, keep their own.
func TestHandoffOnePerCause(t *testing.T) {
	cert := func(proto diagnose.Protocol) fleet.Group {
		gr := g("a.test", proto, diagnose.CodeTLSCertificate, string(proto)+".a.test", "certificate has expired", "x@a.test")
		gr.Summary = "1 mailbox of a.test: " + strings.ToUpper(string(proto)) + " tls_certificate_invalid (The certificate has expired)"
		gr.Remediation = &diagnose.Remediation{Audience: diagnose.AudienceAdmin, Title: "The certificate has expired", AdminSteps: []string{"Renew the certificate of " + string(proto) + ".a.test."}}
		return gr
	}
	other := g("a.test", smtp, diagnose.CodeTLSCertificate, "smtp.a.test", "certificate has expired", "y@a.test")
	hs := fleet.Handoffs([]fleet.Group{cert(imap), cert(smtp), other}, nil)
	require.Len(t, hs, 2)
	assert.Equal(t, "1 mailbox of a.test: IMAP and SMTP tls_certificate_invalid (The certificate has expired)", hs[0].Subject)
	assert.Len(t, hs[0].Groups, 2)
	assert.Equal(t, []string{"Renew the certificate of imap.a.test.", "Renew the certificate of smtp.a.test."}, hs[0].Steps)
	assert.Equal(t, []string{"y@a.test"}, hs[1].Mailboxes)
}

// TestHandoffConnectionSettingsToAdmin: a refused port is the accounts
// file's setting: its hand-off goes to the administrator, with the
// settings' steps and the server side's (a firm administrator's find: "To:
// Each user listed ... Check the port").
func TestHandoffConnectionSettingsToAdmin(t *testing.T) {
	gr := g("a.test", imap, diagnose.CodeConnectionRefused, "imap.a.test", "connection refused", "x@a.test")
	gr.Remediation = &diagnose.Remediation{Audience: diagnose.AudienceUser, Title: "Nothing is listening on that port",
		UserSteps: []string{"Check the port."}, AdminSteps: []string{"Start the service."}}
	hs := fleet.Handoffs([]fleet.Group{gr}, nil)
	require.Len(t, hs, 1)
	assert.Equal(t, diagnose.AudienceAdmin, hs[0].Audience)
	assert.Equal(t, "The mail administrator of a.test", hs[0].To)
	assert.Equal(t, []string{"Check the port.", "Start the service."}, hs[0].Steps)

	pw := g("a.test", imap, diagnose.CodeInvalidCredentials, "imap.a.test", "NO [AUTHENTICATIONFAILED]", "x@a.test")
	pw.Remediation = &diagnose.Remediation{Audience: diagnose.AudienceUser, Title: "Wrong password", UserSteps: []string{"Check the password."}}
	assert.Equal(t, diagnose.AudienceUser, fleet.Handoffs([]fleet.Group{pw}, nil)[0].Audience, "a password stays the user's")
}

// TestWriteHTMLUncheckedNotGreen: a group checked without signing in is
// drawn as a note, not as working (a firm administrator's find: green
// beside a ✘ and exit status 1); a working group stays green.
func TestWriteHTMLUncheckedNotGreen(t *testing.T) {
	untried := g("a.test", imap, diagnose.CodeLoginNotTried, "imap.a.test", "", "x@a.test")
	untried.ID = "untried"
	works := g("a.test", smtp, diagnose.CodeOK, "smtp.a.test", "", "y@a.test")
	works.ID = "works"
	rep := &fleet.Report{Counts: fleet.Counts{Accounts: 2, Checked: 2, Working: 1, NoSecret: 1}, Groups: []fleet.Group{untried, works}}
	var b bytes.Buffer
	require.NoError(t, fleet.WriteHTML(&b, rep, &fleet.PageOptions{Title: "x"}))
	assert.Contains(t, b.String(), `<section class="card note group" id="group-untried">`)
	assert.Contains(t, b.String(), `<section class="card good group" id="group-works">`)
}

// TestHandoffCausesStayApart: two certificate failures for other reasons
// (expired on IMAP, another name on SMTP) are two causes, not one (a
// reviewer's find: merged under the expired one's title).
func TestHandoffCausesStayApart(t *testing.T) {
	expired := g("a.test", imap, diagnose.CodeTLSCertificate, "imap.a.test", "certificate has expired", "x@a.test")
	expired.CertReason = "expired"
	other := g("a.test", smtp, diagnose.CodeTLSCertificate, "smtp.a.test", "certificate is valid for mail.example.net", "x@a.test")
	other.CertReason = "wrong_host"
	assert.Len(t, fleet.Handoffs([]fleet.Group{expired, other}, nil), 2)
}

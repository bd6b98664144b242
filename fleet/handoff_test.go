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

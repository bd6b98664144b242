package fleet_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/fleet"
	"github.com/mailcheck-go/mailcheck/probe"
)

// g builds a group: domain, protocol, code, host, the mailboxes, and the
// server's words (one evidence line for all).
func g(domain string, proto diagnose.Protocol, code diagnose.Code, host, text string, mailboxes ...string) fleet.Group {
	gr := fleet.Group{ID: domain + "/" + string(proto) + "/" + string(code) + "@" + host, Domain: domain, Protocol: proto, Code: code,
		Count: len(mailboxes), Mailboxes: mailboxes, Hosts: []fleet.HostMailboxes{{Host: host, Mailboxes: mailboxes}}, Provider: "dovecot"}
	if text != "" {
		gr.Evidence = []fleet.EvidenceLine{{Text: text, Count: len(mailboxes), First: mailboxes[0]}}
	}
	return gr
}

const (
	imap = diagnose.ProtocolIMAP
	smtp = diagnose.ProtocolSMTP
)

func ruleIDs(cs []fleet.Conclusion) []string {
	out := []string{}
	for _, c := range cs {
		out = append(out, c.Rule)
	}
	return out
}

func TestConclude(t *testing.T) {
	wrongPw := "a2 NO [AUTHENTICATIONFAILED] Authentication failed."
	cert := func(gr fleet.Group) fleet.Group { gr.CertReason = probe.CertReason("expired"); return gr }
	mailboxScope := func(gr fleet.Group) fleet.Group { gr.Scope = diagnose.ScopeMailbox; return gr }
	ms := func(gr fleet.Group) fleet.Group { gr.Provider = "microsoft365"; return gr }
	tenant := func(gr fleet.Group) fleet.Group { gr.Tenant = "Contoso"; return gr }
	for _, tc := range []struct {
		name   string
		groups []fleet.Group
		want   []string
	}{
		{"Exchange IMAP: passwords refused while OAuth mailboxes work", []fleet.Group{
			ms(g("a.test", imap, diagnose.CodeBasicAuthDisabled, "outlook.office365.com", "a2 NO AUTHENTICATE failed.", "x@a.test")),
			ms(g("a.test", imap, diagnose.CodeOK, "outlook.office365.com", "", "y@a.test", "z@a.test")),
		}, []string{"exchange_imap_password_holdouts"}},
		{"Exchange IMAP refused for all: OAuth is the only way", []fleet.Group{
			ms(g("a.test", imap, diagnose.CodeBasicAuthDisabled, "outlook.office365.com", "a2 NO AUTHENTICATE failed.", "x@a.test", "y@a.test")),
		}, []string{"exchange_imap_oauth_only"}},
		{"the same for a tenant bought through GoDaddy", []fleet.Group{func() fleet.Group {
			gr := g("a.test", imap, diagnose.CodeBasicAuthDisabled, "outlook.office365.com", "a2 NO AUTHENTICATE failed.", "x@a.test", "y@a.test")
			gr.Provider = "microsoft365_godaddy"
			return gr
		}()}, []string{"exchange_imap_oauth_only"}},
		{"at another provider the same refusal for all is one setting", []fleet.Group{
			g("a.test", imap, diagnose.CodeBasicAuthDisabled, "imap.a.test", "a2 NO Plaintext authentication disallowed", "x@a.test", "y@a.test"),
		}, []string{"tenant_setting"}},
		{"a tenant named by the caller is read across its domains", []fleet.Group{
			tenant(g("contoso.com", smtp, diagnose.CodeInvalidCredentials, "smtp.office365.com", "535 5.7.139 the user credentials were incorrect.", "x@contoso.com")),
			tenant(g("contoso.co.uk", smtp, diagnose.CodeOK, "smtp.office365.com", "", "y@contoso.co.uk")),
		}, []string{"passwords_not_tenant"}},
		{"one mailbox is not a pattern", []fleet.Group{g("a.test", imap, diagnose.CodeInvalidCredentials, "mail.a.test", wrongPw, "x@a.test")}, []string{}},
		{"some wrong passwords while others sign in", []fleet.Group{
			g("a.test", imap, diagnose.CodeInvalidCredentials, "mail.a.test", wrongPw, "x@a.test"),
			g("a.test", imap, diagnose.CodeOK, "mail.a.test", "", "y@a.test", "z@a.test"),
		}, []string{"passwords_not_tenant"}},
		{"personal Gmail accounts share no organisation", []fleet.Group{
			g("gmail.com", imap, diagnose.CodeInvalidCredentials, "imap.gmail.com", wrongPw, "x@gmail.com"),
			g("gmail.com", imap, diagnose.CodeOK, "imap.gmail.com", "", "y@gmail.com", "z@gmail.com"),
		}, []string{}},
		{"nor do three refused personal accounts", []fleet.Group{
			g("outlook.com", imap, diagnose.CodeInvalidCredentials, "outlook.office365.com", wrongPw, "x@outlook.com", "y@outlook.com", "z@outlook.com"),
		}, []string{}},
		{"everyone refused as a wrong password: look for the shared cause", []fleet.Group{
			g("a.test", imap, diagnose.CodeInvalidCredentials, "mail.a.test", wrongPw, "x@a.test", "y@a.test", "z@a.test"),
		}, []string{"all_credentials_refused"}},
		{"two refused, none works: too few to say", []fleet.Group{
			g("a.test", imap, diagnose.CodeInvalidCredentials, "mail.a.test", wrongPw, "x@a.test", "y@a.test"),
		}, []string{}},
		{"same setting text for all: one admin", []fleet.Group{
			g("a.test", smtp, diagnose.CodeProtocolDisabled, "smtp.a.test", "535 5.7.139 SmtpClientAuthentication is disabled for the Tenant. [AB1 2023]", "x@a.test", "y@a.test"),
		}, []string{"tenant_setting"}},
		{"different texts are not one setting", []fleet.Group{func() fleet.Group {
			gr := g("a.test", smtp, diagnose.CodePolicyBlocked, "smtp.a.test", "535 blocked by policy A", "x@a.test", "y@a.test")
			gr.Evidence = append(gr.Evidence, fleet.EvidenceLine{Text: "535 blocked by policy B", Count: 1, First: "y@a.test"})
			return gr
		}()}, []string{}},
		{"other domains do not count as working", []fleet.Group{
			g("a.test", imap, diagnose.CodeInvalidCredentials, "mail.a.test", wrongPw, "x@a.test"),
			g("b.test", imap, diagnose.CodeOK, "mail.b.test", "", "y@b.test", "z@b.test"),
		}, []string{}},
		{"protocol off for one mailbox, unlike the rest", []fleet.Group{
			mailboxScope(g("a.test", smtp, diagnose.CodeProtocolDisabled, "smtp.a.test", "535 disabled for the Mailbox", "x@a.test")),
			g("a.test", smtp, diagnose.CodeOK, "smtp.a.test", "", "y@a.test", "z@a.test"),
		}, []string{"mailbox_protocol_disabled"}},
		{"one mailbox on another server", []fleet.Group{
			g("a.test", imap, diagnose.CodeConnectionRefused, "old.a.test", "connection refused", "x@a.test"),
			g("a.test", imap, diagnose.CodeOK, "mail.a.test", "", "y@a.test", "z@a.test", "w@a.test"),
		}, []string{"mailbox_other_server"}},
		{"expired certificate on one of two hosts", []fleet.Group{
			cert(g("a.test", imap, diagnose.CodeTLSCertificate, "mx2.a.test", "x509: certificate has expired", "x@a.test")),
			g("a.test", imap, diagnose.CodeOK, "mx1.a.test", "", "y@a.test"),
		}, []string{"host_certificate_invalid"}},
		{"expired certificate on the only host is not one host's problem", []fleet.Group{
			cert(g("a.test", imap, diagnose.CodeTLSCertificate, "mx1.a.test", "x509: certificate has expired", "x@a.test", "y@a.test")),
		}, []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, ruleIDs(fleet.Conclude(tc.groups, nil)))
		})
	}
}

func TestConclusionEvidence(t *testing.T) {
	groups := []fleet.Group{
		g("a.test", imap, diagnose.CodeInvalidCredentials, "mail.a.test", "a2 NO [AUTHENTICATIONFAILED] Authentication failed.", "x@a.test", "v@a.test"),
		g("a.test", imap, diagnose.CodeOK, "mail.a.test", "", "y@a.test"),
	}
	cs := fleet.Conclude(groups, nil)
	if assert.Len(t, cs, 1) {
		c := cs[0]
		assert.Equal(t, diagnose.AudienceUser, c.Audience)
		assert.Equal(t, []string{"a.test/imap/invalid_credentials@mail.a.test"}, c.Groups)
		assert.Equal(t, "2 of 3 mailboxes of a.test are refused on IMAP as a wrong password while 1 can sign in: most likely those passwords are wrong, not the organisation's settings", c.Title)
		assert.Equal(t, `x@a.test and 1 other: IMAP invalid_credentials: "a2 NO [AUTHENTICATIONFAILED] Authentication failed."`, c.Evidence[0])
		assert.Contains(t, strings.Join(c.Evidence, "\n"), "1 other mailbox of a.test sign in to IMAP on mail.a.test")
	}

	acrossDomains := []fleet.Group{
		g("contoso.com", smtp, diagnose.CodeInvalidCredentials, "smtp.office365.com", "535 5.7.139 the user credentials were incorrect.", "x@contoso.com"),
		g("contoso.co.uk", smtp, diagnose.CodeOK, "smtp.office365.com", "", "y@contoso.co.uk"),
	}
	assert.Empty(t, fleet.Conclude(acrossDomains, nil), "two domains without a tenant are two organisations")
	for i := range acrossDomains {
		acrossDomains[i].Tenant = "Contoso"
	}
	if cs := fleet.Conclude(acrossDomains, nil); assert.Len(t, cs, 1) {
		assert.Equal(t, "contoso.co.uk, contoso.com", cs[0].Domain)
		assert.Equal(t, "Contoso", cs[0].Tenant)
		assert.Contains(t, cs[0].Title, "1 of 2 mailboxes of Contoso")
		assert.Equal(t, "Each user listed, at Contoso", fleet.Handoffs(acrossDomains, cs)[0].To)
	}

	custom := []fleet.Rule{{ID: "mine", Match: fleet.MatchAll, Codes: []diagnose.Code{diagnose.CodeInvalidCredentials}, Audience: diagnose.AudienceAdmin, Title: "{n} on {domain}"}}
	assert.Empty(t, fleet.Conclude(groups, custom), "a rule of all does not match when some work")
	assert.Equal(t, "2 on a.test", fleet.Conclude(groups[:1], custom)[0].Title, "rules are data: a caller's own table works")
}

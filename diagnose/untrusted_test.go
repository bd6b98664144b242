package diagnose_test

import (
	"encoding/json"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

// untrustedText lists the Report's JSON fields that can carry text a
// server (or DNS) sent, verbatim or quoted: an embedder must escape them
// before putting them in HTML. "*" stands for imap or smtp. The list is
// rendered into docs/report.md and checked by TestUntrustedTextFields.
var untrustedText = []string{
	"provider.evidence",
	"*.summary",
	"*.probe.addresses", "*.probe.remote_addr",
	"*.probe.steps[].detail", "*.probe.steps[].server",
	"*.probe.steps[].error.message", "*.probe.steps[].error.record_header", "*.probe.steps[].error.alert",
	"*.probe.error.message", "*.probe.error.record_header", "*.probe.error.alert",
	"*.probe.mode_check.greeting", "*.probe.mode_check.error.message", "*.probe.mode_check.error.record_header", "*.probe.mode_check.error.alert",
	"*.probe.tls.chain[].subject", "*.probe.tls.chain[].issuer", "*.probe.tls.chain[].dns_names",
	"*.probe.auth.offered", "*.probe.transcript[].text",
	"imap.probe.greeting", "imap.probe.capabilities", "imap.probe.capabilities_before_tls",
	"imap.probe.response.code", "imap.probe.response.code_arg", "imap.probe.response.text", "imap.probe.response.line", "imap.probe.alerts",
	"smtp.probe.banner", "smtp.probe.ehlo.greeting", "smtp.probe.ehlo.extensions", "smtp.probe.ehlo.auth_mechanisms",
	"smtp.probe.ehlo_before_tls.greeting", "smtp.probe.ehlo_before_tls.extensions", "smtp.probe.ehlo_before_tls.auth_mechanisms",
	"smtp.probe.reply.enhanced_code", "smtp.probe.reply.text", "smtp.probe.reply.lines",
	"smtp.probe.envelope.mail.enhanced_code", "smtp.probe.envelope.mail.text", "smtp.probe.envelope.mail.lines",
	"smtp.probe.envelope.rcpt.enhanced_code", "smtp.probe.envelope.rcpt.text", "smtp.probe.envelope.rcpt.lines",
	"findings[].summary", "findings[].evidence.text", "findings[].alternatives[].why", "findings[].alternatives[].tell",
	"verdict.reason", "summary",
	"discovery.tried[].host", "dns.mx", "dns.spf", "dns.autodiscover", "dns.srv",
}

// isUntrusted reports whether the JSON path (array indices written "[]",
// map keys "{key}") is in untrustedText.
func isUntrusted(path string) bool {
	for _, u := range untrustedText {
		if u == path {
			return true
		}
		if rest, ok := strings.CutPrefix(u, "*."); ok && (path == "imap."+rest || path == "smtp."+rest) {
			return true
		}
	}
	return false
}

// stringLeaves walks decoded JSON and calls fn with each string's path.
func stringLeaves(v any, path string, fn func(path, s string)) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			p := k
			if path != "" {
				p = path + "." + k
			}
			if strings.HasSuffix(path, "dns.srv") || path == "dns.srv" {
				p = path // map keys of dns.srv are service names
			}
			stringLeaves(e, p, fn)
		}
	case []any:
		for _, e := range x {
			if path == "dns.srv" || strings.HasSuffix(path, ".lines") || strings.HasSuffix(path, "evidence") ||
				strings.HasSuffix(path, "capabilities") || strings.HasSuffix(path, "capabilities_before_tls") ||
				strings.HasSuffix(path, "extensions") || strings.HasSuffix(path, "auth_mechanisms") || strings.HasSuffix(path, "offered") ||
				strings.HasSuffix(path, "alerts") || strings.HasSuffix(path, "addresses") || strings.HasSuffix(path, "dns_names") ||
				strings.HasSuffix(path, "mx") || strings.HasSuffix(path, "_steps") || strings.HasSuffix(path, "no_longer_works") {
				stringLeaves(e, path, fn) // arrays of strings: the field itself
				continue
			}
			stringLeaves(e, path+"[]", fn)
		}
	case string:
		fn(path, x)
	}
}

// TestUntrustedTextFields runs diagnoses against fakes whose servers say
// distinctive things, and checks that every field quoting a server line
// is one that docs/report.md tells embedders to escape. Catalogue text
// (remediation) quotes known provider phrases on purpose and is
// mailcheck's own words.
func TestUntrustedTextFields(t *testing.T) {
	for _, name := range []string{"microsoft365-wrong-password", "gmail-app-password-required", "garbage-greeting", "dovecot-postfix-wrong-password", "yahoo-app-password-required"} {
		t.Run(name, func(t *testing.T) {
			srv := mailtest.NewTestServer(t, name)
			acct := srv.Accounts()[0]
			a := diagnose.Account{Email: acct.Email, Username: acct.Login(), Password: probe.Secret(acct.Password)}
			if srv.IMAPTLS != "" {
				a.IMAP = endpoint(t, srv.IMAPTLS, probe.SecurityTLS)
			} else {
				a.IMAP = endpoint(t, srv.IMAPStartTLS, probe.SecurityStartTLS)
			}
			if srv.SMTPTLS != "" {
				a.SMTP = endpoint(t, srv.SMTPTLS, probe.SecurityTLS)
			} else {
				a.SMTP = endpoint(t, srv.SMTPStartTLS, probe.SecurityStartTLS)
			}
			rep, err := diagnose.Diagnose(t.Context(), a, &diagnose.Options{TLSConfig: srv.ClientTLSConfig(), StageTimeout: scenarioStageTimeout})
			require.NoError(t, err)
			var lines []string
			for _, tr := range []probe.Transcript{rep.IMAP.Probe.Transcript, rep.SMTP.Probe.Transcript} {
				for _, l := range tr {
					if l.Dir == probe.DirServer && len(l.Text) >= 12 {
						lines = append(lines, l.Text)
					}
				}
			}
			require.NotEmpty(t, lines)
			js, err := json.Marshal(rep)
			require.NoError(t, err)
			var doc any
			require.NoError(t, json.Unmarshal(js, &doc))
			quoted := map[string]bool{}
			stringLeaves(doc, "", func(path, s string) {
				if strings.Contains(path, ".remediation.") || path == "email" {
					return
				}
				for _, l := range lines {
					tail := l[max(0, len(l)-20):]
					if strings.Contains(s, l) || strings.Contains(s, tail) {
						quoted[path] = true
					}
				}
			})
			require.NotEmpty(t, quoted, "some field quotes the server")
			var missing []string
			for p := range quoted {
				if !isUntrusted(p) {
					missing = append(missing, p)
				}
			}
			sort.Strings(missing)
			assert.Empty(t, missing, "these fields quote the server: list them in untrustedText")
		})
	}
}

package diagnose

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/probe"
)

var testVars = Vars{Email: "ann@example.org", Username: "ann@example.org", Domain: "example.org"}

func TestRemediateGenericForEveryCode(t *testing.T) {
	for _, code := range Codes {
		t.Run(string(code), func(t *testing.T) {
			g, ok := catalog.Find(code, "", "", nil)
			require.True(t, ok, "generic entry missing")
			e := &g
			require.Empty(t, e.Provider)
			assertComplete(t, e)

			r := Remediate(code, "", testVars)
			require.NotNil(t, r)
			assert.Equal(t, code, r.Code)
			assert.Empty(t, r.Provider)
			// Unknown providers fall back to the generic entry too.
			assert.Equal(t, e.Title, Remediate(code, "no_such_provider", testVars).Title, "fallback")
		})
	}
}

func TestRemediateProviderCodes(t *testing.T) {
	// Microsoft 365 and Google are required to be covered; the rest of
	// providerCodes is held to the same standard.
	for _, p := range []ProviderID{catalog.IDMicrosoft365, catalog.IDGoogleWorkspace, catalog.IDGmail} {
		info, _ := LookupProvider(p)
		require.NotEmpty(t, info.Codes, p)
	}
	for _, info := range catalog.All() {
		p := info.ID
		for _, code := range info.Codes {
			t.Run(string(p)+"/"+string(code), func(t *testing.T) {
				r := Remediate(code, p, testVars)
				require.NotNil(t, r)
				assert.NotEmpty(t, r.Provider, "only the generic entry fits")
				assertComplete(t, r)
			})
		}
	}
}

func TestCatalogueEntries(t *testing.T) {
	type key struct {
		code     Code
		provider ProviderID
		protocol Protocol
		phase    catalog.SessionPhase
		cred     catalog.Credential
		sit      string
	}
	seen := map[key]bool{}
	for _, e := range catalog.Entries() {
		k := key{e.Code, e.Provider, e.Protocol, e.Phase, e.Credential, e.Situation}
		name := string(e.Code) + "@" + string(e.Provider) + "/" + string(e.Protocol) + "/" + string(e.Phase) + "/" + string(e.Credential) + "/" + e.Situation
		assert.False(t, seen[k], "duplicate entry %s", name)
		seen[k] = true
		assert.True(t, e.Code.Known(), "unknown code in %s", name)
		assertComplete(t, &e)
		for _, l := range e.Links {
			assert.NotEmpty(t, l.Title, "%s: link title", name)
			assert.True(t, strings.HasPrefix(l.URL, "https://"), "%s: link %q is not https", name, l.URL)
			assert.NotContains(t, l.URL, " ", name)
		}
		if e.Provider != "" {
			assert.True(t, catalog.Registered(e.Provider), "%s: provider key is not registered", name)
		}
	}
}

func assertComplete(t *testing.T, r *Remediation) {
	t.Helper()
	name := string(r.Code) + "@" + string(r.Provider)
	assert.NotEmpty(t, r.Title, "%s: title", name)
	assert.Contains(t, []Audience{AudienceUser, AudienceAdmin, AudienceDeveloper, AudienceVendor}, r.Audience, "%s: audience", name)
	assert.NotEmpty(t, r.Explanation, "%s: explanation", name)
	assert.Positive(t, len(r.UserSteps)+len(r.AdminSteps)+len(r.VendorSteps), "%s: no steps", name)
	assert.Regexp(t, `^\d{4}-\d{2}-\d{2}$`, r.Checked, "%s: bad date", name)
}

var placeholderRE = regexp.MustCompile(`\{[a-z_]+\}`)

func TestRemediatePlaceholders(t *testing.T) {
	for _, e := range catalog.Entries() {
		for _, v := range []Vars{testVars, {}, {Email: "bob@example.net"}} {
			r := Remediate(e.Code, e.Provider, v)
			require.NotNil(t, r)
			for _, s := range remedyTexts(r) {
				assert.NotRegexp(t, placeholderRE, s)
			}
		}
	}

	r := Remediate(CodeProtocolDisabled, "microsoft365", testVars)
	assert.Contains(t, strings.Join(r.AdminSteps, "\n"), "Set-CASMailbox -Identity ann@example.org -SmtpClientAuthenticationDisabled $false")
	r = Remediate(CodeProtocolDisabled, "microsoft365", Vars{})
	assert.Contains(t, strings.Join(r.AdminSteps, "\n"), "-Identity <user@example.com>")
	// A sign-in name that is not the address is what -Identity takes.
	r = Remediate(CodeProtocolDisabled, "microsoft365", Vars{Email: "ann@example.org", Username: "ann.smith@corp.example.org"})
	assert.Contains(t, strings.Join(r.AdminSteps, "\n"), "Set-CASMailbox -Identity ann.smith@corp.example.org -SmtpClientAuthenticationDisabled $false")
	assert.NotContains(t, strings.Join(r.AdminSteps, "\n"), "-Identity ann@example.org")
	// Username and domain are derived from the address.
	r = Remediate(CodeRelayDenied, "microsoft365", Vars{Email: "bob@example.net"})
	assert.Contains(t, strings.Join(r.AdminSteps, "\n"), "example.net's MX host")
}

// TestPlaceholdersOnePass: values are filled in one pass from the left,
// as a strings.Replacer would: a brace in an address (RFC 5321 allows one
// in the local part) is not taken for a placeholder, and text that is not
// a placeholder stays as written.
func TestPlaceholdersOnePass(t *testing.T) {
	p := Vars{Email: "{domain}@example.net"}.values()
	for _, tc := range []struct{ in, want string }{
		{"{email}", "{domain}@example.net"},                               // not filled again
		{"{username} at {domain}", "{domain}@example.net at example.net"}, // user name from the address
		{"{ {x} {domain", "{ {x} {domain"},                                // not placeholders
		{"{{domain}}", "{example.net}"},                                   // a brace before one
		{"", ""},
	} {
		assert.Equal(t, tc.want, p.replace(tc.in), tc.in)
	}
	fill := Vars{Email: "ann@example.org", Now: time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC)}.filler()
	assert.Equal(t, "no placeholder", fill("no placeholder"))
	assert.Equal(t, "ann@example.org", fill("{email}"))
}

func remedyTexts(r *Remediation) []string {
	out := []string{r.Title, r.Explanation}
	out = append(out, r.UserSteps...)
	out = append(out, r.AdminSteps...)
	return append(out, r.NoLongerWorks...)
}

func TestRemediateReturnsCopies(t *testing.T) {
	a := Remediate(CodeBasicAuthDisabled, "microsoft365", testVars)
	a.Title = "changed"
	a.UserSteps[0] = "changed"
	a.Links[0].URL = "changed"
	a.NoLongerWorks = append(a.NoLongerWorks[:0], "changed")
	b := Remediate(CodeBasicAuthDisabled, "microsoft365", testVars)
	assert.NotEqual(t, "changed", b.Title, "copy shares state")
	assert.NotEqual(t, "changed", b.UserSteps[0], "copy shares state")
	assert.NotEqual(t, "changed", b.Links[0].URL, "copy shares state")
	assert.NotEqual(t, "changed", b.NoLongerWorks[0], "copy shares state")
}

func TestRemediateLookupOrder(t *testing.T) {
	tests := []struct {
		code     Code
		provider ProviderID
		want     ProviderID // Remediation.Provider
	}{
		{CodeBasicAuthDisabled, "microsoft365", "microsoft365"},
		{CodePolicyBlocked, "microsoft365_godaddy", "microsoft365_godaddy"},
		{CodeProtocolDisabled, "microsoft365_godaddy", "microsoft365"}, // only policy_blocked differs
		{CodeTLSWrongMode, "outlook", "microsoft"},
		{CodeInvalidCredentials, "gmail", "google"},
		{CodeProtocolDisabled, "gmail", "gmail"},
		{CodeProtocolDisabled, "google_workspace", "google_workspace"},
		{CodeDNSFailure, "microsoft365", ""},
		{CodeBasicAuthDisabled, "exchange", "exchange"},
		{CodeAppPasswordRequired, "exchange", ""}, // never Exchange Online's text on-premises
		{CodeProtocolDisabled, "webde", "gmx"},
		{CodeTLSCertificate, "exim", "hosting"},
	}
	for _, tc := range tests {
		r := Remediate(tc.code, tc.provider, testVars)
		require.NotNil(t, r)
		assert.Equal(t, tc.want, r.Provider, string(tc.code)+"@"+string(tc.provider))
	}
	assert.Nil(t, Remediate("no_such_code", "", testVars))
	assert.NotNil(t, Remediate(CodeOK, "", testVars), "want an entry") // a small info entry, documented
}

// honestyNegation says a sentence mentions something in order to rule it out.
var honestyNegation = regexp.MustCompile(`(?i)\b(not|no|never|cannot|nor|neither)\b|n't\b|\brefuse`)

// honestySentences splits text into honestySentences and clauses after a colon, so a
// honestyNegation in one sentence cannot excuse a recommendation in the next.
func honestySentences(s string) []string {
	return regexp.MustCompile(`[.;:]\s+`).Split(s, -1)
}

// Honesty: no Microsoft 365 or Outlook.com entry may present an app
// password as a fix. Any sentence in its title, explanation or steps that
// mentions one must also negate it ("no app password will", "do not create
// an app password"); NoLongerWorks is where the dead fix is named.
func TestHonestyNoAppPasswordAtMicrosoft(t *testing.T) {
	appPassword := regexp.MustCompile(`(?i)app(lication)?[- ](specific )?passwords?`)
	for _, p := range []ProviderID{catalog.IDMicrosoft365, catalog.IDMicrosoft365GoDaddy, catalog.IDOutlook} {
		for _, code := range Codes {
			r := Remediate(code, p, testVars)
			if r == nil || r.Provider == "" {
				continue
			}
			texts := append([]string{r.Title}, r.UserSteps...)
			texts = append(texts, r.AdminSteps...)
			texts = append(texts, r.Explanation)
			for _, text := range texts {
				for _, s := range honestySentences(text) {
					assert.False(t, appPassword.MatchString(s) && !honestyNegation.MatchString(s) && !honestyHedged(s),
						"%s@%s suggests an app password: %q", code, r.Provider, s)
				}
			}
		}
	}
}

// honestyHedged allows the one documented exception: an app password *may* still
// be accepted for SMTP at Microsoft 365 (providers.md §1, "may work"),
// stated as a possibility, never as a step.
func honestyHedged(s string) bool { return strings.Contains(s, " may ") }

// Honesty: "less secure apps" is dead everywhere; only NoLongerWorks may
// name it.
func TestHonestyNoLessSecureApps(t *testing.T) {
	lsa := regexp.MustCompile(`(?i)less[- ]secure`)
	for _, e := range catalog.Entries() {
		texts := append([]string{e.Title, e.Explanation}, e.UserSteps...)
		for _, s := range append(texts, e.AdminSteps...) {
			assert.NotRegexp(t, lsa, s)
		}
	}
}

// Honesty: no Exchange Online entry tells anyone to re-enable Basic auth
// for IMAP or POP, except to say it is impossible.
func TestHonestyNoReenableBasic(t *testing.T) {
	reenable := regexp.MustCompile(`(?i)(re-?enable|turn .* back on|switch .* back on).*(basic|password)`)
	for _, e := range catalog.Entries() {
		if e.Provider != "microsoft365" && e.Provider != "microsoft365_godaddy" && e.Provider != "outlook" {
			continue
		}
		for _, s := range append(append([]string{}, e.UserSteps...), e.AdminSteps...) {
			for _, sent := range honestySentences(s) {
				assert.False(t, reenable.MatchString(sent) && !honestyNegation.MatchString(sent),
					"%s@%s: %q", e.Code, e.Provider, sent)
			}
		}
	}
}

func TestHonestyMicrosoft365Basic(t *testing.T) {
	r := Remediate(CodeBasicAuthDisabled, "microsoft365", testVars)
	all := strings.Join(remedyTexts(r), "\n")
	assert.Contains(t, all, "January 2023")
	assert.Contains(t, all, "OAuth 2.0")
	assert.Contains(t, strings.Join(r.NoLongerWorks, "\n"), "app password")
	assert.Equal(t, AudienceUser, r.Audience)

	smtp := Remediate(CodeProtocolDisabled, "microsoft365", testVars)
	all = strings.Join(remedyTexts(smtp), "\n")
	for _, want := range []string{"end of December 2026", "second half of 2027", "Set-TransportConfig -SmtpClientAuthenticationDisabled $false",
		"Get-CASMailbox -Identity ann@example.org", "Set-CASMailbox -Identity ann@example.org -ImapEnabled $true", "Authenticated SMTP"} {
		assert.Contains(t, all, want)
	}

	consumer := Remediate(CodeBasicAuthDisabled, "outlook", testVars)
	assert.Contains(t, consumer.Explanation, "16 September 2024")
	assert.Empty(t, consumer.AdminSteps, "Outlook.com has no administrator")

	g := Remediate(CodeAppPasswordRequired, "gmail", testVars)
	assert.Contains(t, strings.Join(g.UserSteps, "\n"), "2-Step Verification")
	w := Remediate(CodeProtocolDisabled, "google_workspace", testVars)
	assert.Contains(t, strings.Join(w.AdminSteps, "\n"), "Apps → Google Workspace → Gmail → End User Access → POP and IMAP access")
}

func TestRenderRemediation(t *testing.T) {
	f := Finding{
		Code: CodeBasicAuthDisabled, Severity: SeverityError, Protocol: ProtocolIMAP,
		Stage: probe.StageAuthenticate, Confidence: ConfidenceMedium,
		Summary:      "Microsoft 365 refused the password for IMAP.",
		Evidence:     Evidence{Text: "A1 NO LOGIN failed.", Kind: "server_reply", Rule: "m365-imap-login-failed", Source: "https://github.com/jstedfast/MailKit/issues/460"},
		Alternatives: []Alternative{{Code: CodeProtocolDisabled, Why: "IMAP is off for the mailbox", Tell: "Get-CASMailbox shows ImapEnabled False"}},
		Remediation:  Remediate(CodeBasicAuthDisabled, "microsoft365", testVars),
	}
	user := RenderRemediation(f, AudienceUser)
	assert.Contains(t, user, f.Remediation.Title)
	assert.Contains(t, user, "What to do:\n1. ")
	assert.Contains(t, user, "https://learn.microsoft.com/")
	assert.Contains(t, user, "What no longer works:")
	assert.NotContains(t, user, "Set-CASMailbox")

	admin := RenderRemediation(f, AudienceAdmin)
	assert.Contains(t, admin, "Forward this to your mail administrator")
	assert.Contains(t, admin, "What to change:\n1. ")
	assert.Contains(t, admin, "Set-CASMailbox -Identity ann@example.org -ImapEnabled $true")
	assert.Contains(t, admin, f.Summary)

	dev := RenderRemediation(f, AudienceDeveloper)
	for _, want := range []string{"code:       basic_auth_disabled", "stage:      authenticate", "confidence: medium",
		"A1 NO LOGIN failed.", "rule:       m365-imap-login-failed", "source:     https://github.com/jstedfast/MailKit/issues/460",
		"protocol_disabled: IMAP is off for the mailbox", "tell apart: Get-CASMailbox"} {
		assert.Contains(t, dev, want)
	}
	for _, out := range []string{user, admin, dev} {
		assert.NotContains(t, out, "\x1b[")
		assert.NotRegexp(t, placeholderRE, out)
	}

	// A consumer account has no administrator: the admin view says so.
	f.Remediation = Remediate(CodeBasicAuthDisabled, "outlook", testVars)
	admin = RenderRemediation(f, AudienceAdmin)
	assert.Contains(t, admin, "No administrator setting decides this")
	assert.Contains(t, admin, "Sign in with Microsoft")

	// Without a remediation the generic entry is used.
	out := RenderRemediation(Finding{Code: CodeDNSFailure}, AudienceUser)
	assert.Contains(t, out, "The server name does not exist in DNS")
}

// The Exchange Online basic_auth_disabled text is rendered for IMAP and
// SMTP findings alike: its SMTP sentence must say it is about sending.
func TestMicrosoft365BasicAuthTextFitsEitherProtocol(t *testing.T) {
	r := Remediate(CodeBasicAuthDisabled, "microsoft365", testVars)
	assert.Contains(t, r.Explanation, "If this reply came from sending (SMTP AUTH) rather than IMAP or POP")
	assert.NotContains(t, r.Explanation, "this reply means something blocks it", "the SMTP reading is conditional")
}

// Alternatives' commands name the mailbox like remediation does: the
// sign-in name when known, a readable stand-in otherwise, never a raw
// placeholder.
func TestAlternativesFilled(t *testing.T) {
	f := ClassifyIMAP(imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO AUTHENTICATE failed."), pM365)[0]
	var tells string
	for _, a := range f.Alternatives {
		tells += a.Why + a.Tell
	}
	assert.Contains(t, tells, "Get-CASMailbox -Identity ann@example.com")
	assert.NotContains(t, tells, "{", "no raw placeholder")
	assert.NotContains(t, tells, "<user>", "no bare <user>")

	e := Explain("a1 NO AUTHENTICATE failed.", Hints{Host: "outlook.office365.com"})
	tells = ""
	for _, a := range e.Alternatives {
		tells += a.Why + a.Tell
	}
	assert.Contains(t, tells, "Get-CASMailbox -Identity "+standInUsername)
	assert.NotContains(t, tells, "{", "no raw placeholder")
}

// TestSituationEntriesChosen checks that a rule naming a situation gets
// the entry written for it (its title and who must act), that every
// situation a rule names has an entry, and that the same code without the
// situation keeps the general entry (review of 2026-12-06: a disabled
// recipient was told the address does not exist, a firewall's masking
// was the mailbox owner's to fix).
func TestSituationEntriesChosen(t *testing.T) {
	smtp := Hints{Protocol: ProtocolSMTP}
	for _, tc := range []struct {
		text      string
		hints     Hints
		situation string
		audience  Audience
	}{
		{"554 a@example.org; Recipient address rejected: Account locked for abuse or overuse", smtp, "recipient-mailbox-disabled", AudienceUser},
		{"250-mx.example.org Hello [192.0.2.1]\n250-XXXXXXXA\n250-AUTH\n250 XXXXE", Hints{}, "firewall-smtp-inspection", AudienceAdmin},
		{"postfix/postscreen[1]: warning: haproxy read: time limit exceeded", Hints{}, "proxy-header-missing", AudienceAdmin},
		{"Error login on [imap.example.com] with user [foo] auth [LOGIN]: 2 BAD Invalid characters in atom", Hints{}, "command-not-parsed", AudienceVendor},
		{`Expected response code 220 but got code "", with message "+OK Dovecot ready."`, Hints{}, "mailbox-port-for-smtp", AudienceUser},
		{`postfix/smtpd[1]: fatal: open dictionary: expecting "type:name" form instead of "x"`, Hints{}, "server-service-fatal", AudienceAdmin},
		{"imap(a@example.org)<1><>: Fatal: block_alloc(268435456): Out of memory", Hints{}, "process-out-of-memory", AudienceAdmin},
		{"Warning: Message Still Undeliverable After 4 Hours", Hints{}, "mail-server-retrying", AudienceUser},
		{"554 DT:SPM 163 smtp14,EsCowAD3 http://mail.163.com/help/help_spam_16.htm", smtp, "spam-at-submission", AudienceUser},
		{"Message denied - From address is hostname, specify correct from address", smtp, "host-name-from-address", AudienceAdmin},
		{"SMTP authentication requires SASL", Hints{}, "client-lacks-mechanism", AudienceUser},
		{"Unexpected greeting from server: 220 mail.example.com Microsoft ESMTP MAIL Service ready", Hints{}, "smtp-port-for-mailbox", AudienceUser},
		{"connect EACCES 192.0.2.1:25", Hints{}, "local-connect-blocked", AudienceUser},
		{"imapfilter: timeout period expired while waiting to read data", Hints{Protocol: ProtocolIMAP, Stage: probe.StageMailbox}, "stalled-mid-session", AudienceUser},
		{"You must send through example.org SMTP servers when you send as a@example.org. However, this functionality is not available for your account.", Hints{}, "per-user-gateway-off", AudienceAdmin},
	} {
		f := Explain(tc.text, tc.hints)
		if assert.NotNil(t, f.Remediation, tc.text) {
			assert.Equal(t, tc.situation, f.Remediation.Situation, "%s (rule %s)", tc.text, f.Evidence.Rule)
			assert.Equal(t, tc.audience, f.Remediation.Audience, tc.text)
		}
	}
	// The codes' general readings keep the general entries.
	for _, text := range []string{"550 5.1.1 <a@example.org>: Recipient address rejected: User unknown", "500 5.5.1 Command unrecognized"} {
		f := Explain(text, smtp)
		if assert.NotNil(t, f.Remediation, text) {
			assert.Empty(t, f.Remediation.Situation, text)
		}
	}
	// A receiving server's block of the sending address is advised as a
	// refused message, not a sign-in policy, whatever the text's stage.
	for _, text := range []string{"521 <192.0.2.1> is blocked", "Connection refused due to abuse."} {
		f := Explain(text, Hints{})
		if assert.NotNil(t, f.Remediation, text) {
			assert.Equal(t, catalog.PhaseDelivery, f.Remediation.Phase, text)
		}
	}
	// A mail server's failed lookup of the recipient's domain is advised
	// as a refused message, for the sender first (a mistyped domain is the
	// likeliest cause), its admin second.
	for _, text := range []string{"host map: lookup (example.org): deferred", "<a@example.com>... Unrecognized host name example.com."} {
		f := Explain(text, Hints{})
		require.Equal(t, CodeDNSFailure, f.Code, text)
		if assert.NotNil(t, f.Remediation, text) {
			assert.Equal(t, catalog.PhaseDelivery, f.Remediation.Phase, text)
			assert.Equal(t, AudienceUser, f.Remediation.Audience, text)
			assert.NotEmpty(t, f.Remediation.AdminSteps, text)
		}
	}
	// A message too large over IMAP is one the client tried to store,
	// not to send: no SMTP SIZE steps.
	for _, tc := range []struct {
		text  string
		hints Hints
		proto Protocol
	}{
		{"메일 프로그램에서 저장하려는 메일의 크기가 40MB를 초과하였습니다. 네이버 IMAP은 40MB를 초과하는 메일을 저장할 수 없습니다.", Hints{Protocol: ProtocolIMAP}, ProtocolIMAP},
		{"A3 NO [LIMIT] Message too large", Hints{Protocol: ProtocolIMAP}, ProtocolIMAP},
		{"552 5.3.4 Message size exceeds fixed maximum message size", smtp, ""},
	} {
		f := Explain(tc.text, tc.hints)
		require.Equal(t, CodeMessageTooLarge, f.Code, tc.text)
		if assert.NotNil(t, f.Remediation, tc.text) {
			assert.Equal(t, tc.proto, f.Remediation.Protocol, tc.text)
			assert.Equal(t, tc.proto == ProtocolIMAP, strings.Contains(f.Remediation.VendorSteps[0], "APPENDLIMIT"), tc.text)
		}
	}
	// Every situation a rule names has its entry.
	have := map[string]bool{}
	for _, e := range catalog.Entries() {
		have[e.Situation] = true
	}
	for _, r := range compiledRules() {
		if r.Situation != "" {
			assert.True(t, have[r.Situation], "rule %s names situation %q, which no catalogue entry is written for", r.ID, r.Situation)
		}
	}
}

// TestServerAsksForAdmin: when the server's words ask the person to
// contact their administrator, the user's advice starts there (a new CLI
// user's find: webmail settings came first).
func TestServerAsksForAdmin(t *testing.T) {
	f := Explain("a1 NO [UNAVAILABLE] IMAP access is disabled for this account, contact your administrator", Hints{})
	require.NotNil(t, f.Remediation)
	require.NotEmpty(t, f.Remediation.UserSteps)
	assert.Contains(t, f.Remediation.UserSteps[0], "contact your administrator")

	g := Explain("a1 NO [UNAVAILABLE] IMAP access is disabled for this account", Hints{})
	require.NotNil(t, g.Remediation)
	for _, s := range g.Remediation.UserSteps {
		assert.NotContains(t, s, "The server's own words ask you", "no request, no such step")
	}
	assert.Len(t, f.Remediation.UserSteps, len(g.Remediation.UserSteps)+1, "the catalogue's steps are kept after it")
}

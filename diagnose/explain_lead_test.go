package diagnose

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
	"github.com/mailcheck-go/mailcheck/smtpcheck"
)

// appPasswordAdvice matches a sentence that tells someone to make or use
// an app password, unless it rules one out.
var appPasswordAdvice = regexp.MustCompile(`(?i)\b(create|generate|use|make)\b[^.;:]*app(lication)?[- ](specific )?password`)

// adviceSentences returns every sentence of a finding's user and admin
// advice that recommends an app password without negating it.
func adviceSentences(f Finding) []string {
	var bad []string
	r := f.Remediation
	if r == nil {
		return nil
	}
	for _, text := range append(append([]string{r.Title, r.Explanation}, r.UserSteps...), r.AdminSteps...) {
		for _, s := range honestySentences(text) {
			if appPasswordAdvice.MatchString(s) && !honestyNegation.MatchString(s) {
				bad = append(bad, s)
			}
		}
	}
	return bad
}

// A bare Exchange refusal with no host is nearly always Exchange Online:
// the advice leads with that case and says what would confirm it, and
// never tells anyone to make an app password for IMAP.
func TestExplainBareExchangeWordingLeadsWithExchangeOnline(t *testing.T) {
	for _, text := range []string{"AUTHENTICATE failed.", "LOGIN failed.", "a1 NO AUTHENTICATE failed.", "javax.mail.AuthenticationFailedException: AUTHENTICATE failed."} {
		t.Run(text, func(t *testing.T) {
			f := Explain(text, Hints{Now: time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)})
			require.NotNil(t, f.Remediation)
			assert.True(t, strings.HasPrefix(f.Remediation.Explanation, "If this is Microsoft 365 / Exchange Online, no password or app password works"), f.Remediation.Explanation)
			assert.Contains(t, f.Remediation.Explanation, "outlook.office365.com", "says which fact would confirm it")
			assert.Contains(t, f.Remediation.Explanation, "greeting", "says which fact would confirm it")
			assert.Equal(t, catalog.IDMicrosoft365, f.Remediation.Provider)
			require.NotEmpty(t, f.Alternatives)
			assert.Equal(t, CodeBasicAuthDisabled, f.Alternatives[0].Code, "Exchange Online's reading ranks first")
			assert.Empty(t, adviceSentences(f), "no app password advice for IMAP at Microsoft")
			assert.Equal(t, "Microsoft 365", f.AdviceIf, "the advice says it holds only if this is Microsoft 365")
		})
	}
}

// The lead is for text that names no server: with a host, the host
// decides, and a non-Microsoft server gets no Microsoft lead.
func TestExplainLeadOnlyWithoutHost(t *testing.T) {
	f := Explain("AUTHENTICATE failed.", Hints{Host: "imap.example.org", Protocol: ProtocolIMAP})
	if f.Remediation != nil {
		assert.NotContains(t, f.Remediation.Explanation, "If this is Microsoft 365")
	}
	g := Explain("AUTHENTICATE failed.", Hints{Host: "imap.gmail.com"})
	require.NotNil(t, g.Remediation)
	assert.NotContains(t, g.Remediation.Explanation, "Microsoft")
	m := Explain("AUTHENTICATE failed.", Hints{Host: "outlook.office365.com"})
	require.NotNil(t, m.Remediation)
	assert.Empty(t, m.AdviceIf, "the host decides: the advice is not conditional")
	assert.Equal(t, CodeBasicAuthDisabled, m.Code)
	assert.NotContains(t, m.Remediation.Explanation, "If this is", "a known host needs no hedge")
}

// Google's wording without its trailer leads with Google's case.
func TestExplainBareGoogleWordingLeadsWithGoogle(t *testing.T) {
	f := Explain("535-5.7.8 Username and Password not accepted. For more information, go to", Hints{})
	require.NotNil(t, f.Remediation)
	assert.True(t, strings.HasPrefix(f.Remediation.Explanation, "If this is Gmail or Google Workspace"), f.Remediation.Explanation)
	assert.Equal(t, catalog.IDGoogle, f.Remediation.Provider)
}

// 5.7.68 is the tenant refusing Direct Send, not a refused password.
func TestExplainDirectSendIsNotAPassword(t *testing.T) {
	f := Explain("550 5.7.68 TenantInboundAttribution; Direct Send not allowed for this organization from unauthorized sources", Hints{})
	assert.Equal(t, CodeRelayDenied, f.Code)
	for _, a := range f.Alternatives {
		assert.NotEqual(t, CodeInvalidCredentials, a.Code)
	}
	require.NotNil(t, f.Remediation)
	assert.Equal(t, catalog.IDMicrosoft365, f.Remediation.Provider)
	assert.Contains(t, f.Remediation.Explanation, "Neither is a refused password")
	assert.Contains(t, strings.Join(f.Remediation.AdminSteps, "\n"), "RejectDirectSend")
}

// The dated wording follows Hints.Now, and only the wording: the code,
// evidence and alternatives are the same on both days.
func TestExplainWordingFollowsHintsNow(t *testing.T) {
	text := "535 5.7.139 Authentication unsuccessful, basic authentication is disabled."
	before := Explain(text, Hints{Host: "smtp.office365.com", Now: time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)})
	after := Explain(text, Hints{Host: "smtp.office365.com", Now: time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC)})
	require.NotNil(t, before.Remediation)
	require.NotNil(t, after.Remediation)
	assert.Equal(t, before.Code, after.Code)
	assert.Equal(t, before.Evidence, after.Evidence)
	assert.Contains(t, before.Remediation.Explanation, "(about 27 days from now: Microsoft names the month")
	assert.NotContains(t, before.Remediation.Explanation, "Since the end of December 2026")
	assert.Contains(t, after.Remediation.Explanation, "Since the end of December 2026")
	assert.Contains(t, after.Remediation.Explanation, "an administrator can switch it back on until Microsoft's final removal")
	assert.Contains(t, after.Remediation.Explanation, "the likeliest cause where no administrator has switched it on", "from 2027 Microsoft's own default leads the causes")
	assert.NotRegexp(t, `in \d+ days?`, after.Remediation.Explanation)

	// IMAP and POP at Microsoft 365: always "gone since 2023", on any day.
	for _, day := range []time.Time{time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC), time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC)} {
		imap := Explain("a1 NO LOGIN failed.", Hints{Host: "outlook.office365.com", Now: day})
		require.NotNil(t, imap.Remediation)
		assert.Contains(t, imap.Remediation.Explanation, "gone since January 2023")
		assert.Contains(t, imap.Remediation.Explanation, "no switch")
		assert.NotRegexp(t, `in \d+ days?`, imap.Remediation.Explanation)
	}
}

// GoDaddy's own mail lives under secureserver.net as its cPanel hosting
// does; the more specific host names decide.
func TestDetectGoDaddyEmailIsNotCPanel(t *testing.T) {
	assert.Equal(t, catalog.IDGoDaddyEmail, DetectProvider(DetectInput{IMAPHost: "imap.secureserver.net"}).ID)
	assert.Equal(t, catalog.IDGoDaddyEmail, DetectProvider(DetectInput{SMTPHost: "smtpout.secureserver.net"}).ID)
	assert.Equal(t, catalog.IDExim, DetectProvider(DetectInput{IMAPHost: "p3plcpnl0711.prod.phx3.secureserver.net"}).ID)
}

// TestScenarioFingerprintsMatchRegistry: the fakes imitate providers with
// their exact greetings and banners, and the registry must recognise each
// one as the provider the scenario claims (family for family: a Gmail
// greeting is "google"'s). A scenario and the registry that disagree mean
// one of them is wrong.
func TestScenarioFingerprintsMatchRegistry(t *testing.T) {
	n := 0
	for _, sc := range mailtest.Scenarios() {
		if sc.Provider == mailtest.ProviderGeneric || !catalog.Registered(sc.Provider) {
			continue
		}
		in := DetectInput{}
		if sc.IMAP != nil {
			in.IMAPGreeting = strings.NewReplacer("{client}", "127.0.0.1", "{capabilities}", "IMAP4rev1").Replace(sc.IMAP.Greeting)
		}
		if sc.SMTP != nil {
			in.SMTPBanner = strings.Join(sc.SMTP.Banner, "\n")
		}
		got := DetectProvider(in)
		if got.ID == catalog.IDUnknown {
			// Some real greetings carry no fingerprint at all (Yahoo's
			// "IMAP4rev1 Hello"); then the banner must.
			assert.NotEmpty(t, in.SMTPBanner+in.IMAPGreeting, sc.Name)
			continue
		}
		n++
		assert.Equal(t, catalog.Family(sc.Provider), catalog.Family(got.ID), "%s: scenario says %s, registry says %s (%v)", sc.Name, sc.Provider, got.ID, got.Evidence)
	}
	assert.GreaterOrEqual(t, n, 5, "too few scenarios recognised to mean anything")
}

// The warning for a password SMTP AUTH that works at Microsoft 365 is
// worded for the day of the probe, with the "works today" advice.
func TestMicrosoftSMTPWarningFollowsTheProbeDay(t *testing.T) {
	res := func(day time.Time) *smtpcheck.Result {
		return &smtpcheck.Result{OK: true, Stage: probe.StageQuit, StartedAt: day, Username: "ann@example.org",
			Auth: &probe.Auth{Mechanism: "LOGIN", Attempted: true, OverTLS: true, Succeeded: true}}
	}
	warn := func(day time.Time) Finding {
		for _, f := range ClassifySMTP(res(day), Provider{ID: catalog.IDMicrosoft365}) {
			if f.Evidence.Rule == "warn-microsoft-smtp-basic-ending" {
				return f
			}
		}
		t.Fatalf("no SMTP AUTH warning on %s", day)
		return Finding{}
	}
	before := warn(time.Date(2026, 12, 4, 8, 0, 0, 0, time.UTC))
	after := warn(time.Date(2027, 1, 15, 8, 0, 0, 0, time.UTC))
	assert.Contains(t, before.Summary, "(about 27 days from now: Microsoft names the month")
	assert.Contains(t, after.Summary, "Since the end of December 2026")
	assert.NotContains(t, before.Summary, "{when:")
	require.NotNil(t, before.Remediation)
	assert.Equal(t, CodeOK, before.Remediation.Code, "a working login gets the works-today advice")
	assert.Contains(t, before.Remediation.Explanation, "about 27 days from now")
	assert.Contains(t, after.Remediation.Explanation, "Since the end of December 2026")
}

// Advice read more than six months after its facts were checked says so.
func TestAdviceSaysWhenItsFactsAreOld(t *testing.T) {
	fresh := Remediate(CodeBasicAuthDisabled, catalog.IDMicrosoft365, Vars{Now: time.Date(2027, 1, 15, 0, 0, 0, 0, time.UTC)})
	old := Remediate(CodeBasicAuthDisabled, catalog.IDMicrosoft365, Vars{Now: time.Date(2027, 9, 1, 0, 0, 0, 0, time.UTC)})
	assert.NotContains(t, fresh.Explanation, "more than six months")
	assert.Contains(t, old.Explanation, "last checked on "+old.Checked+", more than six months before 2027-09-01")
}

// TestHintsVarsDomain: the remediation's domain is the one detection
// reads from the same address: lower case, without a trailing dot.
func TestHintsVarsDomain(t *testing.T) {
	for email, want := range map[string]string{
		"alice@Contoso.COM":   "contoso.com",
		" alice@contoso.com.": "contoso.com",
		"alice":               "",
		"alice@":              "",
	} {
		assert.Equal(t, want, Hints{Email: email}.vars().Domain, email)
	}
}

// Exchange's bare "535 5.7.3 Authentication unsuccessful": its summary's
// date follows the day the advice is read for, and at Exchange Online
// (the host says so) it does not lead with a server the organisation runs
// itself.
func TestExchange535SummaryIsDatedAndFitsTheHost(t *testing.T) {
	text := "535 5.7.3 Authentication unsuccessful"
	before := Explain(text, Hints{Now: time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)})
	after := Explain(text, Hints{Now: time.Date(2027, 1, 15, 0, 0, 0, 0, time.UTC)})
	assert.Contains(t, before.Summary, "at the end of December 2026 (about 25 days from now")
	assert.Contains(t, after.Summary, "Since the end of December 2026")
	assert.NotContains(t, after.Summary, "days from now")
	assert.NotContains(t, after.Summary, "{when:")
	online := Explain(text, Hints{Host: "smtp.office365.com", Now: time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)})
	assert.Equal(t, CodeInvalidCredentials, online.Code)
	assert.True(t, strings.HasPrefix(online.Summary, "Exchange Online refused the sign-in"), online.Summary)
	assert.NotContains(t, online.Summary, "runs itself")
	assert.Contains(t, before.Summary, "runs itself", "without a host, both kinds of Exchange are named")
}

package diagnose

import (
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/probe"
)

// TestRulesWellFormed checks every rule as data: a unique id, a known
// code, a public source, sane alternatives, at least one condition.
func TestRulesWellFormed(t *testing.T) {
	ids := map[string]bool{}
	for _, r := range compiledRules() {
		assert.NotEmpty(t, r.ID)
		assert.False(t, ids[r.ID], "duplicate rule id %s", r.ID)
		ids[r.ID] = true
		assert.True(t, r.Code.Known(), "%s: code %q", r.ID, r.Code)
		assert.Contains(t, []Confidence{ConfidenceHigh, ConfidenceMedium, ConfidenceLow}, r.Confidence, r.ID)
		assert.True(t, strings.HasPrefix(r.Source, "https://"), "%s: source %q", r.ID, r.Source)
		for _, p := range r.Providers {
			assert.True(t, catalog.Registered(p), "%s: provider %q", r.ID, p)
		}
		for _, a := range r.Alternatives {
			assert.NotEqual(t, r.Code, a.Code, "%s: alternative repeats the code", r.ID)
			assert.True(t, a.Code.Known(), r.ID)
			assert.NotEmpty(t, a.Why, r.ID)
			assert.NotEmpty(t, a.Tell, r.ID)
		}
		hasCondition := len(r.Net) > 0 || r.Stop != "" || r.SignInRetried || r.ModeTLS || r.ModeNoTLS || len(r.Status) > 0 || len(r.RespCode) > 0 ||
			len(r.Reply) > 0 || len(r.Enhanced) > 0 || r.Envelope != "" || len(r.Phrases) > 0 || r.re != nil
		assert.True(t, hasCondition, "%s matches everything", r.ID)
		// compileRules does not lower-case patterns: one with a capital
		// letter could never match the lower-cased text.
		assert.Equal(t, strings.ToLower(r.Pattern), r.Pattern, "%s: patterns are matched against lower-case text", r.ID)
		assert.Equal(t, strings.ToLower(r.NotPattern), r.NotPattern, "%s: patterns are matched against lower-case text", r.ID)
	}
	// Phrases are checked in the tables as written, before compileRules
	// lower-cases them (checked after, this could not fail): a table is
	// read as a document, and a phrase written in capitals would suggest a
	// case-sensitive match that does not happen.
	for _, table := range ruleTables {
		for _, r := range table {
			for _, p := range r.Phrases {
				assert.Equal(t, strings.ToLower(p), p, "%s: write phrases in lower case, as they are matched", r.ID)
			}
		}
	}
	for _, c := range clientErrors {
		assert.Equal(t, strings.ToLower(c.Pattern), c.Pattern, "client error patterns are matched against lower-case text")
		for _, p := range c.Phrases {
			assert.Equal(t, strings.ToLower(p), p)
		}
		assert.True(t, c.Kind != "" || c.Stop != "", "a client error names a fact")
	}
	assert.GreaterOrEqual(t, len(compiledRules()), 100)
}

// TestRuleTiers: provider rules name providers, phrase rules match text,
// and no generic rule names a provider.
func TestRuleTiers(t *testing.T) {
	for _, r := range providerPhraseRules {
		assert.NotEmpty(t, r.Providers, r.ID)
		assert.True(t, len(r.Phrases) > 0 || r.Pattern != "", "%s: a provider phrase rule matches a phrase", r.ID)
	}
	for _, r := range phraseRules {
		assert.Empty(t, r.Providers, r.ID)
		assert.True(t, len(r.Phrases) > 0 || r.Pattern != "", "%s: a phrase rule matches a phrase", r.ID)
	}
	for _, r := range providerCodeRules {
		assert.NotEmpty(t, r.Providers, r.ID)
	}
	for _, tbl := range [][]rule{codeRules, factRules, genericRules, keywordRules, lastRules} {
		for _, r := range tbl {
			assert.Empty(t, r.Providers, r.ID)
		}
	}
	for _, r := range codeRules {
		assert.Empty(t, r.Phrases, "%s: a code rule reads codes", r.ID)
	}
}

// TestEveryCodeReachable: every code has at least one rule or path that
// produces it, so no code is dead vocabulary.
func TestEveryCodeReachable(t *testing.T) {
	produced := map[Code]bool{
		CodeOK:            true, // okFinding, for a probe that worked
		CodeLoginNotTried: true, // loginNotTried, for a server guessed from MX (TestDiscoveryLoginNotTried)
		CodeInterrupted:   true, // interrupted, for a protocol the caller's context stopped (TestCancelReturnsPartialReport)
	}
	for _, r := range compiledRules() {
		produced[r.Code] = true
	}
	for _, c := range Codes {
		assert.True(t, produced[c], "no rule produces %s", c)
	}
}

// TestDeliveryLogLines: an MTA's log line that says a message was handed
// over is a success, but not when the same paste says a delivery failed;
// a login process's "Connection closed" is not a closed account.
func TestDeliveryLogLines(t *testing.T) {
	sent := "Apr 13 07:01:29 mx postfix/smtp[303]: AD463A5144: to=<a@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=0.4, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4B1F2)"
	for text, want := range map[string]Code{
		sent: CodeOK,
		"sendmail[99]: x1: to=<a@example.org>, mailer=esmtp, stat=Sent (Ok: queued as 4B1F2)":                                                                                      CodeOK,
		sent + "\nApr 13 07:02:00 mx postfix/smtp[304]: BE1: to=<b@example.org>, status=bounced (host mx.example.org said: 550 5.1.1 <b@example.org>: Recipient address rejected)": CodeRecipientUnknown,
		// A transcript: the refusal after positive replies is what went wrong.
		"220 mx.example.org ESMTP\n250 2.1.0 Ok\n550 5.1.1 <b@example.org>: Recipient address rejected: User unknown": CodeRecipientUnknown,
		"220 mx.example.org ESMTP\n250-mx.example.org\n250 8BITMIME":                                                  CodeOK,
	} {
		assert.Equal(t, want, Explain(text, Hints{}).Code, text)
	}
	f := Explain("May 17 10:35:53 mail dovecot: imap-login: Disconnected: Connection closed: SSL_accept() failed: error:1408F10B:SSL routines:ssl3_get_record:wrong version number (no auth attempts in 0 secs)", Hints{})
	assert.Equal(t, CodeTLSWrongMode, f.Code)
	assert.Equal(t, CodeAccountLocked, Explain("a1 NO Account has been closed", Hints{Protocol: ProtocolIMAP, Stage: probe.StageAuthenticate}).Code, "a closed account is still one")
}

// TestSendingServiceStates: a sending service's account that may not send
// yet is the account's sending held, and a cap per period is a limit that
// passes; both in the services' own words.
func TestSendingServiceStates(t *testing.T) {
	for text, want := range map[string]Code{
		"554 5.7.0 Your SMTP account is not yet activated. Please contact us to request activation":               CodeSendingBlocked,
		"421 Domain sandbox123.mailgun.org is not allowed to send: Sandbox subdomains are for test purposes only": CodeSendingBlocked,
		"Maximum messages sent per hour reached : limit is 100":                                                   CodeRateLimited,
		"550 5.7.1 Maximum recipients per day exceeded":                                                           CodeRateLimited,
	} {
		assert.Equal(t, want, Explain(text, Hints{}).Code, text)
	}
}

// BenchmarkCompileRules times compiling every rule's patterns and
// prefilters: the one-time cost of a process's first classification
// (compiledRules), no longer paid at package initialisation.
func BenchmarkCompileRules(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		compileRules(ruleTables...)
	}
}

// TestRulePatternsCompile compiles every rule's Pattern and NotPattern,
// and the client errors' and wrapper and log stages' patterns, which are
// otherwise compiled only when a text first gets past their prefilter
// (lazyRegexp): a pattern that does not compile would match nothing and
// be found by no other test.
func TestRulePatternsCompile(t *testing.T) {
	for _, r := range compiledRules() {
		for _, l := range []*lazyRegexp{r.re, r.notRe} {
			if l == nil {
				continue
			}
			_, err := regexp.Compile(l.pattern)
			require.NoError(t, err, "rule %s", r.ID)
			assert.NotNil(t, l.compiled(), "rule %s", r.ID)
		}
	}
	// The tables built at package initialisation compile theirs lazily too.
	for _, c := range clientErrors {
		if c.re != nil {
			_, err := regexp.Compile(c.re.pattern)
			require.NoError(t, err, "client error %q", c.Pattern)
		}
	}
	for _, list := range [][]wrapperStage{wrapperStages(), logStages()} {
		for _, w := range list {
			_, err := regexp.Compile(w.re.pattern)
			require.NoError(t, err, "wrapper stage %q", w.Pattern)
		}
	}
	broken := &lazyRegexp{pattern: `(unclosed`}
	assert.False(t, broken.MatchString("(unclosed"), "a pattern that does not compile matches nothing")
}

// TestLazyRegexpConcurrentFirstUse: checks running side by side may reach
// one pattern first at the same moment; each compiles it once and all
// agree (run under -race, this is the data race test).
func TestLazyRegexpConcurrentFirstUse(t *testing.T) {
	l := &lazyRegexp{pattern: `auth(entication)? failed`}
	var wg sync.WaitGroup
	got := make([]bool, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = l.MatchString("535 authentication failed")
		}()
	}
	wg.Wait()
	for i, g := range got {
		assert.True(t, g, "goroutine %d", i)
	}
	assert.False(t, l.MatchString("235 ok"))
}

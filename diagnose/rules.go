package diagnose

// Classification: how package diagnose turns observations into codes.
//
// Classification is a pure function. [ClassifyIMAP], [ClassifySMTP] and
// [Explain] each turn their input (a probe result, or a message pasted by a
// customer) into one observation: the protocol, the stage, the provider
// id, the network or TLS failure kind, the reason a probe stopped on its
// own, and the server's reply split into status, response code (IMAP
// "[AUTHENTICATIONFAILED]", POP3 "[AUTH]"), SMTP reply code and enhanced
// status code, and text. One rule engine then reads the observation
// against the tables below; the first rule whose every condition holds
// decides the code, the confidence, the alternatives and the evidence.
//
// The tables are data and read like the provider facts they encode; each
// rule names its public source. They live in rules_table.go and are
// searched in this order:
//
//  0. refiningRules: words added to a stock refusal that name more than
//     the stock text (a mechanism the server lacks, a locked account),
//     whoever sends them.
//     entraRules (rules_entra.go) follow: Microsoft Entra ID's AADSTS
//     numbers, which name the cause of a refused OAuth sign-in exactly.
//  1. providerPhraseRules: a provider's own wording, valid only for that
//     provider. The same "AUTHENTICATE failed." is basic_auth_disabled on
//     Exchange Online, where no password can work, and an ordinary refusal
//     on an on-premises Exchange server.
//  2. phraseRules: exact phrases that name one cause whoever sends them
//     ("SmtpClientAuthentication is disabled for the Tenant", Dovecot's
//     "Plaintext authentication disallowed", Google's "Application-specific
//     password required").
//     serverStateRules (rules_serverstate.go) come just before them: a
//     server's or client's words about the session's, the account's or
//     the connection's state that a broader phrase would misread ("POP
//     access for account disabled" is the protocol switched off; "locked
//     for inactivity" is a lock, not an idle timeout).
//  3. documentedRules (rules_documented.go): wording families and code
//     schemes that providers document for their own servers, read as the
//     provider's page says. A few of them (documentedFirstRules) are
//     searched just before phraseRules, where a phrase would misread a
//     documented text (Gmail's "very low reputation of the sending IP
//     address ... temporarily rate limited" is a reputation block;
//     Exchange Online's "banned sender" is the account under 5.7.502 and
//     the client's IP under 5.7.511).
//     rules_providers_documented.go completes these lists per provider
//     (NetEase, Comcast, Yahoo, Oracle, SES, SparkPost, Postmark,
//     GoDaddy): its providerCodeFirstRules, a provider's own code in its
//     reply, follow documentedFirstRules; its providerDocumentedRules
//     follow documentedRules.
//     logFirstRules and logOKRules (explain_logs.go) follow
//     policyFirstRules: a mail server's log line whose fixed words a stock
//     phrase would misread, and its success lines; logRules follow
//     reasonRules, and logLateRules factRules.
//  4. sendingRules, storeRules and reasonRules (rules_reason.go): what
//     happens after the login (a sending suspension or limit, a full
//     mailbox, a message too large, a missing folder or recipient), then
//     the reasons a server gives in its own words (blocked, disabled,
//     suspended, an IP or a country). They come before the codes because
//     the words beyond a server's stock text say why a code was sent.
//     languageServerRules (rules_language.go) follow: the same readings
//     in other languages. quotaResetRules (rules_language.go) come just
//     before reasonRules: a sending quota that resets is a limit, though
//     its notice may say "suspended".
//  5. providerCodeRules: a response code as one provider uses it (Yahoo's
//     and iCloud's [AUTHENTICATIONFAILED] also answers the account
//     password where an app password is needed).
//  6. afterLoginCodeRules and codeRules: response codes (RFC 5530 IMAP codes, RFC 3206 POP3 codes,
//     RFC 3463/4954 SMTP enhanced codes, then bare reply codes and status).
//     statusCodeRules (rules_status.go) come just before codeRules: the
//     IANA registry's enhanced codes with a specific detail ("5.1.3"),
//     which say more than a bare reply code ("501"); reply codes whose
//     stage or RFC gives them one meaning (454 after STARTTLS, 556); and
//     System.Net.Mail's own messages that carry no reply.
//     languageClientRules follow: a client's own account of the sign-in
//     in other languages, and Outlook's error numbers.
//  7. factRules: network, TLS and probe facts that carry no server text.
//     transportFirstFactRules (explain_transport.go) come just before
//     them: a reasonless handshake failure whose words name the usual
//     cause (PHP's "SSL operation failed with code 1").
//     transportFactRules (explain_transport.go) follow: a failure after
//     the server's STARTTLS go-ahead whose words name no TLS reason.
//     aospEmailRules and tbAndroidRules follow: Android's Email app's and
//     Thunderbird for Android's messages, each told by its whole text in
//     any locale (rules_aosp_email.go, rules_thunderbird_mobile.go).
//     languageConnectRules follow: "could not connect" that says no why;
//     then thunderbirdSendRules, Thunderbird's send errors in every
//     locale (rules_thunderbird_send.go), and logLateRules.
//  8. genericRules: generic wording and last-resort readings of a bare
//     status ("NO" at login, "5xx" to AUTH).
//  9. keywordRules: a failure whose words name what it is about (a block
//     list, spam, a quota, a limit, a certificate, TLS, a recipient, a
//     sender, the sign-in) but match no wording above: a guess, at low
//     confidence.
//     statusFallbackRules (rules_status.go) follow: the registry's
//     coarse codes (X.N.0, X.7.1, X.5.N) and bare reply codes read by the
//     stage they answered (RFC 5321 4.3.2), when no words decided.
// 10. lastRules: a bare refusal whose stage and words tell nothing
//     (unknown, with the readings ranked), and bare statuses.
//     lexiconLastRules, then the three tables' readings that name no
//     cause or are marked last (*LastRules), follow.
//
// That is: the more specific evidence wins. A phrase is more specific than
// a code, and a provider's reading more specific than the generic one.
// Response codes are the most reliable signal a server gives, but they are
// coarse: Gmail reuses RFC 4954's "534 5.7.9" (mechanism too weak) for
// "Application-specific password required", and Dovecot files a rate
// limit under [UNAVAILABLE]. So an exact phrase, which can only mean one
// thing, is read before the code it refines, while generic wording ("login
// failed", "try again later") never overrides a code. A provider's phrase
// beats both, because providers.md says where a provider's text means
// something other than its words.
//
// Warnings (see warnings.go) are findings on results that work or partly
// work. A warning's code names what will or could go wrong: an expiring
// certificate is tls_certificate_invalid with severity warning, Microsoft
// 365's scheduled end of password SMTP AUTH is basic_auth_disabled with
// severity warning.

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/probe"
)

// rule is one classification rule. Every condition that is set must hold;
// an unset condition matches anything.
type rule struct {
	// ID is stable and unique; it appears in Evidence.Rule.
	ID string

	// Protocols limits the rule to these protocols; an observation whose
	// protocol is unknown (pasted text) matches every protocol.
	Protocols []Protocol
	// ClientProtocol requires that the protocol is the client's own (a
	// probe's, a hint's, the client's log), so that Protocols holds even
	// for a reply in another protocol's words.
	ClientProtocol bool
	// Providers limits the rule to these provider ids.
	Providers []ProviderID
	// UnknownProvider limits the rule to observations whose provider is
	// not known: wording one provider uses, read without knowing it is
	// that provider, must not be read so for another provider.
	// ProvidersOrUnknown limits the rule to these providers or an
	// unknown one: one provider's reading of wording others share, read
	// so when no provider is known (Google's "Application-specific
	// password required" from Zoho is Zoho's app password, not Google's
	// 2-Step Verification; a reviewer's find).
	ProvidersOrUnknown []ProviderID
	UnknownProvider    bool
	// Stages limits the rule to these stages; "" stands for an unknown
	// stage (pasted text without a hint).
	Stages []probe.Stage
	// OAuth limits the rule to attempts made with an OAuth token.
	OAuth bool

	// Net matches a network or TLS failure of one of these kinds.
	Net []probe.NetErrorKind
	// NetFromText requires that the failure was read from a pasted text,
	// not observed by a probe.
	NetFromText bool
	// NetFromProbe requires the opposite: a failure a probe observed
	// itself, which it can time exactly.
	NetFromProbe bool
	// ModeTLS requires that the extra mode-check connection completed a
	// TLS handshake on the port; ModeNoTLS that the mode check ran and its
	// handshake did not succeed.
	ModeTLS, ModeNoTLS bool
	// Encrypted requires that the connection had completed a TLS
	// handshake before the failure.
	Encrypted bool
	// NotEncrypted matches unless the probe completed a TLS handshake: a
	// pasted text, whose connection is not known, matches.
	NotEncrypted bool
	// ImplicitTLSPort requires that the port is one where implicit TLS is
	// the rule (465, 993, 995) while the client spoke plaintext first.
	ImplicitTLSPort bool
	// Stop matches the reason the probe stopped on its own.
	Stop probe.StopReason
	// ReplyArriving requires that the probe's step ran out of time with
	// part of the server's reply read.
	ReplyArriving bool
	// NoAuthOffered requires an SMTP EHLO before TLS that lists no AUTH.
	NoAuthOffered bool
	// SignInRetried requires a pasted session whose refused sign-in was
	// tried again and accepted.
	SignInRetried bool
	// Plaintext requires that the connection was known to be unencrypted.
	Plaintext bool
	// StartTLSOffered requires that the server advertised STARTTLS;
	// ServerRefusesPlain that it refuses a password before TLS on its own
	// (IMAP LOGINDISABLED, or SMTP AUTH offered only after STARTTLS).
	StartTLSOffered, ServerRefusesPlain bool

	// NoFailure requires that no network, TLS or probe failure was
	// observed: a positive reply is a success only when nothing failed
	// after it (a TLS handshake after "220 Ready to start TLS").
	NoFailure bool

	// Status matches the IMAP status ("OK", "NO", "BAD", "BYE", "PREAUTH")
	// or the POP3 status ("+OK", "-ERR").
	Status []string
	// RespCode matches the IMAP or POP3 response code (upper case, no
	// brackets).
	RespCode []string
	// Reply matches the SMTP reply code: 535 matches 535 only; a single
	// digit 2, 4 or 5 matches the whole class. NotReply excludes codes the
	// same way (a 535 quoted inside a wrapper's text decides by itself).
	Reply, NotReply []int
	// NoReply requires that the text holds no SMTP reply code: a
	// wrapper's words alone ("All recipients were rejected").
	NoReply bool
	// Enhanced matches the SMTP enhanced status code ("5.7.139").
	Enhanced []string
	// Situation names the remediation entry written for this rule's
	// reading (catalog.Remediation.Situation): its title, audience and
	// steps fit this case where the code's general entry would mislead.
	// "" takes the code's entries by provider, protocol and phase.
	Situation string
	// Envelope matches the refused envelope command: "mail" or "rcpt".
	Envelope string
	// Ports matches when the port is one of them: the probe's, or the one
	// a pasted text names.
	Ports []int
	// Phrases matches when the text contains any of them, case-insensitive.
	Phrases []string
	// Pattern is a regular expression in lower case, matched against the
	// lower-cased text (case-insensitive without (?i), which is slower).
	Pattern string
	re      *lazyRegexp
	// pre is what the text must contain for re to match (prefilter.go).
	pre compiledPre
	// phrases is Phrases as one clause: the text holds one of them.
	phrases compiledPre
	// NotPattern, when set, is a regular expression (lower case) that must
	// not match: a log line that says a message was sent is a success
	// only when no other line of the paste says it failed.
	NotPattern string
	notRe      *lazyRegexp

	// What the rule decides.
	Code       Code
	Confidence Confidence
	Scope      Scope
	// Summary overrides the code's default summary.
	Summary      string
	Alternatives []Alternative
	// Source is the public page the rule is based on.
	Source string
	// Token marks a rule that reads a refused OAuth token (an expired
	// access token, a refused refresh token, an AADSTS refusal): its
	// finding is about a token sign-in even when nothing else said so,
	// and takes the advice for one.
	Token bool
	// Password marks a rule that reads a refused password even inside
	// an OAuth sign-in (Entra's AADSTS50126: the token was asked for with
	// the user name and password): its finding takes the advice for a
	// password (review 16).
	Password bool
	// Local marks a rule that reads a program's own failure before any
	// server answered (PHP without its openssl extension fetching an
	// OAuth token, a password store that could not be read): no
	// credential was refused, so the finding takes no token's advice
	// whatever words of OAuth the text holds (review 19).
	Local bool
	// Phase, when set, is the part of the session the rule's reading is
	// about, whatever stage the text came at, and so which advice its
	// finding takes: catalog.PhaseDelivery for a message or a delivery
	// refused after the sign-in (a receiving server's log of a dropped
	// connection, a non-delivery report, a malformed message), not a
	// sign-in or the user's own connection; catalog.PhaseServer for a
	// fault in the mail server's own parts that its log shows (a policy
	// service that does not answer, Dovecot's internal service at its
	// limit, a missing LMTP socket), whose advice is its administrator's
	// (review 19: the entries for a user's connection said "wait" and
	// named the mailbox owner).
	Phase catalog.SessionPhase
	// RefusalOnly: the rule reads a failure only, never a success line
	// ("* OK [ALERT] Mail quota warning", a greeting that says connections
	// must be made over TLS), whoever wrote the words.
	RefusalOnly bool
	// ServerWords marks a rule decided by the server's own words beyond
	// its stock text (a reason, a limit, a full mailbox): the finding
	// quotes those words first (Finding.ServerSays).
	ServerWords bool
	// fill, when set, gives the rule its Phrases and Pattern when the
	// rules are compiled, from data too large to cut when the package
	// loads (Thunderbird's messages in every locale).
	fill func(*rule)
}

// serverWords returns a copy of t with every rule marked ServerWords.
func serverWords(t []rule) []rule {
	return eachRule(t, func(r *rule) { r.ServerWords = true })
}

// eachRule returns a copy of t with change applied to every rule.
func eachRule(t []rule, change func(*rule)) []rule {
	out := make([]rule, len(t))
	for i, r := range t {
		change(&r)
		out[i] = r
	}
	return out
}

// refusalOnly returns a copy of t with every rule marked RefusalOnly.
func refusalOnly(t []rule) []rule {
	return eachRule(t, func(r *rule) { r.RefusalOnly = true })
}

// withoutRefusal returns a copy of t whose rules do not match a text that
// carries a 4xx or 5xx reply anywhere: a success line pasted with a
// refusal after it (an openssl session that ends in "534-5.7.9 ...",
// "sent successfully! Bounce received: 550 ...") is the refusal's
// (review 18). The reply code is taken off the text before patterns
// read it, so a pattern cannot see it.
func withoutRefusal(t []rule) []rule {
	return eachRule(t, func(r *rule) { r.NotReply = append(append([]int(nil), r.NotReply...), 4, 5) })
}

// ruleTables are the rule tables as written, in search order; see the top
// of this file.
var ruleTables = [][]rule{refiningRules, entraRules, providerPhraseRules, documentedFirstRules, providerCodeFirstRules, serverWords(policyFirstRules), logFirstRules, withoutRefusal(logOKRules), refusalOnly(serverStateRules), phraseRules, agreedRules, graphRules, serviceRules, exchangeTransportRules, signinRules, documentedRules, providerDocumentedRules, clientSlipRules, serverWords(policyRules), serverWords(ipRules), serverWords(sendingRules), wrapperRules, serverWords(storeRules), senderRules, quotaResetRules, serverWords(reasonRules), logRules,
	languageServerRules, providerCodeRules, afterLoginCodeRules, policyCodeRules, statusCodeRules, codeRules, languageClientRules, mailcoreRules, ewsRules, transportFirstFactRules, factRules, transportFactRules, aospEmailRules, tbAndroidRules, languageConnectRules, thunderbirdSendRules, logLateRules, genericRules, keywordRules, lexiconRules, statusFallbackRules, lastRules, lexiconLastRules, thunderbirdSendLastRules, aospEmailLastRules, tbAndroidLastRules}

// compiledRules returns every rule in search order, compiled at the first
// classification rather than at package initialisation: a program that
// imports diagnose and never classifies (mailcheck version, scenarios,
// fake) does not pay for the prefilters (about 80 ms and 40 MB of
// short-lived allocations; the patterns compile later still, one by one,
// as lazyRegexp says).
//
// The wrappers' and logs' stages compile in the same step: every table
// registers its literals (litscan.go) in one place, before theAutomaton
// is built from them, and never beside another table doing the same (two
// goroutines' first texts would otherwise write the literals at once).
func compiledRules() []rule { return compiledTables().rules }

// compiledTables compiles the rules and the stage tables once.
var compiledTables = sync.OnceValue(func() tables {
	return tables{
		rules:    compileRules(ruleTables...),
		wrappers: compileWrapperStages(wrapperStageList()),
		logs:     compileWrapperStages(logStageList()),
	}
})

// tables are the compiled rules and stage tables.
type tables struct {
	rules          []rule
	wrappers, logs []wrapperStage
}

// compileRules concatenates the tables in order, lower-cases phrases and
// works out each pattern's prefilter. The patterns themselves compile at
// their first use (lazyRegexp).
func compileRules(tables ...[]rule) []rule {
	var all []rule
	for _, t := range tables {
		for _, r := range t {
			if r.fill != nil {
				r.fill(&r)
			}
			for i, p := range r.Phrases {
				r.Phrases = append([]string(nil), r.Phrases...)
				r.Phrases[i] = strings.ToLower(p)
			}
			if len(r.Phrases) > 0 {
				r.phrases = compilePre(prefilter{r.Phrases})
			}
			if r.Pattern != "" {
				r.re = &lazyRegexp{pattern: r.Pattern} // matched against the lower-cased text
				if r.fill == nil {
					// A filled rule's phrases are its prefilter: working one
					// out of its pattern (Thunderbird's messages in 32
					// locales) would cost more than all the other rules'.
					r.pre = compilePre(prefilterFor(r.Pattern))
				}
			}
			if r.NotPattern != "" {
				r.notRe = &lazyRegexp{pattern: r.NotPattern}
			}
			all = append(all, r)
		}
	}
	return all
}

// match reports whether every condition of r holds for o.
func (r *rule) match(o *observation) bool {
	switch {
	case len(r.Protocols) > 0 && o.Protocol != "" && !contains(r.Protocols, o.Protocol),
		r.ClientProtocol && !o.ClientProtocol,
		len(r.Providers) > 0 && !contains(r.Providers, o.Provider),
		len(r.ProvidersOrUnknown) > 0 && o.Provider != "" && !contains(r.ProvidersOrUnknown, o.Provider),
		r.UnknownProvider && o.Provider != "",
		len(r.Stages) > 0 && !contains(r.Stages, o.Stage),
		r.OAuth && !o.OAuth,
		len(r.Net) > 0 && (o.Net == nil || !contains(r.Net, o.Net.Kind)),
		r.NetFromText && !o.NetFromText,
		r.NetFromProbe && (o.Net == nil || o.NetFromText),
		r.ModeTLS && !o.ModeTLS,
		r.ModeNoTLS && !o.ModeNoTLS,
		r.Encrypted && !o.Encrypted,
		r.NotEncrypted && o.Encrypted,
		r.ImplicitTLSPort && !o.implicitTLSPort(),
		r.Stop != "" && o.Stop != r.Stop,
		r.ReplyArriving && !o.ReplyArriving,
		r.SignInRetried && !o.SignInRetried,
		r.NoAuthOffered && !o.NoAuthOffered,
		r.Plaintext && !o.Plaintext,
		r.StartTLSOffered && !o.StartTLSOffered,
		r.ServerRefusesPlain && !o.ServerRefusesPlain,
		r.NoFailure && (o.Net != nil || o.Stop != ""),
		len(r.Status) > 0 && !contains(r.Status, o.Status),
		len(r.RespCode) > 0 && !o.respCodeIn(r.RespCode),
		len(r.Reply) > 0 && !matchReply(r.Reply, o.Reply),
		len(r.NotReply) > 0 && matchReply(r.NotReply, o.Reply),
		r.NoReply && o.Reply != 0,
		len(r.Enhanced) > 0 && !contains(r.Enhanced, o.Enhanced),
		r.Envelope != "" && o.Envelope != r.Envelope,
		len(r.Ports) > 0 && !slices.Contains(r.Ports, o.Port):
		return false
	}
	// A server's words are a reason only in a refusal: "+OK Mailbox
	// locked and ready" is a success that names a lock.
	if (r.ServerWords || r.RefusalOnly) && o.success() {
		return false
	}
	if len(r.Phrases) > 0 && !o.containsPhrase(r) {
		return false
	}
	if r.re != nil && !(r.pre.holdsIn(o.lower, o.scan) && r.re.MatchString(o.lower)) &&
		!(o.restored != "" && r.pre.holdsIn(o.restored, o.restoredScan) && r.re.MatchString(o.restored)) {
		return false
	}
	// The pattern read the text as it is or with the words a redaction
	// marker cut put back (restore.go); a NotPattern reads both too:
	// either holding its words keeps the rule off, as the text unredacted
	// would.
	return r.notRe == nil || !r.notRe.MatchString(o.lower) && (o.restored == "" || !r.notRe.MatchString(o.restored))
}

func matchReply(codes []int, code int) bool {
	if code == 0 {
		return false
	}
	for _, c := range codes {
		if c == code || (c < 10 && code/100 == c) {
			return true
		}
	}
	return false
}

// evidenceKind says what kind of fact decided a rule: a server reply, a
// network or TLS failure, or the probe's own stop.
func (r *rule) evidenceKind(o *observation) string {
	switch {
	case r.Stop != "":
		return "probe"
	case len(r.Net) > 0 && o.Net != nil && strings.HasPrefix(string(o.Net.Kind), "tls_"):
		return "tls"
	case len(r.Net) > 0, o.programWords():
		return "network"
	case o.Pasted && o.Reply == 0 && o.Status == "" && o.RespCode == "":
		// Pasted words with no server reply's code or status in them:
		// a program's message ("SMTP Error: Could not authenticate.",
		// PHPMailer's) or a server's words it quotes; "Server said" was
		// a claim (a fresh reviewer's find).
		return "pasted"
	}
	return "server_reply"
}

// firstMatch returns the first rule that matches o, or nil.
func firstMatch(o *observation) *rule {
	rules := compiledRules()
	for i := range rules {
		if rules[i].match(o) {
			return &rules[i]
		}
	}
	return nil
}

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// alt builds an Alternative; it keeps the tables short.
func alt(c Code, why, tell string) Alternative { return Alternative{Code: c, Why: why, Tell: tell} }

// Provider id groups used by the tables.
var (
	idsMicrosoft = []ProviderID{catalog.IDMicrosoft365, catalog.IDMicrosoft365GoDaddy, catalog.IDOutlook}
	idsGoogle    = []ProviderID{catalog.IDGmail, catalog.IDGoogleWorkspace}
	idsYahoo     = []ProviderID{catalog.IDYahoo, catalog.IDAOL}
)

// Stage groups used by the tables.
var (
	stagesEarly = []probe.Stage{probe.StageResolve, probe.StageConnect, probe.StageGreeting, probe.StageModeCheck, ""}
	stagesAuth  = []probe.Stage{probe.StageAuthenticate, ""}
	// onlyAuth is for readings of a bare refusal: a NO or a 5xx means a
	// refused sign-in only when it answered the sign-in (issue 10:
	// evidence before blame).
	onlyAuth = []probe.Stage{probe.StageAuthenticate}
)

// Protocol groups.
var (
	onlyIMAP = []Protocol{ProtocolIMAP}
	onlySMTP = []Protocol{ProtocolSMTP}
	onlyPOP3 = []Protocol{ProtocolPOP3}
	mailbox  = []Protocol{ProtocolIMAP, ProtocolPOP3}
)

// lazyRegexp is a table's pattern (a rule's, a client error's, a
// wrapper's or a log's stage), compiled the first time a text gets past
// its prefilter. Few patterns ever are in a process that checks a few
// accounts, and compiling all of them cost most of the first
// classification's time and about 30 MB of heap kept for the process's
// life, and, for the tables built at package initialisation, 10 ms and
// 6 MB at every start (docs/benchmarks.md, "Start-up").
// TestRulePatternsCompile compiles every one, so a pattern that does not
// compile fails the tests, not a user's check.
type lazyRegexp struct {
	pattern string
	once    sync.Once
	re      *regexp.Regexp
}

// MatchString reports whether s holds a match; a pattern that does not
// compile matches nothing.
func (l *lazyRegexp) MatchString(s string) bool {
	re := l.compiled()
	return re != nil && re.MatchString(s)
}

func (l *lazyRegexp) compiled() *regexp.Regexp {
	l.once.Do(func() { l.re, _ = regexp.Compile(l.pattern) })
	return l.re
}

func (l *lazyRegexp) String() string { return l.pattern }

package diagnose

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/mailcheck-go/mailcheck/probe"
)

// Programs' messages read in every locale they ship, from their string
// files' own texts rather than from hand-written patterns (appStrings):
// Thunderbird's errors in sending (messageSend.ftl,
// thunderbird_send_texts.go; held-out round 300 found its newer Fluent
// texts in nine languages that the older rules, written from its
// .properties files, did not know), Android's Email app's
// (rules_aosp_email.go) and Thunderbird for Android's
// (rules_thunderbird_mobile.go).
//
// Each message is recognised by its whole text in one of the locales,
// its placeholders ({ $serverResponse }, { $hostname }, %s) standing for
// anything on the line and its quotation marks for any or none: pieces
// cut from the texts misread other programs' sentences that share a
// clause ("...expirou. Tente novamente", "Похоже, что сервер исходящей
// почты", "l'indirizzo del destinatario"; a fresh reviewer's finds). The
// longest piece of each text that no other message of its locale holds
// is the rule's prefilter. Both are worked out at the first
// classification (appStrings.cut), as the rules' prefilters are, not when
// the package loads. A message that carries the server's reply (the sender, recipient
// and data steps, and the generic ones) stands back when a reply code is
// in the text: the reply is read, at the step the message names
// (appStrings.wrapperStages). The rules come after the hand-written
// rules of languageClientRules, which keep their own exceptions.
type tbText struct{ locale, text string }

// tbSendReading is what one message means: ids names its ids in the
// string files (two that differ only in the setting they name are one
// reading), name the rule's ID after its table's prefix.
type tbSendReading struct {
	name       string
	ids        []string
	code       Code
	confidence Confidence
	// replyDecides: the message quotes the server's reply, and a reply
	// code in the text, or words of a cause in it, decide instead;
	// replyCodeDecides: a reply code only (the message's own words name
	// the cause the reply's would).
	replyDecides, replyCodeDecides bool
	// notPattern: words that, anywhere in the text, make another
	// reading the right one (a capability named that is STARTTLS).
	notPattern string
	// last: the reading names a cause, yet is searched after every other
	// rule, as the generic ones are: its message often carries the
	// server's own words, which the word readings read first ("Login
	// failed. (account temporarily locked)"; a fresh reviewer's find).
	last         bool
	summary      string
	alternatives []Alternative
	// stage and envelope: the step whose reply the message quotes, for
	// reading that reply (wrapperStages).
	stage    probe.Stage
	envelope string
}

var tbSendReadings = []tbSendReading{
	{name: "smtp-too-many-recipients", ids: []string{"smtp-too-many-recipients"}, code: CodeRateLimited, confidence: ConfidenceMedium,
		summary: "The server refused the message for more recipients than it takes in one message (its reply, when shown, gives the limit): send to fewer recipients at a time, or use a mailing list.",
		alternatives: []Alternative{
			alt(CodePolicyBlocked, "The limit is the organisation's policy for this account rather than a limit that passes.", "The server's reply names a policy, or the same number fails every day."),
		}},
	{name: "smtp-error-sending-from-command", ids: []string{"smtp-error-sending-from-command"}, code: CodeSenderNotPermitted, confidence: ConfidenceLow, replyDecides: true, stage: probe.StageEnvelope, envelope: "mail",
		summary: "The outgoing server refused the sender address (MAIL FROM); Thunderbird's words do not keep the server's reason. Most often the address set in the account is not one the signed-in account may send as, or has a typo.",
		alternatives: []Alternative{
			alt(CodeRelayDenied, "The server takes mail only from signed-in clients, and this one did not sign in.", "Outgoing authentication is off in the account's settings."),
		}},
	{name: "smtp-error-sending-recipient-command", ids: []string{"smtp-error-sending-recipient-command"}, code: CodeRecipientUnknown, confidence: ConfidenceLow, replyDecides: true, stage: probe.StageEnvelope, envelope: "rcpt",
		summary: "The server refused a recipient; Thunderbird's words do not keep the server's reason. Most often the address does not exist (a typo).",
		alternatives: []Alternative{
			alt(CodeRelayDenied, "The server will not relay to outside addresses for this client (no sign-in).", "Mail to an address on the same server goes through."),
			alt(CodePolicyBlocked, "The recipient's server refused the message by policy.", "The server's reply, in the server log, names a policy or a block list."),
		}},
	{name: "smtp-auth-hint-encrypt-to-plain", ids: []string{"smtp-auth-hint-encrypt-to-plain-no-ssl", "smtp-auth-hint-encrypt-to-plain-ssl"}, code: CodeMechanismUnsupported, confidence: ConfidenceMedium,
		summary:      "The server does not take the encrypted-password method Thunderbird chose: set the authentication method to the normal password (over SSL/TLS or STARTTLS). If this setting worked before, the password may have been changed or stolen.",
		alternatives: []Alternative{altWrongPassword}},
	{name: "smtp-auth-hint-plain-to-encrypt", ids: []string{"smtp-auth-hint-plain-to-encrypt"}, code: CodeMechanismUnsupported, confidence: ConfidenceMedium,
		summary: "The server does not take the password in plain form with this setting: choose the encrypted password method, or switch on SSL/TLS or STARTTLS.",
		alternatives: []Alternative{
			alt(CodePlaintextDisallowed, "The server takes passwords only over an encrypted connection.", "With SSL/TLS or STARTTLS switched on, the normal password works."),
		}},
	{name: "smtp-auth-mechanism-not-supported", ids: []string{"smtp-auth-mechanism-not-supported"}, code: CodeMechanismUnsupported, confidence: ConfidenceMedium,
		summary:      "The server does not offer the authentication method chosen in Thunderbird's outgoing server settings: choose one it offers (most often the normal password, over SSL/TLS or STARTTLS, or OAuth2).",
		alternatives: []Alternative{altWrongPassword}},
	{name: "smtp-auth-failure", ids: []string{"smtp-auth-failure"}, code: CodeInvalidCredentials, confidence: ConfidenceMedium, stage: probe.StageAuthenticate,
		summary: "The outgoing server refused Thunderbird's sign-in: the password, or the authentication method in the outgoing server settings, is not one it accepts.",
		alternatives: []Alternative{altAppPassword,
			alt(CodeMechanismUnsupported, "The authentication method chosen is not one the server accepts.", "Another authentication method works with the same password."),
		}},
	{name: "smtp-auth-gssapi", ids: []string{"smtp-auth-gssapi"}, code: CodeInvalidCredentials, confidence: ConfidenceMedium, stage: probe.StageAuthenticate,
		summary: "The outgoing server did not accept the Kerberos/GSSAPI ticket: sign in to the Kerberos realm again (kinit), or choose another authentication method.",
		alternatives: []Alternative{
			alt(CodeMechanismUnsupported, "The server does not do Kerberos/GSSAPI sign-in for this account.", "Switching the authentication method to a password works."),
		}},
	{name: "smtp-starttls-failed", ids: []string{"smtp-starttls-failed"}, code: CodeStartTLSUnavailable, confidence: ConfidenceMedium,
		summary: "Thunderbird is set to use STARTTLS, and the outgoing server does not offer it: use the provider's SSL/TLS port (465), or ask the server's admin to enable TLS. Switching encryption off would send the password in the clear.",
		alternatives: []Alternative{
			alt(CodeTLSWrongMode, "The port is an SSL/TLS port, where STARTTLS is not spoken.", "The same port with SSL/TLS selected works."),
		}},
	{name: "send-error-smtp-interrupted", ids: []string{"send-error-smtp-interrupted"}, code: CodeServerUnavailable, confidence: ConfidenceLow,
		summary: "The connection to the outgoing server was lost while sending: the server, or something between (a firewall, an antivirus that scans mail), ended it. Try again; if it keeps happening, the server's admin or the local security software must be checked.",
		alternatives: []Alternative{
			alt(CodeTemporaryFailure, "A passing fault.", "The next attempt goes through."),
			alt(CodeMessageTooLarge, "The server ends the session at a size limit without a reply.", "Small messages go through; large ones fail."),
		}},
	{name: "send-error-smtp-timeout", ids: []string{"send-error-smtp-timeout"}, code: CodeConnectionTimeout, confidence: ConfidenceMedium,
		summary:      "The outgoing server did not answer in time: a firewall or the network drops the connection, or the server is down or overloaded.",
		alternatives: []Alternative{altWrongMode}},
	{name: "send-error-smtp-request-refused", ids: []string{"send-error-smtp-request-refused"}, code: CodeConnectionRefused, confidence: ConfidenceMedium,
		summary:      "Connecting to the outgoing server failed: nothing takes connections on that host and port (a wrong port, or the server down), or a firewall refuses them.",
		alternatives: []Alternative{altServerDown}},
	{name: "send-error-smtp-unknown-server", ids: []string{"send-error-smtp-unknown-server"}, code: CodeDNSFailure, confidence: ConfidenceMedium,
		summary: "The outgoing server's name could not be found: check its spelling in the account's outgoing server settings, and that the computer's network and DNS work.",
	},
	{name: "smtp-error-illegal-local-part", ids: []string{"smtp-error-illegal-local-part"}, code: CodeProtocolError, confidence: ConfidenceLow,
		summary: "A recipient's address has non-ASCII characters before the @, and the outgoing server does not support SMTPUTF8, so the message cannot be sent to it through this server: change the address, or send through a server that supports SMTPUTF8.",
		alternatives: []Alternative{
			alt(CodeRecipientUnknown, "The address itself is mistyped.", "The recipient confirms an ASCII address."),
		}},
	{name: "smtp-permanent-size-exceeded", ids: []string{"smtp-permanent-size-exceeded"}, code: CodeMessageTooLarge, confidence: ConfidenceMedium,
		summary: "The message is bigger than the outgoing server accepts: send smaller attachments, or share them by link.",
	},
	// The generic ones name no cause; the server's reply, when the text
	// keeps it, decides.
	{name: "smtp-server-error", ids: []string{"smtp-server-error"}, code: CodeUnknown, confidence: ConfidenceLow, replyDecides: true,
		summary: "Thunderbird says the outgoing server answered with an error, without its reply here: the reply the server gave (in the message Thunderbird showed) says what failed."},
	{name: "smtp-error-sending-data-command", ids: []string{"smtp-error-sending-data-command"}, code: CodeUnknown, confidence: ConfidenceLow, replyDecides: true, stage: probe.StageData,
		summary: "Thunderbird says the outgoing server refused the message data, without its reply here: the reply the server gave says why (size, content, policy)."},
	{name: "smtp-error-sending-message", ids: []string{"smtp-error-sending-message"}, code: CodeUnknown, confidence: ConfidenceLow, replyDecides: true, stage: probe.StageData,
		summary: "Thunderbird says the outgoing server refused the message, without its reply here: the reply the server gave says why."},
	{name: "send-error-failed", ids: []string{"send-error-failed"}, code: CodeUnknown, confidence: ConfidenceLow, replyDecides: true,
		summary: "Thunderbird says only that sending failed: the message it showed with it, or its error console, names the cause."},
}

// thunderbirdSend is Thunderbird's table. Its rules come after the
// rules of a transport's facts (a refused or timed-out connection read
// from the words themselves, at high confidence) and before the generic
// and keyword rules; those that name no cause (unknown) after every other
// rule.
var thunderbirdSend = newAppStrings(appStrings{prefix: "thunderbird-send-", texts: thunderbirdSendTexts, readings: tbSendReadings,
	source: srcThunderbirdL10n, protocols: []Protocol{ProtocolSMTP, ""}, seen: "Thunderbird (messageSend.ftl %s), every locale"})

var thunderbirdSendRules, thunderbirdSendLastRules = thunderbirdSend.rules()

// appStrings is one program's messages as its string files word them in
// every locale it ships, and what each means.
type appStrings struct {
	// prefix starts each rule's ID; the reading's name ends it.
	prefix string
	// texts holds, by the file's id, each locale's text.
	texts    map[string][]tbText
	readings []tbSendReading
	source   string
	// protocols are the rules' Protocols (nil: every one).
	protocols []Protocol
	// seen is a wrapper stage's Seen, %s standing for the ids.
	seen string
	// cut is every reading's pieces and pattern by name, worked out at
	// the first classification.
	cut func() map[string]tbCut
}

// newAppStrings returns a, its pieces and patterns to be cut once.
func newAppStrings(a appStrings) *appStrings {
	a.cut = sync.OnceValue(func() map[string]tbCut { return cutAppStrings(a.texts, a.readings) })
	return &a
}

// rules returns the readings that name a cause, as rules with the pieces
// of their texts that tell them, and those that name none (unknown) or
// are marked last, searched after every other rule. A message that quotes the server's
// reply stands back when the reply is a code, or names a cause of its
// own (a sign-in, a quota, a relay, a block): later rules read those
// words.
func (a *appStrings) rules() (named, generic []rule) {
	for _, r := range a.readings {
		ru := rule{ID: a.prefix + r.name, Protocols: a.protocols,
			fill: func(ru *rule) {
				c := a.cut()[r.name]
				ru.Phrases, ru.Pattern = c.pieces, c.pattern
			},
			Code: r.code, Confidence: r.confidence, Summary: r.summary, Alternatives: r.alternatives,
			Source: a.source}
		if r.replyDecides || r.replyCodeDecides {
			ru.NotReply = []int{2, 4, 5}
		}
		if r.replyDecides {
			ru.NotPattern = tbQuotedCause
		}
		if r.notPattern != "" {
			ru.NotPattern = strings.TrimPrefix(ru.NotPattern+"|"+r.notPattern, "|")
		}
		if r.code == CodeUnknown || r.last {
			generic = append(generic, ru)
		} else {
			named = append(named, ru)
		}
	}
	return named, generic
}

// tbQuotedCause: an enhanced status code, or words of a cause, in the
// server's reply a message quotes: Thunderbird shows the reply without
// its three-digit code ("Der Mail-Server antwortete: 4.3.0 Mail server
// temporarily rejected message"; held-out round 2: "Server odpověděl:
// 5.1.0 ... authentication failed"; a fresh reviewer's finds).
const tbQuotedCause = `\b[245]\.[0-9]{1,3}\.[0-9]{1,3}\b|authenticat|password|credential|log ?in\b|quota|mailbox (is )?full|relay|spam|block|blacklist|denied|not (allowed|permitted|authori[sz]ed)|rate|limit|too many|temporar|try (again )?later|unavailable|starttls`

// wrapperStages returns the messages that quote the reply to one step,
// for wrapperStages.
func (a *appStrings) wrapperStages() []wrapperStage {
	var out []wrapperStage
	for _, r := range a.readings {
		if r.stage == "" {
			continue
		}
		c := a.cut()[r.name]
		out = append(out, wrapperStage{Pattern: c.pattern, phrases: c.pieces, Stage: r.stage, Envelope: r.envelope,
			Seen: fmt.Sprintf(a.seen, strings.Join(r.ids, ", "))})
	}
	return out
}

// tbCut is what tells one reading's messages: its pieces (the
// prefilter) and its pattern.
type tbCut struct {
	pieces  []string
	pattern string
}

// cutAppStrings works out every reading's pieces and pattern, from the
// texts lowered once: by the file's id, and by locale for telling one
// message from the others.
func cutAppStrings(all map[string][]tbText, readings []tbSendReading) map[string]tbCut {
	lowered := map[string][]tbText{}
	byLocale := map[string][]tbLowered{}
	for id, texts := range all {
		for _, t := range texts {
			l := tbText{t.locale, tbLower(t.text)}
			lowered[id] = append(lowered[id], l)
			byLocale[t.locale] = append(byLocale[t.locale], tbLowered{id, l.text})
		}
	}
	cut := map[string]tbCut{}
	for _, r := range readings {
		cut[r.name] = tbCut{pieces: tbSendPieces(r.ids, lowered, byLocale), pattern: tbSendPattern(r.ids, lowered)}
	}
	return cut
}

// tbLower is a message's text lower-cased, its spaces as Explain reads
// them (one between words).
func tbLower(text string) string { return strings.Join(strings.Fields(strings.ToLower(text)), " ") }

// tbLowered is one message's text in one locale, lowered (tbLower).
type tbLowered struct{ id, text string }

// tbMinPiece is the shortest piece, in bytes, that may tell a message
// (six CJK characters, or a few words); tbMinSecond the shortest second
// piece, in characters, which must be a sentence, not a setting's name in
// quotation marks ("normal password", "伺服器設定") or a stock phrase
// ("が正しいことを確認してください") that other texts share.
const (
	tbMinPiece  = 18
	tbMinSecond = 24
)

// tbPlaceholderRE is a placeholder: Fluent's ({ $hostname }) or a
// format verb in Android's string files (%s, %1$s, %d); tbBreaks are the quotation
// marks and brackets that a message's pieces are cut at (a pasted text
// may use other marks).
var tbPlaceholderRE = regexp.MustCompile(`\{\s*\$[A-Za-z]+\s*\}|%(?:[0-9]\$)?[sd]`)

const tbBreaks = tbQuotes + "|()（）[]…"

// tbSendPieces returns, for every locale's text of the messages ids, its
// longest piece that no other message of that locale holds, and the next
// longest when it is a sentence's length; lowered holds every message's
// texts lowered (tbLower) by id, byLocale by locale.
func tbSendPieces(ids []string, lowered map[string][]tbText, byLocale map[string][]tbLowered) []string {
	var out []string
	for _, id := range ids {
		for _, t := range lowered[id] {
			kept := 0
			for _, p := range tbPieces(t.text) {
				if kept == 2 || kept == 1 && utf8.RuneCountInString(p) < tbMinSecond {
					break
				}
				if slices.ContainsFunc(byLocale[t.locale], func(o tbLowered) bool { return !slices.Contains(ids, o.id) && strings.Contains(o.text, p) }) {
					continue
				}
				if !slices.Contains(out, p) { // another locale's, or the sibling id's
					out = append(out, p)
				}
				kept++
			}
		}
	}
	return out
}

// tbQuotes are the quotation marks a message's text holds, any of which
// (or none) a pasted copy may show in their place.
const tbQuotes = "‘’“”\"'«»„‚‹›「」『』"

// tbSendPattern returns the pattern of the messages ids: each locale's
// text, lowered (lowered holds them by id), its placeholders standing for up to 300 characters
// of a line, its quotation marks for any or none, without its closing
// full stop. Its pieces (the prefilter) hold its words as written, spaces
// included.
func tbSendPattern(ids []string, lowered map[string][]tbText) string {
	var alts []string
	for _, id := range ids {
		for _, t := range lowered[id] {
			text := strings.TrimRight(t.text, " .。")
			var b strings.Builder
			for i, part := range tbPlaceholderRE.Split(text, -1) {
				if i > 0 {
					b.WriteString(`[^\n]{0,300}`)
				}
				for _, r := range part {
					switch {
					case strings.ContainsRune(tbQuotes, r):
						b.WriteString(`[` + tbQuotes + `]?`)
					default:
						b.WriteString(regexp.QuoteMeta(string(r)))
					}
				}
			}
			if alt := b.String(); !slices.Contains(alts, alt) {
				alts = append(alts, alt)
			}
		}
	}
	return strings.Join(alts, "|")
}

// tbPieces cuts a lowered text (tbLower) at its placeholders and
// quotation marks, longest piece first.
func tbPieces(text string) []string {
	var pieces []string
	for _, part := range tbPlaceholderRE.Split(text, -1) {
		for _, p := range strings.FieldsFunc(part, func(r rune) bool { return strings.ContainsRune(tbBreaks, r) }) {
			p = strings.Trim(p, " .,:;!?。，：！？")
			if len(p) >= tbMinPiece {
				pieces = append(pieces, p)
			}
		}
	}
	slices.SortStableFunc(pieces, func(a, b string) int { return len(b) - len(a) })
	return pieces
}

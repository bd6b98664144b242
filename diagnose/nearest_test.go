package diagnose

import (
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/probe"
)

// authTokenRE is a SASL initial response or token after the mechanism
// name, as some known texts quote it ("AUTH PLAIN c2VkZ2hp..."): a
// credential, even when its source masked part of it.
var authTokenRE = regexp.MustCompile(`(?i)(auth(?:enticate)? (?:plain|login|xoauth2|oauthbearer|cram-md5) )[a-z0-9+/=]{6,}`)

// knownTextsFrom is what known_texts.json holds: every corpus row, then
// every held-out round in order, each text cut at knownTextBytes and any
// quoted SASL token replaced by the probes' marker.
func knownTextsFrom(t testing.TB) []KnownText {
	var out []KnownText
	add := func(rows []responseRow) {
		for _, r := range rows {
			code := r.Code
			// A held-out label that came from what the thread found later
			// ("context:") is not what the words say; the reading the
			// text alone supports is listed first among the alternatives.
			if strings.HasPrefix(r.Note, "context:") {
				if len(r.Alternatives) == 0 {
					continue
				}
				code = r.Alternatives[0]
			}
			text := authTokenRE.ReplaceAllString(r.Text, "${1}"+probe.Redacted)
			out = append(out, KnownText{ID: r.ID, Code: code, Protocol: r.Protocol, Text: clipUTF8(text, knownTextBytes), Source: r.Source, Year: r.Year})
		}
	}
	add(loadResponses(t))
	for _, round := range loadHeldOut(t) {
		add(round.Rows)
	}
	return out
}

// TestKnownTextsCurrent writes known_texts.json from the corpus and the
// held-out rounds (go test ./diagnose -run TestKnownTextsCurrent -update)
// and fails when it is stale. A new held-out round is scored before this
// file takes it in: its texts are not known until then.
func TestKnownTextsCurrent(t *testing.T) {
	t.Parallel() // long and read-only: it runs beside the other long tests
	// One text per line: small, and a new round shows as lines added.
	var buf bytes.Buffer
	buf.WriteString("[\n")
	for i, k := range knownTextsFrom(t) {
		line, err := json.Marshal(k)
		require.NoError(t, err)
		if i > 0 {
			buf.WriteString(",\n")
		}
		buf.Write(line)
	}
	buf.WriteString("\n]\n")
	if updating() {
		require.NoError(t, os.WriteFile("known_texts.json", buf.Bytes(), 0o644))
	}
	old, err := os.ReadFile("known_texts.json")
	require.NoError(t, err, "run go test ./diagnose -run TestKnownTextsCurrent -update")
	assert.True(t, bytes.Equal(buf.Bytes(), old), "known_texts.json is stale: run go test ./diagnose -run TestKnownTextsCurrent -update (after scoring any new held-out round)")

	ix := loadKnownIndex()
	assert.Len(t, ix.texts, len(knownTextsFrom(t)), "the embedded file parses whole")
	for _, k := range ix.texts {
		assert.NotRegexp(t, authTokenRE, k.Text, "%s: a SASL token is kept", k.ID)
	}
}

// TestLikeFeatures pins what texts are compared by.
func TestLikeFeatures(t *testing.T) {
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"550 5.7.1 Relay denied", []string{"550", "5.7.1", "relay", "denied", "5.7.1 relay"}, nil},
		{"550 5.7.1. Relay denied.", []string{"5.7.1"}, []string{"5.7.1."}},
		{"from 192.168.10.1 queue id 2efb645ddd8af6f", []string{"from", "queue", "192", "168"}, []string{"2efb645ddd8af6f", "10"}},
		{"2FA required, error 0x800CCC0F", []string{"2fa", "required"}, []string{"0x800ccc0f"}},
		{"登录失败", []string{"登", "失", "登录", "失败", "录失"}, nil},
		{"Ошибка в пароле", []string{"ошибка", "в", "пароле", "ошибка в"}, nil},
		{"a b c", nil, []string{"a", "b", "c"}},
	} {
		feats := likeFeatures(tc.text)
		for _, w := range tc.want {
			assert.Contains(t, feats, w, "%q", tc.text)
		}
		for _, w := range tc.not {
			assert.NotContains(t, feats, w, "%q", tc.text)
		}
	}
}

// TestLikeKnownTexts checks what the comparison gives and what it must
// never give.
func TestLikeKnownTexts(t *testing.T) {
	ix := buildKnownIndex([]KnownText{
		{ID: "full-1", Code: CodeQuotaExceeded, Text: "552 5.2.2 Mailbox full: the storage quota of this account is exceeded", Source: "https://example.org/full-1"},
		{ID: "full-2", Code: CodeQuotaExceeded, Text: "NO [OVERQUOTA] storage quota of this account exceeded", Source: "https://example.org/full-2"},
		{ID: "limit-1", Code: CodeRateLimited, Text: "421 too many messages sent this hour from this account, try later", Source: "https://example.org/limit-1"},
		{ID: "pw-1", Code: CodeInvalidCredentials, Text: "zzkeyword rejected the account setting", Source: "https://example.org/pw-1"},
		{ID: "unknown-1", Code: CodeUnknown, Text: "frobnicator halted with an error", Source: "https://example.org/u"},
		{ID: "mode-1", Code: CodeTLSWrongMode, Text: "Wrong IMAP TLS", Source: "https://example.org/mode-1"},
		{ID: "dns-1", Code: CodeDNSFailure, Text: "could not connect to the mail server: host name not found", Source: "https://example.org/dns-1"},
		{ID: "srv-1", Code: CodeServerUnavailable, Text: "the mail server is down, could not connect", Source: "https://example.org/srv-1"},
		{ID: "rcpt-1", Code: CodeRecipientUnknown, Protocol: ProtocolSMTP, Text: "the folder archive does not exist here", Source: "https://example.org/rcpt-1"},
		{ID: "folder-1", Code: CodeMailboxMissing, Protocol: ProtocolIMAP, Text: "the folder archive does not exist", Source: "https://example.org/folder-1"},
	})
	unknown := func() Finding {
		return Finding{Code: CodeUnknown, Confidence: ConfidenceLow, Alternatives: []Alternative{}}
	}

	f := unknown()
	likeKnownTexts(&f, likeQuery{text: "the storage quota of this account is exceeded!"}, ix)
	assert.Equal(t, CodeQuotaExceeded, f.Code)
	assert.Equal(t, ConfidenceLow, f.Confidence)
	assert.Equal(t, likeRule, f.Evidence.Rule)
	require.NotNil(t, f.Evidence.Like)
	assert.Equal(t, "full-1", f.Evidence.Like.ID, "the closest text of the code given is shown")
	assert.Equal(t, "https://example.org/full-1", f.Evidence.Source)
	assert.True(t, strings.HasPrefix(f.Summary, "No rule knows these words."), "the summary says first that this is no rule's reading: %s", f.Summary)
	assert.Contains(t, f.Summary, lowConfidenceNote, "a guess says so")
	assert.Contains(t, f.Summary, "552 5.2.2 Mailbox full", "the known text is quoted")

	f = unknown()
	likeKnownTexts(&f, likeQuery{text: "552 5.2.2 Mailbox full: the storage quota of this account is exceeded", leaveOut: true}, ix)
	assert.Equal(t, CodeQuotaExceeded, f.Code, "left out, the same text still finds its neighbour")
	assert.Equal(t, "full-2", f.Evidence.Like.ID, "left out: the same text is not its own neighbour")

	f = unknown()
	likeKnownTexts(&f, likeQuery{text: "552 5.2.2 Mailbox full: the storage quota of this account is exceeded", leaveOut: true, leaveOutPrefix: "full-"}, ix)
	assert.Equal(t, CodeUnknown, f.Code, "a left-out round's texts are not compared")

	for _, text := range []string{
		"the storage quota of this account was checked: OK",              // success words
		"Speicherplatz des Kontos: Verbindung erfolgreich",               // success words, German
		"the storage quota of this account",                              // no failure words
		"zzkeyword rejected the account setting",                         // invalid_credentials without credential words
		"frobnicator halted with an error",                               // the known text is unknown itself
		"completely different words here, failed",                        // nothing close
		"the storage quota of this account failed for an unknown reason", // the text says the reason is unknown
		"something went wrong",                                           // close to "Wrong IMAP TLS", but through one word only
		"",
	} {
		f = unknown()
		likeKnownTexts(&f, likeQuery{text: text}, ix)
		assert.Equal(t, CodeUnknown, f.Code, "%q", text)
		assert.Nil(t, f.Evidence.Like, "%q", text)
	}

	// A known text of another protocol is not compared.
	f = unknown()
	likeKnownTexts(&f, likeQuery{text: "error: the folder archive does not exist here", protocol: ProtocolIMAP}, ix)
	assert.Equal(t, CodeMailboxMissing, f.Code, "an SMTP text is no neighbour of an IMAP one")
	f = unknown()
	likeKnownTexts(&f, likeQuery{text: "error: the folder archive does not exist here", protocol: ProtocolSMTP}, ix)
	assert.Equal(t, CodeRecipientUnknown, f.Code)

	// A far text does not vote: srv-1 shares "could not connect" and
	// "the mail server" (0.48), dns-1 nearly every word (0.98).
	f = unknown()
	likeKnownTexts(&f, likeQuery{text: "could not connect to the mail server: host name not found (quota)"}, ix)
	assert.Equal(t, CodeDNSFailure, f.Code)
	assert.Empty(t, f.Alternatives, "texts well below the closest one do not vote")

	f = Finding{Code: CodeRelayDenied}
	likeKnownTexts(&f, likeQuery{text: "the storage quota of this account is exceeded"}, ix)
	assert.Equal(t, CodeRelayDenied, f.Code, "a rule's code stays")
}

// TestLikeKnownTextsDisagree: close texts that disagree give no code,
// only their codes as alternatives, most votes first.
func TestLikeKnownTextsDisagree(t *testing.T) {
	ix := buildKnownIndex([]KnownText{
		{ID: "a", Code: CodeRecipientUnknown, Text: "550 requested action not taken: mailbox unavailable", Source: "https://example.org/a"},
		{ID: "b", Code: CodeSenderNotPermitted, Text: "550 requested action not taken: mailbox unavailable!", Source: "https://example.org/b"},
		{ID: "c", Code: CodeOK, Text: "550 requested action not taken mailbox unavailable", Source: "https://example.org/c"},
	})
	f := Finding{Code: CodeUnknown, Alternatives: []Alternative{}}
	likeKnownTexts(&f, likeQuery{text: "550 Requested action not taken: mailbox unavailable."}, ix)
	assert.Equal(t, CodeUnknown, f.Code)
	var alts []Code
	for _, a := range f.Alternatives {
		alts = append(alts, a.Code)
		assert.Contains(t, a.Tell, "https://example.org/", "an alternative names its known text's source")
	}
	assert.ElementsMatch(t, []Code{CodeRecipientUnknown, CodeSenderNotPermitted}, alts, "ok is never an alternative")
}

// TestLikeKnownTextsInExplain checks the comparison through Explain
// against the real known texts: texts no rule reads that are close to a
// real one take its code, and success texts in other languages stay what
// they are.
func TestLikeKnownTextsInExplain(t *testing.T) {
	t.Parallel() // long and read-only: it runs beside TestPrefilterAgreesWithPattern
	// EspoCRM's relay refusal in qmail's words (round 20): no rule reads
	// it. (osTicket's refused socket, round 23, served here until a rule
	// came to read a connect refused with "Permission denied".)
	f := Explain("Email sending error: I cannot deliver mail for <...>", Hints{})
	assert.Equal(t, likeRule, f.Evidence.Rule)
	require.NotNil(t, f.Evidence.Like)
	assert.Equal(t, "r20-espocrm-cannot-deliver-mail-for", f.Evidence.Like.ID)
	assert.Equal(t, f.Evidence.Like.Code, f.Code, "the closest known text's code")
	assert.NotNil(t, f.Remediation, "a code from a known text gets its remediation")
	assert.LessOrEqual(t, len(f.Evidence.Like.Text), maxLikeText)

	// Success texts whose neutral words are those of failures.
	for _, text := range []string{"连接服务器成功", "邮件发送成功", "登录成功", "Verbindung zum Server erfolgreich hergestellt",
		"Подключение к серверу установлено", "La connexion au serveur a réussi"} {
		f := Explain(text, Hints{})
		assert.NotEqual(t, likeRule, f.Evidence.Rule, "%q", text)
		assert.Empty(t, f.Alternatives, "%q: no failure offered for a success", text)
	}

	// Known texts with their first word dropped are not the same text;
	// nearly all of those no rule reads find their own family again.
	var tried, filled int
	for _, r := range loadResponses(t) {
		if r.Code == CodeUnknown || r.Code == CodeOK || len(r.Text) < 40 {
			continue
		}
		_, rest, ok := strings.Cut(r.Text, " ")
		if !ok {
			continue
		}
		f := explain(rest, Hints{}, r.ID)
		if f.Evidence.Rule != likeRule {
			continue
		}
		tried++
		require.NotNil(t, f.Evidence.Like, r.ID)
		assert.GreaterOrEqual(t, f.Evidence.Like.Similarity, likeMinSimilarity, r.ID)
		if f.Code == r.Code {
			filled++
		}
	}
	t.Logf("corpus texts no rule read after losing their first word: %d; given their own code: %d", tried, filled)
	assert.Positive(t, tried, "the comparison is reached from Explain")
	assert.GreaterOrEqual(t, filled*10, tried*8, "a text close to a known one takes its code")
}

// FuzzLikeFeatures: any text gives features without panicking, each a
// valid UTF-8 string, and a bounded number of them; the comparison gives
// a known code, and a reason for it exactly when it gives one.
func FuzzLikeFeatures(f *testing.F) {
	for _, s := range []string{"", "552 5.2.2 Mailbox full", "登录失败，密码错误", "5.7.1.", "a.b.5.7.1 x", "1.1.1.1.1a", "\xff\xfe", strings.Repeat("ab ", 3000)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		feats := likeFeatures(s)
		assert.LessOrEqual(t, len(feats), 3*knownTextBytes, "features are bounded by the compared bytes")
		for _, x := range feats {
			if utf8.ValidString(s) {
				assert.True(t, utf8.ValidString(x), "%q", x)
			}
			assert.NotEmpty(t, x)
		}
		fd := Finding{Code: CodeUnknown}
		likeKnownTexts(&fd, likeQuery{text: s}, loadKnownIndex())
		assert.True(t, fd.Code.Known(), "%q", fd.Code)
		assert.Equal(t, fd.Code != CodeUnknown, fd.Evidence.Like != nil)
	})
}

// BenchmarkLikeKnownTexts times one comparison against every known text
// (a text no rule reads), the index built once.
func BenchmarkLikeKnownTexts(b *testing.B) {
	q := likeQuery{text: "The mail system refused the message: the mailbox of the recipient has no room left, try again after the owner deletes old mail"}
	ix := loadKnownIndex()
	b.ReportAllocs()
	for b.Loop() {
		f := Finding{Code: CodeUnknown}
		likeKnownTexts(&f, q, ix)
	}
}

// BenchmarkBuildKnownIndex times building the index from the embedded
// known texts: the one-time cost of the first text no rule reads.
func BenchmarkBuildKnownIndex(b *testing.B) {
	var texts []KnownText
	require.NoError(b, json.Unmarshal(knownTextsJSON, &texts))
	b.ReportAllocs()
	for b.Loop() {
		buildKnownIndex(texts)
	}
}

// TestLikeKnownTextsRefusalWords: a refused connection is given only to
// a text that says the connection was refused; a bare "could not
// connect" keeps unknown, with the neighbours' code as an alternative.
func TestLikeKnownTextsRefusalWords(t *testing.T) {
	ix := buildKnownIndex([]KnownText{
		{ID: "r1", Code: CodeConnectionRefused, Text: "could not connect to the smtp server mail.example.org port 25: connection refused", Source: "https://example.org/r1"},
		{ID: "r2", Code: CodeConnectionRefused, Text: "could not connect to the smtp server mail.example.net port 587", Source: "https://example.org/r2"},
	})
	f := Finding{Code: CodeUnknown, Alternatives: []Alternative{}}
	likeKnownTexts(&f, likeQuery{text: "error: could not connect to the smtp server mail.example.com port 25"}, ix)
	assert.Equal(t, CodeUnknown, f.Code, "no word of a refusal")
	require.Len(t, f.Alternatives, 1)
	assert.Equal(t, CodeConnectionRefused, f.Alternatives[0].Code)
	// WSAETIMEDOUT (10060) is a time-out, no refusal.
	f = Finding{Code: CodeUnknown, Alternatives: []Alternative{}}
	likeKnownTexts(&f, likeQuery{text: "error: could not connect to the smtp server mail.example.com port 25 (10060)"}, ix)
	assert.Equal(t, CodeUnknown, f.Code)

	for _, text := range []string{
		"error: could not connect to the smtp server mail.example.com port 25: connection refused",
		"error: could not connect to the smtp server mail.example.com port 25 (ECONNREFUSED)",
		"Fehler: could not connect to the smtp server mail.example.com port 25: Verbindung verweigert",
		"error: could not connect to the smtp server mail.example.com port 25 (10061)",
	} {
		f = Finding{Code: CodeUnknown, Alternatives: []Alternative{}}
		likeKnownTexts(&f, likeQuery{text: text}, ix)
		assert.Equal(t, CodeConnectionRefused, f.Code, "%q", text)
	}
}

// TestCauseLeftEmpty: several lines that each end where their cause
// should follow are empty errors, no text to compare; one such line may
// be a cause itself.
func TestCauseLeftEmpty(t *testing.T) {
	assert.True(t, causeLeftEmpty("ERROR mail :: Error testing SMTP connection: \nWARN mail :: Problem connecting to mail server: "))
	assert.True(t, causeLeftEmpty("\nSend failed:\n\nReason:\n"))
	assert.False(t, causeLeftEmpty("chain validation failed:"), "one line")
	assert.False(t, causeLeftEmpty("Error testing SMTP connection:\nConnection refused"))
	assert.False(t, causeLeftEmpty(""))
}

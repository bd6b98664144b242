package diagnose

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// knownTextsFrom is what known_texts.json holds: every corpus row, then
// every held-out round in order, each text cut at knownTextBytes.
func knownTextsFrom(t testing.TB) []KnownText {
	var out []KnownText
	add := func(rows []responseRow) {
		for _, r := range rows {
			out = append(out, KnownText{ID: r.ID, Code: r.Code, Text: clipUTF8(r.Text, knownTextBytes), Source: r.Source, Year: r.Year})
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
}

// TestLikeKnownTexts checks what the comparison gives and what it must
// never give.
func TestLikeKnownTexts(t *testing.T) {
	ix := buildKnownIndex([]KnownText{
		{ID: "full-1", Code: CodeQuotaExceeded, Text: "552 5.2.2 Mailbox full: the storage quota of this account is exceeded", Source: "https://example.org/full-1"},
		{ID: "full-2", Code: CodeQuotaExceeded, Text: "NO [OVERQUOTA] storage quota of this account exceeded", Source: "https://example.org/full-2"},
		{ID: "limit-1", Code: CodeRateLimited, Text: "421 too many messages sent this hour from this account, try later", Source: "https://example.org/limit-1"},
		{ID: "pw-1", Code: CodeInvalidCredentials, Text: "zzkeyword rejected the account setting", Source: "https://example.org/pw-1"},
		{ID: "unknown-1", Code: CodeUnknown, Text: "frobnicator halted unexpectedly", Source: "https://example.org/u"},
		{ID: "mode-1", Code: CodeTLSWrongMode, Text: "Wrong IMAP TLS", Source: "https://example.org/mode-1"},
	})

	unknown := func() Finding {
		return Finding{Code: CodeUnknown, Confidence: ConfidenceLow, Alternatives: []Alternative{}}
	}

	f := unknown()
	likeKnownTexts(&f, "the storage quota of this account is exceeded!", ix, false)
	assert.Equal(t, CodeQuotaExceeded, f.Code)
	assert.Equal(t, ConfidenceLow, f.Confidence)
	assert.Equal(t, likeRule, f.Evidence.Rule)
	require.NotNil(t, f.Evidence.Like)
	assert.Equal(t, "full-1", f.Evidence.Like.ID, "the closest text of the winning code is shown")
	assert.Equal(t, "https://example.org/full-1", f.Evidence.Source)
	assert.Contains(t, f.Summary, lowConfidenceNote, "a guess says so")
	assert.Contains(t, f.Summary, "552 5.2.2 Mailbox full", "the known text is quoted")

	f = unknown()
	likeKnownTexts(&f, "552 5.2.2 Mailbox full: the storage quota of this account is exceeded", ix, true)
	assert.Equal(t, CodeQuotaExceeded, f.Code, "left out, the same text still finds its neighbour")
	assert.Equal(t, "full-2", f.Evidence.Like.ID, "left out: the same text is not its own neighbour")

	for _, text := range []string{
		"the storage quota of this account was checked: OK", // success words
		"zzkeyword rejected the account setting",            // invalid_credentials without credential words
		"frobnicator halted unexpectedly",                   // the known text is unknown itself
		"completely different words here",                   // nothing close
		"something went wrong",                              // close to "Wrong IMAP TLS", but through one word only
		"",
	} {
		f = unknown()
		likeKnownTexts(&f, text, ix, false)
		assert.Equal(t, CodeUnknown, f.Code, "%q", text)
		assert.Nil(t, f.Evidence.Like, "%q", text)
	}

	// Close texts that disagree give no code, only their codes as
	// alternatives, most votes first.
	split := buildKnownIndex([]KnownText{
		{ID: "a", Code: CodeRecipientUnknown, Text: "550 requested action not taken: mailbox unavailable", Source: "https://example.org/a"},
		{ID: "b", Code: CodeSenderNotPermitted, Text: "550 requested action not taken: mailbox unavailable!", Source: "https://example.org/b"},
		{ID: "c", Code: CodeOK, Text: "550 requested action not taken mailbox unavailable", Source: "https://example.org/c"},
	})
	f = unknown()
	likeKnownTexts(&f, "550 Requested action not taken: mailbox unavailable.", split, false)
	assert.Equal(t, CodeUnknown, f.Code)
	var alts []Code
	for _, a := range f.Alternatives {
		alts = append(alts, a.Code)
		assert.Contains(t, a.Tell, "https://example.org/", "an alternative names its known text's source")
	}
	assert.ElementsMatch(t, []Code{CodeRecipientUnknown, CodeSenderNotPermitted}, alts, "ok is never an alternative")

	f = Finding{Code: CodeRelayDenied}
	likeKnownTexts(&f, "the storage quota of this account is exceeded", ix, false)
	assert.Equal(t, CodeRelayDenied, f.Code, "a rule's code stays")
}

// TestLikeKnownTextsInExplain checks the comparison through Explain on a
// text no rule reads, against the real known texts.
func TestLikeKnownTextsInExplain(t *testing.T) {
	rows := loadResponses(t)
	var tried, filled int
	for _, r := range rows {
		if r.Code == CodeUnknown || r.Code == CodeOK || len(r.Text) < 40 {
			continue
		}
		// The text with its first word dropped is not the same text,
		// and is close to the original.
		_, rest, ok := strings.Cut(r.Text, " ")
		if !ok {
			continue
		}
		f := explain(rest, Hints{}, true)
		if f.Evidence.Rule != likeRule {
			continue
		}
		tried++
		require.NotNil(t, f.Evidence.Like, r.ID)
		assert.GreaterOrEqual(t, f.Evidence.Like.Similarity, likeMinSimilarity, r.ID)
		assert.True(t, f.Code.Known() && f.Code != CodeUnknown && f.Code != CodeOK, r.ID)
		assert.NotNil(t, f.Remediation, "%s: a code from a known text gets its remediation", r.ID)
		if f.Code == r.Code {
			filled++
		}
	}
	t.Logf("texts no rule read after losing their first word: %d; the closest known texts gave the row's own code to %d", tried, filled)
}

// FuzzLikeFeatures: any text gives features without panicking, each a
// valid UTF-8 string, and a bounded number of them.
func FuzzLikeFeatures(f *testing.F) {
	for _, s := range []string{"", "552 5.2.2 Mailbox full", "登录失败，密码错误", "5.7.1.", "a.b.5.7.1 x", "\xff\xfe", strings.Repeat("ab ", 3000)} {
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
		likeKnownTexts(&fd, s, loadKnownIndex(), false)
		assert.NotEqual(t, CodeOK, fd.Code)
	})
}

// BenchmarkLikeKnownTexts times one comparison against every known text
// (a text no rule reads), and the index built once.
func BenchmarkLikeKnownTexts(b *testing.B) {
	text := "The mail system refused the message: the mailbox of the recipient has no room left, try again after the owner deletes old mail"
	ix := loadKnownIndex()
	b.ReportAllocs()
	for b.Loop() {
		f := Finding{Code: CodeUnknown}
		likeKnownTexts(&f, text, ix, false)
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

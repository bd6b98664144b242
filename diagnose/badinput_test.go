package diagnose

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/probe"
)

// TestExplainBadInput: whatever is pasted, Explain answers with a
// finding, quickly, and never panics or hangs. Explain reads at most
// maxExplainBytes; the rules, whose patterns are RE2 (linear time), read
// at most maxClassifyText.
func TestExplainBadInput(t *testing.T) {
	t.Parallel() // long and read-only: it runs beside TestPrefilterAgreesWithPattern
	rng := rand.New(rand.NewPCG(10, 10))
	binary := make([]byte, 1<<20)
	for i := range binary {
		binary[i] = byte(rng.UintN(256))
	}
	tenMB := strings.Repeat("535 5.7.8 Username and Password not accepted. ", (10<<20)/47)
	cases := map[string]string{
		"binary":                       string(binary),
		"10 MB":                        tenMB,
		"10 MB on one line, no space":  strings.Repeat("a", 10<<20),
		"invalid UTF-8":                "535 5.7.8 \xff\xfe\xfd Authentication \xc3\x28 failed \xed\xa0\x80",
		"terminal escapes":             "\x1b[31m535 5.7.8\x1b[0m \x1b]0;owned\x07 Authentication failed\x1b[2J\r\x08\x08",
		"NUL bytes":                    "a1 NO \x00\x00 [AUTHENTICATIONFAILED]\x00 Authentication failed.",
		"many lines":                   strings.Repeat("S: 250-PIPELINING\r\n", 200000) + "S: 535 5.7.8 Error: authentication failed\r\n",
		"many short lines":             strings.Repeat("\n", 5<<20),
		"many IMAP tags":               strings.Repeat("* OK [", 300000),
		"nested brackets":              strings.Repeat("[", 1<<20) + "ALERT" + strings.Repeat("]", 1<<20),
		"huge enhanced code":           "535 " + strings.Repeat("5.7.", 200000),
		"right-to-left and zero-width": "\u202e535 5.7.8\u200b Authentication failed\u2066\u2069\ufeff",
		"only spaces":                  strings.Repeat(" \t", 1<<20),
	}
	hints := []Hints{{}, {Protocol: ProtocolIMAP, Stage: probe.StageAuthenticate, Host: "imap.example.com"},
		{Protocol: ProtocolSMTP, Stage: probe.StageData}, {Protocol: ProtocolPOP3}}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			for _, h := range hints {
				start := time.Now()
				f := Explain(text, h)
				took := time.Since(start)
				checkFinding(t, f)
				assert.True(t, f.Code.Known(), "%s: code %q", name, f.Code)
				assert.NotEmpty(t, f.Summary)
				assert.LessOrEqual(t, len(f.Evidence.Text), maxExplainBytes)
				// Explain reads at most 64 KiB; that much takes 0.2-0.3 s
				// on a two-core machine, about 2 s under the race
				// detector (docs/benchmarks.md, BenchmarkExplainLarge).
				// The limit is a bound on a hang, with room for an
				// overloaded machine, not a speed target.
				assert.Less(t, took, raceSlowdown*5*time.Second, "%s (%+v) took %s", name, h, took)
			}
		})
	}
}

// BenchmarkExplainCorpus explains every text of the corpus
// (testdata/responses.json) with its hints and reports the median and the
// 99th percentile time per text, besides the mean per text (ns/op is per
// text). Figures are in docs/benchmarks.md.
func BenchmarkExplainCorpus(b *testing.B) {
	rows := loadResponses(b)
	hints := make([]Hints, len(rows))
	for i, r := range rows {
		hints[i] = Hints{Protocol: r.Protocol, Host: r.Host, Stage: probe.Stage(r.Stage)}
	}
	per := make([][]time.Duration, len(rows))
	n := 0
	for b.Loop() {
		i := n % len(rows)
		start := time.Now()
		_ = Explain(rows[i].Text, hints[i])
		per[i] = append(per[i], time.Since(start))
		n++
	}
	// Each text's own median, then the median and p99 over texts.
	var meds []time.Duration
	for _, d := range per {
		if len(d) == 0 {
			continue
		}
		sort.Slice(d, func(a, b int) bool { return d[a] < d[b] })
		meds = append(meds, d[len(d)/2])
	}
	if len(meds) == 0 {
		return
	}
	sort.Slice(meds, func(a, b int) bool { return meds[a] < meds[b] })
	b.ReportMetric(float64(meds[len(meds)/2].Microseconds()), "median-µs/text")
	b.ReportMetric(float64(meds[len(meds)*99/100].Microseconds()), "p99-µs/text")
	b.ReportMetric(float64(len(meds)), "texts")
}

// BenchmarkExplainLarge explains 64 KiB pastes, the most Explain reads:
// every rule may have to read all of it. Figures are in
// docs/benchmarks.md.
func BenchmarkExplainLarge(b *testing.B) {
	rng := rand.New(rand.NewPCG(10, 10))
	binary := make([]byte, maxExplainBytes)
	for i := range binary {
		binary[i] = byte(rng.UintN(256))
	}
	fill := func(s string) string { return strings.Repeat(s, maxExplainBytes/len(s)+1)[:maxExplainBytes] }
	cases := []struct{ name, text string }{
		{"binary", string(binary)},
		{"smtp reply repeated", fill("535 5.7.8 Username and Password not accepted. ")},
		{"one line no space", fill("a")},
		{"many lines", fill("S: 250-PIPELINING\r\n")},
		{"nested brackets", fill("[")},
		{"log", fill("2026-12-05 01:02:03 INFO sync: fetched 12 messages from INBOX for user@example.com in 0.4s\n")},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				_ = Explain(c.text, Hints{})
			}
		})
	}
}

// TestExplainLongPaste: a log longer than Explain reads is read as its
// start, its end and the failure-looking lines between them, so a long
// run of success lines cannot hide the failure and make the reading ok.
func TestExplainLongPaste(t *testing.T) {
	t.Parallel() // long and read-only: it runs beside TestPrefilterAgreesWithPattern
	okLines := func(n int) string { return strings.Repeat("* OK IMAP ready\n", n/16+1) }
	failure := "a1 NO [AUTHENTICATIONFAILED] Authentication failed.\n"
	for name, text := range map[string]string{
		"failure at the end":    okLines(80<<10) + failure,
		"failure in the middle": okLines(30<<10) + failure + okLines(200<<10),
		"failure after 10 MB":   okLines(10<<20) + failure + okLines(100<<10),
	} {
		t.Run(name, func(t *testing.T) {
			f := Explain(text, Hints{})
			assert.Equal(t, CodeInvalidCredentials, f.Code, "rule %s", f.Evidence.Rule)
			assert.True(t, f.Evidence.Cut)
			assert.Contains(t, f.Summary, cutNote)
		})
	}
	// Nothing but success lines: ok, but only as a guess, and it says the
	// text was read in part.
	f := Explain(okLines(100<<10), Hints{})
	assert.Equal(t, CodeOK, f.Code)
	assert.Equal(t, ConfidenceLow, f.Confidence)
	assert.True(t, f.Evidence.Cut)
	// A paste within the bound is read whole and says nothing of it.
	f = Explain(okLines(60<<10)+failure, Hints{})
	assert.Equal(t, CodeInvalidCredentials, f.Code)
	assert.False(t, f.Evidence.Cut)
	assert.NotContains(t, f.Summary, cutNote)
}

// TestBoundText: the part of a long paste that is read stays within
// maxExplainBytes, keeps whole lines, and keeps the middle's failure
// lines in their order.
func TestBoundText(t *testing.T) {
	filler := strings.Repeat("sync: fetched 12 messages\n", 10000)
	text := filler + "550 5.7.1 first refusal\n" + filler + "error: second\n" + filler
	out, cut := boundText(text)
	assert.True(t, cut)
	assert.LessOrEqual(t, len(out), maxExplainBytes)
	first, second := strings.Index(out, "550 5.7.1 first refusal\n"), strings.Index(out, "error: second\n")
	assert.True(t, first > 0 && second > first, "both failure lines, in order: %d %d", first, second)
	for _, l := range strings.Split(out, "\n") {
		if l != "" {
			assert.Contains(t, []string{"sync: fetched 12 messages", "550 5.7.1 first refusal", "error: second"}, l)
		}
	}
	short := "535 5.7.8 Authentication failed"
	out, cut = boundText(short)
	assert.False(t, cut)
	assert.Equal(t, short, out)
}

// TestBoundTextNoiseAfterRefusal: a long log whose last megabytes repeat
// one warning (with a counter) still shows the server's refusal before
// them: repeats are kept once, and reply lines come before word lines.
func TestBoundTextNoiseAfterRefusal(t *testing.T) {
	t.Parallel() // long and read-only: it runs beside the other long tests
	var b strings.Builder
	b.WriteString(strings.Repeat("sync: fetched 12 messages\n", 2000))
	b.WriteString("S: 535 5.7.8 Authentication failed: bad credentials\n")
	for i := 0; b.Len() < 14<<20; i++ {
		fmt.Fprintf(&b, "2026-12-07 10:%02d:%02d WARN timeout talking to the metrics collector (attempt %d)\n", i/60%60, i%60, i)
	}
	b.WriteString(strings.Repeat("sync: idle\n", 5000))
	out, cut := boundText(b.String())
	require.True(t, cut)
	assert.LessOrEqual(t, len(out), maxExplainBytes)
	assert.True(t, strings.Contains(out, "S: 535 5.7.8 Authentication failed: bad credentials"), "the refusal is read")
	assert.Equal(t, 1, strings.Count(out, "WARN timeout talking"), "a repeated warning is kept once")
	f := Explain(b.String(), Hints{})
	assert.Equal(t, CodeInvalidCredentials, f.Code, "rule %s", f.Evidence.Rule)
	assert.True(t, f.Evidence.Cut)
}

// TestBoundTextOtherStatusNumbers: a web log's "404 Not Found" lines
// look like replies; many distinct ones must not push out a failure that
// came after them (a reviewer's find).
func TestBoundTextOtherStatusNumbers(t *testing.T) {
	t.Parallel() // long and read-only: it runs beside the other long tests
	var b strings.Builder
	b.WriteString(strings.Repeat("boot ok\n", 3000))
	for i := range 600 {
		fmt.Fprintf(&b, "2026-12-07 10:00:%02d GET /static/img/%c%c.png 404 Not Found\n", i%60, 'a'+i%26, 'a'+i/26)
	}
	b.WriteString("2026-12-07 10:10:00 ERROR mailer: x509: certificate has expired or is not yet valid\n")
	b.WriteString(strings.Repeat("sync: idle\n", 5000))
	out, cut := boundText(b.String())
	require.True(t, cut)
	assert.True(t, strings.Contains(out, "x509: certificate has expired"), "the latest failure is read")
	assert.Equal(t, CodeTLSCertificate, Explain(b.String(), Hints{}).Code)
}

// TestExplainNotText: binary bytes are said to be no text, not read as a
// reply; a reply with a stray NUL or terminal escapes is still read.
func TestExplainNotText(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	binary := make([]byte, 8<<10)
	for i := range binary {
		binary[i] = byte(rng.UintN(256))
	}
	f := Explain(string(binary), Hints{})
	assert.Equal(t, CodeUnknown, f.Code)
	assert.Equal(t, notTextSummary, f.Summary)
	assert.Equal(t, "input", f.Evidence.Kind)
	assert.NotContains(t, f.Evidence.Text, string(binary[:16]))
	checkFinding(t, f)
	for _, text := range []string{
		"a1 NO \x00\x00 [AUTHENTICATIONFAILED]\x00 Authentication failed.",
		"\x1b[31m535 5.7.8\x1b[0m \x1b]0;owned\x07 Authentication failed\x1b[2J\r\x08\x08",
		"535 5.7.8 Error: authentication failed: \xff\xfe bad bytes in the reason",
	} {
		assert.Equal(t, CodeInvalidCredentials, Explain(text, Hints{}).Code, "%q", text)
	}
}

// TestExplainLongTranscript: a long transcript's refusal in the middle,
// after a transcript prefix and with no failure word, is still read.
func TestExplainLongTranscript(t *testing.T) {
	t.Parallel() // long and read-only: it runs beside the other long tests
	filler := strings.Repeat("C: RCPT TO:<a@example.com>\nS: 250 2.1.5 Ok\n", 1600)
	for _, tc := range []struct {
		line string
		code Code
	}{
		{"S: 421 4.7.0 Try again later, closing connection.", CodeTemporaryFailure},
		{"S: 535 5.7.3 Authentication unsuccessful", CodeInvalidCredentials},
		{"<- 552 5.3.4 Message size exceeds fixed maximum message size", CodeMessageTooLarge},
	} {
		text := filler + tc.line + "\n" + filler + "S: 221 2.0.0 Bye\n"
		require.Greater(t, len(text), maxExplainBytes)
		f := Explain(text, Hints{Protocol: ProtocolSMTP})
		assert.NotEqual(t, CodeOK, f.Code, "%s: rule %s", tc.line, f.Evidence.Rule)
		assert.Equal(t, tc.code, f.Code, "%s: rule %s", tc.line, f.Evidence.Rule)
		assert.True(t, f.Evidence.Cut)
	}
	assert.True(t, refusalCodeNearStart("2026-12-06 10:00:01 S: 451 4.7.1 Greylisted"))
	assert.False(t, refusalCodeNearStart("S: 250 2.1.5 Ok"))
	assert.False(t, refusalCodeNearStart("id=4501 status=sent"))
}

// TestExplainLegacyEncodings: a reply in a legacy encoding, in UTF-16 or
// with a few stray control bytes is text, and is read.
func TestExplainLegacyEncodings(t *testing.T) {
	cp1251 := "535 5.7.8 \xce\xf8\xe8\xe1\xea\xe0 \xe0\xe2\xf2\xee\xf0\xe8\xe7\xe0\xf6\xe8\xe8: \xed\xe5\xe2\xe5\xf0\xed\xfb\xe9 \xef\xe0\xf0\xee\xeb\xfc"
	utf16le := "\xff\xfe"
	for _, r := range "535 5.7.8 Authentication failed" {
		utf16le += string([]byte{byte(r), 0})
	}
	bare16 := utf16le[2:]
	for name, text := range map[string]string{
		"cp1251":            cp1251,
		"utf-16 with a bom": utf16le,
		"utf-16 without":    bare16,
		"stray controls":    "\x00\x00\x00535 5.7.8 Authentication failed\a\b\v\f",
	} {
		f := Explain(text, Hints{})
		assert.Equal(t, CodeInvalidCredentials, f.Code, "%s: %s", name, f.Summary)
		assert.NotEqual(t, notTextSummary, f.Summary, name)
	}
}

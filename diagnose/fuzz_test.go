package diagnose

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/mailcheck-go/mailcheck/imapcheck"
	"github.com/mailcheck-go/mailcheck/probe"
	"github.com/mailcheck-go/mailcheck/smtpcheck"
)

// explainSeeds is the seed corpus for FuzzExplain: one of each kind of
// text Explain reads. Crashers found by the fuzzer go to
// testdata/fuzz/FuzzExplain.
var explainSeeds = []struct {
	text  string
	proto string
	host  string
}{
	{"A00000001 NO AUTHENTICATE failed.", "", "outlook.office365.com"},                                                              // Microsoft, ambiguous
	{"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.", "smtp", ""},                   // phrase
	{"535-5.7.8 Username and Password not accepted.\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials - gsmtp", "", ""}, // multi-line SMTP
	{"* BAD [ALERT] Plaintext authentication not allowed without SSL/TLS\na1 NO [PRIVACYREQUIRED] x", "imap", ""},                   // two IMAP lines
	{"-ERR [AUTH] Authentication failed.", "", ""},                                                                                  // POP3
	{"x509: certificate has expired or is not yet valid: current time 2026-01-01T00:00:00Z is after 2025-01-01T00:00:00Z", "", ""},
	{"dial tcp 1.2.3.4:993: connect: connection refused", "", ""},
	{"[SSL: WRONG_VERSION_NUMBER] wrong version number", "", ""},
	{`got code "535", with message "535 5.7.3 Authentication unsuccessful"`, "", ""},
	// Texts the redactor has been through: markers inside a response
	// code and inside phrases, and markers that open brackets.
	{"a1 NO [AUTH[redacted]CA[redacted]FAILED] Auth[redacted]ca[redacted]failed.", "imap", ""},
	{"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the [redacted].", "smtp", "smtp.office365.com"},
	{"* NO [[redacted][redacted] [redacted]", "", ""},
	{"NO [", "", ""},                 // unterminated code
	{"5.7.", "", ""},                 // half an enhanced code
	{"\xff\xfe\x00535 \xc3", "", ""}, // not UTF-8
	{"", "", ""},
	// UTF-16 with and without a byte-order mark; a pasted password; a
	// paste longer than Explain reads, its failure in the middle.
	{"\xff\xfe5\x003\x005\x00 \x005\x00.\x007\x00.\x008\x00", "", ""},
	{"5\x003\x005\x00 \x005\x00.\x007\x00.\x008\x00 \x00f\x00a\x00i\x00l\x00", "smtp", ""},
	{"C: a1 LOGIN bob \"pa ss\"\nS: a1 OK LOGIN completed", "imap", ""},
	{strings.Repeat("S: 250 2.1.5 Ok\n", 5000) + "S: 535 5.7.8 failed\n" + strings.Repeat("* OK\n", 20000), "", ""},
}

func FuzzExplain(f *testing.F) {
	for _, s := range explainSeeds {
		f.Add(s.text, s.proto, s.host)
	}
	f.Fuzz(func(t *testing.T, text, proto, host string) {
		h := Hints{Protocol: Protocol(proto), Host: host}
		a := Explain(text, h)
		b := Explain(text, h)
		checkFinding(t, a)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("not deterministic:\n%+v\n%+v", a, b)
		}
		if _, err := json.Marshal(a); err != nil {
			t.Fatalf("finding does not marshal: %v", err)
		}
	})
}

// FuzzClassify feeds arbitrary server text to the classifiers as an IMAP
// response line, an alert, and an SMTP reply, at a chosen stage and
// provider.
func FuzzClassify(f *testing.F) {
	f.Add("a1 NO AUTHENTICATE failed.", uint8(7), "microsoft365")                                 // Microsoft's refusal
	f.Add("535 5.7.3 Authentication unsuccessful", uint8(7), "microsoft365")                      // ambiguous SMTP
	f.Add("* BYE [UNAVAILABLE] Internal login failure.", uint8(3), "dovecot")                     // BYE with a code
	f.Add("553 5.7.1 Sender address rejected: not owned by user", uint8(9), "postfix")            // envelope
	f.Add("a1 NO [ALERT] Application-specific password required: x (Failure)", uint8(7), "gmail") // alert
	f.Add("", uint8(0), "")
	stages := []probe.Stage{probe.StageResolve, probe.StageConnect, probe.StageTLSHandshake, probe.StageGreeting,
		probe.StageCapabilities, probe.StageEHLO, probe.StageStartTLS, probe.StageAuthenticate, probe.StageMailbox,
		probe.StageEnvelope, probe.StageLogout, probe.StageQuit, ""}
	f.Fuzz(func(t *testing.T, text string, stage uint8, provider string) {
		st := stages[int(stage)%len(stages)]
		p := Provider{ID: ProviderID(provider)}
		lines := strings.Split(text, "\n")

		ir := &imapcheck.Result{Stage: st, Port: int(stage) * 37, Security: probe.SecurityStartTLS,
			Response: &imapcheck.Response{Type: firstWord(text), Code: imapRespCode(text), Text: text, Line: lines[0]},
			Alerts:   lines, Greeting: text, Auth: &probe.Auth{Mechanism: provider, Attempted: stage%2 == 0}}
		sr := &smtpcheck.Result{Stage: st, Port: int(stage) * 37,
			Reply:    &smtpcheck.Reply{Code: int(stage) * 3, EnhancedCode: enhancedIn(text), Text: text, Lines: lines},
			Envelope: &smtpcheck.Envelope{Mail: &smtpcheck.Reply{Code: 550, Text: text, Lines: lines}}}
		if stage%3 == 0 {
			sr.Reply, ir.Response = nil, nil
			ir.Error = &probe.NetError{Kind: probe.NetErrorKind(text), Message: text}
		}
		a, b := ClassifyIMAP(ir, p), ClassifyIMAP(ir, p)
		c, d := ClassifySMTP(sr, p), ClassifySMTP(sr, p)
		if !reflect.DeepEqual(a, b) || !reflect.DeepEqual(c, d) {
			t.Fatal("not deterministic")
		}
		for _, fs := range [][]Finding{a, c} {
			if len(fs) == 0 {
				t.Fatal("no primary finding")
			}
			for _, f := range fs {
				checkFinding(t, f)
			}
		}
		v, im, sm := CrossCheck(a, c)
		if !v.Code.Known() {
			t.Fatalf("verdict code %q", v.Code)
		}
		for _, f := range append(im, sm...) {
			checkFinding(t, f)
		}
	})
}

func firstWord(s string) string {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return w
}

// checkFinding asserts the properties every finding has, whatever the
// input: a known code, a valid confidence and severity, alternatives
// that never repeat the primary or each other.
func checkFinding(t *testing.T, f Finding) {
	t.Helper()
	if !f.Code.Known() {
		t.Fatalf("unknown code %q", f.Code)
	}
	switch f.Confidence {
	case ConfidenceHigh, ConfidenceMedium, ConfidenceLow:
	default:
		t.Fatalf("confidence %q", f.Confidence)
	}
	switch f.Severity {
	case SeverityError, SeverityWarning, SeverityInfo:
	default:
		t.Fatalf("severity %q", f.Severity)
	}
	seen := map[Code]bool{}
	for _, a := range f.Alternatives {
		if a.Code == f.Code {
			t.Fatalf("alternative repeats the primary %s", f.Code)
		}
		if seen[a.Code] || !a.Code.Known() {
			t.Fatalf("alternative %q repeated or unknown", a.Code)
		}
		seen[a.Code] = true
	}
}

// BenchmarkExplain measures one classification of a typical paste.
func BenchmarkExplain(b *testing.B) {
	texts := []string{
		"535 5.7.3 Authentication unsuccessful [SG2PR06CA0186.apcprd06.prod.outlook.com]",
		"A00000001 NO AUTHENTICATE failed.",
		"dial tcp 1.2.3.4:993: i/o timeout",
		"something nobody has ever seen before",
	}
	for b.Loop() {
		for _, s := range texts {
			_ = Explain(s, Hints{})
		}
	}
}

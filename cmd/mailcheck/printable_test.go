package main

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

// hostile is what a hostile server or a doctored log might send: retitle
// the terminal (OSC 0 ended by BEL), clear the screen, hide what follows
// (SGR 8), a C1 CSI, a lone CR to overwrite the line, a right-to-left
// override, invisible marks and separators, and a byte that is not UTF-8.
const hostile = "\x1b]0;PWNED\x07\x1b[2J\x1b[8mhidden\x1b[0m \u009b31m x\ry \u202eevil \u200b\u200e\u061c\u2028\ufeff \xff"

func TestPrintable(t *testing.T) {
	tests := []struct {
		in, want, wantLine string
	}{
		{"* OK Dovecot ready.", "* OK Dovecot ready.", "* OK Dovecot ready."}, // plain text is untouched
		{"Grüße, 你好 ✔", "Grüße, 你好 ✔", "Grüße, 你好 ✔"},                         // so is any printable Unicode
		{"a\tb", "a\tb", "a\tb"},
		{"535-5.7.8 one\r\n535 5.7.8 two", "535-5.7.8 one\n535 5.7.8 two", `535-5.7.8 one\r\n535 5.7.8 two`}, // CRLF is a line break
		{"x\ry", `x\ry`, `x\ry`}, // a lone CR would overwrite the line
		{"\x1b]0;PWNED\x07", `\x1b]0;PWNED\x07`, `\x1b]0;PWNED\x07`},
		{"\x1b[2J\x1b[8mhidden", `\x1b[2J\x1b[8mhidden`, `\x1b[2J\x1b[8mhidden`},
		{"\x00\x7f", `\x00\x7f`, `\x00\x7f`},
		{"\u009b31m\u0085", `\u009b31m\u0085`, `\u009b31m\u0085`}, // C1 controls: CSI, NEL
		{"abc\u202etxt.exe\u2066", `abc\u202etxt.exe\u2066`, `abc\u202etxt.exe\u2066`},
		{"bad \xff\xfe utf-8", `bad \xff\xfe utf-8`, `bad \xff\xfe utf-8`},
		{"\ufffd", "\ufffd", "\ufffd"}, // a well-formed replacement character is text
		// Invisible and direction marks: a reader would not see them.
		{"a\u200eb\u200fc\u061cd", `a\u200eb\u200fc\u061cd`, `a\u200eb\u200fc\u061cd`},
		{"pass\u200bword\ufeff", `pass\u200bword\ufeff`, `pass\u200bword\ufeff`},
		{"one\u2028two\u2029", `one\u2028two\u2029`, `one\u2028two\u2029`},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, printable(tc.in), "printable(%q)", tc.in)
		assert.Equal(t, tc.wantLine, printableLine(tc.in), "printableLine(%q)", tc.in)
	}
}

// assertNoRawControls fails if out holds an escape, BEL, CR, C1 control,
// bidi override or invalid UTF-8, after removing the colour codes style
// itself writes (none of which the hostile text uses).
func assertNoRawControls(t *testing.T, out string, what string) {
	t.Helper()
	for _, code := range []string{"1", "2", "1;31", "1;32", "33", "0"} {
		out = strings.ReplaceAll(out, "\x1b["+code+"m", "")
	}
	assert.Equal(t, out, printable(out), "%s holds raw control characters:\n%q", what, out)
	assert.NotContains(t, out, "\x1b")
	assert.NotContains(t, out, "\x07")
}

// poison appends hostile to every plain string reachable from v: the
// fields that hold text from outside (server lines, hosts, summaries,
// evidence, transcripts). Named string types (codes, stages, protocols)
// are mailcheck's own enumerations and keep their values, so the
// rendering takes the same branches as for the unpoisoned value.
func poison(v reflect.Value, depth int) {
	if depth > 12 {
		return
	}
	switch v.Kind() {
	case reflect.String:
		if v.Type() == reflect.TypeOf("") && v.CanSet() {
			v.SetString(v.String() + hostile)
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			poison(v.Elem(), depth+1)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				poison(v.Field(i), depth+1)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			poison(v.Index(i), depth+1)
		}
	}
}

// TestRenderEscapesEverything diagnoses a fake (IMAP and SMTP refusing the
// password for the same reason, so both renderings of a finding run),
// appends hostile text to every string in the report, and checks that the
// human rendering, transcripts included, holds no raw control character
// with colour off or on.
func TestRenderEscapesEverything(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-wrong-password")
	a := srv.Accounts()[0]
	rep, err := diagnose.Diagnose(t.Context(), diagnose.Account{
		Email:    a.Email,
		Password: probe.Secret(a.Password),
		IMAP:     diagnose.Endpoint{Host: "127.0.0.1", Port: port(t, srv.IMAPTLS), Security: probe.SecurityTLS},
		SMTP:     diagnose.Endpoint{Host: "127.0.0.1", Port: port(t, srv.SMTPStartTLS), Security: probe.SecurityStartTLS},
	}, &diagnose.Options{TLSConfig: srv.ClientTLSConfig()})
	require.NoError(t, err)
	require.NotNil(t, rep.IMAP)
	require.NotNil(t, rep.SMTP)
	require.Equal(t, rep.IMAP.Code, rep.SMTP.Code, "the same cause for both protocols")
	poison(reflect.ValueOf(rep), 0)
	require.Contains(t, rep.IMAP.Host, hostile, "poison reached the report")

	for _, colour := range []bool{false, true} {
		var out bytes.Buffer
		renderReport(&out, style{on: colour}, rep, true)
		assert.Contains(t, out.String(), `\x1b]0;PWNED\x07`, "the hostile text is shown, escaped")
		assert.Contains(t, out.String(), "Transcript")
		assertNoRawControls(t, out.String(), "check's report")

		for _, f := range rep.Findings {
			out.Reset()
			renderExplained(&out, style{on: colour}, f)
			assertNoRawControls(t, out.String(), "a finding")
		}
	}

	var progress bytes.Buffer
	print := progressPrinter(&progress, style{on: true})
	print(diagnose.ProtocolIMAP, probe.Step{Stage: probe.StageGreeting, Outcome: probe.OutcomeFailed, Detail: hostile})
	print(diagnose.ProtocolIMAP, probe.Step{Stage: probe.StageGreeting, Outcome: probe.OutcomeFailed, Error: &probe.NetError{Message: hostile}})
	assertNoRawControls(t, progress.String(), "progress")
}

// hostileScenario is dovecot-postfix-wrong-password whose greeting, banner
// and refusals carry escape sequences.
func hostileScenario() mailtest.Scenario {
	sc, _ := mailtest.Lookup("dovecot-postfix-wrong-password")
	sc.Name = "hostile"
	sc.IMAP.Greeting = "* OK \x1b]0;PWNED\x07\x1b[2J Dovecot ready."
	sc.IMAP.Failure = []string{"NO [AUTHENTICATIONFAILED] Authentication \x1b[8mhidden\x1b[0m failed.\x07"}
	sc.SMTP.Banner = []string{"220 mail.example.org ESMTP \x1b]0;PWNED\x07Postfix"}
	sc.SMTP.Failure = []string{"535 5.7.8 Error: authentication failed: \x1b[2J\x1b[8mhidden"}
	return sc
}

// TestCheckHostileServer runs the binary against servers whose greeting
// and refusals carry escape sequences: the human output, with and without
// --transcript, holds none of them raw, and still codes the failure.
func TestCheckHostileServer(t *testing.T) {
	srv, err := mailtest.NewServer(hostileScenario())
	require.NoError(t, err)
	t.Cleanup(srv.Close)
	args, password := checkArgs(t, srv)
	env := []string{"MAILCHECK_PASSWORD=" + password}

	for _, extra := range [][]string{nil, {"--transcript"}} {
		r := runBinary(t, invocation{args: append(args, extra...), env: env})
		assert.Equal(t, exitProblem, r.code, "stdout: %s\nstderr: %s", r.stdout, r.stderr)
		assert.Contains(t, r.stdout, "invalid_credentials")
		assertNoRawControls(t, r.stdout, "stdout")
		assertNoRawControls(t, r.stderr, "stderr")
		assert.Contains(t, r.stdout, `\x1b[8mhidden`, "the hidden text is visible")
		if extra != nil {
			assert.Contains(t, r.stdout, `S: * OK \x1b]0;PWNED\x07\x1b[2J Dovecot ready.`)
		}
	}

	// In colour (in-process, stdout a pretend terminal) only style's codes
	// are raw.
	te := newTestEnv("", map[string]string{"MAILCHECK_PASSWORD": password}, "stdout", "stderr")
	assert.Equal(t, exitProblem, run(t.Context(), append(args, "--transcript"), &te.env))
	assert.Contains(t, te.stdout.String(), "\x1b[1;31m", "colour still works")
	assertNoRawControls(t, te.stdout.String(), "coloured stdout")
	assertNoRawControls(t, te.stderr.String(), "progress")
}

// TestExplainHostileText pastes text with escape sequences, as arguments
// and on stdin.
func TestExplainHostileText(t *testing.T) {
	pasted := "535 5.7.8 Error: authentication failed: " + hostile
	for _, inv := range []invocation{
		{args: []string{"explain", "--protocol", "smtp", pasted}},
		{args: []string{"explain", "--protocol", "smtp"}, stdin: pasted + "\r\n"},
	} {
		r := runBinary(t, inv)
		assert.Equal(t, exitProblem, r.code, "stderr: %s", r.stderr)
		assert.Contains(t, r.stdout, `\x1b]0;PWNED\x07`)
		assertNoRawControls(t, r.stdout, "stdout")
	}
	te := newTestEnv("", nil, "stdout")
	assert.Equal(t, exitProblem, run(context.Background(), []string{"explain", pasted}, &te.env))
	assertNoRawControls(t, te.stdout.String(), "coloured stdout")
}

func port(t *testing.T, addr string) int {
	t.Helper()
	_, p, err := parseHostPort(addr)
	require.NoError(t, err)
	return p
}

// TestExplainStageEscaped: a --stage value is text from the command line;
// a hostile one reaches the terminal only escaped, in the usage error too.
func TestExplainStageEscaped(t *testing.T) {
	te := newTestEnv("", nil, "stdout", "stderr")
	code := run(t.Context(), []string{"explain", "--stage", "greeting" + hostile, "a1 NO [AUTHENTICATIONFAILED] x"}, &te.env)
	assert.Equal(t, exitUsage, code)
	assertNoRawControls(t, te.stdout.String(), "stdout")
	assertNoRawControls(t, te.stderr.String(), "stderr")
	assert.NotContains(t, te.stderr.String(), "\u200b", "the raw zero-width space")
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/mailtest"
)

// testEnv is an env for in-process runs; terminals lists which streams
// pretend to be terminals.
type testEnv struct {
	env
	stdout, stderr bytes.Buffer
	prompts        []string
}

func newTestEnv(stdin string, vars map[string]string, terminals ...string) *testEnv {
	te := &testEnv{}
	in := strings.NewReader(stdin)
	te.env = env{
		Stdin:  in,
		Stdout: &te.stdout,
		Stderr: &te.stderr,
		Getenv: func(k string) string { return vars[k] },
		Now:    time.Now,
	}
	te.IsTerminal = func(s any) bool {
		for _, name := range terminals {
			switch {
			case name == "stdin" && s == io.Reader(in),
				name == "stdout" && s == io.Writer(&te.stdout),
				name == "stderr" && s == io.Writer(&te.stderr):
				return true
			}
		}
		return false
	}
	te.ReadPassword = func(ctx context.Context, prompt string) (string, error) {
		te.prompts = append(te.prompts, prompt)
		return vars["PROMPT_ANSWER"], nil
	}
	return te
}

// TestRunTerminal drives run in-process as if on a terminal: the password
// is prompted for, progress goes to stderr, and the verdict is coloured.
func TestRunTerminal(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	args, password := checkArgs(t, srv)
	te := newTestEnv("", map[string]string{"PROMPT_ANSWER": password}, "stdin", "stdout", "stderr")

	code := run(t.Context(), args, &te.env)

	assert.Equal(t, exitOK, code, "stdout: %s\nstderr: %s", te.stdout.String(), te.stderr.String())
	require.Len(t, te.prompts, 1)
	assert.Contains(t, te.prompts[0], srv.Accounts()[0].Email)
	assert.Contains(t, te.stderr.String(), "authenticate", "progress names the stages")
	assert.Contains(t, te.stdout.String(), "\x1b[", "colour on a terminal")
	assert.NotContains(t, te.stdout.String()+te.stderr.String(), password)
}

// TestRunNoColor checks NO_COLOR turns colour off on a terminal.
func TestRunNoColor(t *testing.T) {
	te := newTestEnv("", map[string]string{"NO_COLOR": "1"}, "stdout")
	code := run(t.Context(), []string{"explain", "--protocol", "smtp", m365SMTPTenant}, &te.env)
	assert.Equal(t, exitProblem, code)
	assert.NotContains(t, te.stdout.String(), "\x1b[")

	te = newTestEnv("", nil, "stdout")
	run(t.Context(), []string{"explain", "--protocol", "smtp", m365SMTPTenant}, &te.env)
	assert.Contains(t, te.stdout.String(), "\x1b[")
}

// TestRunPromptInterrupted checks that an error while prompting is
// reported, not a panic, and nothing is probed.
func TestRunPromptInterrupted(t *testing.T) {
	te := newTestEnv("", nil, "stdin")
	te.ReadPassword = func(ctx context.Context, prompt string) (string, error) {
		return "", errors.New("read /dev/tty: input/output error")
	}
	code := run(t.Context(), []string{"check", "--email", "a@example.com", "--imap", "127.0.0.1:1"}, &te.env)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, te.stderr.String(), "reading the password")
}

func TestParseHostPort(t *testing.T) {
	tests := []struct {
		in   string
		host string
		port int
		ok   bool
	}{
		{"imap.example.com", "imap.example.com", 0, true},
		{"imap.example.com:993", "imap.example.com", 993, true},
		{"127.0.0.1:1", "127.0.0.1", 1, true},
		{"[::1]:993", "::1", 993, true},
		{"[::1]", "::1", 0, true},
		{"::1", "::1", 0, true}, // a bare IPv6 address has no port
		{"imap.example.com:65535", "imap.example.com", 65535, true},
		{"imap.example.com:65536", "", 0, false},
		{"imap.example.com:0", "", 0, false},
		{"imap.example.com:", "", 0, false},
		{"imap.example.com:imaps", "", 0, false},
		{":993", "", 0, false},
		{"", "", 0, false},
		{"user@imap.example.com", "", 0, false},
		{"imap://imap.example.com", "", 0, false},
		{"imap.example.com\t:993", "", 0, false}, // a tab is as much not a host as a space (FuzzParseHostPort)
		{"imap\x00.example.com", "", 0, false},   // control character
	}
	for _, tc := range tests {
		h, p, err := parseHostPort(tc.in)
		if !tc.ok {
			assert.Error(t, err, tc.in)
			continue
		}
		if assert.NoError(t, err, tc.in) {
			assert.Equal(t, tc.host, h, tc.in)
			assert.Equal(t, tc.port, p, tc.in)
		}
	}
}

func TestParseAddress(t *testing.T) {
	for in, ok := range map[string]bool{
		"alice@example.com":         true,
		"Alice <alice@example.com>": false, // exactly the address
		"<alice@example.com>":       false,
		"alice":                     false,
		"alice@":                    false,
		" alice@example.com":        false,
	} {
		_, err := parseAddress(in)
		assert.Equal(t, ok, err == nil, "%q: %v", in, err)
	}
}

func TestReadLine(t *testing.T) {
	r := strings.NewReader("secret\r\nrest\n")
	s, err := readLine(r)
	require.NoError(t, err)
	assert.Equal(t, "secret", s)
	rest, _ := io.ReadAll(r)
	assert.Equal(t, "rest\n", string(rest), "nothing after the line is consumed")

	long := strings.Repeat("k", maxSecretBytes)
	s, err = readLine(strings.NewReader(long + "\r\n"))
	require.NoError(t, err, "a token of exactly the bound is taken")
	assert.Equal(t, long, s)
	// A file piped by mistake: refused after maxSecretBytes+1 bytes, not
	// read to its end.
	big := &countingReader{r: strings.NewReader(strings.Repeat("x", 5<<20))}
	_, err = readLine(big)
	require.ErrorIs(t, err, errSecretTooLong)
	assert.LessOrEqual(t, big.n, maxSecretBytes+2)
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

const (
	testTimeout  = 5 * time.Second
	pollInterval = 10 * time.Millisecond
)

// TestCheckTimeoutDefault checks the synopsis's "--timeout 20s": the whole
// check's budget is 20 s.
func TestCheckTimeoutDefault(t *testing.T) {
	te := newTestEnv("", nil)
	cf, _, err := parseCheckFlags(&te.env, []string{"--email", "a@example.com"})
	require.NoError(t, err)
	assert.Equal(t, 20*time.Second, cf.timeout.v)

	cf, _, err = parseCheckFlags(&te.env, []string{"--email", "a@example.com", "--timeout", "2m"})
	require.NoError(t, err)
	assert.Equal(t, 2*time.Minute, cf.timeout.v)
}

// TestExplainReadsTheEndOfALongInput: a log longer than what explain
// keeps is read at its end too, where the latest failure is (a
// reviewer's 1.3 MB log whose last line was Microsoft's 5.7.139).
func TestExplainReadsTheEndOfALongInput(t *testing.T) {
	line := "Dec 06 10:00:00 app[42]: sync ok, 0 new messages in INBOX\n"
	long := strings.Repeat(line, (3*maxExplainInput)/len(line)) + m365SMTPTenant + "\n"
	te := newTestEnv(long, nil)
	code := run(t.Context(), []string{"explain", "--json", "--host", "smtp.office365.com"}, &te.env)
	assert.Equal(t, exitProblem, code, te.stderr.String())
	var f diagnose.Finding
	require.NoError(t, json.Unmarshal(te.stdout.Bytes(), &f))
	assert.Equal(t, diagnose.CodeProtocolDisabled, f.Code)
	assert.True(t, f.Evidence.Cut)

	// Past the read limit, stderr says the latest lines were not read.
	defer func(n int64) { maxExplainRead = n }(maxExplainRead)
	maxExplainRead = 4 * maxExplainInput
	te = newTestEnv(strings.Repeat(line, (5*maxExplainInput)/len(line))+m365SMTPTenant+"\n", nil)
	run(t.Context(), []string{"explain", "--json", "--host", "smtp.office365.com"}, &te.env)
	assert.Contains(t, te.stderr.String(), "its latest lines were not")

	// Short input is kept whole.
	b, err := readHeadTail(strings.NewReader("abc\ndef"), 4)
	require.NoError(t, err)
	assert.Equal(t, "abc\ndef", string(b))
	// Longer input keeps its first and last halves.
	b, err = readHeadTail(strings.NewReader("0123456789abcdef"), 4)
	require.NoError(t, err)
	assert.Equal(t, "0123\ncdef", string(b))
}

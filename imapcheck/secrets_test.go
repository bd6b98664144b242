package imapcheck

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/probe"
)

// secretForms are the ways a secret can show up in text: as is, in base64
// (alone or inside a SASL response), and JSON-escaped.
func secretForms(secrets ...string) []string {
	var out []string
	for _, s := range secrets {
		if s == "" {
			continue
		}
		j, _ := json.Marshal(s)
		out = append(out, s, b64(s), strings.Trim(string(j), `"`))
	}
	return out
}

// assertNoSecret searches every output of a probe: the JSON, the
// transcript, each step's detail and server text, the printed result and
// the error.
func assertNoSecret(t *testing.T, res *Result, err error, secrets ...string) {
	t.Helper()
	require.NotNil(t, res)
	js, jerr := json.Marshal(res)
	require.NoError(t, jerr)
	outputs := map[string]string{
		"json":       string(js),
		"transcript": res.Transcript.String(),
		"printed":    fmt.Sprintf("%+v %#v", res, res),
	}
	for i, st := range res.Steps {
		outputs[fmt.Sprintf("step %d detail", i)] = st.Detail
		outputs[fmt.Sprintf("step %d server", i)] = st.Server
		if st.Error != nil {
			outputs[fmt.Sprintf("step %d error", i)] = st.Error.Message
		}
	}
	if err != nil {
		outputs["error"] = err.Error()
	}
	for _, form := range secretForms(secrets...) {
		for where, text := range outputs {
			assert.NotContains(t, text, form, "secret form %q found in %s", form, where)
		}
	}
}

// TestNoSecretsAnywhere runs every mechanism, succeeding and failing, and a
// server that echoes the credentials back, and searches every output for
// the password, the token and the base64 of each SASL exchange.
func TestNoSecretsAnywhere(t *testing.T) {
	cert := leaf(t, nil)
	const password = "Tr0ub4dor&3-\"quoted\"-pässwörd"
	const token = "ya29.a0AfH6SMBsecret-token-value"
	plainIR := "\x00" + testUser + "\x00" + password
	xoIR := "user=" + testUser + "\x01auth=Bearer " + token + "\x01\x01"
	echo := func(caps string, ok bool, password, token string) func(c *fconn) {
		return func(c *fconn) {
			c.send("* OK [CAPABILITY " + caps + "] ready")
			c.serve(caps, "", func(c *fconn, tag, verb, rest string) []string {
				switch verb {
				case "LOGIN", "AUTHENTICATE":
					// Read whatever continuation data the client sends.
					if strings.HasSuffix(rest, "}") {
						if !strings.HasSuffix(rest, "+}") {
							c.send("+ go ahead")
						}
						_, _ = c.read()
					} else if strings.Count(rest, " ") == 0 && verb == "AUTHENTICATE" {
						c.send("+ ")
						l, _ := c.read()
						rest += " " + l
					}
					if ok {
						return []string{"{tag} OK welcome " + rest + " ."}
					}
					// A careless server echoes what it got, raw and encoded.
					if strings.Contains(rest, "XOAUTH2") {
						c.send("+ " + b64(`{"status":"401","echo":"`+token+`"}`))
						_, _ = c.read()
					}
					return []string{"* OK [ALERT] you sent " + rest + " " + password, "{tag} NO [AUTHENTICATIONFAILED] rejected " + password + " " + token + " " + rest + " ."}
				}
				return nil
			})
		}
	}
	cases := []struct {
		name, caps string
		mutate     func(*Options)
	}{
		{"PLAIN SASL-IR", "IMAP4rev1 SASL-IR AUTH=PLAIN", nil},
		{"PLAIN continuation", "IMAP4rev1 AUTH=PLAIN", nil},
		{"LOGIN literal", "IMAP4rev1", nil},
		{"LOGIN literal+", "IMAP4rev1 LITERAL+", nil},
		{"LOGIN quoted", "IMAP4rev1", func(o *Options) { o.Password = "plain \"ascii\" \\ secret" }},
		{"XOAUTH2", "IMAP4rev1 SASL-IR AUTH=XOAUTH2", func(o *Options) { o.Password, o.Token = "", token }},
		{"OAUTHBEARER", "IMAP4rev1 AUTH=OAUTHBEARER", func(o *Options) { o.Password, o.Token = "", token }},
	}
	for _, tc := range cases {
		for _, ok := range []bool{true, false} {
			t.Run(fmt.Sprintf("%s/accepted=%v", tc.name, ok), func(t *testing.T) {
				o := baseOpts(0, probe.SecurityTLS)
				o.Password = password
				if tc.mutate != nil {
					tc.mutate(&o)
				}
				f := startFake(t, echo(tc.caps, ok, o.Password.Reveal(), o.Token.Reveal()), withTLS(cert))
				o.Port = f.port()
				res := run(t, o)
				require.NotNil(t, res.Auth)
				assert.True(t, res.Auth.Attempted)
				assert.Equal(t, ok, res.Auth.Succeeded)
				assertNoSecret(t, res, nil, o.Password.Reveal(), o.Token.Reveal(), password, token, plainIR, xoIR,
					"\x00"+testUser+"\x00"+o.Password.Reveal())
				// The credentials did reach the server, once: the test
				// would prove nothing otherwise.
				assert.Equal(t, 1, authCommands(f))
			})
		}
	}
}

// The options themselves print and marshal without secrets.
func TestOptionsDoNotLeak(t *testing.T) {
	o := Options{Host: "h", Username: testUser, Password: testPassword, Token: testToken}
	// Options hold funcs, so they do not marshal to JSON; the Secrets in
	// them do, as the placeholder.
	js, err := json.Marshal(struct{ P, T probe.Secret }{o.Password, o.Token})
	require.NoError(t, err)
	for _, text := range []string{string(js), fmt.Sprintf("%v %+v %#v", o, o, o)} {
		for _, form := range secretForms(testPassword, testToken) {
			assert.NotContains(t, text, form)
		}
	}
}

// TestModeCheckErrorScrubbed: the mode check's failure is server text
// too. A port silent on the first connection that answers the second
// one's ClientHello in plaintext puts its first five bytes in
// ModeCheck.Error.RecordHeader; a server that knows a five-byte password
// must not make the result carry it (smtpcheck has the same test).
func TestModeCheckErrorScrubbed(t *testing.T) {
	const short = "Zq7#x" // a whole secret fits in a TLS record header
	var n atomic.Int32
	f := startFake(t, func(c *fconn) {
		if n.Add(1) == 1 {
			c.Silent() // no greeting: the mode check starts beside the wait
			return
		}
		if _, err := c.R.ReadByte(); err == nil { // the ClientHello
			_, _ = c.Write([]byte(short + "\r\n"))
		}
	})
	o := baseOpts(f.port(), probe.SecurityStartTLS)
	o.Password = short
	o.StageTimeout = 400 * time.Millisecond
	res := run(t, o)
	require.NotNil(t, res.ModeCheck)
	require.NotNil(t, res.ModeCheck.Error)
	assert.Equal(t, probe.NetTLSNotTLS, res.ModeCheck.Error.Kind, "the second connection was answered in plaintext")
	assertNoSecret(t, res, nil, short)
}

package smtpcheck

import (
	"context"
	"encoding/base64"
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

// TestNoSecretLeaks runs every mechanism to success and to failure, with
// a server that echoes what it received, and searches every output of the
// probe for the password, the token and the base64 of each SASL message.
func TestNoSecretLeaks(t *testing.T) {
	plainIR := "\x00" + testUser + "\x00" + testPassword
	xoauthIR := "user=" + testUser + "\x01auth=Bearer " + testToken + "\x01\x01"
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	// The user name is not a secret (Result.Username shows it); the
	// blobs that carry it with a password or token must not show whole.
	forbidden := []string{
		testPassword, b64(testPassword), testToken, b64(testToken),
		b64(plainIR), b64(xoauthIR),
	}
	// echo answers AUTH, then every continuation, by quoting the client's
	// line back: a server that leaks must not make the probe leak.
	echo := func(final, secret string) func(c *fakeConn, line string) {
		return func(c *fakeConn, line string) {
			c.send("334 " + b64("you said: "+line))
			for i := 0; i < 2; i++ {
				l, ok := c.readLine()
				if !ok {
					return
				}
				if i == 0 && (l == "" || l == "*") {
					break
				}
				if i == 0 {
					c.send("334 " + line[len("AUTH "):])
					continue
				}
			}
			c.send(final + " echo: " + line + " secret=" + secret)
		}
	}
	ehlo := []string{"250-fake.test", "250 AUTH PLAIN LOGIN XOAUTH2 OAUTHBEARER"}
	for _, mech := range []string{MechanismPlain, MechanismLogin, MechanismXOAuth2, MechanismOAuthBearer} {
		for _, final := range []string{"235 2.7.0 ok", "535 5.7.8 no"} {
			t.Run(mech+" "+final[:3], func(t *testing.T) {
				secret := testPassword
				if mech == MechanismXOAuth2 || mech == MechanismOAuthBearer {
					secret = testToken
				}
				s := startFake(t, serverTLS(t), script{ehlo: ehlo, auth: echo(final, secret), replies: map[string][]string{
					"MAIL": {"250 2.1.0 ok for " + secret},
				}}.handle)
				o := optionsFor(s, probe.SecurityTLS)
				o.Mechanism = mech
				o.Recipient = "bob@example.test"
				if secret == testToken {
					o.Password, o.Token = "", testToken
				}
				res, err := Probe(context.Background(), o)
				require.NoError(t, err)
				js, err := json.Marshal(res)
				require.NoError(t, err)
				outputs := map[string]string{
					"json":       string(js),
					"transcript": res.Transcript.String(),
					"%v":         fmt.Sprintf("%v", res),
					"%+v":        fmt.Sprintf("%+v", *res),
					"options":    fmt.Sprintf("%+v %#v", o, o),
				}
				for _, st := range res.Steps {
					outputs["step "+string(st.Stage)] = st.Detail + "\n" + st.Server
				}
				for name, out := range outputs {
					for _, f := range forbidden {
						assert.NotContains(t, out, f, name)
					}
				}
				// The command word survives redaction.
				assert.Contains(t, outputs["transcript"], "C: AUTH "+mech, "transcript")
			})
		}
	}
	t.Run("error strings", func(t *testing.T) {
		_, err := Probe(context.Background(), Options{Host: "h", Password: testPassword, Token: testToken, Mechanism: "BOGUS"})
		if assert.Error(t, err) {
			assert.NotContains(t, err.Error(), testPassword)
			assert.NotContains(t, err.Error(), testToken)
		}
	})
}

// TestModeCheckErrorScrubbed: the mode check's own failure is server text
// too. A port that is silent on the first connection and answers the
// second one's ClientHello with plaintext puts its first five bytes in
// ModeCheck.Error.RecordHeader; a server that knows a five-byte password
// must not make the result carry it.
func TestModeCheckErrorScrubbed(t *testing.T) {
	const short = "Zq7#x" // a whole secret fits in a TLS record header
	var n atomic.Int32
	s := startFake(t, nil, func(c *fakeConn) {
		if n.Add(1) == 1 {
			c.silent() // no greeting: the mode check starts beside the wait
			return
		}
		if _, err := c.R.ReadByte(); err == nil { // the ClientHello
			_, _ = c.Write([]byte(short + "\r\n"))
		}
	})
	o := optionsFor(s, probe.SecurityStartTLS)
	o.Password = short
	o.StageTimeout = 400 * time.Millisecond
	res := probeOK(t, o)
	require.NotNil(t, res.ModeCheck, "ModeCheck")
	require.NotNil(t, res.ModeCheck.Error, "ModeCheck.Error")
	assert.Equal(t, probe.NetTLSNotTLS, res.ModeCheck.Error.Kind, "the second connection was answered in plaintext")
	js, err := json.Marshal(res)
	require.NoError(t, err)
	assert.NotContains(t, string(js), short)
	assert.NotContains(t, res.ModeCheck.Error.RecordHeader, short)
}

// TestAuthOfferedScrubbed: Auth.Offered is a copy of the EHLO's AUTH
// mechanisms, which a hostile server chooses; a secret there (in any
// case: the probe upper-cases mechanism names) must not leave in it.
func TestAuthOfferedScrubbed(t *testing.T) {
	const short = "Zq7#x"
	s := startFake(t, serverTLS(t), script{ehlo: []string{"250-fake.test", "250 AUTH PLAIN " + short}}.handle)
	o := optionsFor(s, probe.SecurityTLS)
	o.Password = short
	res := probeOK(t, o)
	require.NotNil(t, res.Auth, "Auth")
	require.NotEmpty(t, res.Auth.Offered, "Auth.Offered")
	js, err := json.Marshal(res)
	require.NoError(t, err)
	assert.NotContains(t, strings.ToLower(string(js)), strings.ToLower(short))
	assert.Contains(t, res.Auth.Offered, "PLAIN", "the mechanism names themselves stay")
}

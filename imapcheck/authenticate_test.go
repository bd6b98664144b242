package imapcheck

import (
	"context"
	"encoding/base64"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/probe"
)

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

func TestChooseMechanism(t *testing.T) {
	caps := func(s string) []string { return strings.Fields(s) }
	cases := []struct {
		name            string
		caps            string
		password, token bool
		forced          string
		mech            string
		stop            probe.StopReason
	}{
		{"no credentials", "IMAP4rev1 AUTH=PLAIN", false, false, "", "", probe.StopNoCredentials},
		{"password, PLAIN offered", "IMAP4rev1 AUTH=PLAIN AUTH=LOGIN", true, false, "", "PLAIN", ""},
		{"password, PLAIN offered in lower case", "IMAP4rev1 auth=plain", true, false, "", "PLAIN", ""},
		{"password, no SASL: LOGIN command", "IMAP4rev1", true, false, "", "LOGIN", ""},
		{"password, only OAuth SASL: LOGIN command", "IMAP4rev1 AUTH=XOAUTH2", true, false, "", "LOGIN", ""},
		{"password, LOGINDISABLED", "IMAP4rev1 STARTTLS LOGINDISABLED", true, false, "", "", probe.StopLoginDisabled},
		{"password, LOGINDISABLED but PLAIN", "IMAP4rev1 LOGINDISABLED AUTH=PLAIN", true, false, "", "PLAIN", ""},
		// Dovecot with ssl=required and OAuth only (real-servers.md).
		{"password, LOGINDISABLED, OAuth only", "IMAP4rev1 LOGINDISABLED AUTH=OAUTHBEARER AUTH=XOAUTH2", true, false, "", "", probe.StopLoginDisabled},
		{"token, both OAuth: XOAUTH2 as providers document", "IMAP4rev1 AUTH=OAUTHBEARER AUTH=XOAUTH2", false, true, "", "XOAUTH2", ""},
		{"token, OAUTHBEARER only", "IMAP4rev1 AUTH=OAUTHBEARER AUTH=PLAIN", false, true, "", "OAUTHBEARER", ""},
		{"token, no OAuth", "IMAP4rev1 AUTH=PLAIN", false, true, "", "", probe.StopNoMechanism},
		{"token wins over password", "IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2", true, true, "", "XOAUTH2", ""},
		{"forced LOGIN over PLAIN", "IMAP4rev1 AUTH=PLAIN", true, false, "LOGIN", "LOGIN", ""},
		{"forced LOGIN, LOGINDISABLED", "IMAP4rev1 LOGINDISABLED", true, false, "LOGIN", "", probe.StopLoginDisabled},
		{"forced PLAIN not advertised", "IMAP4rev1", true, false, "PLAIN", "PLAIN", ""},
		{"forced OAUTHBEARER over XOAUTH2", "IMAP4rev1 AUTH=XOAUTH2 AUTH=OAUTHBEARER", false, true, "OAUTHBEARER", "OAUTHBEARER", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := chooseMechanism(caps(tc.caps), tc.password, tc.token, tc.forced)
			assert.Equal(t, tc.mech, c.mech)
			assert.Equal(t, tc.stop, c.stop)
			assert.NotEmpty(t, c.reason)
		})
	}
}

func TestProbeAuthenticate(t *testing.T) {
	cert := leaf(t, nil)
	plainIR := b64("\x00" + testUser + "\x00" + testPassword)
	cases := []struct {
		name   string
		caps   string
		mutate func(*Options)
		want   []string // lines the server must have received, in order, as a block
		mech   string
	}{
		{"PLAIN with SASL-IR", "IMAP4rev1 SASL-IR AUTH=PLAIN", nil, []string{"a1 AUTHENTICATE PLAIN " + plainIR}, "PLAIN"},
		{"PLAIN without SASL-IR", "IMAP4rev1 AUTH=PLAIN", nil, []string{"a1 AUTHENTICATE PLAIN", plainIR}, "PLAIN"},
		{"LOGIN fallback", "IMAP4rev1", nil, []string{`a1 LOGIN "alice@example.test" "correct horse"`}, "LOGIN"},
		{"LOGIN forced", "IMAP4rev1 AUTH=PLAIN", func(o *Options) { o.Mechanism = "login" }, []string{`a1 LOGIN "alice@example.test" "correct horse"`}, "LOGIN"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := startFake(t, dovecotLike("* OK [CAPABILITY "+tc.caps+"] ready", tc.caps, ""), withTLS(cert))
			o := baseOpts(f.port(), probe.SecurityTLS)
			if tc.mutate != nil {
				tc.mutate(&o)
			}
			res := run(t, o)
			assert.True(t, res.OK)
			assert.Equal(t, tc.mech, res.Auth.Mechanism)
			assert.True(t, res.Auth.Succeeded)
			assert.Contains(t, f.got(), strings.Join(tc.want, "\n"))
			assert.Equal(t, 1, authCommands(f))
		})
	}
}

// TestProbeLoginQuoting sends passwords that need escaping or a literal
// (RFC 9051 4.3) and checks the server received exactly the bytes.
func TestProbeLoginQuoting(t *testing.T) {
	cert := leaf(t, nil)
	cases := []struct {
		name, caps, password string
		want                 []string
	}{
		{"quote and backslash", "IMAP4rev1", `pa"ss\word`, []string{`a1 LOGIN "alice@example.test" "pa\"ss\\word"`}},
		{"8-bit, synchronising literal", "IMAP4rev1", "pässwörd", []string{`a1 LOGIN "alice@example.test" {10}`, "pässwörd"}},
		{"8-bit, LITERAL+", "IMAP4rev1 LITERAL+", "pässwörd", []string{`a1 LOGIN "alice@example.test" {10+}`, "pässwörd"}},
		{"CR LF, LITERAL-", "IMAP4rev1 LITERAL-", "two\r\nlines", []string{`a1 LOGIN "alice@example.test" {10+}`, "two", "lines"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := startFake(t, func(c *fconn) {
				c.send("* OK [CAPABILITY " + tc.caps + "] ready")
				c.serve(tc.caps, "", func(c *fconn, tag, verb, rest string) []string {
					if verb != "LOGIN" {
						return nil
					}
					if strings.HasSuffix(rest, "}") {
						if !strings.HasSuffix(rest, "+}") {
							c.send("+ Ready for literal data")
						}
						for range strings.Count(tc.password, "\n") + 1 {
							_, _ = c.read()
						}
					}
					return []string{"{tag} OK Logged in"}
				})
			}, withTLS(cert))
			o := baseOpts(f.port(), probe.SecurityTLS)
			o.Password = probe.Secret(tc.password)
			res := run(t, o)
			assert.True(t, res.OK)
			assert.Contains(t, f.got(), strings.Join(tc.want, "\n"))
			assertNoSecret(t, res, nil, tc.password)
		})
	}
}

// Gmail's XOAUTH2 failure: a base64 JSON challenge, an empty answer, then
// the tagged NO. Texts: https://developers.google.com/gmail/imap/xoauth2-protocol
const gmailChallenge = `{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}`

func TestProbeOAuth(t *testing.T) {
	cert := leaf(t, nil)
	xo := b64("user=" + testUser + "\x01auth=Bearer " + testToken + "\x01\x01")
	ob := b64("n,a=" + testUser + ",\x01host=127.0.0.1\x01port=%d\x01auth=Bearer " + testToken + "\x01\x01")
	_ = ob
	script := func(caps string, accept bool) func(c *fconn) {
		return func(c *fconn) {
			c.send("* OK [CAPABILITY " + caps + "] Gimap ready for requests from 127.0.0.1 x1")
			c.serve(caps, "", func(c *fconn, tag, verb, rest string) []string {
				if verb != "AUTHENTICATE" {
					return nil
				}
				if accept {
					return []string{"* CAPABILITY IMAP4rev1 UNSELECT IDLE", "{tag} OK alice@example.test authenticated (Success)"}
				}
				c.send("+ " + b64(gmailChallenge))
				_, _ = c.read()
				return []string{"{tag} NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)"}
			})
		}
	}
	t.Run("XOAUTH2 accepted", func(t *testing.T) {
		f := startFake(t, script("IMAP4rev1 SASL-IR AUTH=XOAUTH2 AUTH=OAUTHBEARER AUTH=PLAIN", true), withTLS(cert))
		o := baseOpts(f.port(), probe.SecurityTLS)
		o.Password, o.Token = "", testToken
		res := run(t, o)
		assert.True(t, res.OK)
		assert.Equal(t, "XOAUTH2", res.Auth.Mechanism)
		assert.Contains(t, f.got(), "a1 AUTHENTICATE XOAUTH2 "+xo)
	})
	t.Run("XOAUTH2 refused", func(t *testing.T) {
		f := startFake(t, script("IMAP4rev1 SASL-IR AUTH=XOAUTH2", false), withTLS(cert))
		o := baseOpts(f.port(), probe.SecurityTLS)
		o.Password, o.Token = "", testToken
		res := run(t, o)
		assert.False(t, res.OK)
		assert.Equal(t, probe.StageAuthenticate, res.Stage)
		assert.Equal(t, &Response{Type: "NO", Code: "AUTHENTICATIONFAILED", Text: "Invalid credentials (Failure)", Line: "a1 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)"}, res.Response)
		assert.Contains(t, f.got(), "a1 AUTHENTICATE XOAUTH2 "+xo+"\n\n", "an empty line answers the error challenge")
		assert.Contains(t, step(res, probe.StageAuthenticate).Detail, gmailChallenge)
		assert.Equal(t, 1, authCommands(f))
	})
	t.Run("OAUTHBEARER without SASL-IR", func(t *testing.T) {
		var port int
		f := startFake(t, func(c *fconn) {
			c.send("* OK [CAPABILITY IMAP4rev1 AUTH=OAUTHBEARER] ready")
			c.serve("", "", func(c *fconn, tag, verb, rest string) []string {
				if verb != "AUTHENTICATE" {
					return nil
				}
				c.send("+ ")
				l, _ := c.read()
				dec, _ := base64.StdEncoding.DecodeString(l)
				want := "n,a=" + testUser + ",\x01host=127.0.0.1\x01port=" + itoa(port) + "\x01auth=Bearer " + testToken + "\x01\x01"
				if string(dec) == want {
					return []string{"{tag} OK Logged in"}
				}
				return []string{"{tag} NO unexpected " + l}
			})
		}, withTLS(cert))
		port = f.port()
		o := baseOpts(f.port(), probe.SecurityTLS)
		o.Password, o.Token = "", testToken
		res := run(t, o)
		assert.True(t, res.OK, "%+v", res.Response)
		assert.Equal(t, "OAUTHBEARER", res.Auth.Mechanism)
	})
	t.Run("token, no OAuth offered", func(t *testing.T) {
		f := startFake(t, dovecotLike(dovecotGreeting, dovecotCapsTLS, ""), withTLS(cert))
		o := baseOpts(f.port(), probe.SecurityTLS)
		o.Password, o.Token = "", testToken
		res := run(t, o)
		assert.Equal(t, probe.StopNoMechanism, res.StopReason)
		assert.Equal(t, []string{"PLAIN"}, res.Auth.Offered)
		noCredentials(t, f)
	})
}

func TestProbeRefusals(t *testing.T) {
	cert := leaf(t, nil)
	t.Run("NO AUTHENTICATIONFAILED, one attempt", func(t *testing.T) {
		f := startFake(t, dovecotLike(dovecotGreeting, dovecotCapsTLS, ""), withTLS(cert))
		o := baseOpts(f.port(), probe.SecurityTLS)
		o.Password = "wrong"
		res := run(t, o)
		assert.Equal(t, probe.StageAuthenticate, res.Stage)
		assert.Equal(t, &Response{Type: "NO", Code: "AUTHENTICATIONFAILED", Text: "Authentication failed.", Line: "a1 NO [AUTHENTICATIONFAILED] Authentication failed."}, res.Response)
		assert.True(t, res.Auth.Attempted)
		assert.False(t, res.Auth.Succeeded)
		assert.Equal(t, "authenticate:failed", outcomes(res)[5])
		assert.Equal(t, 1, authCommands(f))
		assert.Contains(t, f.got(), "LOGOUT")
	})
	t.Run("ALERTs, untagged and tagged", func(t *testing.T) {
		f := startFake(t, func(c *fconn) {
			c.send(dovecotGreeting)
			c.serve("", "", func(c *fconn, tag, verb, rest string) []string {
				if verb == "AUTHENTICATE" {
					return []string{"* OK [ALERT] Your password expires in 3 days", "{tag} NO [ALERT] Account locked; contact your administrator"}
				}
				return nil
			})
		}, withTLS(cert))
		res := run(t, baseOpts(f.port(), probe.SecurityTLS))
		assert.Equal(t, []string{"Your password expires in 3 days", "Account locked; contact your administrator"}, res.Alerts)
		assert.Equal(t, "ALERT", res.Response.Code)
	})
	// Microsoft 365 accepts the login and refuses everything after it.
	// Source: https://github.com/jstedfast/MailKit/issues/1494
	t.Run("mailbox refused, Microsoft 365", func(t *testing.T) {
		f := startFake(t, func(c *fconn) {
			c.send("* OK The Microsoft Exchange IMAP4 service is ready. [UwBOADEAUABSADAAMgBDAEEAMAAwADEANQAuAG4AYQBtAHAAcgBkADAAMgAuAHAAcgBvAGQALgBvAHUAdABsAG8AbwBrAC4AYwBvAG0A]")
			c.serve("IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+", "", func(c *fconn, tag, verb, rest string) []string {
				switch verb {
				case "AUTHENTICATE":
					return []string{"{tag} OK AUTHENTICATE completed."}
				case "EXAMINE":
					c.send(tag+" BAD User is authenticated but not connected.", "* BYE Connection closed. 14")
					_ = c.Close()
					return []string{}
				}
				return nil
			})
		}, withTLS(cert))
		o := baseOpts(f.port(), probe.SecurityTLS)
		o.Password, o.Token = "", testToken
		res := run(t, o)
		assert.False(t, res.OK)
		assert.True(t, res.Auth.Succeeded)
		assert.Equal(t, probe.StageMailbox, res.Stage)
		assert.Equal(t, &Response{Type: "BAD", Text: "User is authenticated but not connected.", Line: "a3 BAD User is authenticated but not connected."}, res.Response)
		assert.Equal(t, probe.OutcomeFailed, step(res, probe.StageMailbox).Outcome)
		assert.Equal(t, "* BYE Connection closed. 14", step(res, probe.StageLogout).Server)
	})
}

func TestProbeStallsMidAuth(t *testing.T) {
	cert := leaf(t, nil)
	stall := func(reached chan<- struct{}) func(c *fconn) {
		return func(c *fconn) {
			c.send(dovecotGreeting)
			c.serve("", "", func(c *fconn, tag, verb, rest string) []string {
				if verb == "AUTHENTICATE" {
					if reached != nil {
						close(reached)
					}
					_, _ = io.Copy(io.Discard, c) // silence until the client leaves
				}
				return nil
			})
		}
	}
	t.Run("silence after AUTHENTICATE", func(t *testing.T) {
		f := startFake(t, stall(nil), withTLS(cert))
		o := baseOpts(f.port(), probe.SecurityTLS)
		o.StageTimeout = shortStage
		res := run(t, o)
		assert.Equal(t, probe.StageAuthenticate, res.Stage)
		require.NotNil(t, res.Error)
		assert.Equal(t, probe.NetTimeout, res.Error.Kind)
		assert.True(t, res.Auth.Attempted)
		assert.Nil(t, res.ModeCheck)
	})
	t.Run("context canceled mid-auth", func(t *testing.T) {
		reached := make(chan struct{})
		f := startFake(t, stall(reached), withTLS(cert))
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		go func() {
			<-reached
			cancel()
		}()
		res, err := Probe(ctx, baseOpts(f.port(), probe.SecurityTLS))
		require.NoError(t, err)
		assert.Equal(t, probe.StageAuthenticate, res.Stage)
		require.NotNil(t, res.Error)
		assert.Equal(t, probe.NetCanceled, res.Error.Kind)
		assert.Equal(t, "authenticate:failed", outcomes(res)[len(res.Steps)-1], "nothing runs after the cancel")
	})
	t.Run("context already canceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		res, err := Probe(ctx, baseOpts(closedPort(t), probe.SecurityTLS))
		require.NoError(t, err)
		require.NotNil(t, res.Error)
		assert.Equal(t, probe.NetCanceled, res.Error.Kind)
	})
}

func TestProbeMisuse(t *testing.T) {
	cases := []struct {
		name string
		o    Options
	}{
		{"empty host", Options{}},
		{"port out of range", Options{Host: "h", Port: 70000}},
		{"negative port", Options{Host: "h", Port: -1}},
		{"unknown security", Options{Host: "h", Security: "ssl"}},
		{"unknown mechanism", Options{Host: "h", Username: "u", Password: "p", Mechanism: "CRAM-MD5"}},
		{"PLAIN without password", Options{Host: "h", Username: "u", Token: "t", Mechanism: "PLAIN"}},
		{"XOAUTH2 without token", Options{Host: "h", Username: "u", Password: "p", Mechanism: "XOAUTH2"}},
		{"password without username", Options{Host: "h", Password: "p"}},
		{"negative timeout", Options{Host: "h", StageTimeout: -1}},
		{"control character in username", Options{Host: "h", Username: "u\x01auth=Bearer x", Token: "t"}}, // would forge an XOAUTH2 field
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Probe(context.Background(), tc.o)
			require.ErrorIs(t, err, ErrInvalidOptions)
			assert.Nil(t, res)
			assert.True(t, strings.HasPrefix(err.Error(), "imapcheck: "), err.Error())
		})
	}
}

// TestLiteralNonSync: LITERAL+ allows any non-synchronising literal;
// LITERAL- only up to 4096 octets (RFC 7888 section 4), beyond which the
// client must wait for the server's continuation.
func TestLiteralNonSync(t *testing.T) {
	s := &session{res: &Result{}}
	for _, tc := range []struct {
		caps []string
		n    int
		want bool
	}{
		{[]string{"IMAP4rev1"}, 1, false},
		{[]string{"IMAP4rev1", "LITERAL+"}, 1 << 20, true},
		{[]string{"IMAP4rev1", "LITERAL-"}, 4096, true},
		{[]string{"IMAP4rev1", "LITERAL-"}, 4097, false},
	} {
		s.res.Capabilities = tc.caps
		assert.Equal(t, tc.want, s.literalNonSync(tc.n), "%v, %d bytes", tc.caps, tc.n)
	}
}

package imapcheck

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/probe"
)

// shortStage keeps tests of silent servers fast; everything on loopback
// answers in well under it.
const shortStage = 300 * time.Millisecond

// baseOpts are options for a fake on 127.0.0.1:port with alice's password.
func baseOpts(port int, sec probe.Security) Options {
	return Options{
		Host:         "127.0.0.1",
		Port:         port,
		Security:     sec,
		Username:     testUser,
		Password:     testPassword,
		TLSConfig:    clientTLS(),
		StageTimeout: 2 * time.Second,
		Now:          func() time.Time { return testNow },
	}
}

// run probes and requires a result.
func run(t *testing.T, o Options) *Result {
	t.Helper()
	res, err := Probe(context.Background(), o)
	require.NoError(t, err)
	require.NotNil(t, res)
	if testing.Verbose() {
		t.Logf("transcript:\n%s", res.Transcript)
	}
	return res
}

// outcomes lists "stage:outcome" for each step, the shape of a probe.
func outcomes(res *Result) []string {
	var out []string
	for _, s := range res.Steps {
		out = append(out, string(s.Stage)+":"+string(s.Outcome))
	}
	return out
}

// step returns the last step of stage, or a zero step.
func step(res *Result, stage probe.Stage) probe.Step {
	var st probe.Step
	for _, s := range res.Steps {
		if s.Stage == stage {
			st = s
		}
	}
	return st
}

func TestProbeHappyPath(t *testing.T) {
	cert := leaf(t, nil)
	t.Run("implicit TLS", func(t *testing.T) {
		f := startFake(t, dovecotLike(dovecotGreeting, dovecotCapsTLS, ""), withTLS(cert))
		res := run(t, baseOpts(f.port(), probe.SecurityTLS))
		assert.True(t, res.OK)
		assert.Equal(t, probe.StageLogout, res.Stage)
		assert.Equal(t, []string{"resolve:skipped", "connect:ok", "tls_handshake:ok", "greeting:ok", "capabilities:ok", "authenticate:ok", "mailbox:ok", "logout:ok"}, outcomes(res))
		assert.Equal(t, dovecotGreeting, res.Greeting)
		require.NotNil(t, res.TLS)
		assert.True(t, res.TLS.Verified)
		require.NotNil(t, res.Auth)
		assert.Equal(t, probe.Auth{Mechanism: "PLAIN", Reason: res.Auth.Reason, Offered: []string{"PLAIN"}, Attempted: true, OverTLS: true, Succeeded: true}, *res.Auth)
		assert.Nil(t, res.Error)
		assert.Nil(t, res.Response)
		assert.Equal(t, []string{"127.0.0.1"}, res.Addresses)
		assert.Equal(t, "from the greeting", step(res, probe.StageCapabilities).Detail)
	})
	t.Run("STARTTLS", func(t *testing.T) {
		f := startFake(t, dovecotLike("* OK Dovecot (Debian) ready.", dovecotCapsPlain, dovecotCapsTLS), withSTARTTLS(cert))
		res := run(t, baseOpts(f.port(), probe.SecurityStartTLS))
		assert.True(t, res.OK)
		assert.Equal(t, []string{"resolve:skipped", "connect:ok", "greeting:ok", "capabilities:ok", "starttls:ok", "tls_handshake:ok", "capabilities:ok", "authenticate:ok", "mailbox:ok", "logout:ok"}, outcomes(res))
		assert.Contains(t, res.CapabilitiesBeforeTLS, "LOGINDISABLED")
		assert.Equal(t, []string{"IMAP4rev1", "SASL-IR", "LOGIN-REFERRALS", "ID", "ENABLE", "IDLE", "LITERAL+", "AUTH=PLAIN"}, res.Capabilities)
		assert.True(t, res.Auth.OverTLS)
		assert.Contains(t, f.got(), "a2 STARTTLS\na3 CAPABILITY\na4 AUTHENTICATE PLAIN ")
	})
}

package stages_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/redact"
	"github.com/mailcheck-go/mailcheck/internal/stages"
	"github.com/mailcheck-go/mailcheck/internal/textfill"
	"github.com/mailcheck-go/mailcheck/probe"
)

const secret = "hunter2-s3cret-pass"

// netErr carries the secret in every text field.
func netErr() *probe.NetError {
	return &probe.NetError{Kind: probe.NetTLSNotTLS, Op: "read " + secret, Message: "said " + secret,
		RecordHeader: secret, Alert: "alert " + secret}
}

// TestScrubbersCoverEveryText fills every text of the shared types with
// the secret and checks that none survives: a text field added to one of
// them and forgotten by its scrubber fails here.
func TestScrubbersCoverEveryText(t *testing.T) {
	red := redact.New(secret)
	ne, mc, auth := &probe.NetError{}, &probe.ModeCheck{}, &probe.Auth{}
	for _, v := range []any{ne, mc, auth} {
		textfill.Fill(v, "x "+secret, nil)
	}
	require.NotNil(t, mc.Error, "fill reached the mode check's error")
	stages.ScrubNetError(red, ne)
	stages.ScrubModeCheck(red, mc)
	stages.ScrubAuth(red, auth)
	// The TLS facts' other strings (version, suite, fingerprint) are the
	// probe's own; the names in certificates are the server's.
	tlsInfo := &probe.TLSInfo{Chain: []probe.CertInfo{{Subject: "CN=" + secret, Issuer: "CN=" + secret, DNSNames: []string{secret + ".example"}}}}
	stages.ScrubTLS(red, tlsInfo)
	for name, v := range map[string]any{"tls": tlsInfo, "mode check": mc, "auth": auth, "net error": ne} {
		js, err := json.Marshal(v)
		require.NoError(t, err)
		assert.NotContains(t, string(js), "s3cret", name)
	}
	assert.Equal(t, "PLAIN", auth.Offered[0], "other text is left alone")
}

// TestScrubStepCopiesItsError: the step's error is shared with the
// result's until the result's own pass; scrubbing the step must not
// change the value the probe still holds.
func TestScrubStepCopiesItsError(t *testing.T) {
	ne := netErr()
	st := stages.ScrubStep(redact.New(secret), probe.Step{Detail: secret, Server: secret, Error: ne})
	assert.NotContains(t, st.Detail+st.Server+st.Error.Message+st.Error.RecordHeader, "s3cret")
	assert.Equal(t, "said "+secret, ne.Message, "the original error is untouched")
}

func TestScrubNilIsNoOp(t *testing.T) {
	assert.NotPanics(t, func() {
		stages.ScrubNetError(redact.New(secret), nil)
		stages.ScrubModeCheck(redact.New(secret), nil)
		stages.ScrubAuth(redact.New(secret), nil)
		stages.ScrubTLS(redact.New(secret), nil)
	})
	ne := netErr()
	stages.ScrubNetError(nil, ne)
	assert.Equal(t, secret, ne.RecordHeader, "a nil redactor leaves text as it is")
}

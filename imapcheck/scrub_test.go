package imapcheck

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/redact"
	"github.com/mailcheck-go/mailcheck/internal/textfill"
)

// notScrubbedByResult are the texts of a Result scrubResult leaves alone,
// each for a reason; every other text must pass through it.
var notScrubbedByResult = map[string]string{
	"Host":                  "the caller's input",
	"Username":              "the caller's input",
	"Addresses":             "the resolver's addresses",
	"RemoteAddr":            "an address the probe dialled",
	"Steps":                 "scrubbed by the recorder as each step is kept",
	"Transcript":            "scrubbed by the tap as it is read",
	"Limits":                "the probe's own words and numbers",
	"TLS.Version":           "crypto/tls's name",
	"TLS.CipherSuite":       "crypto/tls's name",
	"TLS.ServerName":        "the caller's host",
	"TLS.Chain.IPAddresses": "formatted IP addresses",
	"TLS.Chain.SHA256":      "a fingerprint the probe computed",
	"Response.Type":         "NO, BAD or BYE: the probe keeps no other refusal",
}

// TestScrubResultCoversEveryText fills every text of a Result with a
// secret and checks that scrubResult leaves none: a field added to Result
// (or to a type it holds) that the server can fill must be scrubbed, or
// listed above with its reason.
func TestScrubResultCoversEveryText(t *testing.T) {
	const secret = "hunter2-s3cret-pass"
	var res Result
	js, err := textfill.Scrubbed(&res, secret, notScrubbedByResult, func() { scrubResult(&res, redact.New(secret)) })
	require.NoError(t, err)
	require.NotNil(t, res.ModeCheck, "the nested types were filled")
	assert.NotContains(t, string(js), "s3cret")
}

package mailtest

import (
	"encoding/hex"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRecordsScrubSecretsAnywhere: a client that puts the password where no
// credential belongs (a wrong command, hex, upper case, a clipped copy)
// leaves no form of it in the records, which tests print.
func TestRecordsScrubSecretsAnywhere(t *testing.T) {
	s := startScenario(t, "dovecot-postfix-ok", nil)
	pw := s.Accounts()[0].Password
	require.GreaterOrEqual(t, len(pw), 8)
	c := dial(t, s.IMAPTLS, s.ClientTLSConfig())
	c.line()
	for i, cmd := range []string{
		"NOOP " + pw,
		"NOOP " + strings.ToUpper(pw),
		"NOOP " + hex.EncodeToString([]byte(pw)),
		"NOOP " + b64("\x00grace\x00"+pw),
		"NOOP typed:" + pw[:9] + "...", // "Correct-H": not a word
	} {
		tag := "a" + string(rune('1'+i))
		c.send(tag + " " + cmd)
		c.until(tag + " ")
	}
	recs := s.Records()
	require.Len(t, recs, 1)
	require.Len(t, recs[0].Commands, 5)
	for _, cmd := range recs[0].Commands {
		assert.True(t, strings.HasPrefix(cmd, "NOOP "), cmd)
		assert.Contains(t, cmd, Redacted, cmd)
		assert.NotContains(t, strings.ToLower(cmd), strings.ToLower(pw[:4]), cmd)
	}
}

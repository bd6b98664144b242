package fleet

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzNormalizeEvidence: the text that groups server replies. Properties:
// no panic, idempotent, never longer than its input, and a session
// trailer never changes the result.
func FuzzNormalizeEvidence(f *testing.F) {
	for _, seed := range []string{
		"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [MN2PR05CA0004.namprd05.prod.outlook.com 2023-09-12T20:59:57.214Z 08DBB276B7E699C4]",
		"a2 NO AUTHENTICATE failed.",
		"535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials d75a77b69052e-4b2f0e4b7b8sm61470731cf.31 - gsmtp",
		"[", "]", "a1 ", "",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := normalizeEvidence(s)
		assert.Equal(t, n, normalizeEvidence(n), "idempotent")
		assert.LessOrEqual(t, len(n), len(s))
		assert.Equal(t, normalizeEvidence(s+" [AB1CD.example.com 2026-12-05T00:00:00Z X]"), normalizeEvidence(s+" [ZZ9.example.com 2027-01-01T00:00:00Z Y]"), "the trailer does not matter")
	})
}

// FuzzStateFiles: a ledger or state file of any content either opens or
// is refused with an error; nothing panics, and a refused file is left as
// it was.
func FuzzStateFiles(f *testing.F) {
	for _, seed := range []string{
		"{\"mailcheck_ledger\":1}\n{\"account\":\"a@x.test\",\"protocol\":\"imap\",\"at\":\"2026-12-05T00:00:00Z\"}\n",
		"{\"mailcheck_ledger\":1}\n{\"account\":\"a@x.test\",\"protocol\":\"imap\",\"at\":\"2026-12-05",
		`{"version":1,"accounts":{"a@x.test":{"imap":{"code":"ok","checked_at":"2026-12-05T00:00:00Z","authenticated":true,"facts":{}}}}}`,
		`{"version":2}`, `[]`, `null`, `{"version":1,"accounts":null}`, `{"version":1,"accounts":{"a":null}}`,
	} {
		f.Add(seed)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, content string) {
		p := filepath.Join(dir, "f.json")
		require.NoError(t, os.WriteFile(p, []byte(content), 0o600))
		if l, err := OpenLedger(p, 0); err == nil {
			_, err = l.Reserve("a@x.test", nil)
			assert.NoError(t, err)
		}
		require.NoError(t, os.WriteFile(p, []byte(content), 0o600))
		st, err := OpenState(p)
		if err != nil {
			data, _ := os.ReadFile(p)
			assert.Equal(t, content, string(data), "a refused file is not touched")
			return
		}
		st.Last("a@x.test")
		assert.NoError(t, st.Save())
	})
}

// FuzzMarkdown: whatever a server said, its line in a hand-off is one
// code span that nothing inside closes early.
func FuzzMarkdown(f *testing.F) {
	for _, seed := range []string{"plain", "`", "a ``b`` c", "<script>", "line\nbreak", "**bold**"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := mdCode(s)
		fence := c[:strings.IndexFunc(c, func(r rune) bool { return r != '`' })]
		inner := strings.TrimSuffix(strings.TrimPrefix(c, fence), fence)
		assert.NotContains(t, inner, fence, "the fence is longer than any backtick run inside")
		assert.NotContains(t, c, "\n")
		assert.NotContains(t, mdEscape(s), "\n")
	})
}

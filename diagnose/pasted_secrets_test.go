package diagnose

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPastedSecretNeedsAreNecessary: a pattern skipped by mayMatch could
// not have matched. Every pattern has needs (none would never run), and
// on the corpus, the held-out texts and pastes holding secrets in every
// form the patterns read (the long s and the Kelvin sign, which (?i)
// folds, among them), a match always holds one of its pattern's needs.
func TestPastedSecretNeedsAreNecessary(t *testing.T) {
	t.Parallel() // long and read-only: it runs beside TestPrefilterAgreesWithPattern
	texts := []string{
		"C: a1 LOGIN bob Hunter2Secret", "2024-05-01 10:00:00 C: a1 login bob x9Secret", "A0001 LOGIN bob \"pw pw\"",
		"[12:00:01] >> PASS Zq7vKp9xw", "PASS Zq7vKp9xw", "C: PAſS Zq7vKp9xw",
		"AUTH PLAIN AGJvYgBIdW50ZXIyU2VjcmV0", "authenticate xoauth2 dXNlcj1ib2IBYXV0aD1CZWFyZXIgdG9rMTIzAQE=",
		"CLIENT -> SERVER: UGFzc3dvcmQxMjM0", "<<< UGFzc3dvcmQxMjM0", "Sending: UGFzc3dvcmQxMjM0", "client: UGFzc3dvcmQxMjM0",
		"SMTP_PASSWORD=Zq7vKp9xw", "pwd = 'x9Secret'", `{"password":"x9Secret"}`, `{"smtp_pass":"x9Secret"}`,
		"imaps://bob:Zq7vKp9xw@imap.example.com", "curl --user bob:Zq7vKp9xw smtps://x", "curl -u bob:Zq7vKp9xw",
		"Authorization: Basic Ym9iOlpxNyF2S3A5eHc=",
		"access_token=eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.c2lnbmF0dXJl", "Authorization: Bearer ya29.a0AfH6SMBx9Zq7vKp9xw",
		`new NetworkCredential("bob@contoso.com", "Winter2026!x")`, `auth: {user: "bob@gmail.com", pass: "abcdefghijklmnop"}`,
		"Password Hunter2Hunter2 rejected", "Login failed for bob with password Hunter2Hunter2", "mot de passe : Soleil2026! refusé",
		"sendEmail -f a@example.com -xp Winter2026!x", "account default\npassword Winter2026!x",
		"Invalid API key: SG.aaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbb", "key-0123456789abcdef0123456789abcdef",
		`poll imap.example.com user "bob" password "Hunter2x"`, "IMAPAccount work\nPass Hunter2x!", "remotepass = Hunter2x!", "SMTP_PASSWORD: Hunter2x!",
	}
	for _, r := range loadResponses(t) {
		texts = append(texts, r.Text)
	}
	n := 0
	for _, round := range loadHeldOut(t) {
		for _, r := range round.Rows {
			// Under -race (ten times slower) one held-out text in
			// raceTextStride, as TestPrefilterAgreesWithPattern does; every
			// pattern still has its stock text above.
			if n++; raceSlowdown == 1 || n%raceTextStride == 0 {
				texts = append(texts, r.Text)
			}
		}
	}
	matched := make([]bool, len(pastedSecrets))
	for i, p := range pastedSecrets {
		require.NotEmpty(t, p.needs, "pattern %d: %s", i, p.re)
	}
	for _, text := range texts {
		folded := foldForNeeds(text)
		for i, p := range pastedSecrets {
			if p.re.MatchString(text) {
				matched[i] = true
				assert.True(t, p.mayMatch(folded), "pattern %d matches %q but holds none of %q", i, text, p.needs)
			}
		}
	}
	for i, m := range matched {
		assert.True(t, m, "pattern %d matched none of the texts: the test shows nothing about it", i)
	}
}

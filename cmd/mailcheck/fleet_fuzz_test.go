package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzAccountLine feeds one line of an accounts file. Properties: no
// panic; an entry is either readable (an address, servers parsed) or
// carries a Problem naming the file and line.
func FuzzAccountLine(f *testing.F) {
	for _, seed := range []string{
		"alice@contoso.example,outlook.office365.com,tls,smtp.office365.com:587,starttls", // a full line
		`bob@x.test,"[2001:db8::1]:993",tls,,`,                                            // IPv6 in brackets
		`broken"line@x.test,x`,                                                            // a bare quote
		`"unterminated@x.test,x`,                                                          // an open quote
		"a@x.test,,starttls,,",                                                            // security without a server
		"not an address",                                                                  // no @
		"a@x.test,host:99999",                                                             // port out of range
		"",                                                                                // nothing
	} {
		f.Add(seed)
	}
	af, err := parseHeader("f.csv", 1, "email,imap,imap_security,smtp,smtp_security")
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, line string) {
		a := af.account(7, line)
		assert.Equal(t, 7, a.Line)
		if a.Problem != "" {
			assert.True(t, strings.HasPrefix(a.Problem, "f.csv:7: "), "a problem names file and line: %q", a.Problem)
			return
		}
		assert.Contains(t, a.Email, "@")
		assert.True(t, a.IMAP.Port >= 0 && a.IMAP.Port <= 65535)
		assert.True(t, a.IMAP.Security == "" || a.IMAP.Host != "", "security only with a server")
	})
}

// FuzzSecretsFile feeds the secrets file. Properties: no panic, and an
// error never quotes a secret value from the file.
func FuzzSecretsFile(f *testing.F) {
	for _, seed := range []string{
		`{"a@x.test":{"password":"Sekr1t-Value"}}`,
		`{"a@x.test":{"token":"Sekr1t-Value"}}`,
		`{"a@x.test":{"password":"Sekr1t-Value","token":"Sekr1t-Value"}}`,
		`{"a@x.test":"Sekr1t-Value"}`,
		`{"a@x.test":{"password":Sekr1t-Value}}`,
		`["Sekr1t-Value"]`,
		`{"a@x.test":{"pasword":"Sekr1t-Value"}}`,
	} {
		f.Add(seed)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, content string) {
		p := filepath.Join(dir, "s.json")
		require.NoError(t, os.WriteFile(p, []byte(content), 0o600))
		got, err := readSecrets(p)
		if err != nil {
			if strings.Contains(content, "Sekr1t-Value") {
				assert.NotContains(t, err.Error(), "Sekr1t-Value", "an error never echoes a secret")
			}
			return
		}
		assert.True(t, json.Valid([]byte(content)) && utf8.ValidString(content), "only valid UTF-8 JSON is accepted: %q", content)
		for email, s := range got {
			assert.Contains(t, email, "@", "every key is an address")
			assert.True(t, s.Password.IsZero() != s.Token.IsZero(), "exactly one of password and token")
		}
	})
}

package main

import (
	"encoding/base64"
	"encoding/hex"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mailcheck-go/mailcheck/internal/redact"
	"github.com/mailcheck-go/mailcheck/probe"
)

// TestSecretGateForms: fleet's last filter removes every whole form of a
// secret the redactor knows, not only the raw one, and leaves the page's
// own words and the mailboxes' addresses, which share pieces with the
// passwords, alone.
func TestSecretGateForms(t *testing.T) {
	const pw, tok = "Tenant-alex-01!", "ya29.gate-token-Kz9"
	g := newSecretGate(map[string]secret{"alex@contoso.example": {Password: probe.Secret(pw), Token: probe.Secret(tok)}})
	for _, form := range []string{
		pw,
		strings.ToUpper(pw),
		strconv.Quote(pw),
		base64.StdEncoding.EncodeToString([]byte(pw)),
		base64.RawURLEncoding.EncodeToString([]byte(tok)),
		base64.StdEncoding.EncodeToString([]byte("\x00alex@contoso.example\x00" + pw)), // a PLAIN blob: pw at another alignment
		hex.EncodeToString([]byte(pw)),
		strings.ToUpper(hex.EncodeToString([]byte(tok))),
	} {
		out := g.scrub("you sent " + form + " back")
		assert.Contains(t, out, redact.Marker, "form %q", form)
		assert.NotContains(t, out, form)
	}
	page := "alex@contoso.example: Tenant admin: change the setting for the Tenant."
	assert.Equal(t, page, g.scrub(page), "the page's own words and addresses stay")
}

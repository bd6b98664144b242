package diagnose

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAppStringsPieces: in each program's table, every message that names
// a cause is told, in every locale, by a piece of its own unless it is
// too short for one ("Login failed. (%s)", "登录失败。"), and in at least
// three locales of four of those long enough; the generic ones (unknown) in half of them at
// least (they are often the start of another message: "Impossibile
// stabilire la connessione al server" before "a causa di un errore di
// sicurezza"); and no text holds a piece of another reading, so that
// each text, with its placeholders filled, reads as its own message.
func TestAppStringsPieces(t *testing.T) {
	for _, table := range []*appStrings{thunderbirdSend, aospEmail, tbAndroid} {
		testAppStringsPieces(t, table)
	}
}

func testAppStringsPieces(t *testing.T, table *appStrings) {
	// The Finnish file breaks this message's last sentence into ". " and
	// "Tarkista osoite", too short to tell it.
	noPiece := map[string]bool{"smtp-error-sending-recipient-command fi": true}
	for _, r := range table.readings {
		told, texts := 0, 0
		for _, id := range r.ids {
			for _, text := range table.texts[id] {
				lower := tbLower(text.text) // as Explain reads it
				if len(tbPieces(lower)) > 0 {
					texts++ // one too short for any piece cannot be told
				}
				own := false
				for _, p := range table.cut()[r.name].pieces {
					own = own || strings.Contains(lower, p)
				}
				if own {
					told++
				} else if r.code != CodeUnknown && len(tbPieces(lower)) > 0 {
					assert.True(t, noPiece[id+" "+text.locale], "%s %s: no piece of its own", id, text.locale)
				}
				for _, other := range table.readings {
					if other.name == r.name {
						continue
					}
					for _, p := range table.cut()[other.name].pieces {
						assert.NotContains(t, lower, p, "%s %s holds a piece of %s", id, text.locale, other.name)
					}
				}
			}
		}
		if r.code != CodeUnknown {
			assert.Positive(t, told, "%s%s: told in no text", table.prefix, r.name)
		}
		share := 3 // of four
		if r.code == CodeUnknown {
			share = 2
		}
		assert.GreaterOrEqual(t, told*4, texts*share, "%s%s: told in %d of %d texts", table.prefix, r.name, told, texts)
	}
}

// TestAppStringsReadAsThemselves: every message of the tables that names
// a cause, its placeholders filled, is read as its reading says, whichever
// rule reads it first (a fresh reviewer found Android's security and
// certificate messages in seven locales taken by a "could not connect"
// reading, and a client certificate read as a recipient). Left out: the
// readings searched last (the server's words they quote come first), texts
// too short for a piece of their own, the Finnish text the pieces test
// names, and Android's "The certificate is invalid or inaccessible" where
// its words do not say whose certificate: the certificate facts read it as
// the server's, as one of its two blind labels did.
func TestAppStringsReadAsThemselves(t *testing.T) {
	t.Parallel() // long and read-only: it runs beside TestPrefilterAgreesWithPattern
	for _, table := range []*appStrings{thunderbirdSend, aospEmail, tbAndroid} {
		for _, r := range table.readings {
			if r.code == CodeUnknown || r.last {
				continue
			}
			for _, id := range r.ids {
				for _, tx := range table.texts[id] {
					if len(tbPieces(tbLower(tx.text))) == 0 || id == "smtp-error-sending-recipient-command" && tx.locale == "fi" {
						continue
					}
					text := tbPlaceholderRE.ReplaceAllString(tx.text, "mail.example.org")
					f := Explain(text, Hints{})
					if table == aospEmail && r.name == "client-certificate-unusable" && f.Code == CodeTLSCertificate {
						continue
					}
					assert.Equal(t, r.code, f.Code, "%s%s %s: %q (rule %s)", table.prefix, r.name, tx.locale, text, f.Evidence.Rule)
				}
			}
		}
	}
}

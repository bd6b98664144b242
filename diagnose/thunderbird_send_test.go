package diagnose

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestThunderbirdSendPieces: every message that names a cause is told, in
// every locale, by a piece of its own; the generic ones (unknown) in most
// locales (a few are too short, or are the start of another message); and
// no text holds a piece of another reading, so that each text, with its
// placeholders filled, reads as its own message.
func TestThunderbirdSendPieces(t *testing.T) {
	// The Finnish file breaks this message's last sentence into ". " and
	// "Tarkista osoite", too short to tell it.
	noPiece := map[string]bool{"smtp-error-sending-recipient-command fi": true}
	for _, r := range tbSendReadings {
		told, texts := 0, 0
		for _, id := range r.ids {
			for _, text := range thunderbirdSendTexts[id] {
				texts++
				lower := tbLower(text.text) // as Explain reads it
				own := false
				for _, p := range tbSendCut()[r.name].pieces {
					own = own || strings.Contains(lower, p)
				}
				if own {
					told++
				} else if r.code != CodeUnknown {
					assert.True(t, noPiece[id+" "+text.locale], "%s %s: no piece of its own", id, text.locale)
				}
				for _, other := range tbSendReadings {
					if other.name == r.name {
						continue
					}
					for _, p := range tbSendCut()[other.name].pieces {
						assert.NotContains(t, lower, p, "%s %s holds a piece of %s", id, text.locale, other.name)
					}
				}
			}
		}
		assert.GreaterOrEqual(t, told*4, texts*3, "%s: told in %d of %d texts", r.name, told, texts)
	}
}

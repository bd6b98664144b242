package mailtest

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/saslmech"
)

// TestProbesSASLParsesInFakes: the one SASL client both probes use
// (internal/saslmech) produces what the fakes' parsers read back, user
// names with RFC 5801's special characters included, for every mechanism
// with an initial response.
func TestProbesSASLParsesInFakes(t *testing.T) {
	parse := map[string]func([]byte) (credential, error){
		saslmech.Plain: parsePlain, saslmech.XOAuth2: parseXOAUTH2, saslmech.OAuthBearer: parseOAUTHBEARER,
	}
	for _, user := range []string{"alice@example.com", "a,b=c@example.com", "DOMAIN\\user"} {
		for mech, p := range parse {
			cl, err := saslmech.New(mech, saslmech.Credentials{Username: user, Password: "pw", Token: "tok", Host: "127.0.0.1", Port: 993})
			require.NoError(t, err)
			cr, err := p(cl.Initial)
			require.NoError(t, err, "%s %q", mech, user)
			assert.Equal(t, user, cr.user, "%s", mech)
			want := "pw"
			if mech != saslmech.Plain {
				want = "tok"
			}
			assert.Equal(t, want, cr.secret, "%s", mech)
		}
	}
}

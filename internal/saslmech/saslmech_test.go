package saslmech

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOAuthBearerEscapesUserName: RFC 5801 section 4 escapes "," and "="
// in the GS2 header; unescaped, "a,b" would end the header at the comma.
func TestOAuthBearerEscapesUserName(t *testing.T) {
	got := OAuthBearerResponse("a,b=c@example.com", "tok", "imap.example.com", 993)
	assert.Equal(t, "n,a=a=2Cb=3Dc@example.com,\x01host=imap.example.com\x01port=993\x01auth=Bearer tok\x01\x01", got)
}

func TestXOAuth2Response(t *testing.T) {
	// https://developers.google.com/gmail/imap/xoauth2-protocol
	assert.Equal(t, "user=someuser@example.com\x01auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01",
		XOAuth2Response("someuser@example.com", "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"))
}

// TestClients walks each mechanism's exchange: the initial response, the
// answers to challenges, and the secrets a caller must register.
func TestClients(t *testing.T) {
	c := Credentials{Username: "alice", Password: "pw", Token: "tok", Host: "h", Port: 1}
	for _, tc := range []struct {
		mech    string
		initial string
		answers []string // to successive challenges; "" with ok false is a cancel
		ok      []bool
	}{
		{Plain, "\x00alice\x00pw", []string{""}, []bool{false}},
		{Login, "", []string{"alice", "pw", ""}, []bool{true, true, false}},
		{XOAuth2, "user=alice\x01auth=Bearer tok\x01\x01", []string{"", ""}, []bool{true, false}}, // an empty answer to the JSON error, then nothing
		{OAuthBearer, "n,a=alice,\x01host=h\x01port=1\x01auth=Bearer tok\x01\x01", []string{"\x01", ""}, []bool{true, false}},
	} {
		t.Run(tc.mech, func(t *testing.T) {
			cl, err := New(tc.mech, c)
			require.NoError(t, err)
			assert.Equal(t, tc.initial, string(cl.Initial))
			if tc.initial == "" {
				assert.Nil(t, cl.Initial, "LOGIN has no initial response")
			}
			// The atoms, not the response: the user name is no secret.
			assert.NotContains(t, cl.Secrets, tc.initial)
			assert.NotContains(t, cl.Secrets, "alice")
			assert.Subset(t, []string{"pw", "tok"}, cl.Secrets)
			for i, want := range tc.answers {
				resp, ok, _ := cl.Next([]byte(`{"status":"401"}`))
				assert.Equal(t, tc.ok[i], ok, "challenge %d", i)
				assert.Equal(t, want, string(resp), "challenge %d", i)
			}
		})
	}
	_, err := New("CRAM-MD5", c)
	assert.Error(t, err)
}

// TestPlainMatchesGoSASL: PLAIN is go-sasl's; pin that its bytes are
// RFC 4616's, so an upgrade that changes them is noticed.
func TestPlainMatchesGoSASL(t *testing.T) {
	cl, err := New(Plain, Credentials{Username: "u", Password: "p"})
	require.NoError(t, err)
	assert.Equal(t, []byte("\x00u\x00p"), cl.Initial)
}

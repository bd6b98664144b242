package diagnose

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/probe"
)

func TestRemediateFindingCertReason(t *testing.T) {
	for _, tc := range []struct {
		reason   probe.CertReason
		provider ProviderID
		want     ProviderID // the catalogue entry's provider
	}{
		{probe.CertWrongHost, "dovecot", "hosting"},      // cPanel host-name mismatch: the hosting advice fits
		{"", "dovecot", "hosting"},                       // reason unknown (pasted text): keep the likeliest advice
		{probe.CertExpired, "dovecot", ""},               // expired: renaming the host would not help
		{probe.CertUnknownAuthority, "postfix", ""},      // untrusted CA: generic advice
		{probe.CertExpired, "microsoft365", "microsoft"}, // at Microsoft any bad certificate means interception
	} {
		t.Run(string(tc.reason)+"@"+string(tc.provider), func(t *testing.T) {
			r := RemediateFinding(Finding{Code: CodeTLSCertificate, CertReason: tc.reason}, tc.provider, Vars{Email: "a@example.org"})
			require.NotNil(t, r)
			assert.Equal(t, tc.want, r.Provider)
			assert.NotContains(t, r.Title+r.Explanation, "{domain}")
		})
	}
}

package probe_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/probe"
)

func TestTranscriptString(t *testing.T) {
	tests := []struct {
		name string
		tr   probe.Transcript
		want string
	}{
		{"nil", nil, ""}, // nothing recorded renders as nothing
		{"directions", probe.Transcript{
			{Dir: probe.DirServer, Text: "* OK ready"},
			{Dir: probe.DirClient, Text: "a1 LOGIN alice [redacted]"},
			{Dir: probe.DirInfo, Text: "TLS handshake done"},
		}, "S: * OK ready\nC: a1 LOGIN alice [redacted]\n* TLS handshake done\n"}, // S:, C: and * prefixes, one line each
		{"empty text", probe.Transcript{{Dir: probe.DirClient}}, "C: \n"},     // an empty client line stays visible
		{"unknown dir", probe.Transcript{{Dir: "other", Text: "x"}}, "* x\n"}, // anything not client or server is a note
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.tr.String())
		})
	}
}

func TestParseSecurity(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    probe.Security
		wantErr bool
	}{
		{"tls", "tls", probe.SecurityTLS, false},                // wire name
		{"ssl", "ssl", probe.SecurityTLS, false},                // common alias for implicit TLS
		{"implicit", "implicit", probe.SecurityTLS, false},      // alias
		{"starttls", "starttls", probe.SecurityStartTLS, false}, // wire name
		{"none", "none", probe.SecurityNone, false},             // wire name
		{"plain", "plain", probe.SecurityNone, false},           // alias
		{"plaintext", "plaintext", probe.SecurityNone, false},   // alias
		{"empty", "", "", true},                                 // no default hidden in the parser
		{"upper", "TLS", probe.SecurityTLS, false},              // as a mail program shows it
		{"starttls upper", " STARTTLS ", probe.SecurityStartTLS, false},
		{"ssl/tls", "SSL/TLS", probe.SecurityTLS, false}, // Thunderbird's and Outlook's label
		{"no", "No", probe.SecurityNone, false},
		{"unknown", "tls1.3", "", true}, // not a mode
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := probe.ParseSecurity(tc.in)
			if tc.wantErr {
				require.Error(t, err)
				assert.Contains(t, err.Error(), "probe: unknown security")
				assert.Empty(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestNetErrorClone(t *testing.T) {
	var nilErr *probe.NetError
	assert.Nil(t, nilErr.Clone())

	e := &probe.NetError{Kind: probe.NetTLSCert, Op: "handshake", Message: "x", CertReason: probe.CertExpired}
	c := e.Clone()
	require.NotNil(t, c)
	assert.Equal(t, e, c)
	assert.NotSame(t, e, c)
	c.Kind = probe.NetOther
	assert.Equal(t, probe.NetTLSCert, e.Kind, "changing the clone leaves the original")
}

func TestTLSInfoClone(t *testing.T) {
	var nilInfo *probe.TLSInfo
	assert.Nil(t, nilInfo.Clone())

	nb := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	info := &probe.TLSInfo{Version: "TLS 1.3", Verified: true, Chain: []probe.CertInfo{
		{Subject: "CN=a", DNSNames: []string{"a.example"}, IPAddresses: []string{"127.0.0.1"}, NotBefore: nb},
	}}
	c := info.Clone()
	require.NotNil(t, c)
	assert.Equal(t, info, c)

	c.Chain[0].Subject = "CN=b"
	c.Chain[0].DNSNames[0] = "b.example"
	c.Chain[0].IPAddresses[0] = "::1"
	c.Chain = append(c.Chain, probe.CertInfo{Subject: "CN=c"})
	assert.Equal(t, "CN=a", info.Chain[0].Subject, "chain elements are copied")
	assert.Equal(t, []string{"a.example"}, info.Chain[0].DNSNames, "DNS names are copied, not shared")
	assert.Equal(t, []string{"127.0.0.1"}, info.Chain[0].IPAddresses, "IP addresses are copied, not shared")
	assert.Len(t, info.Chain, 1)

	assert.Nil(t, (&probe.TLSInfo{Version: "TLS 1.2"}).Clone().Chain, "a nil chain stays nil, so omitempty JSON is unchanged")
}

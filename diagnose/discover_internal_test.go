package diagnose

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mailcheck-go/mailcheck/probe"
)

// TestDomainAllowsDNS: the names RFC 2606 and RFC 6761 reserve are never
// looked up; real domains are.
func TestDomainAllowsDNS(t *testing.T) {
	for d, want := range map[string]bool{
		"contoso.com":       true,
		"mail.example.co":   true, // not reserved: only example.com/.net/.org and the .example TLD are
		"Example.COM":       false,
		"sub.example.org":   false,
		"example.net.":      false,
		"firm.test":         false,
		"test":              false,
		"x.invalid":         false,
		"host.localhost":    false,
		"printer.local":     false,
		"anything.example":  false,
		"notexample.com":    true, // a suffix match would be wrong
		"":                  false,
		"contoso.com.":      true,
		"mailtest.invalid.": false,
	} {
		assert.Equal(t, want, domainAllowsDNS(d), "%q", d)
	}
}

// TestCompleteEndpoint: the usual port and security for a named host, from
// whichever of the two the caller gave.
func TestCompleteEndpoint(t *testing.T) {
	tls, starttls := probe.SecurityTLS, probe.SecurityStartTLS
	for _, tc := range []struct {
		name  string
		proto Protocol
		in    Endpoint
		want  Endpoint
	}{
		{"imap bare host", ProtocolIMAP, Endpoint{Host: "h"}, Endpoint{Host: "h", Port: 993, Security: tls}},
		{"imap 143", ProtocolIMAP, Endpoint{Host: "h", Port: 143}, Endpoint{Host: "h", Port: 143, Security: starttls}},
		{"imap odd port", ProtocolIMAP, Endpoint{Host: "h", Port: 1993}, Endpoint{Host: "h", Port: 1993, Security: tls}},
		{"imap starttls", ProtocolIMAP, Endpoint{Host: "h", Security: starttls}, Endpoint{Host: "h", Port: 143, Security: starttls}},
		{"smtp bare host", ProtocolSMTP, Endpoint{Host: "h"}, Endpoint{Host: "h", Port: 587, Security: starttls}},
		{"smtp 465", ProtocolSMTP, Endpoint{Host: "h", Port: 465}, Endpoint{Host: "h", Port: 465, Security: tls}},
		{"smtp 25", ProtocolSMTP, Endpoint{Host: "h", Port: 25}, Endpoint{Host: "h", Port: 25, Security: starttls}},
		{"smtp tls", ProtocolSMTP, Endpoint{Host: "h", Security: tls}, Endpoint{Host: "h", Port: 465, Security: tls}},
		{"security spelled as people do", ProtocolSMTP, Endpoint{Host: "h", Security: "ssl"}, Endpoint{Host: "h", Port: 465, Security: tls}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, completeEndpoint(tc.proto, tc.in))
		})
	}
}

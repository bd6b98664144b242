package mailtest

import (
	"crypto/tls"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/mailcheck-go/mailcheck/internal/certgen"
)

// The CA is built once per process, like httptest's built-in certificate:
// generating keys is the slowest part of starting a server, and one CA lets a
// test trust every fake it starts. It is valid for ten years either side of
// the real clock: clients verify chains against their own clock, which is
// the real one or a caller's fixed day (Server.Now, diagnose's Options.Now;
// fleet's tests read as of 2026-12-05 09:00), and a CA valid only from a
// day before the real clock failed every such chain once the real clock
// was a day past the fixed one. The leaf's validity stays relative to
// Server.Now, which is what scenarios of expired certificates test.
var processCA = sync.OnceValues(func() (*certgen.CA, error) {
	const tenYears = 10 * 365 * 24 * time.Hour
	now := time.Now()
	return certgen.NewCAValid("mailtest CA", now.Add(-tenYears), now.Add(tenYears))
})

// wrongHost is the only name on a CertWrongHost certificate.
const wrongHost = "mail.example.net"

// leafHosts are the names on a good certificate; the first is also the
// common name.
var leafHosts = []string{"127.0.0.1", "::1", "localhost"}

// leafCert issues the certificate a scenario's servers present, relative to
// now. A good certificate also covers host, the address the listeners use,
// when leafHosts lack it (127.0.0.2), and the provider's production names
// (Scenario.Hosts), which Server.Resolver and Server.Dialer route here.
func leafCert(ca *certgen.CA, kind CertKind, now time.Time, host string, names ...string) (tls.Certificate, error) {
	const day = 24 * time.Hour
	hosts := slices.Clip(leafHosts)
	for _, h := range append([]string{host}, names...) {
		if h != "" && !slices.Contains(hosts, h) {
			hosts = append(hosts, h)
		}
	}
	opts := certgen.LeafOptions{Hosts: hosts, NotBefore: now.Add(-time.Hour), NotAfter: now.Add(365 * day)}
	switch kind {
	case CertValid:
	case CertExpired:
		opts.NotBefore, opts.NotAfter = now.Add(-90*day), now.Add(-day)
	case CertNotYetValid:
		opts.NotBefore, opts.NotAfter = now.Add(day), now.Add(365*day)
	case CertWrongHost:
		opts.Hosts = []string{wrongHost}
	case CertExpiringSoon:
		opts.NotBefore, opts.NotAfter = now.Add(-85*day), now.Add(5*day)
	case CertSelfSigned:
		return certgen.SelfSigned(opts)
	default:
		return tls.Certificate{}, fmt.Errorf("mailtest: unknown certificate kind %q", kind)
	}
	return ca.Leaf(opts)
}

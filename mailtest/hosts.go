package mailtest

import (
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"slices"
	"strconv"
	"strings"
	"syscall"

	"github.com/mailcheck-go/mailcheck/catalog"
)

// Hosts are the production host names of a scenario's provider. A fake's
// [Server.Resolver] and [Server.Dialer] route them to its listeners, and a
// good certificate names them, so an application (or mailcheck's Diagnose)
// configured exactly as in production reaches the fake, detects the
// provider by its host names and verifies the certificate for them.
type Hosts struct {
	// IMAP and SMTP are the servers' host names: "outlook.office365.com"
	// and "smtp.office365.com".
	IMAP, SMTP string
	// MX are the mail exchangers the Resolver gives for the accounts'
	// domains, which provider detection reads for custom domains
	// ("contoso-example.mail.protection.outlook.com").
	MX []string
}

// names returns the distinct host names, lower case.
func (h Hosts) names() []string {
	var out []string
	for _, n := range append([]string{h.IMAP, h.SMTP}, h.MX...) {
		if n = strings.ToLower(strings.TrimSuffix(n, ".")); n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// The well-known ports each listener stands for; Dialer maps them.
const (
	portIMAPTLS      = 993
	portIMAPStartTLS = 143
	portSMTPTLS      = 465
	portSMTPStartTLS = 587
)

// errNotFake is wrapped by every error of Resolver and Dialer for a name
// or address that is not the fake's.
func notFake(what string) error {
	return fmt.Errorf("mailtest: %s is not one of this fake's hosts; the fake's resolver and dialer never reach the network", what)
}

// Resolver returns a DNS resolver that knows only the fake: the scenario's
// [Hosts] (and "localhost") resolve to [Server.Host]; the accounts' domains
// have the scenario's MX hosts and SRV records for the listeners it has
// (_imaps._tcp on 993, _imap._tcp on 143, _submissions._tcp on 465,
// _submission._tcp on 587, at the scenario's IMAP and SMTP hosts); every
// other name is "no such host". It never queries real DNS. Its methods
// match *net.Resolver's, so it fits mailcheck's diagnose.Options.Resolver
// and probe.Resolver.
func (s *Server) Resolver() *Resolver { return &Resolver{s: s} }

// Dialer returns a dialer that connects a name or address of the fake, on
// the port a production client would use, to the listener that stands for
// it: 993 to IMAPTLS, 143 to IMAPStartTLS, 465 to SMTPTLS and 587 to
// SMTPStartTLS; the listeners' own addresses pass through. Anything else is
// refused at once without touching the network, and so is a port whose
// listener the scenario lacks (Exchange Online's 465), as a firewall would.
// Its DialContext fits mailcheck's probe.Dialer.
func (s *Server) Dialer() *Dialer { return &Dialer{s: s} }

// ProductionTLSConfig returns a client TLS configuration that trusts the
// fake's CA and leaves ServerName empty, so that a client sets it to the
// host it dialed ("imap.gmail.com"), as in production; a good certificate
// names the scenario's hosts. Use it with Resolver and Dialer.
func (s *Server) ProductionTLSConfig() *tls.Config {
	return &tls.Config{RootCAs: s.RootCAs(), MinVersion: tls.VersionTLS12}
}

// DialTLS connects to addr as [Server.Dialer] does and starts TLS at once,
// with [Server.ProductionTLSConfig] and ServerName set to addr's host: what
// a client connecting to "imap.gmail.com:993" does in production. go-imap
// v2's imapclient.Options takes a *net.Dialer, not a dial function, so a
// test dials with DialTLS and hands the connection to imapclient.New (a
// tester's find):
//
//	conn, err := srv.DialTLS(ctx, "imap.gmail.com:993")
//	if err != nil { ... }
//	c := imapclient.New(conn, nil)
func (s *Server) DialTLS(ctx context.Context, addr string) (*tls.Conn, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("mailtest: dial %s: %w", addr, err)
	}
	raw, err := s.Dialer().DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	cfg := s.ProductionTLSConfig()
	cfg.ServerName = host
	conn := tls.Client(raw, cfg)
	if err := conn.HandshakeContext(ctx); err != nil {
		raw.Close()
		return nil, err
	}
	return conn, nil
}

// Resolver is a fake's DNS; see [Server.Resolver].
type Resolver struct{ s *Server }

// Dialer is a fake's dialer; see [Server.Dialer].
type Dialer struct{ s *Server }

func normName(name string) string {
	return strings.ToLower(strings.TrimSuffix(name, "."))
}

// isFakeHost reports whether a host name or address reaches the fake.
func (s *Server) isFakeHost(host string) bool {
	h := normName(strings.Trim(host, "[]"))
	if h == "localhost" || h == s.host || h == strings.ToLower(s.serverName) {
		return true
	}
	if ip := net.ParseIP(h); ip != nil && s.host != "" {
		return ip.Equal(net.ParseIP(s.host))
	}
	return slices.Contains(s.Scenario.Hosts.names(), h)
}

// isAccountDomain reports whether name is the domain of one of the
// scenario's accounts.
func (s *Server) isAccountDomain(name string) bool {
	n := normName(name)
	for _, a := range s.Scenario.Accounts {
		if _, d, ok := strings.Cut(a.Email, "@"); ok && strings.EqualFold(d, n) {
			return true
		}
	}
	return false
}

func notFound(name string) error {
	return &net.DNSError{Err: "no such host (mailtest resolver)", Name: name, IsNotFound: true}
}

// LookupHost gives the fake's address for its hosts.
func (r *Resolver) LookupHost(ctx context.Context, host string) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if !r.s.isFakeHost(host) {
		return nil, notFound(host)
	}
	if r.s.host == "" {
		return nil, fmt.Errorf("mailtest: server not started")
	}
	return []string{r.s.host}, nil
}

// LookupMX gives the scenario's MX hosts for the accounts' domains.
func (r *Resolver) LookupMX(ctx context.Context, name string) ([]*net.MX, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	mx := r.s.Scenario.Hosts.MX
	if !r.s.isAccountDomain(name) || len(mx) == 0 {
		return nil, notFound(name)
	}
	out := make([]*net.MX, len(mx))
	for i, h := range mx {
		out[i] = &net.MX{Host: strings.TrimSuffix(h, ".") + ".", Pref: uint16(10 * (i + 1))}
	}
	return out, nil
}

// LookupTXT knows no records.
func (r *Resolver) LookupTXT(ctx context.Context, name string) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return nil, notFound(name)
}

// LookupCNAME gives the canonical name of the fake's hosts (themselves).
func (r *Resolver) LookupCNAME(ctx context.Context, host string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	if !r.s.isFakeHost(host) {
		return "", notFound(host)
	}
	return normName(host) + ".", nil
}

// LookupSRV gives the RFC 6186 records of the accounts' domains for the
// listeners the scenario has.
func (r *Resolver) LookupSRV(ctx context.Context, service, proto, name string) (string, []*net.SRV, error) {
	if err := ctx.Err(); err != nil {
		return "", nil, err
	}
	full := "_" + service + "._" + proto + "." + name
	h := r.s.Scenario.Hosts
	var target string
	var port int
	var has bool
	switch strings.ToLower(service) {
	case "imaps":
		target, port, has = h.IMAP, portIMAPTLS, r.s.IMAPTLS != ""
	case "imap":
		target, port, has = h.IMAP, portIMAPStartTLS, r.s.IMAPStartTLS != ""
	case "submissions":
		target, port, has = h.SMTP, portSMTPTLS, r.s.SMTPTLS != ""
	case "submission":
		target, port, has = h.SMTP, portSMTPStartTLS, r.s.SMTPStartTLS != ""
	}
	if !strings.EqualFold(proto, "tcp") || !has || target == "" || !r.s.isAccountDomain(name) {
		return "", nil, notFound(full)
	}
	return full + ".", []*net.SRV{{Target: normName(target) + ".", Port: uint16(port), Priority: 0, Weight: 1}}, nil
}

// DialContext connects to the fake's listener that stands for address.
func (d *Dialer) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	host, portStr, err := net.SplitHostPort(address)
	if err != nil {
		return nil, fmt.Errorf("mailtest: dial %s: %w", address, err)
	}
	if !strings.HasPrefix(network, "tcp") {
		return nil, fmt.Errorf("mailtest: dial %s %s: only TCP", network, address)
	}
	if !d.s.isFakeHost(host) {
		return nil, &net.OpError{Op: "dial", Net: network, Err: notFake(host)}
	}
	port, _ := strconv.Atoi(portStr)
	target := d.s.listenerFor(port)
	if target == "" {
		// Wrapping ECONNREFUSED makes the refusal the one a closed port
		// gives: errors.Is finds it, and mailcheck reads it as
		// connection_refused, not as an unknown failure.
		return nil, &net.OpError{Op: "dial", Net: network,
			Err: fmt.Errorf("mailtest: scenario %q has no listener for port %d: %w", d.s.Scenario.Name, port, syscall.ECONNREFUSED)}
	}
	var nd net.Dialer
	return nd.DialContext(ctx, "tcp", target)
}

// listenerFor returns the address of the listener standing for port: a
// well-known port, or a listener's own port.
func (s *Server) listenerFor(port int) string {
	switch port {
	case portIMAPTLS:
		return s.IMAPTLS
	case portIMAPStartTLS:
		return s.IMAPStartTLS
	case portSMTPTLS:
		return s.SMTPTLS
	case portSMTPStartTLS:
		return s.SMTPStartTLS
	}
	p := s.BoundPorts()
	for _, l := range []struct {
		port int
		addr string
	}{{p.IMAPTLS, s.IMAPTLS}, {p.IMAPStartTLS, s.IMAPStartTLS}, {p.SMTPTLS, s.SMTPTLS}, {p.SMTPStartTLS, s.SMTPStartTLS}} {
		if l.port != 0 && l.port == port {
			return l.addr
		}
	}
	return ""
}

// genericHost is the host name of scenarios whose provider publishes no
// servers (Dovecot and Postfix at a hosting company, faults): the name in
// the Postfix banner they send.
const genericHost = "mail.example.org"

// providerHosts derives a scenario's Hosts from the provider registry:
// the published IMAP and SMTP hosts of its provider (or, for a family such
// as Google, of the first member that publishes them), and an MX name from the first
// MX pattern, built for the first account's domain as Microsoft builds
// them ("contoso-example.mail.protection.outlook.com"). Providers without
// published hosts get mail.example.org for everything.
func providerHosts(sc Scenario) Hosts {
	info, ok := catalog.Lookup(sc.Provider)
	if ok && info.IMAP.Host == "" {
		for _, other := range catalog.All() {
			if other.Parent == sc.Provider && other.IMAP.Host != "" {
				info = other
				break
			}
		}
	}
	if !ok || info.IMAP.Host == "" {
		return Hosts{IMAP: genericHost, SMTP: genericHost, MX: []string{genericHost}}
	}
	h := Hosts{IMAP: info.IMAP.Host, SMTP: info.SMTP.Host}
	if len(sc.Accounts) > 0 && len(info.Domains) == 0 {
		// Consumer domains (gmail.com) are known by name; a custom domain
		// is known by its MX.
		_, domain, _ := strings.Cut(sc.Accounts[0].Email, "@")
		if len(info.MXPatterns) > 0 {
			h.MX = []string{strings.ReplaceAll(strings.ToLower(domain), ".", "-") + "." + info.MXPatterns[0]}
		}
	}
	return h
}

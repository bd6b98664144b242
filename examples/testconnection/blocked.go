package main

import (
	"net/netip"
)

// The registries the guard's table comes from, reviewed on 2026-12-05.
const (
	ipv4Special   = "https://www.iana.org/assignments/iana-ipv4-special-registry/"
	ipv6Special   = "https://www.iana.org/assignments/iana-ipv6-special-registry/"
	ipv4Multicast = "https://www.iana.org/assignments/multicast-addresses/"
	ipv6Space     = "https://www.iana.org/assignments/ipv6-address-space/"
)

// blockedPrefix is one block of addresses no mail server of a customer
// lives in, with where that is written down.
type blockedPrefix struct {
	prefix   netip.Prefix
	name     string // the registry's name for the block
	registry string // the registry that lists it
	rfc      string // the RFC the registry cites
}

func block(prefix, name, registry, rfc string) blockedPrefix {
	return blockedPrefix{netip.MustParsePrefix(prefix), name, registry, rfc}
}

// blockedPrefixes is every entry of IANA's IPv4 and IPv6 Special-Purpose
// Address Registries, plus multicast and the IPv6 blocks outside global
// unicast that the guard must name. Entries the registries mark globally
// reachable (the anycast addresses of PCP, TURN and AS112, AMT) are
// blocked too: none is a mail server, and the guard's job is to allow only
// what a settings page can mean. The table is data: each entry is tested
// on its own (TestBlockedPrefixes), first and last address.
var blockedPrefixes = []blockedPrefix{
	// IPv4 Special-Purpose Address Registry.
	block("0.0.0.0/8", `"This network"`, ipv4Special, "RFC 791 section 3.2"),
	block("10.0.0.0/8", "Private-Use", ipv4Special, "RFC 1918"),
	block("100.64.0.0/10", "Shared Address Space (carrier-grade NAT; some clouds' metadata)", ipv4Special, "RFC 6598"),
	block("127.0.0.0/8", "Loopback", ipv4Special, "RFC 1122 section 3.2.1.3"),
	block("169.254.0.0/16", "Link Local (cloud metadata at 169.254.169.254)", ipv4Special, "RFC 3927"),
	block("172.16.0.0/12", "Private-Use", ipv4Special, "RFC 1918"),
	block("192.0.0.0/24", "IETF Protocol Assignments (DS-Lite, PCP and TURN anycast, NAT64 discovery)", ipv4Special, "RFC 6890 section 2.1"),
	block("192.0.2.0/24", "Documentation (TEST-NET-1)", ipv4Special, "RFC 5737"),
	block("192.31.196.0/24", "AS112-v4", ipv4Special, "RFC 7535"),
	block("192.52.193.0/24", "AMT", ipv4Special, "RFC 7450"),
	block("192.88.99.0/24", "Deprecated (6to4 Relay Anycast)", ipv4Special, "RFC 7526"),
	block("192.168.0.0/16", "Private-Use", ipv4Special, "RFC 1918"),
	block("192.175.48.0/24", "Direct Delegation AS112 Service", ipv4Special, "RFC 7534"),
	block("198.18.0.0/15", "Benchmarking", ipv4Special, "RFC 2544"),
	block("198.51.100.0/24", "Documentation (TEST-NET-2)", ipv4Special, "RFC 5737"),
	block("203.0.113.0/24", "Documentation (TEST-NET-3)", ipv4Special, "RFC 5737"),
	block("240.0.0.0/4", "Reserved", ipv4Special, "RFC 1112 section 4"),
	block("255.255.255.255/32", "Limited Broadcast", ipv4Special, "RFC 8190, RFC 919 section 7"),
	// IPv4 Multicast Address Space Registry.
	block("224.0.0.0/4", "Multicast", ipv4Multicast, "RFC 5771"),

	// IPv6 Special-Purpose Address Registry. 64:ff9b::/96 (NAT64) and
	// 2002::/16 (6to4) are not here: they carry an IPv4 address, which is
	// checked against the IPv4 entries (embeddedIPv4).
	block("::1/128", "Loopback Address", ipv6Special, "RFC 4291"),
	block("::/128", "Unspecified Address", ipv6Special, "RFC 4291"),
	block("::ffff:0:0/96", "IPv4-mapped Address (judged by the IPv4 address it maps; see blockedBy)", ipv6Special, "RFC 4291"),
	block("64:ff9b:1::/48", "IPv4-IPv6 Translat. (local use)", ipv6Special, "RFC 8215"),
	block("100::/64", "Discard-Only Address Block", ipv6Special, "RFC 6666"),
	block("100:0:0:1::/64", "Dummy IPv6 Prefix", ipv6Special, "RFC 9780"),
	block("2001::/23", "IETF Protocol Assignments (TEREDO, benchmarking, ORCHID, anycast)", ipv6Special, "RFC 2928"),
	block("2001:db8::/32", "Documentation", ipv6Special, "RFC 3849"),
	block("2620:4f:8000::/48", "Direct Delegation AS112 Service", ipv6Special, "RFC 7534"),
	block("3fff::/20", "Documentation", ipv6Special, "RFC 9637"),
	block("5f00::/16", "Segment Routing (SRv6) SIDs", ipv6Special, "RFC 9602"),
	block("fc00::/7", "Unique-Local", ipv6Special, "RFC 4193"),
	block("fe80::/10", "Link-Local Unicast", ipv6Special, "RFC 4291"),
	// IPv6 Address Space registry: blocks outside global unicast that a
	// guard must still name, because Go's netip does not.
	block("::/96", "IPv4-compatible IPv6 address (deprecated)", ipv6Space, "RFC 4291 section 2.5.5.1"),
	block("fec0::/10", "Site-local (deprecated)", ipv6Space, "RFC 3879"),
	block("ff00::/8", "Multicast", ipv6Space, "RFC 4291"),
}

// Prefixes whose addresses carry an IPv4 address: the IPv6 address is
// allowed only when the IPv4 one is.
var (
	nat64WellKnown = netip.MustParsePrefix("64:ff9b::/96") // RFC 6052: the IPv4 address is the last 32 bits
	sixToFour      = netip.MustParsePrefix("2002::/16")    // RFC 3056: the IPv4 address is bits 16 to 47
	globalUnicast  = netip.MustParsePrefix("2000::/3")     // the IPv6 Address Space registry's Global Unicast
)

// blockedBy returns the entry that refuses ip, or false when ip may be
// dialled. An IPv6 address that carries an IPv4 address (IPv4-mapped,
// NAT64, 6to4) is judged by the IPv4 address it carries, so that
// 64:ff9b::a00:1 is refused like 10.0.0.1. An IPv6 address outside global
// unicast (2000::/3) is refused even when no entry names it.
func blockedBy(ip netip.Addr) (blockedPrefix, bool) {
	if v4, ok := embeddedIPv4(ip); ok {
		// The IPv6 address reaches the IPv4 one (through the mapping, a
		// NAT64 gateway or a 6to4 relay): judge that one.
		return blockedBy(v4)
	}
	for _, b := range blockedPrefixes {
		if b.prefix.Contains(ip) {
			return b, true
		}
	}
	if ip.Is6() && !globalUnicast.Contains(ip) {
		return blockedPrefix{prefix: globalUnicast, name: "outside IPv6 Global Unicast", registry: ipv6Space, rfc: "RFC 4291"}, true
	}
	if !ip.IsValid() {
		return blockedPrefix{name: "not an address"}, true
	}
	return blockedPrefix{}, false
}

// embeddedIPv4 returns the IPv4 address an IPv6 address carries, if any.
func embeddedIPv4(ip netip.Addr) (netip.Addr, bool) {
	switch {
	case ip.Is4In6():
		return ip.Unmap(), true
	case nat64WellKnown.Contains(ip):
		b := ip.As16()
		return netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}), true
	case sixToFour.Contains(ip):
		b := ip.As16()
		return netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}), true
	}
	return netip.Addr{}, false
}

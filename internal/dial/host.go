package dial

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"unicode"

	"github.com/mailcheck-go/mailcheck/internal/redact"
)

// CheckHost returns host as the probes dial it: spaces around it trimmed
// and an IPv6 literal's brackets removed. It refuses what no server name
// can be, each a slip whose dial would only fail later as a DNS lookup of
// a name that cannot exist: an empty host, spaces or control characters
// inside it, a URL ("imaps://imap.example.com"), a user name or password
// before an "@", and a port ("imap.example.com:993"). The error says
// which, in words for a person. It never quotes what comes before an "@"
// or after "://" with it (a URL may carry the password: a reviewer's
// find), and its error loses any four bytes of the secrets given (the
// account's password and token: a host may have been typed where the
// password went), as every text a probe lets out does.
func CheckHost(host string, secrets ...string) (string, error) {
	h, err := checkHost(host)
	if err != nil && len(secrets) > 0 {
		return "", errors.New(redact.New(secrets...).String(err.Error()))
	}
	return h, err
}

func checkHost(host string) (string, error) {
	h := strings.TrimSpace(host)
	switch {
	case h == "":
		return "", errors.New("host is empty")
	case strings.Contains(h, "://") || strings.Contains(h, "@"):
		return "", errors.New("host is a URL or holds a user name: give the server's name alone (imap.example.com), and the port, security, user name and password separately")
	case strings.ContainsFunc(h, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }):
		return "", fmt.Errorf("host %q contains spaces or control characters", h)
	}
	if strings.HasPrefix(h, "[") && strings.HasSuffix(h, "]") {
		if h = h[1 : len(h)-1]; h == "" {
			return "", errors.New("host is empty")
		}
	}
	if _, err := netip.ParseAddr(h); err == nil {
		// An IP address, a zoned IPv6 link-local one included
		// ("fe80::1%eth0"), which net.ParseIP refuses.
		return h, nil
	}
	if name, port, err := net.SplitHostPort(h); err == nil && name != "" && port != "" {
		return "", fmt.Errorf("host %q includes a port: give the port (%s) separately", h, port)
	}
	if strings.ContainsAny(h, ":/[]") {
		return "", fmt.Errorf("host %q is not a server name or an IP address", h)
	}
	return h, nil
}

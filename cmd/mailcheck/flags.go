package main

import (
	"crypto/x509"
	"encoding/pem"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/mail"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/probe"
)

// flagSet is a flag.FlagSet that reports mistakes as usage errors and
// prints its help with double-dash names. The flag package accepts both
// -name and --name.
type flagSet struct {
	*flag.FlagSet
	cmd      string // subcommand name
	synopsis string // "mailcheck check --email ADDR [flags]"
	about    string // paragraph(s) printed by -h above the flags
	// positional holds the arguments that are not flags, in order.
	positional []string
}

func newFlagSet(cmd, synopsis, about string) *flagSet {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by parse, help by printHelp
	fs.Usage = func() {}
	return &flagSet{FlagSet: fs, cmd: cmd, synopsis: synopsis, about: about}
}

// parse parses args. -h prints the help to w and returns errHelp; any other
// mistake becomes a *usageError.
//
// Flags may come before or after the other arguments ("explain TEXT
// --host H" works as users type it). An argument that starts with a dash
// but holds white space is text, not a flag: a pasted POP3 "-ERR [AUTH]
// Authentication failed." must not read as an unknown flag. "--" ends the
// flags.
func (fs *flagSet) parse(args []string, w io.Writer) error {
	var pos []string
	for len(args) > 0 {
		if looksLikeText(args[0]) {
			pos, args = append(pos, args[0]), args[1:]
			continue
		}
		k := len(args)
		for i, a := range args {
			if looksLikeText(a) {
				k = i
				break
			}
		}
		seg := args[:k]
		err := fs.Parse(seg)
		if errors.Is(err, flag.ErrHelp) {
			fs.printHelp(w)
			return errHelp
		}
		if err != nil {
			msg := flagMessage(err.Error())
			if fs.cmd == "explain" && strings.HasPrefix(msg, "unknown flag") {
				msg += " (text that starts with a dash goes after --)"
			}
			return fs.usageErr("%s", msg)
		}
		left := fs.FlagSet.Args()
		if n := len(seg) - len(left); n > 0 && seg[n-1] == "--" {
			pos = append(append(pos, left...), args[k:]...)
			break
		}
		if len(left) > 0 {
			// The flag package stopped at an argument; take it and go on
			// parsing flags after it.
			pos = append(pos, left[0])
			args = append(append([]string(nil), left[1:]...), args[k:]...)
			continue
		}
		args = args[k:]
	}
	fs.positional = pos
	return nil
}

// looksLikeText reports whether a dash-led argument is text rather than a
// flag: flags hold no white space.
func looksLikeText(a string) bool {
	return strings.HasPrefix(a, "-") && strings.ContainsAny(a, " \t\r\n")
}

// Args returns the arguments that are not flags, wherever they stood.
func (fs *flagSet) Args() []string { return fs.positional }

// NArg returns the number of arguments that are not flags.
func (fs *flagSet) NArg() int { return len(fs.positional) }

// Arg returns the i-th argument that is not a flag, or "" (the embedded
// FlagSet's Arg would read what it had left, which after the flags are
// taken out of order is not the user's stray argument: a reviewer saw
// `unexpected argument ""`).
func (fs *flagSet) Arg(i int) string {
	if i < 0 || i >= len(fs.positional) {
		return ""
	}
	return fs.positional[i]
}

// strayArgErr is the usage error for an argument where only flags go,
// naming flagName when the argument looks like its value.
func (fs *flagSet) strayArgErr(flagName string, looksLike func(string) bool) error {
	a := fs.Arg(0)
	if looksLike(a) {
		return fs.usageErr("unexpected argument %q: give it as %s %s", a, flagName, a)
	}
	return fs.usageErr("unexpected argument %q", a)
}

var (
	reUndefined = regexp.MustCompile(`^flag provided but not defined: -+(\S+)$`)
	reNeedsArg  = regexp.MustCompile(`^flag needs an argument: -+(\S+)$`)
	reInvalid   = regexp.MustCompile(`^invalid (?:boolean )?value (".*") for (?:flag )?-+([\w-]+): (.*)$`)
)

// flagMessage rewrites the flag package's messages to name flags the way
// the help does (--name) and to say what was wrong first.
func flagMessage(msg string) string {
	if m := reUndefined.FindStringSubmatch(msg); m != nil {
		return "unknown flag --" + m[1]
	}
	if m := reNeedsArg.FindStringSubmatch(msg); m != nil {
		return "--" + m[1] + " needs a value"
	}
	if m := reInvalid.FindStringSubmatch(msg); m != nil {
		if m[3] == "parse error" { // a boolean flag's generic complaint
			return "--" + m[2] + ": " + m[1] + " is not true or false"
		}
		return "--" + m[2] + ": " + m[3]
	}
	return msg
}

// usageErr returns a usage error for this command.
func (fs *flagSet) usageErr(format string, args ...any) error {
	return &usageError{cmd: fs.cmd, msg: fmt.Sprintf(format, args...), usage: fs.synopsis}
}

// printHelp prints the synopsis, the description and every flag.
func (fs *flagSet) printHelp(w io.Writer) {
	fmt.Fprintf(w, "Usage: %s\n\n%s\n", fs.synopsis, fs.about)
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n == 0 {
		return
	}
	fmt.Fprint(w, "\nFlags:\n")
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		if _, isBool := f.Value.(interface{ IsBoolFlag() bool }); isBool {
			name = ""
		}
		head := "  --" + f.Name
		if name != "" {
			head += " " + name
		}
		fmt.Fprintf(w, "%s\n    \t%s", head, strings.ReplaceAll(usage, "\n", "\n    \t"))
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0s" {
			fmt.Fprintf(w, " (default %s)", f.DefValue)
		}
		fmt.Fprintln(w)
	})
}

// endpointFlag is a --imap or --smtp value: HOST or HOST:PORT, where HOST
// may be an IPv6 address in brackets (or bare, without a port).
type endpointFlag struct {
	host string
	port int
}

func (f *endpointFlag) String() string {
	if f == nil || f.host == "" {
		return ""
	}
	if f.port == 0 {
		return f.host
	}
	return net.JoinHostPort(f.host, strconv.Itoa(f.port))
}

func (f *endpointFlag) Set(s string) error {
	h, p, err := parseHostPort(s)
	if err != nil {
		return err
	}
	f.host, f.port = h, p
	return nil
}

// parseHostPort splits "host[:port]"; port 0 means "not given".
func parseHostPort(s string) (host string, port int, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", 0, errors.New("empty host")
	}
	host, ps, splitErr := net.SplitHostPort(s)
	switch {
	case splitErr == nil:
	case strings.Count(s, ":") > 1 && !strings.HasPrefix(s, "["):
		// A bare IPv6 address has no port.
		if net.ParseIP(s) == nil {
			return "", 0, fmt.Errorf("%q is not HOST[:PORT]", s)
		}
		return s, 0, nil
	case strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]"):
		// A bracketed IPv6 address without a port.
		if net.ParseIP(s[1:len(s)-1]) == nil {
			return "", 0, fmt.Errorf("%q is not HOST[:PORT]", s)
		}
		return s[1 : len(s)-1], 0, nil
	case !strings.Contains(s, ":"):
		host = s
	default:
		return "", 0, fmt.Errorf("%q is not HOST[:PORT]", s)
	}
	if host == "" || strings.ContainsAny(host, "/@") || strings.ContainsFunc(host, notInHost) {
		return "", 0, fmt.Errorf("%q is not HOST[:PORT]", s)
	}
	if ps != "" || splitErr == nil {
		n, err := strconv.Atoi(ps)
		if err != nil || n < 1 || n > 65535 {
			return "", 0, fmt.Errorf("%q: port %q is not a number from 1 to 65535", s, ps)
		}
		port = n
	}
	return host, port, nil
}

// notInHost reports whether r cannot be part of a host name or address:
// white space (a tab as much as a space) and control characters.
func notInHost(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }

// securityFlag is a --imap-security or --smtp-security value.
type securityFlag struct{ v probe.Security }

func (f *securityFlag) String() string {
	if f == nil {
		return ""
	}
	return string(f.v)
}

func (f *securityFlag) Set(s string) error {
	v, err := probe.ParseSecurity(strings.ToLower(strings.TrimSpace(s)))
	if err != nil {
		return fmt.Errorf("%q is not tls, starttls or none", s)
	}
	f.v = v
	return nil
}

// addressFlag is an email address: exactly the address, no display name.
type addressFlag struct{ v string }

func (f *addressFlag) String() string {
	if f == nil {
		return ""
	}
	return f.v
}

func (f *addressFlag) Set(s string) error {
	v, err := parseAddress(s)
	if err != nil {
		return err
	}
	f.v = v
	return nil
}

// parseAddress accepts "user@example.com" and nothing around it.
func parseAddress(s string) (string, error) {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return "", fmt.Errorf("%q is not an email address like user@example.com", s)
	}
	return a.Address, nil
}

// caFileFlag is a PEM file of CA certificates to trust, read and checked
// when the flag is parsed.
type caFileFlag struct {
	path  string
	certs []*x509.Certificate
}

func (f *caFileFlag) String() string {
	if f == nil {
		return ""
	}
	return f.path
}

func (f *caFileFlag) Set(s string) error {
	data, err := os.ReadFile(s)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return fmt.Errorf("cannot read %s: %v", s, pe.Err)
		}
		return err
	}
	certs, err := parsePEMCerts(data)
	if err != nil {
		return fmt.Errorf("%s: %v", s, err)
	}
	f.path, f.certs = s, certs
	return nil
}

// parsePEMCerts returns every CERTIFICATE block in data; at least one.
func parsePEMCerts(data []byte) ([]*x509.Certificate, error) {
	var certs []*x509.Certificate
	for {
		var b *pem.Block
		b, data = pem.Decode(data)
		if b == nil {
			break
		}
		if b.Type != "CERTIFICATE" {
			continue
		}
		c, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			return nil, fmt.Errorf("bad certificate: %v", err)
		}
		certs = append(certs, c)
	}
	if len(certs) == 0 {
		return nil, errors.New("no PEM certificate in the file")
	}
	return certs, nil
}

// positiveDuration is a --timeout value: a Go duration above zero.
type positiveDuration struct{ v time.Duration }

func (f *positiveDuration) String() string {
	if f == nil {
		return ""
	}
	return f.v.String()
}

func (f *positiveDuration) Set(s string) error {
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return fmt.Errorf("%q is not a positive duration like 20s or 1m", s)
	}
	f.v = d
	return nil
}

// choiceFlag accepts one of a fixed set of words.
type choiceFlag struct {
	v       string
	choices []string
}

func (f *choiceFlag) String() string {
	if f == nil {
		return ""
	}
	return f.v
}

func (f *choiceFlag) Set(s string) error {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, c := range f.choices {
		if s == c {
			f.v = s
			return nil
		}
	}
	return fmt.Errorf("%q is not %s", s, orList(f.choices))
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// rejectPasswordFlag returns a usage error when args try to pass a
// password as an argument, which would land in shell history and ps.
func rejectPasswordFlag(fs *flagSet, args []string) error {
	for _, a := range args {
		if a == "--" {
			return nil
		}
		name := strings.TrimLeft(a, "-")
		if len(name) == len(a) {
			continue // not a flag
		}
		name, _, _ = strings.Cut(name, "=")
		if name == "password" || name == "token" {
			return fs.usageErr("passwords are never taken as arguments: set MAILCHECK_PASSWORD (or MAILCHECK_TOKEN for an OAuth token), use --password-stdin, or type it at the prompt")
		}
	}
	return nil
}

// asOfFlag is --as-of YYYY-MM-DD: the day the advice is written for, so a
// reviewer can read it as it will read on another day (Microsoft's
// end-2026 SMTP AUTH change reads "in N days" before it and "since" after
// it). Zero means today.
type asOfFlag struct{ day time.Time }

func (f *asOfFlag) String() string {
	if f == nil || f.day.IsZero() {
		return ""
	}
	return f.day.Format(time.DateOnly)
}

func (f *asOfFlag) Set(s string) error {
	d, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	if err != nil {
		return fmt.Errorf("%q is not a date like 2027-01-15 (YYYY-MM-DD)", s)
	}
	if d.Year() > 2100 {
		return fmt.Errorf("%q is after the year 2100", s)
	}
	if first := catalog.FirstAdviceDay(); d.Before(first) {
		return fmt.Errorf("%q is before %s, the day mailcheck's dated facts were checked: it knows providers' plans as they stand, not what was planned on an earlier day", s, first.Format(time.DateOnly))
	}
	f.day = d
	return nil
}

// at returns the moment the advice is for: now itself without --as-of,
// otherwise the given day at now's time of day (UTC).
func (f *asOfFlag) at(now time.Time) time.Time {
	if f.day.IsZero() {
		return now
	}
	now = now.UTC()
	return f.day.Add(now.Sub(now.Truncate(24 * time.Hour)))
}

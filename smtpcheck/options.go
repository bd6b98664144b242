package smtpcheck

import (
	"errors"
	"fmt"
	"net"
	"strings"

	"github.com/mailcheck-go/mailcheck/internal/dial"
	"github.com/mailcheck-go/mailcheck/internal/saslmech"
	"github.com/mailcheck-go/mailcheck/probe"
)

// ErrInvalidOptions is wrapped by every error Probe returns: the options
// were unusable (empty host, bad port, unknown security or mechanism,
// malformed address). Observed failures are never errors; they are facts
// in the Result.
var ErrInvalidOptions = errors.New("smtpcheck: invalid options")

// DefaultHelloName is the EHLO argument when Options.HelloName is empty.
// ".localhost" is reserved (RFC 6761) and never names a real host, so a
// server's logs show plainly that a diagnostic tool connected.
const DefaultHelloName = "mailcheck.localhost"

// SASL mechanism names, as Options.Mechanism takes them and probe.Auth
// records them.
const (
	MechanismPlain       = "PLAIN"
	MechanismLogin       = "LOGIN"
	MechanismXOAuth2     = "XOAUTH2"
	MechanismOAuthBearer = "OAUTHBEARER"
)

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrInvalidOptions}, args...)...)
}

// normalize checks o and fills its defaults. It returns a copy; the
// caller's value is never modified.
func (o Options) normalize() (Options, error) {
	// The same checks as imapcheck's (an IPv6 literal may come bracketed
	// from a URL or a config file).
	h, err := dial.CheckHost(o.Host, o.Password.Reveal(), o.Token.Reveal())
	if err != nil {
		return o, invalid("%v", err)
	}
	o.Host = h
	switch o.Security {
	case "":
		o.Security = probe.SecurityStartTLS
	case probe.SecurityTLS, probe.SecurityStartTLS, probe.SecurityNone:
	default:
		return o, invalid("unknown security %q (want tls, starttls or none)", o.Security)
	}
	switch {
	case o.Port == 0 && o.Security == probe.SecurityTLS:
		o.Port = 465
	case o.Port == 0:
		o.Port = 587
	case o.Port < 0 || o.Port > 65535:
		return o, invalid("port %d out of range", o.Port)
	}
	if err := o.normalizeAuth(); err != nil {
		return o, err
	}
	if o.HelloName == "" {
		o.HelloName = DefaultHelloName
	}
	if hasControlOrSpace(o.HelloName) {
		return o, invalid("hello name %q contains spaces or control characters", o.HelloName)
	}
	if err := o.normalizeEnvelope(); err != nil {
		return o, err
	}
	if o.StageTimeout < 0 {
		return o, invalid("negative stage timeout %v", o.StageTimeout)
	}
	if o.StageTimeout == 0 {
		o.StageTimeout = DefaultStageTimeout
	}
	if o.Dialer == nil {
		o.Dialer = &net.Dialer{}
	}
	if o.Resolver == nil {
		o.Resolver = net.DefaultResolver
	}
	return o, nil
}

func (o *Options) normalizeAuth() error {
	// The user name travels inside SASL messages whose fields are
	// separated by NUL (PLAIN) and ^A (XOAUTH2, OAUTHBEARER).
	if strings.ContainsFunc(o.Username, saslmech.IsControl) {
		return invalid("username contains control characters")
	}
	if err := saslmech.CheckSecrets(o.Password.Reveal(), o.Token.Reveal()); err != nil {
		return invalid("%v", err)
	}
	o.Mechanism = strings.ToUpper(strings.TrimSpace(o.Mechanism))
	switch o.Mechanism {
	case "":
	case MechanismPlain, MechanismLogin:
		if o.Password.IsZero() && !o.Token.IsZero() {
			return invalid("mechanism %s needs a password, not a token", o.Mechanism)
		}
	case MechanismXOAuth2, MechanismOAuthBearer:
		if o.Token.IsZero() && !o.Password.IsZero() {
			return invalid("mechanism %s needs a token, not a password", o.Mechanism)
		}
	default:
		return invalid("unknown mechanism %q (want PLAIN, LOGIN, XOAUTH2 or OAUTHBEARER)", o.Mechanism)
	}
	return nil
}

// normalizeEnvelope checks the envelope addresses, which are sent inside
// MAIL FROM:<...> and RCPT TO:<...>: a CR or LF there would let a caller's
// input inject commands (DATA among them).
func (o *Options) normalizeEnvelope() error {
	o.Recipient = strings.TrimSpace(o.Recipient)
	o.From = strings.TrimSpace(o.From)
	if o.From != "" && !validAddress(o.From) {
		return invalid("from address %q is malformed", o.From)
	}
	if o.Recipient == "" {
		return nil
	}
	if !validAddress(o.Recipient) {
		return invalid("recipient address %q is malformed", o.Recipient)
	}
	if o.From == "" {
		if !validAddress(o.Username) {
			return invalid("the envelope check needs From when the username %q is not an address", o.Username)
		}
		o.From = o.Username
	}
	return nil
}

// validAddress accepts a bare addr-spec as SMTP paths carry it:
// local@domain, no spaces, controls or angle brackets. It is deliberately
// simple; the server decides what it accepts, the probe only refuses what
// would break the command line.
func validAddress(s string) bool {
	at := strings.LastIndexByte(s, '@')
	if at <= 0 || at == len(s)-1 {
		return false
	}
	return !hasControlOrSpace(s) && !strings.ContainsAny(s, "<>")
}

func hasControlOrSpace(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r == ' ' || saslmech.IsControl(r) })
}

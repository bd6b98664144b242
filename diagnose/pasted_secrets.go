package diagnose

import (
	"encoding/base64"
	"regexp"
	"strings"

	"github.com/mailcheck-go/mailcheck/internal/redact"
)

// A pasted transcript or log may hold the password it was sent with: a
// client's "a1 LOGIN user secret", POP3's "PASS secret", SMTP's "AUTH
// PLAIN <base64>" or a SASL continuation, a log's "password=secret". A
// finding is stored and shown to others (a support desk, a ticket, a log),
// so the secret is replaced where it stands and, once known, in every form
// and part anywhere else in what the finding quotes (an echo, another
// line, base64 at another alignment), as the probes do with theirs
// (internal/redact).
//
// The places are read strictly, for a server's words must stay whole: a
// LOGIN line is a tag (a digit in it, or one character) and exactly two
// arguments, as a client sends it ("IMAP login failed for user bob" is a
// server's sentence, not a command); PASS takes exactly one argument
// ("PASS command failed" is a sentence); base64 stands alone at the line's
// end and looks encoded (length a multiple of four, and a digit, a '+',
// '/' or '=' or mixed case in it), which a word seldom does.

// pastedSecret is one place a secret stands: re's group 1 is what stays,
// group 2 the secret; encoded is set where the secret is base64.
type pastedSecret struct {
	re      *regexp.Regexp
	encoded bool
}

// clientMark is what transcripts put before a client's line.
const clientMark = `(?:c:|>|->|<<<|>>>|sending:|send:|client:)`

var pastedSecrets = []pastedSecret{
	{re: regexp.MustCompile(`(?im)^(\s*` + clientMark + `?\s*(?:[a-z]{0,4}[0-9][a-z0-9.]{0,10}|[a-z.*])\s+login\s+(?:"[^"\n]*"|\S+)\s+)("[^"\n]*"|\S+)[ \t\r]*$`)},
	{re: regexp.MustCompile(`(?im)^(\s*` + clientMark + `?\s*pass\s+)(\S+)[ \t\r]*$`)},
	{re: regexp.MustCompile(`(?i)(\bauth(?:enticate)?\s+(?:plain|login|xoauth2|oauthbearer|cram-md5)\s+)([a-z0-9+/]{8,}={0,2})`), encoded: true},
	{re: regexp.MustCompile(`(?im)^(\s*` + clientMark + `\s*)([a-z0-9+/]{12,}={0,2})[ \t\r]*$`), encoded: true},
	{re: regexp.MustCompile(`(?i)(\b(?:password|passwd|pwd|pass)\s*=\s*)("[^"\n]*"|[^\s,;&]+)`)},
}

// hidePastedSecrets replaces, in what f quotes from the pasted text, the
// secrets the text holds (see pastedSecrets).
func hidePastedSecrets(f *Finding, text string) {
	secrets := pastedSecretsIn(clipUTF8(text, maxExplainBytes))
	if len(secrets) == 0 {
		return
	}
	r := redact.New(secrets...)
	for _, s := range []*string{&f.Evidence.Text, &f.ServerSays, &f.Summary} {
		*s = r.String(hidePastedSecretsWhereTheyStand(*s))
	}
}

// pastedSecretsIn returns the secrets text holds where pastedSecrets look,
// with what base64 ones decode to: the password of a PLAIN response, the
// token of an XOAUTH2 one, a LOGIN continuation that is not an address.
// Placeholders a paste already shows ("****", "[redacted]") and values of
// fewer than four bytes (which would match inside ordinary words) are
// left out; where they stand they are still replaced.
func pastedSecretsIn(text string) []string {
	var out []string
	add := func(s string) {
		s = strings.Trim(s, "\"")
		if len(s) >= redact.MinBytes && !hiddenValueRE.MatchString(s) {
			out = append(out, s)
		}
	}
	for _, p := range pastedSecrets {
		for _, m := range p.re.FindAllStringSubmatch(text, -1) {
			if p.encoded && !looksEncoded(m[2]) {
				continue
			}
			add(m[2])
			if p.encoded {
				for _, d := range decodedSecrets(m[2]) {
					add(d)
				}
			}
		}
	}
	return out
}

// hiddenValueRE is a value that hides a secret already.
var hiddenValueRE = regexp.MustCompile(`(?i)^(?:[*x•.#-]+|\[?(?:redact|hidden|removed|secret|password|censored|masked)[a-z ]*\]?|<[^>]*>|\$\{?\w+\}?)$`)

// looksEncoded reports whether s, standing where base64 may, is base64
// rather than a word: its length a multiple of four, and a digit, '+',
// '/' or '=' or letters of both cases in it.
func looksEncoded(s string) bool {
	if len(s)%4 != 0 {
		return false
	}
	if strings.ContainsAny(s, "0123456789+/=") {
		return true
	}
	return strings.ToLower(s) != s && strings.ToUpper(s) != s
}

// decodedSecrets returns the secrets a SASL response in base64 carries.
func decodedSecrets(s string) []string {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return nil
	}
	d := string(b)
	switch {
	case strings.Contains(d, "auth=Bearer "): // XOAUTH2
		tok := d[strings.Index(d, "auth=Bearer ")+len("auth=Bearer "):]
		return []string{strings.TrimRight(tok, "\x01")}
	case strings.Contains(d, "\x00"): // PLAIN: authzid NUL authcid NUL password
		return []string{d[strings.LastIndexByte(d, 0)+1:]}
	case !strings.Contains(d, "@") && printable(d):
		return []string{d}
	}
	return nil
}

// printable reports whether s is text a person would type.
func printable(s string) bool {
	for _, r := range s {
		if r < ' ' || r == 0x7f {
			return false
		}
	}
	return s != ""
}

// hidePastedSecretsWhereTheyStand replaces the secrets pastedSecrets find
// in s, keeping what stands before them.
func hidePastedSecretsWhereTheyStand(s string) string {
	for _, p := range pastedSecrets {
		if !p.re.MatchString(s) {
			continue
		}
		s = p.re.ReplaceAllStringFunc(s, func(m string) string {
			sub := p.re.FindStringSubmatch(m)
			if p.encoded && !looksEncoded(sub[2]) {
				return m
			}
			return sub[1] + redactedMarker + m[len(sub[1])+len(sub[2]):]
		})
	}
	return s
}

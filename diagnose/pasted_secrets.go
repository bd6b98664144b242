package diagnose

import (
	"encoding/base64"
	"regexp"
	"strings"
	"unicode"

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
// LOGIN line is a tag and exactly two arguments, behind a client's mark
// or, without one, in capitals as a client sends it ("IMAP login failed
// for user bob" and "3 login attempts failed" are sentences); PASS takes
// exactly one argument ("PASS command failed" is a sentence); base64
// stands alone at the line's end and looks encoded (length a multiple of
// four, and a digit, a '+', '/' or '=' or mixed case in it), which a word
// seldom does.

// pastedSecret is one place a secret stands: re's group 1 is what stays,
// group 2 the secret; needs are strings one of which every match holds
// (lower-cased; see mayMatch); encoded is set where the secret is base64,
// userPass where it is "user:password" (only the password is the secret),
// and ok, when set, says whether a match is a secret at all.
type pastedSecret struct {
	re       *regexp.Regexp
	needs    []string
	encoded  bool
	userPass bool
	ok       func(match string) bool
	// value, when set, says whether the secret itself (group 2) looks
	// like one: in a sentence ("Password Hunter2x rejected", "token:
	// ya29.a0Af...") a plain word after the key ("Password: incorrect",
	// "token: expired") is the sentence going on.
	value func(secret string) bool
}

// mayMatch reports whether folded (the text through foldForNeeds) holds
// one of p.needs: the patterns run over every paste Explain reads, and
// nearly none holds a secret, so a pattern runs only where it can match
// (TestPastedSecretNeedsAreNecessary).
func (p pastedSecret) mayMatch(folded string) bool {
	for _, n := range p.needs {
		if strings.Contains(folded, n) {
			return true
		}
	}
	return false
}

// foldForNeeds lower-cases s as the patterns' (?i) reads it: besides
// ASCII case, Unicode folds the long s (ſ) to s and the Kelvin sign to k.
func foldForNeeds(s string) string {
	return needsFolder.Replace(strings.ToLower(s))
}

var needsFolder = strings.NewReplacer("\u017f", "s", "\u212a", "k")

// markNeeds are what clientMark must hold: one of its marks.
var markNeeds = []string{"c:", ">", "<<<", "send", "client:"}

// clientMark is what transcripts and logs put before a client's line, a
// timestamp or a program's prefix before it: "C:", ">", "->", ">>>",
// imapsync's "Sending:", Thunderbird's "SendData:", PHPMailer's "CLIENT ->
// SERVER:", and imaplib's "> b'" (the quote closes at the end).
const clientMark = `(?:[^\n]{0,100}?[\s\]])?(?:c:|>|->|>>|<<<|>>>|sending:|send:|senddata:|client:|client -> server:)\s*(?:b['"])?`

// loginTag and loginArgs are the parts of a client's LOGIN line: its tag,
// then exactly two arguments to the line's end (group 2 the password).
// Without a client's mark, LOGIN and PASS must be in capitals, as clients
// send them: "3 login attempts failed" and "pass failed" are sentences.
var (
	loginArgs = `\s+(?:"[^"\n]*"|\S+)\s+)("[^"\n]*"|[^\s'"]+)['"]?[ \t\r]*$`
	loginTag  = `(?:[a-zA-Z]{0,4}[0-9][a-zA-Z0-9.]{0,10}|[a-zA-Z.*]|[a-zA-Z]{1,8})`
)

// loginUserOK rejects a LOGIN line whose first argument ends a clause
// ("IMAP LOGIN failed: error"): a sentence, not a command.
func loginUserOK(m string) bool {
	f := strings.Fields(m)
	for i, w := range f {
		if strings.EqualFold(w, "login") && i+1 < len(f) {
			return !strings.HasSuffix(f[i+1], ":") && !strings.HasSuffix(f[i+1], ",")
		}
	}
	return true
}

var pastedSecrets = []pastedSecret{
	{re: regexp.MustCompile(`(?im)^(` + clientMark + loginTag + `\s+login` + loginArgs), needs: []string{"login"}, ok: loginUserOK},
	{re: regexp.MustCompile(`(?m)^(\s*` + loginTag + `\s+LOGIN` + loginArgs), needs: []string{"login"}, ok: loginUserOK},
	{re: regexp.MustCompile(`(?im)^(` + clientMark + `pass\s+)([^\s'"]+)['"]?[ \t\r]*(?:\([^)\n]*\))?[ \t\r]*$`), needs: []string{"pass"}},
	{re: regexp.MustCompile(`(?m)^(\s*PASS\s+)(\S+)[ \t\r]*$`), needs: []string{"pass"}},
	{re: regexp.MustCompile(`(?i)(\bauth(?:enticate)?\s+(?:plain|login|xoauth2|oauthbearer|cram-md5)\s+)([a-z0-9+/]{8,}={0,2})`), needs: []string{"auth"}, encoded: true},
	{re: regexp.MustCompile(`(?im)^(` + clientMark + `)([a-z0-9+/]{12,}={0,2})['"]?[ \t\r]*$`), needs: markNeeds, encoded: true,
		// ">" is also a mail quote: a quoted word in CamelCase is no base64.
		ok: func(m string) bool {
			return !strings.HasPrefix(strings.TrimSpace(m), ">") || strings.ContainsAny(m, "0123456789+/=")
		}},
	{re: regexp.MustCompile(`(?i)((?:\b|_|remote|local)(?:password|passwd|pwd|pass)\s*=\s*)("[^"\n]*"|'[^'\n]*'|[^\s,;&]+)`), needs: []string{"pass", "pwd"}},
	{re: regexp.MustCompile(`(?i)("(?:password|passwd|pwd|pass|smtp_pass(?:word)?)"\s*:\s*)("[^"\n]*")`), needs: []string{"pass", "pwd"}},
	// OAuth and API secrets as logs and JSON print them (a reviewer's
	// leaks): "access_token=eyJ...", "token: ya29.a0Af...",
	// "\"refresh_token\": \"1//0gL5x...\"", "client_secret: Qx8~...",
	// "Bearer eyJ...".
	{re: regexp.MustCompile(`(?i)((?:\b|_)(?:access_token|refresh_token|id_token|client_secret|app_?password|api[_-]?key|secret_access_key|secret|token)["']?\s*[=:]\s*["']?)([^\s,;&"'}\]]+)`), needs: []string{"token", "secret", "password", "key"}, value: looksLikeSecret},
	// Sending services' keys by their shape, wherever they stand
	// (SendGrid's "SG.x.y", Resend's "re_x_y", Mailgun's "key-<32 hex>",
	// Brevo's "xkeysib-<hex>-<id>"; a code reviewer's leaks).
	{re: regexp.MustCompile(`()(\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|\bre_[A-Za-z0-9]{8,}_[A-Za-z0-9]{8,}|\bkey-[0-9a-f]{32}\b|\bxkeysib-[0-9a-f]{32,}(?:-[A-Za-z0-9]{8,})?)`), needs: []string{"sg.", "re_", "key-", "xkeysib-"}},
	{re: regexp.MustCompile(`(?i)(\bbearer\s+)([a-z0-9._~+/-]{16,}=*)`), needs: []string{"bearer"}, value: looksLikeSecret},
	// A password passed in code: .NET's new NetworkCredential("bob",
	// "secret"), smtplib's server.login('bob', 'secret'), MailKit's
	// client.Authenticate("bob", "secret"), nodemailer's auth: {user:
	// "bob", pass: "secret"}.
	{re: regexp.MustCompile(`(?i)((?:networkcredential|\.login|\.authenticate|\.auth)\(\s*(?:"[^"\n]*"|'[^'\n]*'|[a-z_$][a-z0-9_.$]*)\s*,\s*)("[^"\n]*"|'[^'\n]*')`), needs: []string{"credential", ".login", ".auth"}},
	{re: regexp.MustCompile(`(?i)((?:\b|_)(?:password|passwd|pwd|pass)\s*:\s*)("[^"\n]*"|'[^'\n]*')`), needs: []string{"pass", "pwd"}},
	{re: regexp.MustCompile(`(?i)((?:\b|_)(?:password|passwd|pwd|pass)\s*:[ \t]*)([^\s"',;]+)`), needs: []string{"pass", "pwd"}, value: looksLikeSecret},
	// The same value alone at the end of its line may be letters only
	// (Google's app passwords are sixteen lower-case letters).
	{re: regexp.MustCompile(`(?im)((?:\b|_)(?:password|passwd|pwd|pass)\s*:[ \t]*)([^\s"',;]+)[ \t\r]*$`), needs: []string{"pass", "pwd"}, value: looksLikeSecretAlone},
	// Configuration lines: fetchmail's 'password "secret"', mbsync's
	// "Pass secret".
	{re: regexp.MustCompile(`(?i)(\bpassword\s+)("[^"\n]*")`), needs: []string{"password"}},
	{re: regexp.MustCompile(`(?m)^(\s*Pass\s+)(\S+)[ \t\r]*$`), needs: []string{"pass"}, value: looksLikeSecret},
	// A password in a sentence or a command line: "Password Hunter2x
	// rejected", "Login failed for bob with password Hunter2x", "mot de
	// passe : Soleil2026! refusé", "Passwort: ...", sendEmail's "-xp
	// secret", msmtp's configuration line "password secret".
	{re: regexp.MustCompile(`(?i)(\bpassword\s+)(\S+)\s+(?:was |is )?(?:rejected|refused|denied|not accepted|failed|incorrect|wrong|invalid)\b`), needs: []string{"password"}, value: looksLikeSecret},
	{re: regexp.MustCompile(`(?i)(\bwith (?:the )?password\s+)([^\s,;]+)`), needs: []string{"password"}, value: looksLikeSecret},
	{re: regexp.MustCompile(`(?im)(\bwith (?:the )?password\s+)([^\s,;]+)[ \t\r.]*$`), needs: []string{"password"}, value: looksLikeSecretAlone},
	{re: regexp.MustCompile(`(?i)(\b(?:mot de passe|passwort|kennwort|contraseña|senha|wachtwoord|hasło|пароль)\s*:\s*)(\S+)`), needs: []string{"mot de passe", "passwort", "kennwort", "contraseña", "senha", "wachtwoord", "hasło", "пароль"}, value: looksLikeSecret},
	{re: regexp.MustCompile(`(?i)(\s-xp\s+)(\S+)`), needs: []string{"-xp"}},
	{re: regexp.MustCompile(`(?m)^(\s*password\s+)(\S+)[ \t\r]*$`), needs: []string{"password"}, value: looksLikeSecret},
	// Credentials in a URL ("imaps://bob:secret@imap.example.com"), curl's
	// "--user bob:secret", HTTP Basic.
	{re: regexp.MustCompile(`(?i)(\b[a-z][a-z0-9+.-]{1,15}://[^\s:/@]{1,80}:)([^\s@/]{1,200})@`), needs: []string{"://"}},
	{re: regexp.MustCompile(`(?i)((?:--user|\s-u)\s+['"]?[^\s:'"]{1,80}:)([^\s'"]+)`), needs: []string{"-u"}},
	{re: regexp.MustCompile(`(?i)(\bauthorization:\s*basic\s+)([a-z0-9+/]{8,}={0,2})`), needs: []string{"authorization"}, encoded: true, userPass: true},
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
	folded := foldForNeeds(text)
	var out []string
	add := func(s string) {
		s = strings.Trim(s, `"'`)
		if len(s) >= redact.MinBytes && !hiddenValueRE.MatchString(s) {
			out = append(out, s)
		}
	}
	for _, p := range pastedSecrets {
		if !p.mayMatch(folded) {
			continue
		}
		for _, m := range p.re.FindAllStringSubmatch(text, -1) {
			if !p.accepts(m) {
				continue
			}
			add(m[2])
			if p.encoded {
				for _, d := range decodedSecrets(m[2], p.userPass) {
					add(d)
				}
			}
		}
	}
	return out
}

// notSecretValueRE is a value that starts a server's reply or a log's
// key=value pair, or an error code, rather than a secret; notSecretWordRE
// a word that follows "password:" or "token:" in messages, or a
// mechanism's name.
var (
	notSecretValueRE = regexp.MustCompile(`(?i)^(?:-err|\+ok|[0-9]{3}(?:[ -]|$)|[a-z_]+=|aadsts[0-9]|%\{|\$\{|\{\{)`)
	notSecretWordRE  = regexp.MustCompile(`(?i)^(?:incorrect|invalid|wrong|expired|required|missing|empty|rejected|refused|denied|changed|reset|mismatch|mismatched|unknown|hidden|redacted|authentication|authenticate|authorization|accepted|correct|failed|failure|error|present|provided|protected|encrypted|masked|policy|strength|through|requested|supplied|specified|unchanged|configured|disabled|enabled|needed|xoauth2|oauthbearer|oauth2?|bearer|plain|login|cram-md5|digest-md5|scram-sha-1|scram-sha-256|ntlm|gssapi|anonymous)$`)
)

// hiddenValueRE is a value that hides a secret already.
var hiddenValueRE = regexp.MustCompile(`(?i)^(?:[*x•.#-]+|\[?(?:redact|hidden|removed|secret|password|censored|masked)[a-z ]*\]?|<[^>]*>|\$\{?\w+\}?)$`)

// accepts reports whether the submatches m of p's pattern are a secret.
func (p pastedSecret) accepts(m []string) bool {
	return (!p.encoded || looksEncoded(m[2])) && (p.ok == nil || p.ok(m[0])) && (p.value == nil || p.value(m[2]))
}

// looksLikeSecret reports whether s, a value after a key in a sentence,
// is a secret rather than a word: six bytes or more, not a placeholder,
// a label ("token: AADSTS700082: ..."), a mechanism's name, a word that
// follows such a key in messages ("Password: incorrect", "PASSWORD:
// EXPIRED") nor the start of a reply or of a key=value pair
// ("password:-ERR[SYS/PERM] ...", "password error=\"backend/credentials:
// ..."); and then a digit, a mark or mixed case in it.
func looksLikeSecret(s string) bool { return secretShape(s, false) }

// looksLikeSecretAlone is looksLikeSecret for a value alone at the end
// of its line, where eight letters or more are a secret too (Google's
// app passwords are sixteen lower-case letters; a code reviewer's
// leaks), not the sentence going on ("Password verification failed").
func looksLikeSecretAlone(s string) bool { return secretShape(s, true) }

func secretShape(s string, alone bool) bool {
	if strings.HasSuffix(s, ":") {
		return false
	}
	s = strings.Trim(s, `"'.,;:!?)`)
	if len(s) < 6 || hiddenValueRE.MatchString(s) || notSecretValueRE.MatchString(s) || notSecretWordRE.MatchString(s) {
		return false
	}
	// Mixed case is a capital inside a word with lower case letters:
	// "Resource" and "EXPIRED" are words.
	hasLower, innerUpper := false, false
	for i, r := range s {
		switch {
		case unicode.IsDigit(r) || !unicode.IsLetter(r):
			return true
		case unicode.IsUpper(r):
			innerUpper = innerUpper || i > 0
		default:
			hasLower = true
		}
	}
	return hasLower && innerUpper || alone && len(s) >= 8
}

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
func decodedSecrets(s string, userPass bool) []string {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return nil
	}
	d := string(b)
	switch {
	case userPass: // HTTP Basic: user:password
		if i := strings.IndexByte(d, ':'); i >= 0 {
			return []string{d[i+1:]}
		}
		return nil
	case strings.Contains(d, "auth=Bearer "): // XOAUTH2
		tok := d[strings.Index(d, "auth=Bearer ")+len("auth=Bearer "):]
		return []string{strings.TrimRight(tok, "\x01")}
	case strings.Contains(d, "\x00"): // PLAIN: authzid NUL authcid NUL password
		return []string{d[strings.LastIndexByte(d, 0)+1:]}
	case !strings.Contains(d, "@") && printable(d) && !allLetters(d):
		// A LOGIN continuation: the password, or the user name, which
		// is an address or a plain word more often than not.
		return []string{d}
	}
	return nil
}

// allLetters reports whether s is one word of letters.
func allLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
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
// in s (each match's group 2), keeping everything around them.
func hidePastedSecretsWhereTheyStand(s string) string {
	folded := foldForNeeds(s)
	for _, p := range pastedSecrets {
		if !p.mayMatch(folded) {
			continue
		}
		locs := p.re.FindAllStringSubmatchIndex(s, -1)
		if len(locs) == 0 {
			continue
		}
		var b strings.Builder
		last := 0
		for _, l := range locs {
			if !p.accepts([]string{s[l[0]:l[1]], s[l[2]:l[3]], s[l[4]:l[5]]}) {
				continue
			}
			b.WriteString(s[last:l[4]])
			b.WriteString(redactedMarker)
			last = l[5]
		}
		b.WriteString(s[last:])
		s = b.String()
	}
	return s
}

package diagnose

import (
	"fmt"
	"strings"
	"time"

	"github.com/mailcheck-go/mailcheck/imapcheck"
	"github.com/mailcheck-go/mailcheck/probe"
	"github.com/mailcheck-go/mailcheck/smtpcheck"
)

// Warnings are findings about something that works today but needs
// attention. A warning's code names what will or could go wrong:
//
//   - tls_certificate_invalid (warning): the certificate expires within
//     certExpiryWarning of the probe's start, or was accepted unverified;
//   - tls_handshake_failed (warning): TLS below 1.2, which Microsoft and
//     others already refuse;
//   - plaintext_auth_disallowed (warning): the password crossed the network
//     unencrypted;
//   - basic_auth_disabled (warning): a password SMTP AUTH login to
//     Microsoft 365, a path Microsoft has scheduled to end;
//   - mechanism_unsupported (info): only password mechanisms are offered,
//     no OAuth;
//   - protocol_error (warning): the server reached one of the probe's
//     bounds on what it may send (Result.Limits); what it sent beyond was
//     not kept, so the report shows only the start of it.
//
// They are computed from the result alone: expiry is measured from the
// result's StartedAt, never from the wall clock.

// certExpiryWarning is how far ahead an expiring certificate is reported:
// Let's Encrypt renews 30 days before expiry, so a certificate closer than
// that to its end has missed its renewal.
const certExpiryWarning = 30 * 24 * time.Hour

// Microsoft's current plan for password SMTP AUTH (Exchange Team blog,
// 27 January 2026, "updated ... deprecation timeline").
const (
	srcMSSMTPAuthTimeline = "https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835"
	// The wording follows the day of the probe (catalog's dated facts):
	// "in 27 days" before the end of December 2026, "since" after it.
	// srcMSLegacyTLS is the Exchange Team's post of 27 April 2026 retiring
	// TLS 1.0 and 1.1, and the endpoints that kept them, for IMAP and POP.
	srcMSLegacyTLS       = "https://techcommunity.microsoft.com/t5/exchange-team-blog/deprecating-legacy-tls-and-endpoints-for-pop-and-imap-in/ba-p/4515201"
	msSMTPAuthEndSummary = "Password (Basic) SMTP AUTH works here today, but it is on Microsoft's retirement path. {when:ms-smtp-basic-default-off}; {when:ms-smtp-final-removal}. The administrator should move this app to OAuth 2.0 (its maker must offer it)."
)

// imapWarnings returns the warnings for an IMAP result.
func imapWarnings(r *imapcheck.Result, p Provider, v Vars) []Finding {
	var out []Finding
	out = append(out, tlsWarnings(ProtocolIMAP, r.TLS, r.StartedAt, certRefused(r.Error))...)
	out = append(out, legacyEndpointWarning(ProtocolIMAP, r.Host)...)
	out = append(out, plaintextAuthWarning(ProtocolIMAP, r.Auth)...)
	out = append(out, passwordOnlyInfo(ProtocolIMAP, imapMechanisms(r.Capabilities))...)
	out = append(out, limitWarnings(ProtocolIMAP, r.Limits)...)
	return remediateWarnings(out, p, v)
}

// smtpWarnings returns the warnings for an SMTP result.
func smtpWarnings(r *smtpcheck.Result, p Provider, v Vars) []Finding {
	var out []Finding
	out = append(out, tlsWarnings(ProtocolSMTP, r.TLS, r.StartedAt, certRefused(r.Error))...)
	out = append(out, plaintextAuthWarning(ProtocolSMTP, r.Auth)...)
	if r.EHLO != nil {
		out = append(out, passwordOnlyInfo(ProtocolSMTP, r.EHLO.AuthMechanisms)...)
	}
	out = append(out, limitWarnings(ProtocolSMTP, r.Limits)...)
	if msSMTPPasswordLogin(r, p) {
		out = append(out, warning(ruleMSSMTPBasicEnding, ProtocolSMTP, probe.StageAuthenticate, CodeBasicAuthDisabled,
			msSMTPAuthEndSummary, "SMTP AUTH "+r.Auth.Mechanism+" accepted by Microsoft 365", srcMSSMTPAuthTimeline, ScopeTenant))
	}
	return remediateWarnings(out, p, v)
}

// ruleMSSMTPBasicEnding is the warning for a password SMTP AUTH that
// works at Microsoft 365.
const ruleMSSMTPBasicEnding = "warn-microsoft-smtp-basic-ending"

// limitWarnings reports the bounds a server reached, one finding per
// bound (a probe records a handful at most).
func limitWarnings(proto Protocol, limits []probe.Limit) []Finding {
	var out []Finding
	for _, l := range limits {
		out = append(out, warning("warn-server-limit", proto, l.Stage, CodeProtocolError,
			"The server sent more than mailcheck reads ("+string(l.Name)+"); what came after was not kept, and a server that behaves never comes close.",
			l.Detail, "https://pkg.go.dev/github.com/mailcheck-go/mailcheck/imapcheck#hdr-Bounds", ""))
	}
	return out
}

// msSMTPPasswordLogin reports a successful password SMTP AUTH at
// Microsoft 365.
func msSMTPPasswordLogin(r *smtpcheck.Result, p Provider) bool {
	if normalizeProviderID(p.ID) != "microsoft365" || r.Auth == nil || !r.Auth.Succeeded {
		return false
	}
	switch strings.ToUpper(r.Auth.Mechanism) {
	case "PLAIN", "LOGIN":
		return true
	}
	return false
}

// certRefused reports a probe that stopped because the certificate did
// not verify: its session is unverified because it was refused, not
// accepted without verification.
func certRefused(e *probe.NetError) bool { return e != nil && e.Kind == probe.NetTLSCert }

// tlsWarnings reads the negotiated TLS session: version and certificate.
// refused says the probe stopped on the certificate (its own finding).
func tlsWarnings(proto Protocol, t *probe.TLSInfo, startedAt time.Time, refused bool) []Finding {
	if t == nil || t.Version == "" {
		return nil
	}
	var out []Finding
	if oldTLS(t.Version) {
		out = append(out, warning("warn-tls-below-1.2", proto, probe.StageTLSHandshake, CodeTLSHandshakeFailed,
			"The connection used "+t.Version+"; TLS below 1.2 is refused by more providers each year: Microsoft already refuses it for sending, and {when:ms-imap-pop-tls12}. Update the server or client.",
			"negotiated "+t.Version, srcMSLegacyTLS, ""))
	}
	if !t.Verified && !refused {
		f := warning("warn-tls-unverified", proto, probe.StageTLSHandshake, CodeTLSCertificate,
			"The certificate was accepted without verification; a client that verifies will refuse it.",
			"TLS session not verified", "https://pkg.go.dev/crypto/tls#Config", "")
		f.CertReason = probe.CertOther
		out = append(out, f)
	}
	if len(t.Chain) > 0 && !startedAt.IsZero() {
		leaf := t.Chain[0]
		left := leaf.NotAfter.Sub(startedAt)
		if left > 0 && left <= certExpiryWarning {
			f := warning("warn-certificate-expiring", proto, probe.StageTLSHandshake, CodeTLSCertificate,
				fmt.Sprintf("The server's certificate expires in %s (%s); after that clients will refuse the connection.", plural(daysCeil(left), "day"), leaf.NotAfter.UTC().Format(time.RFC3339)),
				"certificate "+leaf.Subject+" valid until "+leaf.NotAfter.UTC().Format(time.RFC3339), "https://letsencrypt.org/docs/integration-guide/", "")
			f.CertReason = probe.CertExpired
			out = append(out, f)
		}
	}
	return out
}

// plural is "1 day" or "3 days".
func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

func daysCeil(d time.Duration) int {
	day := 24 * time.Hour
	return int((d + day - 1) / day)
}

// oldTLS reports a TLS version below 1.2.
func oldTLS(v string) bool {
	switch strings.ToUpper(strings.TrimSpace(v)) {
	case "TLS 1.0", "TLS 1.1", "SSL 3.0", "SSLV3", "TLSV1", "TLSV1.1":
		return true
	}
	return false
}

// plaintextAuthWarning reports credentials sent without TLS.
func plaintextAuthWarning(proto Protocol, a *probe.Auth) []Finding {
	if a == nil || !a.Attempted || a.OverTLS {
		return nil
	}
	return []Finding{warning("warn-plaintext-credentials", proto, probe.StageAuthenticate, CodePlaintextDisallowed,
		"The credentials were sent over an unencrypted connection; anyone on the path could read them. Use TLS or STARTTLS.",
		"credentials sent without TLS ("+a.Mechanism+")", "https://www.rfc-editor.org/rfc/rfc8314", "")}
}

// passwordOnlyInfo notes a server that offers only password mechanisms.
func passwordOnlyInfo(proto Protocol, mechs []string) []Finding {
	if len(mechs) == 0 {
		return nil
	}
	for _, m := range mechs {
		switch strings.ToUpper(m) {
		case "XOAUTH2", "OAUTHBEARER":
			return nil
		case "PLAIN", "LOGIN":
		default:
			return nil // another mechanism (CRAM-MD5, SCRAM, GSSAPI...): not password-only in the sense meant here
		}
	}
	f := warning("info-password-mechanisms-only", proto, probe.StageCapabilities, CodeMechanismUnsupported,
		"The server offers only password mechanisms ("+strings.Join(mechs, ", ")+"), no OAuth; fine today, but apps that sign in only with OAuth cannot use it.",
		"mechanisms offered: "+strings.Join(mechs, " "), "https://www.rfc-editor.org/rfc/rfc7628", "")
	f.Severity = SeverityInfo
	if proto == ProtocolSMTP {
		f.Stage = probe.StageEHLO
	}
	return []Finding{f}
}

// imapMechanisms extracts the SASL mechanisms from IMAP capabilities.
func imapMechanisms(caps []string) []string {
	var out []string
	for _, c := range caps {
		if m, ok := strings.CutPrefix(strings.ToUpper(c), "AUTH="); ok {
			out = append(out, m)
		}
	}
	return out
}

// msLegacyIMAPHosts are Exchange Online's opt-in IMAP endpoints for
// clients stuck on TLS 1.0 and 1.1 (worldwide and 21Vianet), retired with
// those TLS versions (dated fact ms-imap-pop-tls12).
var msLegacyIMAPHosts = map[string]bool{
	"imap-legacy.office365.com":      true,
	"imap-legacy.partner.outlook.cn": true,
}

// legacyEndpointWarning tells a probe of one of Microsoft's legacy-TLS
// IMAP endpoints, whatever the outcome: the endpoint itself is going or
// gone, which no other finding would say.
func legacyEndpointWarning(proto Protocol, host string) []Finding {
	h := normName(host)
	if !msLegacyIMAPHosts[h] {
		return nil
	}
	return []Finding{warning("warn-microsoft-legacy-tls-endpoint", proto, probe.StageConnect, CodeTLSHandshakeFailed,
		h+" is the opt-in endpoint Microsoft kept for IMAP and POP programs stuck on TLS 1.0 and 1.1. Microsoft refuses those TLS versions for sending, and {when:ms-imap-pop-tls12}. Point the program at outlook.office365.com with TLS 1.2 or later; if it cannot do TLS 1.2, its maker must update it.",
		"server "+h, srcMSLegacyTLS, ScopeTenant)}
}

// warning builds a warning finding.
func warning(id string, proto Protocol, stage probe.Stage, code Code, summary, evidence, source string, scope Scope) Finding {
	return Finding{
		Code:         code,
		Severity:     SeverityWarning,
		Protocol:     proto,
		Stage:        stage,
		Confidence:   ConfidenceHigh,
		Summary:      summary,
		Scope:        scope,
		Evidence:     Evidence{Text: evidence, Kind: warningKind(stage), Rule: id, Source: source},
		Alternatives: []Alternative{},
	}
}

func warningKind(stage probe.Stage) string {
	if stage == probe.StageTLSHandshake {
		return "tls"
	}
	return "probe"
}

// remediateWarnings attaches catalogue text to each warning.
func remediateWarnings(fs []Finding, p Provider, v Vars) []Finding {
	for i := range fs {
		attachRemediation(&fs[i], normalizeProviderID(p.ID), v)
	}
	return fs
}

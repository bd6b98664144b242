package diagnose

import (
	"fmt"
	"slices"

	"github.com/mailcheck-go/mailcheck/probe"
)

// CrossCheck reads the IMAP and SMTP findings of one account together
// (either list may be nil when that protocol was not probed; each list's
// first finding is its primary one) and returns the combined Verdict and
// the two lists, possibly adjusted. The inputs are not modified.
//
// The readings, from providers.md:
//
//   - IMAP signs in but SMTP says SMTP AUTH is disabled (or another
//     configuration refusal): the password is right; the fix is the SMTP
//     setting. An ambiguous SMTP refusal ("535 5.7.3") is re-read in that
//     light: its password reading becomes an alternative.
//   - SMTP accepts the password but IMAP refuses it: IMAP, or password
//     sign-in for IMAP, is off for this mailbox; the password is right.
//   - Both refuse: the password is the likely cause, unless one protocol
//     says more than "wrong" (app_password_required, basic_auth_disabled,
//     policy_blocked, web_login_required, account_locked ...): that reading
//     explains both refusals and decides. At Microsoft 365, an
//     SMTP "the user credentials were incorrect" proves the password wrong,
//     but IMAP keeps basic_auth_disabled: Exchange Online refuses every
//     IMAP password, so the corrected password still will not get in over
//     IMAP. The Verdict is invalid_credentials and names both fixes.
//
// A finding whose code changed carries evidence kind "cross_protocol" and
// the catalogue's generic remediation for the new code (Diagnose fills in
// the account's details afterwards). CrossCheck is pure.
//
// CrossCheck does not know the two servers' host names, so it does not
// read two silent services as one server's fault (Diagnose does, when
// IMAP and SMTP are one host).
func CrossCheck(imap, smtp []Finding) (Verdict, []Finding, []Finding) {
	return crossCheck(imap, smtp, false)
}

// crossCheck is CrossCheck; sameHost says IMAP and SMTP were probed on
// one host name.
func crossCheck(imap, smtp []Finding, sameHost bool) (Verdict, []Finding, []Finding) {
	im, sm := cloneFindings(imap), cloneFindings(smtp)
	switch {
	case len(im) == 0 && len(sm) == 0:
		return Verdict{Code: CodeUnknown, Reason: "Nothing was probed."}, im, sm
	case len(sm) == 0:
		return single(im[0], "imap"), im, sm
	case len(im) == 0:
		return single(sm[0], "smtp"), im, sm
	}
	i, s := &im[0], &sm[0]
	var v Verdict
	switch {
	case i.Code == CodeOK && s.Code == CodeOK:
		v = Verdict{Code: CodeOK, Reason: "IMAP and SMTP both work.", DecidedBy: "both"}
	case signedIn(i) && isRefusal(s.Code):
		v = imapAcceptsSMTPRefuses(i, s)
	case signedIn(s) && isRefusal(i.Code):
		v = smtpAcceptsIMAPRefuses(i, s)
	case isRefusal(i.Code) && isRefusal(s.Code):
		v = bothRefuse(i, s)
	case sameHost && silentPair(i, s):
		v = bothSilent(i, s)
	default:
		var ok bool
		if v, ok = specificPair(i, s); !ok {
			v = mostImportant(i, s)
		}
	}
	return v, im, sm
}

// specificPair applies specificOverInvalid when one protocol's primary
// finding is a bare invalid_credentials error and the other's a more
// specific refusal, whichever protocol is which; ok is false otherwise.
func specificPair(i, s *Finding) (v Verdict, ok bool) {
	switch {
	case i.Code == CodeInvalidCredentials && i.Severity == SeverityError && moreSpecific(s):
		return specificOverInvalid(i, s, "imap", "smtp"), true
	case s.Code == CodeInvalidCredentials && s.Severity == SeverityError && moreSpecific(i):
		return specificOverInvalid(s, i, "smtp", "imap"), true
	}
	return Verdict{}, false
}

// isRefusal reports codes that mean "the server refused this sign-in".
func isRefusal(c Code) bool {
	switch c {
	case CodeInvalidCredentials, CodeAppPasswordRequired, CodeBasicAuthDisabled,
		CodePolicyBlocked, CodeProtocolDisabled:
		return true
	}
	return false
}

// signedIn reports a primary finding that proves the credentials work:
// ok after a real sign-in (not a connectivity-only check).
func signedIn(f *Finding) bool { return f.Code == CodeOK && f.Evidence.Rule == ruleProbeOK }

func single(f Finding, proto string) Verdict {
	return Verdict{Code: f.Code, Reason: "Only " + upper(proto) + " was probed: " + f.Summary, DecidedBy: proto}
}

// imapAcceptsSMTPRefuses: the password is right; SMTP's refusal is about
// SMTP.
func imapAcceptsSMTPRefuses(i, s *Finding) Verdict {
	reason := "IMAP accepted the password, so it is right; SMTP refuses it for another reason: the fix is on the SMTP side."
	switch {
	case s.Code == CodeInvalidCredentials && s.Confidence != ConfidenceHigh && len(s.Alternatives) > 0:
		prefer := []Code{CodeProtocolDisabled, CodePolicyBlocked, CodeBasicAuthDisabled, CodeAppPasswordRequired}
		switchPrimary(s, prefer, "IMAP accepted the same password moments earlier.",
			"IMAP accepted the same credentials, so the password is right; SMTP's refusal then points at: ")
		reason = fmt.Sprintf("IMAP accepted the password, so SMTP's ambiguous refusal is most likely %s, not a wrong password.", s.Code)
	case s.Code == CodeInvalidCredentials || s.Code == CodeAppPasswordRequired:
		return Verdict{Code: s.Code, Reason: "SMTP refused the credentials that IMAP accepted; SMTP's own words decide.", DecidedBy: "smtp"}
	default:
		s.Confidence = ConfidenceHigh
		dropAlternative(s, CodeInvalidCredentials) // the password is right
	}
	return Verdict{Code: s.Code, Reason: reason, DecidedBy: "both"}
}

// Situations of a service that accepted the connection and never greeted:
// after a completed TLS handshake (the port and its TLS setting are right:
// the service is at fault, its admin acts), on a plain connection where a
// TLS handshake got nothing either (a wrong port is possible: the user
// checks it first), and the second re-read in the light of the first.
const (
	situationSilentAfterTLS     = "silent-after-tls"
	situationSilentAfterConnect = "silent-after-connect"
	situationSilentBoth         = "silent-both"
)

// silentPair reports one protocol silent after its TLS handshake and the
// other silent on a plain connection.
func silentPair(i, s *Finding) bool {
	return i.Code == CodeConnectionTimeout && s.Code == CodeConnectionTimeout &&
		(i.situation == situationSilentAfterTLS && s.situation == situationSilentAfterConnect ||
			i.situation == situationSilentAfterConnect && s.situation == situationSilentAfterTLS)
}

// bothSilent: neither service greeted. Alone, a plain port that stays
// silent may be the wrong port, and its advice starts with the user's
// settings; beside the other protocol's port, whose TLS handshake proved
// host, port and TLS setting right before it went silent too, the mail
// server (or something in front of it) is the likelier cause, and both
// hand-offs go to whoever runs it (a new CLI user's find: the no-greeting
// scenario sent IMAP's to the admin and SMTP's to the user). Only on one
// host name: on two hosts, one silent plain port is its own question (a
// reviewer's find).
func bothSilent(i, s *Finding) Verdict {
	plain, plainProto, tlsProto := s, "SMTP", "IMAP"
	if i.situation == situationSilentAfterConnect {
		plain, plainProto, tlsProto = i, "IMAP", "SMTP"
	}
	plain.situation = situationSilentBoth
	plain.Summary += " " + tlsProto + " completed its TLS handshake and then stayed silent too, so the mail server, or something in front of it, is the likelier cause than this port setting."
	return Verdict{Code: CodeConnectionTimeout, DecidedBy: "both",
		Reason: "Neither mail service greeted in the time the check gave it. " + tlsProto + " completed its TLS handshake and then sent nothing; " + plainProto +
			" sent nothing on a plain connection, nor on a TLS handshake. Two silent services on one host point at the mail server, or at something in front of it that holds connections, rather than at the port settings."}
}

// dropAlternative removes code from f's alternatives.
func dropAlternative(f *Finding, code Code) {
	f.Alternatives = slices.DeleteFunc(f.Alternatives, func(a Alternative) bool { return a.Code == code })
}

// smtpAcceptsIMAPRefuses: the password is right; IMAP (or password
// sign-in for IMAP) is off. The Reason follows the deciding finding's code,
// scope and stage, so it never says more (or other) than IMAP's own words.
func smtpAcceptsIMAPRefuses(i, s *Finding) Verdict {
	switch i.Code {
	case CodeBasicAuthDisabled, CodeProtocolDisabled:
		i.Confidence = ConfidenceHigh
		// The password is right: a wrong one is no longer a reading (a
		// new CLI user's find: Microsoft 365's IMAP finding still offered
		// invalid_credentials beside SMTP's accepted sign-in).
		dropAlternative(i, CodeInvalidCredentials)
	case CodeInvalidCredentials, CodeAppPasswordRequired:
		prefer := []Code{CodeBasicAuthDisabled, CodeProtocolDisabled}
		if !hasAlternative(i, prefer...) {
			i.Alternatives = append([]Alternative{alt(CodeProtocolDisabled,
				"IMAP is switched off for this mailbox.", "Webmail or the admin console shows IMAP access for the account.")}, i.Alternatives...)
		}
		switchPrimary(i, prefer, "SMTP accepted the same password.",
			"SMTP accepted the same credentials, so the password is right; IMAP's refusal then points at: ")
	}
	return Verdict{Code: i.Code, Reason: imapRefusalReason(i), DecidedBy: "both"}
}

// imapRefusalReason words the Verdict when SMTP signed in and IMAP did not,
// from IMAP's deciding finding.
func imapRefusalReason(i *Finding) string {
	const ok = "SMTP accepted the password, so it is right; "
	if i.Stage == probe.StageMailbox || i.Stage == probe.StageLogout {
		// IMAP took the sign-in too; what failed came after it.
		return "IMAP and SMTP both accepted the sign-in, so the password is right; IMAP then refused to open the mailbox: " + i.Summary
	}
	switch {
	case i.Code == CodeBasicAuthDisabled && i.Scope == ScopeProvider:
		return ok + "IMAP refuses every password at this provider: only OAuth works, so the application's vendor must add it."
	case i.Code == CodeBasicAuthDisabled && i.Scope == ScopeTenant:
		return ok + "password sign-in for IMAP is off for the whole organisation: an administrator can allow it, or the application must use OAuth."
	case i.Code == CodeBasicAuthDisabled && i.Scope == ScopeMailbox:
		return ok + "password sign-in for IMAP is off for this mailbox."
	case i.Code == CodeBasicAuthDisabled:
		return ok + "IMAP refuses password sign-in: " + i.Summary
	case i.Code == CodeProtocolDisabled:
		return ok + "IMAP refuses it: IMAP looks switched off for this account. " + i.Summary
	}
	return ok + "IMAP refuses it: " + i.Summary
}

// bothRefuse: the password is the likely cause.
func bothRefuse(i, s *Finding) Verdict {
	reason := "IMAP and SMTP both refused the sign-in: the password (or user name) is the likely cause."
	if i.OAuth || s.OAuth {
		// No password was sent: the token is what both refused (a
		// reviewer's find: each finding said so, the verdict blamed the
		// password).
		reason = "IMAP and SMTP both refused the sign-in with the OAuth token: the token is the likely cause (expired, revoked, issued for another user or without the mail scopes); sign the application in again. No password was sent."
	}
	switch {
	case i.Code == CodeBasicAuthDisabled && s.Code == CodeInvalidCredentials && s.Evidence.Rule == "microsoft-credentials-incorrect":
		// IMAP keeps basic_auth_disabled on purpose. Switching it to
		// invalid_credentials would tell the user that a corrected password
		// fixes IMAP, and at Exchange Online it does not: IMAP refuses
		// every password, right or wrong. Both facts hold, so each protocol
		// keeps its own truth, the SMTP proof becomes IMAP's first
		// alternative, and the Verdict names both fixes.
		i.Confidence = ConfidenceHigh
		i.Summary += " SMTP on the same tenant shows the password is wrong as well."
		i.Alternatives = append([]Alternative{alt(CodeInvalidCredentials,
			"The password is also wrong: SMTP on the same Microsoft 365 tenant said the user credentials were incorrect. A corrected password fixes SMTP, not IMAP.",
			"SMTP answered: "+s.Evidence.Text)},
			withoutCode(i.Alternatives, CodeInvalidCredentials)...)
		return Verdict{Code: CodeInvalidCredentials, Reason: "Two things need fixing. The password is wrong: SMTP said the user credentials were incorrect, so correct it. " +
			"And IMAP must move to OAuth: Exchange Online refuses every IMAP password, so even the corrected one will not sign in over IMAP.", DecidedBy: "both"}
	case i.Code == CodeInvalidCredentials && s.Code == CodeInvalidCredentials:
		raiseLow(i)
		raiseLow(s)
	case i.Code == s.Code:
		return Verdict{Code: i.Code, Reason: "IMAP and SMTP both refused the sign-in the same way: " + i.Summary, DecidedBy: "both"}
	case i.Code != CodeInvalidCredentials && s.Code != CodeInvalidCredentials:
		return mostImportant(i, s)
	}
	if v, ok := specificPair(i, s); ok {
		return v
	}
	return Verdict{Code: CodeInvalidCredentials, Reason: reason, DecidedBy: "both"}
}

// moreSpecific reports an error reading that says why a password was
// refused, beyond "wrong": the kind that, when the other protocol reads
// only invalid_credentials, explains both refusals.
func moreSpecific(f *Finding) bool {
	if f.Severity != SeverityError {
		return false
	}
	if f.Code == CodeBasicAuthDisabled && f.Scope == ScopeProvider {
		// Refuses every password of one protocol, right or wrong: it
		// says nothing about the other protocol's refusal.
		return false
	}
	switch f.Code {
	case CodeAppPasswordRequired, CodeBasicAuthDisabled, CodePolicyBlocked, CodeProtocolDisabled,
		CodeWebLoginRequired, CodeAccountLocked, CodePasswordExpired:
		return true
	}
	return false
}

// specificOverInvalid: one protocol read a bare invalid_credentials, the
// other a more specific refusal of the same password. The specific reading
// decides: it explains both refusals, and the bare one becomes consistent
// with it (it gains the specific code as its first alternative).
func specificOverInvalid(bare, spec *Finding, bareProto, specProto string) Verdict {
	if !hasAlternative(bare, spec.Code) {
		bare.Alternatives = append([]Alternative{alt(spec.Code,
			upper(specProto)+" refused the same password more specifically: "+spec.Summary,
			upper(specProto)+" answered: "+spec.Evidence.Text)}, bare.Alternatives...)
	}
	reason := fmt.Sprintf("IMAP and SMTP both refused the password. %s said more than %s's plain refusal: %s "+
		"That explains %s's refusal too; a wrong password (invalid_credentials) is the other reading.",
		upper(specProto), upper(bareProto), spec.Summary, upper(bareProto))
	return Verdict{Code: spec.Code, Reason: reason, DecidedBy: specProto}
}

// mostImportant picks the code that blocks more: errors before ok, and
// among errors the earlier one in Codes (reaching the server before
// signing in before sending).
func mostImportant(i, s *Finding) Verdict {
	ri, rs := codeRank(i), codeRank(s)
	switch {
	case i.Code == CodeLoginNotTried && s.Code == CodeLoginNotTried:
		// Not two failures: two sign-ins not tried, for the same reason
		// (a new CLI user's find: "each its own way" with both
		// summaries in full).
		return Verdict{Code: i.Code, Reason: "IMAP and SMTP were both reached, and neither sign-in was tried (no password or token, or servers guessed from the domain): each protocol's finding says which. Give the password or token, or the servers' names, to test the sign-ins.", DecidedBy: "both"}
	case i.Code == CodeInterrupted && s.Code == CodeInterrupted:
		return Verdict{Code: i.Code, Reason: "The check was stopped before either protocol's answer was known (the program that ran it cancelled it, or its deadline passed): nothing is concluded about the servers or the account. Run it again and let it finish.", DecidedBy: "both"}
	case i.Code == s.Code && i.Summary == s.Summary:
		return Verdict{Code: i.Code, Reason: "IMAP and SMTP show the same problem: " + i.Summary, DecidedBy: "both"}
	case i.Code == s.Code:
		// One code, two readings: a wrong TLS mode the opposite way on
		// each (IMAP wants implicit TLS, SMTP STARTTLS) is one code, and
		// "the same problem" would send the user to change both the same
		// way (a reviewer's find).
		return Verdict{Code: i.Code, Reason: "IMAP and SMTP both fail, each its own way. IMAP: " + i.Summary + " SMTP: " + s.Summary, DecidedBy: "both"}
	case ri <= rs:
		return Verdict{Code: i.Code, Reason: "IMAP: " + i.Summary + describeOther("SMTP", s), DecidedBy: "imap"}
	}
	return Verdict{Code: s.Code, Reason: "SMTP: " + s.Summary + describeOther("IMAP", i), DecidedBy: "smtp"}
}

func describeOther(proto string, f *Finding) string {
	if f.Code == CodeOK {
		return " (" + proto + " works.)"
	}
	return " (" + proto + ": " + string(f.Code) + ".)"
}

// codeRank orders primaries: errors by their place in Codes, then
// unknown, then a check stopped before its answer (which a working
// protocol beside it does not hide), then ok and warnings.
func codeRank(f *Finding) int {
	if f.Code == CodeInterrupted {
		return len(Codes) + 1
	}
	if f.Code == CodeOK || f.Severity != SeverityError {
		return len(Codes) + 2
	}
	if f.Code == CodeUnknown {
		return len(Codes)
	}
	for n, c := range Codes {
		if c == f.Code {
			return n
		}
	}
	return len(Codes)
}

// switchPrimary makes the first preferred alternative the primary code;
// the old primary becomes the last alternative, told apart by tell.
func switchPrimary(f *Finding, prefer []Code, tell, why string) {
	var next *Alternative
	for _, c := range prefer {
		for k := range f.Alternatives {
			if f.Alternatives[k].Code == c {
				a := f.Alternatives[k]
				next = &a
				break
			}
		}
		if next != nil {
			break
		}
	}
	if next == nil {
		if len(f.Alternatives) == 0 {
			return
		}
		a := f.Alternatives[0]
		next = &a
	}
	old := *f
	f.Code = next.Code
	f.Confidence = ConfidenceMedium
	f.Scope = ""
	f.Summary = why + next.Why
	f.Evidence = Evidence{Text: old.Evidence.Text, Kind: "cross_protocol", Rule: "cross-" + old.Evidence.Rule, Source: old.Evidence.Source}
	f.Alternatives = append(withoutCode(old.Alternatives, next.Code, old.Code),
		alt(old.Code, old.Summary, tell))
	reremediate(f, &old)
}

// reremediate gives a finding whose code changed the catalogue text for
// its new code, at the same provider.
func reremediate(f, old *Finding) {
	if old.Remediation == nil {
		return
	}
	f.Remediation = Remediate(f.Code, old.Remediation.Provider, Vars{})
}

func hasAlternative(f *Finding, codes ...Code) bool {
	for _, a := range f.Alternatives {
		for _, c := range codes {
			if a.Code == c {
				return true
			}
		}
	}
	return false
}

func withoutCode(as []Alternative, codes ...Code) []Alternative {
	out := []Alternative{}
	for _, a := range as {
		keep := true
		for _, c := range codes {
			if a.Code == c {
				keep = false
			}
		}
		if keep {
			out = append(out, a)
		}
	}
	return out
}

func raiseLow(f *Finding) {
	if f.Confidence == ConfidenceLow {
		f.Confidence = ConfidenceMedium
	}
}

func cloneFindings(fs []Finding) []Finding {
	if fs == nil {
		return nil
	}
	out := make([]Finding, len(fs))
	for k, f := range fs {
		out[k] = f.Clone() // keeps [] as [] for JSON
	}
	return out
}

func upper(proto string) string {
	switch proto {
	case "imap":
		return "IMAP"
	case "smtp":
		return "SMTP"
	}
	return proto
}

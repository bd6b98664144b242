package catalog

// Code is the stable name of a diagnosis. Codes are snake_case wire names:
// they are added over time and never renamed or removed. Scripts may branch
// on them; the human text around them may change.
type Code string

const (
	CodeOK Code = "ok" // everything the probe tried worked

	// Checked in part.
	CodeLoginNotTried Code = "login_not_tried" // the server answered, but the login was not tried (a server guessed from MX gets no password)
	CodeInterrupted   Code = "interrupted"     // the caller stopped the check (its context ended) before this protocol's answer was known

	// Reaching the server.
	CodeDNSFailure          Code = "dns_failure"               // the host name does not resolve
	CodeConnectionRefused   Code = "connection_refused"        // nothing listens on the port
	CodeConnectionTimeout   Code = "connection_timeout"        // no answer in time: firewall, wrong host, silent server
	CodeNetworkUnreachable  Code = "network_unreachable"       // no route to the host
	CodeTLSHandshakeFailed  Code = "tls_handshake_failed"      // TLS could not be negotiated
	CodeTLSCertificate      Code = "tls_certificate_invalid"   // expired, not yet valid, wrong host, unknown authority
	CodeTLSWrongMode        Code = "tls_wrong_mode"            // implicit TLS on a STARTTLS/plain port or the reverse
	CodeStartTLSUnavailable Code = "starttls_unavailable"      // STARTTLS wanted, not offered
	CodePlaintextDisallowed Code = "plaintext_auth_disallowed" // the server (or mailcheck) will not take a password without TLS
	CodeServerUnavailable   Code = "server_unavailable"        // 421 / BYE at connect, service down
	CodeProtocolError       Code = "protocol_error"            // the server does not speak the protocol

	// Signing in.
	CodeInvalidCredentials   Code = "invalid_credentials"   // user name or password wrong
	CodePasswordExpired      Code = "password_expired"      // the password must be changed
	CodeAppPasswordRequired  Code = "app_password_required" // the account needs an app password, not the account password
	CodeBasicAuthDisabled    Code = "basic_auth_disabled"   // password sign-in switched off (provider, tenant or mailbox)
	CodePolicyBlocked        Code = "policy_blocked"        // conditional access, security defaults or similar policy
	CodeProtocolDisabled     Code = "protocol_disabled"     // IMAP or SMTP AUTH not enabled for the account
	CodeWebLoginRequired     Code = "web_login_required"    // the provider wants an interactive sign-in first
	CodeAccountLocked        Code = "account_locked"        // the account is locked, disabled or suspended
	CodeRateLimited          Code = "rate_limited"          // a limit that passes: attempts, connections, messages per hour or day
	CodeTemporaryFailure     Code = "temporary_failure"     // try again later
	CodeMechanismUnsupported Code = "mechanism_unsupported" // no usable authentication mechanism

	// Sending.
	CodeSenderNotPermitted Code = "sender_not_permitted" // the login may not send as that address
	CodeRelayDenied        Code = "relay_denied"         // the server will not relay for this client
	CodeSendingBlocked     Code = "sending_blocked"      // the account's sending is suspended: spam, abuse, compromise
	CodeRecipientUnknown   Code = "recipient_unknown"    // the recipient address does not exist (RCPT TO refused)
	CodeMessageTooLarge    Code = "message_too_large"    // the message is bigger than the server takes

	// After the login.
	CodeQuotaExceeded  Code = "quota_exceeded"  // the mailbox or its storage is full
	CodeMailboxMissing Code = "mailbox_missing" // a folder that does not exist (TRYCREATE, NONEXISTENT)

	CodeUnknown Code = "unknown" // nothing matched; the evidence is still reported
)

// Codes lists every code in documentation order.
var Codes = []Code{
	CodeOK, CodeLoginNotTried, CodeInterrupted,
	CodeDNSFailure, CodeConnectionRefused, CodeConnectionTimeout, CodeNetworkUnreachable,
	CodeTLSHandshakeFailed, CodeTLSCertificate, CodeTLSWrongMode, CodeStartTLSUnavailable,
	CodePlaintextDisallowed, CodeServerUnavailable, CodeProtocolError,
	CodeInvalidCredentials, CodePasswordExpired, CodeAppPasswordRequired, CodeBasicAuthDisabled,
	CodePolicyBlocked, CodeProtocolDisabled, CodeWebLoginRequired, CodeAccountLocked,
	CodeRateLimited, CodeTemporaryFailure, CodeMechanismUnsupported,
	CodeSenderNotPermitted, CodeRelayDenied, CodeSendingBlocked, CodeRecipientUnknown, CodeMessageTooLarge,
	CodeQuotaExceeded, CodeMailboxMissing,
	CodeUnknown,
}

// Known reports whether c is one of Codes.
func (c Code) Known() bool {
	for _, k := range Codes {
		if k == c {
			return true
		}
	}
	return false
}

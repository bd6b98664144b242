package diagnose

import "github.com/mailcheck-go/mailcheck/catalog"

// Code is the stable name of a diagnosis. Codes are snake_case wire names:
// they are added over time and never renamed or removed. Scripts may branch
// on them; the human text around them may change.
//
// The type and its values live in package catalog, next to the provider
// registry and the remediation text keyed by them; these names keep
// diagnose.Code and diagnose.CodeX working. To add a code, add it to
// catalog/code.go (and Codes there), then its alias here.
type Code = catalog.Code

// Codes lists every code in documentation order.
var Codes = catalog.Codes

// The codes; see catalog/code.go for what each means.
const (
	CodeOK                   = catalog.CodeOK
	CodeDNSFailure           = catalog.CodeDNSFailure
	CodeConnectionRefused    = catalog.CodeConnectionRefused
	CodeConnectionTimeout    = catalog.CodeConnectionTimeout
	CodeNetworkUnreachable   = catalog.CodeNetworkUnreachable
	CodeTLSHandshakeFailed   = catalog.CodeTLSHandshakeFailed
	CodeTLSCertificate       = catalog.CodeTLSCertificate
	CodeTLSWrongMode         = catalog.CodeTLSWrongMode
	CodeStartTLSUnavailable  = catalog.CodeStartTLSUnavailable
	CodePlaintextDisallowed  = catalog.CodePlaintextDisallowed
	CodeServerUnavailable    = catalog.CodeServerUnavailable
	CodeProtocolError        = catalog.CodeProtocolError
	CodeInvalidCredentials   = catalog.CodeInvalidCredentials
	CodePasswordExpired      = catalog.CodePasswordExpired
	CodeAppPasswordRequired  = catalog.CodeAppPasswordRequired
	CodeBasicAuthDisabled    = catalog.CodeBasicAuthDisabled
	CodePolicyBlocked        = catalog.CodePolicyBlocked
	CodeProtocolDisabled     = catalog.CodeProtocolDisabled
	CodeWebLoginRequired     = catalog.CodeWebLoginRequired
	CodeAccountLocked        = catalog.CodeAccountLocked
	CodeRateLimited          = catalog.CodeRateLimited
	CodeTemporaryFailure     = catalog.CodeTemporaryFailure
	CodeMechanismUnsupported = catalog.CodeMechanismUnsupported
	CodeSenderNotPermitted   = catalog.CodeSenderNotPermitted
	CodeRelayDenied          = catalog.CodeRelayDenied
	CodeSendingBlocked       = catalog.CodeSendingBlocked
	CodeRecipientUnknown     = catalog.CodeRecipientUnknown
	CodeMessageTooLarge      = catalog.CodeMessageTooLarge
	CodeQuotaExceeded        = catalog.CodeQuotaExceeded
	CodeMailboxMissing       = catalog.CodeMailboxMissing
	CodeUnknown              = catalog.CodeUnknown
	CodeLoginNotTried        = catalog.CodeLoginNotTried
	CodeInterrupted          = catalog.CodeInterrupted
)

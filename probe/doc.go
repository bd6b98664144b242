// Package probe holds the vocabulary that the imapcheck and smtpcheck probes
// share: the stages of a connection, what happened at each, network and TLS
// facts, the redacted transcript, and the Secret type that keeps passwords
// and tokens out of logs and JSON.
//
// The package performs no I/O. Its types are data: every exported type
// marshals to stable snake_case JSON, and every enumeration is a string type
// whose values are the wire names. Values are added over time; none is ever
// renamed.
//
// Probes observe; they never decide what a failure means. Classification
// lives in package diagnose, which reads these facts.
package probe

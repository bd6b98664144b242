// Package realserver starts real Dovecot and Postfix instances, each with a
// private configuration under the test's temporary directory, for
// integration tests of the probes and the classifier.
//
// The fakes elsewhere in this module reproduce texts we have read about; these
// servers produce the texts real software sends, so tests built on them notice
// when our assumptions drift from what Dovecot and Postfix actually do.
//
// # Requirements
//
// The servers come from the Debian packages dovecot-imapd,
// dovecot-submissiond and postfix; .ci/install-servers.sh installs them
// without starting system instances. Tests must run as root (Dovecot drops
// privileges to its own users and Postfix's master needs root). Call
// [RequireDovecot] or [RequirePostfix] first: they skip the test when the
// servers are missing, or fail it when the environment variable CI is "true",
// so CI cannot silently skip the integration tests. Both also skip under
// -short.
//
// # Usage
//
//	func TestLogin(t *testing.T) {
//		realserver.RequireDovecot(t)
//		d := realserver.StartDovecot(t, realserver.DovecotOptions{})
//		// Dial d.IMAPTLS with tls.Config{RootCAs: d.RootCAs, ServerName: "127.0.0.1"}
//		// and log in as alice@example.test with password "correct horse".
//	}
//
// Each server listens on free loopback ports. Plaintext and STARTTLS
// listeners are bound to 127.0.0.2 while clients connect from 127.0.0.1, so
// Dovecot treats the client as remote and insecure (LOGINDISABLED before
// STARTTLS), as a real client would see it. Implicit-TLS listeners are bound
// to 127.0.0.1. The certificate covers localhost, 127.0.0.1 and 127.0.0.2
// unless [DovecotOptions.Cert] asks for a broken one.
//
// Servers stop when the test ends; when the test has failed, their logs are
// written to the test log first.
//
// # Settings that make tests fast and deterministic
//
// Dovecot answers failed logins at once (a first static passdb with
// nodelay=yes; by default failures wait two seconds), has its per-IP
// authentication penalty turned off (otherwise each failure delays the next
// login from 127.0.0.1 by up to 15 s), and keeps one login process ready per
// service. Start-up waits until every listener serves its real greeting, not
// Dovecot's "Waiting for authentication process to respond" placeholder.
// Postfix delivers nothing (every transport is discard:) and makes no DNS
// lookups.
package realserver

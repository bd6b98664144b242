// Package mailtest provides fake IMAP and SMTP servers that fail the way real
// mail providers fail, for tests of applications that sign in to mailboxes.
//
// Each fake plays a [Scenario]: Microsoft 365 refusing an IMAP password,
// Gmail asking for an app password, a certificate that expired yesterday, a
// server that never greets. The servers speak real IMAP and SMTP on loopback
// and answer with the exact greeting, capabilities and refusal text the
// provider sends; every text carries the public source it was copied from.
//
// # Starting a fake
//
// In a test, [NewTestServer] looks a scenario up, starts it and closes it when the
// test ends:
//
//	srv := mailtest.NewTestServer(t, "microsoft365-imap-basic-auth-retired")
//	cfg := srv.ClientTLSConfig() // trusts the fake's CA, names 127.0.0.1
//	conn, err := tls.Dial("tcp", srv.IMAPTLS, cfg)
//
// [NewTestServer] is to [NewServer] what httptest.NewServer is to a
// server started by hand. Outside tests, and to change a scenario first, use [NewServer] or
// [NewUnstartedServer] and [Server.Start], then [Server.Close], as with
// net/http/httptest. A server has up to four listeners, each on a free port:
// [Server.IMAPTLS] (implicit TLS, like 993), [Server.IMAPStartTLS] (like
// 143), [Server.SMTPTLS] (like 465) and [Server.SMTPStartTLS] (like 587). A
// scenario that lacks one (Exchange Online offers no SMTP on 465) leaves its
// address empty; [Server.Host] and [Server.BoundPorts] give the same
// addresses as host and port. Before Start, [Server.Ports] may fix the ports and
// [Server.ListenHost] may pick another loopback host, such as 127.0.0.2 or
// localhost; Start refuses anything beyond loopback.
//
// # Accounts: one fake for the good and the bad path
//
// A scenario's [Account] values say which credentials the servers know. A
// login with anything else gets the provider's wrong-password text; a login
// with the right credentials gets the scenario's refusal when its [Refuse]
// policy says so (an account password where an app password is required,
// any password where only OAuth works), and success otherwise. So
// "gmail-app-password-required" refuses the account's Password with Gmail's
// words and accepts its AppPassword and its Token. The first account is the
// one the scenario's IMAPCode and SMTPCode describe; wrong-password
// scenarios list an account with [Account.WrongPassword] first.
//
// # Checking what the application did
//
// [Server.Records] tells, per connection, which listener the client used,
// its commands (also those after the login, without literals) with every
// credential already replaced by [Redacted], the mechanism and user name it
// tried, and whether it sent a password or token before the connection was
// encrypted; [Server.OnConnDone] sees each record as its connection ends.
// To assert that an application never sends a password in clear:
//
//	if srv.SentCredentialsInClear() {
//		t.Error("the password crossed the network unencrypted")
//	}
//
// # After the login: a real mailbox
//
// The scripted part of a fake owns what must be the provider's exact words:
// the greeting, the capabilities before the login, STARTTLS and every
// refusal. Once a login succeeds, the connection is handed to go-imap's
// imapserver, already authenticated, serving the account's mailboxes from
// memory: LIST, SELECT and EXAMINE, FETCH (flags, UIDs, envelopes, body
// structure, whole and partial bodies), SEARCH, STORE, COPY, MOVE, APPEND,
// EXPUNGE, IDLE, CREATE, DELETE, RENAME and LOGOUT behave as on a real
// server (RENAME takes the folders under a name along, DELETE of a folder
// with folders under it leaves it \Noselect, INBOX is INBOX in any case
// and cannot be deleted, as RFC 3501 says). After the login a fake
// advertises only what it serves (IMAP4rev1, IDLE, UIDPLUS, MOVE,
// NAMESPACE, CHILDREN, SPECIAL-USE, CREATE-SPECIAL-USE, LITERAL+,
// APPENDLIMIT), never the provider's CONDSTORE or X-GM-EXT-1. A scenario that scripts its mailbox
// replies ([IMAPBehavior.Mailbox], as "microsoft365-not-connected" does)
// keeps refusing after the login in the provider's words.
//
// Put mail in with [Server.Append] (raw RFC 5322 bytes, or a [Draft] for
// the common case) or [Server.LoadMailbox] (a directory of .eml files),
// before Start or while clients are connected; a client in IDLE sees the
// new message arrive. [Server.Folder] reads a folder back, flags included,
// to check what the application did to it.
//
// Each account starts with its provider's folders besides INBOX
// ([ProviderFolders]: Gmail's "[Gmail]/Sent Mail" and the rest, Exchange
// Online's "Sent Items", "Deleted Items", "Archive" ...; none for other
// providers), so a MOVE to "Sent Items" works at Microsoft 365 and gets
// TRYCREATE at Gmail, as on the real services. [Scenario.Folders] sets
// other folders; [Server.CreateFolder] adds one. LIST marks the provider's
// folders as the provider does, so a client that finds the sent folder
// by its RFC 6154 attribute finds it: Gmail's "[Gmail]/Sent Mail" is
// \Sent, Exchange Online's "Deleted Items" is \Trash, and Gmail's
// "[Gmail]" is \Noselect, its SELECT refused in Gmail's words. A
// client's CREATE may mark a new folder (USE, RFC 6154).
//
// # Mail out, captured
//
// The SMTP servers read DATA as real ones do (dot-stuffing undone, the SIZE
// the scenario advertises enforced with 552) and keep every accepted
// [Message] with its envelope: MAIL FROM, RCPT TO, the identity that
// authenticated and whether TLS was on. [Server.Messages] returns them all,
// [Server.NextMessage] waits for the next one, and [Server.OnMessage] sees
// each before the client's 250. A message to one of the fake's own
// accounts also lands in that account's INBOX, so a test can send and then
// sync.
//
// # Production host names
//
// An application configured as in production ("outlook.office365.com",
// port 993) reaches a fake through [Server.Resolver], [Server.Dialer] and
// [Server.ProductionTLSConfig]: the resolver knows the scenario's [Hosts]
// and nothing else (it never asks real DNS), the dialer maps the usual
// ports (993, 143, 465, 587) to the listeners, and a good certificate
// names the hosts. With mailcheck's diagnose:
//
//	opts := &diagnose.Options{Resolver: srv.Resolver(), Dialer: srv.Dialer(), TLSConfig: srv.ProductionTLSConfig()}
//	rep, err := diagnose.Diagnose(ctx, diagnose.Account{Email: a.Email, Password: probe.Secret(a.Password)}, opts)
//
// # Certificates
//
// All servers in a process share one generated CA ([Server.CAPEM],
// [Server.RootCAs], [Server.WriteCAFile]); each server gets a leaf for
// 127.0.0.1, ::1, localhost and its ListenHost address, valid relative to
// [Server.Now], unless the scenario asks for an expired, not yet valid,
// wrong-host, self-signed or soon-expiring one ([CertKind]).
//
// # Advice
//
// Test the texts your application shows people, not only that an error
// happened: the scenarios exist because "AUTHENTICATE failed." from
// Microsoft 365 means something different from the same words elsewhere.
// Prefer the built-in scenarios to hand-written ones; when you need a
// variation, copy one with [Lookup] and change a field, so the provider's
// texts stay exact.
package mailtest

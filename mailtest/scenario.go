package mailtest

import (
	"time"

	"github.com/mailcheck-go/mailcheck/catalog"
)

// ProviderGeneric is Scenario.Provider for a scenario whose texts no one
// provider owns (a plain Dovecot-like server, a wrong TLS port).
const ProviderGeneric catalog.ID = "generic"

// Scenario describes one fake mail host: how its IMAP and SMTP servers greet,
// what they advertise, which logins they accept and the exact words they use
// to refuse the others. A Scenario is plain data, like fstest.MapFS: copy one
// from [Lookup] and change a field, or write your own.
//
// Texts may contain placeholders, replaced when sent:
//
//	{client}       the client's IP address ("127.0.0.1")
//	{helo}         the argument of the client's EHLO or HELO
//	{user}         the user name the client tried
//	{command}      "LOGIN" or "AUTHENTICATE", whichever the IMAP client used
//	{capabilities} the IMAP capability list in force on the connection
type Scenario struct {
	// Name is the scenario's stable kebab-case name.
	Name string
	// Description says in one sentence what the scenario reproduces.
	Description string
	// Provider is the registry id (package catalog) of the provider the
	// texts come from: catalog.IDMicrosoft365, catalog.IDOutlook,
	// catalog.IDGoogle... or ProviderGeneric for behaviour no one provider
	// owns.
	Provider catalog.ID
	// IMAPCode and SMTPCode are the diagnosis codes (package diagnose's
	// wire names) that mailcheck must report for each protocol when it logs
	// in with the first account, with its default settings, on any listener
	// of that protocol. Empty when the scenario has no such server.
	IMAPCode, SMTPCode string
	// Sources are the public places the texts were seen. Every scenario
	// that imitates a provider has at least one; the per-line sources are
	// in comments beside the data in scenarios.go.
	Sources []string

	// IMAP is the IMAP server; nil means no IMAP listeners.
	IMAP *IMAPBehavior
	// SMTP is the SMTP submission server; nil means no SMTP listeners.
	SMTP *SMTPBehavior
	// Accounts are the mailboxes the servers know. The first is the one
	// `mailcheck fake` lists first and the one IMAPCode and SMTPCode
	// describe.
	Accounts []Account
	// Folders are the folders besides INBOX that every account has from
	// the start, as the provider makes them ("[Gmail]/Sent Mail",
	// Exchange Online's "Sent Items"; hierarchy separator "/"). Nil takes
	// the provider's own (ProviderFolders); an empty, non-nil slice gives
	// INBOX alone.
	Folders []string
	// Hosts are the provider's production host names, which
	// Server.Resolver and Server.Dialer route to the fake. The built-in
	// scenarios fill them from the provider registry (package catalog); a
	// scenario written from scratch without them is reached only by its
	// loopback address and "localhost".
	Hosts Hosts
	// Cert is the kind of certificate the servers present.
	Cert CertKind
	// Fault holds behaviours that data cannot express.
	Fault Fault
}

// Account is one mailbox and the credentials the servers accept for it.
//
// Whether a login with these credentials succeeds also depends on the
// protocol's Refuse setting: a scenario that reproduces "app password
// required" knows the account's Password and refuses it anyway, with the
// provider's words, while it accepts AppPassword.
type Account struct {
	// Email is the mailbox address.
	Email string
	// Username is the login name; empty means Email.
	Username string
	// Password is the password an application would be configured with.
	Password string
	// AppPassword, when set, is an app password that succeeds where the
	// scenario refuses the account password (RefuseAccountPassword).
	AppPassword string
	// Token, when set, is an OAuth access token that XOAUTH2 and
	// OAUTHBEARER accept (unless the scenario refuses everything).
	Token string
	// WrongPassword marks Password as not the account's password: the
	// servers refuse it as the provider refuses a typo. Wrong-password
	// scenarios list such an account first, so the credentials that
	// `mailcheck fake` prints fail; their other accounts still succeed.
	WrongPassword bool
	// IMAPRefusal and SMTPRefusal, when set, answer this mailbox's correct
	// credentials on that protocol instead of the server's usual reply: a
	// protocol switched off for one mailbox (Exchange Online's
	// "SmtpClientAuthentication is disabled for the Mailbox").
	IMAPRefusal, SMTPRefusal []string
}

// Login returns the user name to log in with: Username, or Email when it is
// empty.
func (a Account) Login() string {
	if a.Username != "" {
		return a.Username
	}
	return a.Email
}

// Refuse says which correct logins a server refuses, with its Refusal reply.
// Wrong credentials always get the Failure reply.
type Refuse string

const (
	// RefuseNone accepts every correct password, app password and token.
	RefuseNone Refuse = ""
	// RefuseAccountPassword refuses the account password, as providers
	// that require app passwords do; AppPassword and Token succeed.
	RefuseAccountPassword Refuse = "account-password"
	// RefusePasswords refuses every password, app passwords included, as
	// Exchange Online does for IMAP since basic authentication was retired;
	// tokens succeed.
	RefusePasswords Refuse = "passwords"
	// RefuseAll refuses every login, tokens included (protocol switched
	// off, throttled, web login required).
	RefuseAll Refuse = "all"
)

// Listeners says which ports a protocol gets.
type Listeners string

const (
	// ListenBoth starts an implicit-TLS and a STARTTLS listener.
	ListenBoth Listeners = ""
	// ListenTLS starts only the implicit-TLS listener (993 or 465).
	ListenTLS Listeners = "tls"
	// ListenStartTLS starts only the STARTTLS listener (143 or 587).
	ListenStartTLS Listeners = "starttls"
)

// IMAPBehavior scripts an IMAP server. Reply fields are lists of lines
// without CRLF: a line that starts with "* " or "+ " is sent as written; the
// other line is the tagged status and is sent after the command's tag. The
// server closes the connection after sending any "* BYE" line.
type IMAPBehavior struct {
	// Listeners selects the ports; default both.
	Listeners Listeners
	// Greeting is the whole greeting line, "* OK ...".
	Greeting string
	// Capabilities is the capability list over TLS.
	Capabilities []string
	// CapabilitiesBeforeTLS is the list on a plaintext connection. Nil
	// means Capabilities plus STARTTLS (unless NoStartTLS) and, with
	// LoginDisabled, LOGINDISABLED without AUTH=PLAIN and AUTH=LOGIN.
	CapabilitiesBeforeTLS []string
	// CapabilityOK is the tagged reply to CAPABILITY; default
	// "OK CAPABILITY completed.".
	CapabilityOK string
	// NoStartTLS makes the plaintext listener refuse STARTTLS.
	NoStartTLS bool
	// LoginDisabled refuses credentials sent before TLS with
	// PlaintextRefusal.
	LoginDisabled bool
	// PlaintextRefusal answers a login before TLS when LoginDisabled is
	// set.
	PlaintextRefusal []string

	// Refuse selects which correct logins get Refusal instead of Success.
	Refuse Refuse
	// Success answers a good login; default "OK {command} completed.".
	Success []string
	// Failure answers wrong credentials.
	Failure []string
	// Refusal answers correct credentials refused per Refuse; nil means
	// Failure.
	Refusal []string

	// Mailbox, when set, scripts the answer to SELECT, EXAMINE, STATUS,
	// LIST, LSUB and NAMESPACE after a login (Exchange's "User is
	// authenticated but not connected"); CAPABILITY, NOOP, CHECK, UNSELECT,
	// CLOSE, ENABLE, ID and LOGOUT keep their usual answers, and any other
	// command gets "BAD Command Error. 12". Nil, the usual case, means a
	// real mailbox: a successful login hands the connection to go-imap's
	// imapserver.
	Mailbox []string
	// MailboxBye, when set, is sent after the Mailbox reply once the
	// client has sent CloseAfterMailbox such commands; the server then
	// closes (Exchange Online's "* BYE Connection closed. 14").
	MailboxBye        string
	CloseAfterMailbox int
	// Logout is the untagged BYE sent on LOGOUT; default
	// "* BYE Logging out".
	Logout string
}

// SMTPBehavior scripts an SMTP submission server. Reply fields are whole
// lines with their codes, "250-..." for all but the last line of a
// multi-line reply. The server closes the connection after any 421 reply.
type SMTPBehavior struct {
	// Listeners selects the ports; default both.
	Listeners Listeners
	// Banner is the greeting, one or more lines.
	Banner []string
	// Hello is the text of the first EHLO reply line, without "250-".
	Hello string
	// Extensions are the EHLO keywords over TLS, without codes.
	Extensions []string
	// ExtensionsBeforeTLS are the keywords on a plaintext connection. Nil
	// means Extensions without AUTH, plus STARTTLS unless NoStartTLS.
	ExtensionsBeforeTLS []string
	// NoStartTLS makes the plaintext listener refuse STARTTLS.
	NoStartTLS bool
	// StartTLSReply answers STARTTLS; default "220 2.0.0 Ready to start TLS".
	StartTLSReply string

	// Refuse selects which correct logins get Refusal instead of Success.
	Refuse Refuse
	// Success answers a good AUTH; default
	// "235 2.7.0 Authentication successful".
	Success []string
	// Failure answers wrong credentials.
	Failure []string
	// Refusal answers correct credentials refused per Refuse; nil means
	// Failure.
	Refusal []string
	// AuthNotOffered answers AUTH when the EHLO reply in force did not
	// offer it; default Postfix's "503 5.5.1 Error: authentication not
	// enabled".
	AuthNotOffered []string

	// Mail and Rcpt answer MAIL FROM and RCPT TO after a successful AUTH;
	// defaults "250 2.1.0 Ok" and "250 2.1.5 Ok". A reply whose last line
	// is not a 2xx refuses: no transaction starts, no recipient is added.
	Mail, Rcpt []string
	// DataGoAhead answers DATA; default Postfix's "354 End data with
	// <CR><LF>.<CR><LF>". A last line that is not a 354 refuses DATA:
	// no message is read and the transaction ends.
	DataGoAhead []string
	// Queued answers a message taken (the end of DATA, or BDAT LAST),
	// with "{id}" replaced by its queue id ([Message].QueueID), "{user}"
	// and "{client}" as in the other replies; default Postfix's "250
	// 2.0.0 Ok: queued as {id}". One that is not a 2xx refuses the
	// message: nothing is kept.
	Queued string
	// SendAsDenied answers the end of DATA (or BDAT LAST), in place of
	// taking the message, when MAIL FROM is not the signed-in account's
	// address, as Exchange Online's send-as check does; nil takes any
	// sender, as Postfix without sender login maps does.
	SendAsDenied []string
	// MailUnauthenticated answers MAIL FROM before AUTH; default
	// "530 5.7.0 Must issue a STARTTLS command first" on plaintext and
	// "530 5.7.0 Authentication required" over TLS.
	MailUnauthenticated []string
}

// CertKind is the kind of certificate a scenario's servers present.
type CertKind string

const (
	// CertValid is signed by the server's CA for 127.0.0.1, ::1 and
	// localhost, valid from an hour before Server.Now for a year.
	CertValid CertKind = ""
	// CertExpired ended a day before Server.Now.
	CertExpired CertKind = "expired"
	// CertNotYetValid starts a day after Server.Now.
	CertNotYetValid CertKind = "not-yet-valid"
	// CertWrongHost names mail.example.net only.
	CertWrongHost CertKind = "wrong-host"
	// CertSelfSigned is valid for the right names but signed by itself.
	CertSelfSigned CertKind = "self-signed"
	// CertExpiringSoon is valid but ends five days after Server.Now.
	CertExpiringSoon CertKind = "expiring-soon"
)

// Fault holds the behaviours a scenario cannot say with texts alone. The
// zero value is a well-behaved server.
type Fault struct {
	// NoGreeting accepts connections (and completes TLS on implicit-TLS
	// listeners) but never says anything.
	NoGreeting bool
	// Garbage is sent instead of the greeting or banner; the server then
	// ignores the client until it goes away.
	Garbage string
	// TLSOnPlainPort makes the STARTTLS listeners speak implicit TLS.
	TLSOnPlainPort bool
	// PlainOnTLSPort makes the implicit-TLS listeners speak plaintext.
	PlainOnTLSPort bool
	// ResetDuringAuth resets the TCP connection (RST) as soon as the client
	// sends LOGIN, AUTHENTICATE or AUTH, before any reply.
	ResetDuringAuth bool
	// RefuseFirst refuses the first this many correct sign-ins of each
	// account (IMAP and SMTP counted together) with the scenario's
	// Refusal (or Failure) text, then lets them in: a test of an
	// application's retry after a passing refusal (a tester's wish: a
	// scenario such as "throttled" refuses forever).
	RefuseFirst int
	// AuthFailureDelay holds back the answer to a sign-in the server
	// refuses (a wrong password or a refusal of a right one) by this
	// much, as real servers do (Dovecot's auth_failure_delay is 2 s by
	// default): a test of an application's sign-in then meets a refusal's
	// real timing. Zero answers at once.
	AuthFailureDelay time.Duration
	// SlowDrip delays every line the scripted server sends by this much,
	// sending it in small pieces; the mailbox after a login answers at
	// full speed.
	SlowDrip time.Duration
}

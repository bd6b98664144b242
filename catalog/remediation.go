package catalog

// Protocol names the protocol a finding or a remediation entry is about.
type Protocol string

const (
	ProtocolIMAP Protocol = "imap"
	ProtocolSMTP Protocol = "smtp"
	ProtocolPOP3 Protocol = "pop3"
)

// Audience says who must act on a remediation. The values are wire names.
type Audience string

const (
	AudienceUser      Audience = "user"      // the mailbox owner
	AudienceAdmin     Audience = "admin"     // the organisation's mail administrator
	AudienceDeveloper Audience = "developer" // whoever integrates the mail client (wire-level view)
	// AudienceVendor is the company that makes the mail program or
	// practice-management application: only it can add "Sign in with
	// Microsoft" (OAuth 2.0) to a program that lacks it.
	AudienceVendor Audience = "vendor"
)

// Remediation is catalogue text: what to do about a code, at a provider (or
// generically), written for the person who must act.
type Remediation struct {
	// Code is the code this text is for.
	Code Code `json:"code"`
	// Provider is the registry id the text is specific to; "" is generic.
	Provider ID `json:"provider,omitempty"`
	// Protocol is set when the text is true for one protocol only (at
	// Microsoft 365, IMAP and SMTP have different fixes and different
	// people who must act); "" means every protocol.
	Protocol Protocol `json:"protocol,omitempty"`
	// Phase is set when the text is true at one phase of the session
	// only: "sign_in" for connecting and signing in, "delivery" for a
	// message refused after the sign-in (a policy_blocked sign-in is a
	// Conditional Access policy, a policy_blocked message a block list or
	// SPF), "server" for a fault in the mail server's own parts that its
	// log shows (a helper service down, its local delivery missing): its
	// administrator acts, not the mailbox owner; "" means any.
	Phase SessionPhase `json:"phase,omitempty"`
	// Situation is set when the text is written for one reading of the
	// code only, which a rule asks for by this name: a recipient whose
	// mailbox is disabled (recipient_unknown, but the address is right),
	// a firewall masking the server's replies (protocol_error, but neither
	// the user's settings nor the program are at fault). Such a text is
	// never chosen for a finding that does not ask for it; "" is the
	// code's text for any reading.
	Situation string `json:"situation,omitempty"`
	// Credential is set when the text is true for one kind of
	// credential only: "oauth" for a sign-in with an OAuth 2.0 token,
	// whose fix is a new token or a new consent, never a password
	// reset; "" means any.
	Credential Credential `json:"credential,omitempty"`
	// Title is a short heading for people.
	Title string `json:"title"`
	// Audience is who must act first.
	Audience Audience `json:"audience"`
	// Explanation says in plain words what is going on.
	Explanation string `json:"explanation"`
	// Warning is said before any step that weakens security (switching a
	// password sign-in back on, exempting an account from a policy).
	Warning string `json:"warning,omitempty"`
	// UserSteps are numbered steps for the mailbox owner.
	UserSteps []string `json:"user_steps,omitempty"`
	// AdminSteps are numbered steps for the administrator, commands filled
	// in with this mailbox's address.
	AdminSteps []string `json:"admin_steps,omitempty"`
	// VendorSteps are for the maker of the mail program or application.
	VendorSteps []string `json:"vendor_steps,omitempty"`
	// NoLongerWorks lists fixes that circulate but do not work any more.
	NoLongerWorks []string `json:"no_longer_works,omitempty"`
	// Links is official pages, with titles.
	Links []Link `json:"links,omitempty"`
	// Checked is the date (YYYY-MM-DD) the facts were last verified.
	Checked string `json:"checked"`
	// AsOf is the day (YYYY-MM-DD) the text was worded for: dated facts
	// ("in 25 days", "since") and the note on old facts read from it. It
	// is set when the text is filled in for a reader (package diagnose),
	// empty in the catalogue itself.
	AsOf string `json:"as_of,omitempty"`
}

// SessionPhase is the part of a session a remediation entry is written
// for.
type SessionPhase string

// The phases an entry may be limited to.
const (
	PhaseSignIn   SessionPhase = "sign_in"  // connecting and signing in
	PhaseDelivery SessionPhase = "delivery" // a message refused after the sign-in
	PhaseServer   SessionPhase = "server"   // the mail server's own parts failing, as its log shows
)

// Credential is the kind of secret a sign-in used, as far as an entry
// depends on it.
type Credential string

// CredentialOAuth marks an entry for a sign-in with an OAuth 2.0 access
// token (SASL XOAUTH2 or OAUTHBEARER).
const CredentialOAuth Credential = "oauth"

// Link is an official page worth reading.
type Link struct {
	// Title says what the page is.
	Title string `json:"title"`
	// URL is the official page.
	URL string `json:"url"`
}

// Clone returns a deep copy of r.
func (r Remediation) Clone() Remediation {
	r.UserSteps = append([]string(nil), r.UserSteps...)
	r.AdminSteps = append([]string(nil), r.AdminSteps...)
	r.VendorSteps = append([]string(nil), r.VendorSteps...)
	r.NoLongerWorks = append([]string(nil), r.NoLongerWorks...)
	r.Links = append([]Link(nil), r.Links...)
	return r
}

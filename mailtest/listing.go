package mailtest

// Listing is what `mailcheck fake` prints: where a running fake listens, the
// CA file to trust and the accounts to log in with. It marshals to
//
//	{"scenario": NAME, "host": HOST, "imap": {"tls": ADDR, "starttls": ADDR},
//	 "smtp": {"tls": ADDR, "starttls": ADDR}, "ca_file": PATH,
//	 "accounts": [{"email", "username", "password"}]}
//
// with absent listeners (and a protocol with none) left out.
type Listing struct {
	Scenario string `json:"scenario"`
	// Host is the loopback address every listener uses, for clients
	// configured with a host and a port.
	Host     string           `json:"host,omitempty"`
	IMAP     *ListingPorts    `json:"imap,omitempty"`
	SMTP     *ListingPorts    `json:"smtp,omitempty"`
	CAFile   string           `json:"ca_file,omitempty"`
	Accounts []ListingAccount `json:"accounts"`
}

// ListingPorts are one protocol's listener addresses.
type ListingPorts struct {
	TLS      string `json:"tls,omitempty"`
	StartTLS string `json:"starttls,omitempty"`
}

// ListingAccount is one account as `mailcheck fake` prints it. Password is
// the one the scenario's expected codes describe: for the first account of
// a wrong-password scenario it is the wrong one.
type ListingAccount struct {
	Email    string `json:"email"`
	Username string `json:"username"`
	Password string `json:"password"`
	// AppPassword and Token, when the account has them, are the
	// credentials the scenario accepts where it refuses Password (an app
	// password where the account password is refused; an OAuth token for
	// XOAUTH2 and OAUTHBEARER), so suites can test the good path too.
	AppPassword string `json:"app_password,omitempty"`
	Token       string `json:"token,omitempty"`
}

// Listing describes the running server; caFile is the path WriteCAFile
// returned (or empty).
func (s *Server) Listing(caFile string) Listing {
	l := Listing{Scenario: s.Scenario.Name, Host: s.Host(), CAFile: caFile, Accounts: []ListingAccount{}}
	if s.IMAPTLS != "" || s.IMAPStartTLS != "" {
		l.IMAP = &ListingPorts{TLS: s.IMAPTLS, StartTLS: s.IMAPStartTLS}
	}
	if s.SMTPTLS != "" || s.SMTPStartTLS != "" {
		l.SMTP = &ListingPorts{TLS: s.SMTPTLS, StartTLS: s.SMTPStartTLS}
	}
	for _, a := range s.Scenario.Accounts {
		l.Accounts = append(l.Accounts, ListingAccount{Email: a.Email, Username: a.Login(), Password: a.Password,
			AppPassword: a.AppPassword, Token: a.Token})
	}
	return l
}

// ScenarioInfo is one entry of `mailcheck scenarios --json`. Every field
// is always present, so consumers can rely on the keys; a code is "" for a
// protocol the scenario does not serve.
type ScenarioInfo struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Provider    string `json:"provider"`
	IMAPCode    string `json:"imap_code"`
	SMTPCode    string `json:"smtp_code"`
}

// Info returns the scenario's catalogue entry.
func (sc Scenario) Info() ScenarioInfo {
	return ScenarioInfo{Name: sc.Name, Description: sc.Description, Provider: string(sc.Provider), IMAPCode: sc.IMAPCode, SMTPCode: sc.SMTPCode}
}

package catalog

// IDDovecot is the registry id of dovecot.
const IDDovecot ID = "dovecot"

// Documentation: https://github.com/dovecot/core/blob/main/src/login-common/login-settings.c
var infoDovecot = register(Info{
	ID: IDDovecot, Name: "Dovecot",
	GreetingPatterns: []string{"dovecot"},
	Sources: []Source{
		{URL: "https://github.com/dovecot/core/blob/main/src/login-common/login-settings.c", Section: "§15", Checked: checked},
	},

	Kind:    KindSoftware,
	Section: "15",
	Rank:    16,
	Parent:  IDHosting,
	Codes:   []Code{CodeInvalidCredentials, CodePlaintextDisallowed, CodeTLSCertificate},
})

package catalog

// IDCyrus is the registry id of cyrus.
const IDCyrus ID = "cyrus"

var infoCyrus = register(Info{
	ID: IDCyrus, Name: "Cyrus IMAP",
	GreetingPatterns: []string{"cyrus imap"},

	Sources: []Source{
		{URL: "https://github.com/imapsync/imapsync/issues/275", Section: "§15", Checked: checked},
		{URL: "https://github.com/cyrusimap/cyrus-imapd/blob/9400c08343a916d632a00358ea7454da6a2f0e74/imap/imapd.c", Section: "§15", Checked: checked},
	},
	Kind:    KindSoftware,
	Section: "15",
	Rank:    20,
	Parent:  IDHosting,
	Codes:   []Code{CodeInvalidCredentials},
})

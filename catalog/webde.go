package catalog

// IDWebDE is the registry id of webde.
const IDWebDE ID = "webde"

// WEB.DE (user name is the local part).
//
// Documentation: https://hilfe.web.de/pop-imap/imap/imap-serverdaten.html
var infoWebDE = register(Info{
	ID: IDWebDE, Name: "WEB.DE",
	Aliases:      []string{"web.de"},
	Domains:      []string{"web.de"},
	IMAP:         tlsEP("imap.web.de", 993),
	SMTP:         startTLSEP("smtp.web.de", 587),
	HostPatterns: []string{"web.de"},
	Sources: []Source{
		{URL: "https://github.com/thunderbird/autoconfig/blob/master/ispdb/web.de.xml", Section: "§11", Checked: checked},
		{URL: "https://hilfe.web.de/pop-imap/imap/imap-serverdaten.html", Section: "§11", Checked: checked},
	},
	Kind:    KindProvider,
	Section: "11",
	Rank:    12,
	Parent:  IDGMX,
	Codes:   consumerCodes,
})

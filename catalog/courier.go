package catalog

// IDCourier is the registry id of courier.
const IDCourier ID = "courier"

var infoCourier = register(Info{
	ID: IDCourier, Name: "Courier",
	GreetingPatterns: []string{"courier-imap"},

	Sources: []Source{
		{URL: "https://github.com/svarshavchik/courier-libs/blob/05852184876b6ff356dafe40f6a2ea1963dc5043/imap/imaplogin.c", Section: "§15", Checked: checked},
	},
	Kind:    KindSoftware,
	Section: "15",
	Rank:    19,
	Parent:  IDHosting,
	Codes:   []Code{CodeInvalidCredentials, CodePlaintextDisallowed},
})

package catalog

// IDPostfix is the registry id of postfix.
const IDPostfix ID = "postfix"

// Documentation: https://github.com/vdukhovni/postfix/blob/master/postfix/src/global/mail_params.h
var infoPostfix = register(Info{
	ID: IDPostfix, Name: "Postfix",
	BannerPatterns: []string{"esmtp postfix"},
	Sources: []Source{
		{URL: "https://github.com/vdukhovni/postfix/blob/master/postfix/src/global/mail_params.h", Section: "§15", Checked: checked},
	},

	Kind:    KindSoftware,
	Section: "15",
	Rank:    17,
	Parent:  IDHosting,
	Codes:   []Code{CodeInvalidCredentials, CodePlaintextDisallowed, CodeTLSCertificate},
})

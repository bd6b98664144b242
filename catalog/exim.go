package catalog

// IDExim is the registry id of exim.
const IDExim ID = "exim"

// Exim, as run by cPanel hosts (GoDaddy's cPanel servers live under
// secureserver.net; that is GoDaddy hosting, not Microsoft 365).
//
// Documentation: https://github.com/PHPMailer/PHPMailer/issues/1375
var infoExim = register(Info{
	ID: IDExim, Name: "Exim",
	HostPatterns:   []string{"secureserver.net"},
	BannerPatterns: []string{"esmtp exim"},
	Sources: []Source{
		{URL: "https://github.com/PHPMailer/PHPMailer/issues/1375", Section: "§15", Checked: checked},
	},

	Kind:    KindSoftware,
	Section: "15",
	Rank:    18,
	Parent:  IDHosting,
	Codes:   []Code{CodeInvalidCredentials, CodeMechanismUnsupported, CodeTLSCertificate},
})

package catalog

// IDExim is the registry id of exim.
const IDExim ID = "exim"

// Exim, as run by cPanel hosts. GoDaddy's cPanel servers live under
// secureserver.net (p3plcpnl0711.prod.phx3.secureserver.net), so that
// domain is a weak hint of cPanel; GoDaddy's own Professional Email also
// lives there, under the more specific host names of godaddy_email.go,
// which win (docs/providers.md §15).
//
// Documentation: https://github.com/PHPMailer/PHPMailer/issues/1375
var infoExim = register(Info{
	ID: IDExim, Name: "Exim",
	// Weak: see the note above and detect.go's weightHostedBy.
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

package catalog

// IDProtonBridge is the registry id of proton_bridge.
const IDProtonBridge ID = "proton_bridge"

const (
	protonBridgeStep = "Start Proton Mail Bridge on this computer and copy the password it shows for this address; it is not your Proton account password. Connect to 127.0.0.1, IMAP port 1143 and SMTP port 1025 (STARTTLS), unless Bridge shows other values."
	protonPlanStep   = "Bridge needs a paid Proton plan. Proton has no IMAP server on the internet."
	protonTokenStep  = "For a printer or an application that only sends: use smtp.protonmail.ch port 587 with an SMTP token generated in Proton's settings for a custom-domain address (available on some business plans and Visionary/Family with a custom domain)."
)

var (
	linkProtonSMTP = Link{"Proton: SMTP submission",
		"https://proton.me/support/smtp-submission"}
)

// Proton Mail Bridge, running on the user's own machine. Proton has no
// direct IMAP; smtp.protonmail.ch takes SMTP tokens for sending only. A
// loopback host with the Bridge's ports is detected in DetectProvider.
//
// Documentation: https://github.com/ProtonMail/proton-bridge/blob/master/internal/vault/types_settings.go
var infoProtonBridge = register(Info{
	ID: IDProtonBridge, Name: "Proton Mail Bridge",
	Aliases:      []string{"proton", "protonmail", "proton mail"},
	Domains:      []string{"proton.me", "protonmail.com", "pm.me"},
	IMAP:         startTLSEP("127.0.0.1", 1143),
	SMTP:         startTLSEP("127.0.0.1", 1025),
	HostPatterns: []string{"protonmail.ch", "proton.me"},
	// Unverified in providers.md.
	MXPatterns: []string{"protonmail.ch"},
	Sources: []Source{
		{URL: "https://github.com/ProtonMail/proton-bridge/blob/master/internal/vault/types_settings.go", Section: "§12", Checked: checked},
		{URL: "https://proton.me/support/smtp-submission", Section: "§12", Checked: checked},
	},
	Kind:    KindProvider,
	Section: "12",
	Rank:    13,
	Codes:   []Code{CodeConnectionRefused, CodeInvalidCredentials, CodeAppPasswordRequired, CodeProtocolDisabled},
	Remedies: []Remediation{
		{
			Code:        CodeInvalidCredentials,
			Title:       "Proton Mail Bridge refused the password",
			Audience:    AudienceUser,
			Explanation: "Mail programs sign in to Proton Mail Bridge, which runs on your own computer, with the password Bridge generates, not with your Proton account password.",
			UserSteps:   []string{protonBridgeStep, protonPlanStep},
			Links:       []Link{linkProtonSMTP},
			Checked:     checked,
		},
		{
			Code:        CodeAppPasswordRequired,
			Title:       "Use the password Proton Mail Bridge shows",
			Audience:    AudienceUser,
			Explanation: "Proton accepts mail programs only through Bridge (with Bridge's own password) or, for sending, an SMTP token.",
			UserSteps:   []string{protonBridgeStep, protonTokenStep},
			Links:       []Link{linkProtonSMTP},
			Checked:     checked,
		},
		{
			Code:        CodeProtocolDisabled,
			Title:       "Proton has no IMAP server; use Proton Mail Bridge",
			Audience:    AudienceUser,
			Explanation: "Proton Mail cannot be reached over IMAP on the internet. Mail programs connect to Proton Mail Bridge on the same computer, which needs a paid plan.",
			UserSteps:   []string{protonPlanStep, protonBridgeStep, protonTokenStep},
			Links:       []Link{linkProtonSMTP},
			Checked:     checked,
		},
		{
			Code:        CodeConnectionRefused,
			Title:       "Proton Mail Bridge is not running",
			Audience:    AudienceUser,
			Explanation: "Nothing answered on Bridge's local ports: Bridge is not running on this computer, or listens on other ports.",
			UserSteps: []string{
				"Start Proton Mail Bridge and sign in to it.",
				"Copy the host, ports and password from Bridge's mailbox settings into the program (defaults 127.0.0.1, IMAP 1143, SMTP 1025).",
			},
			Checked: checked,
		},
	},
})

package diagnose

import "github.com/mailcheck-go/mailcheck/probe"

// ProviderInfo is what mailcheck knows about one provider or server
// program: its public endpoints and the fingerprints that identify it. The
// table below is the one source of truth for these facts (as x/oauth2 keeps
// one endpoint value per provider); discovery and detection both read it.
//
// All patterns are lower case. Domains match an address's domain exactly,
// or, for a pattern ending in ".*" such as "hotmail.*", any country or
// generic ending of at most two short labels ("hotmail.co.uk", "hotmail.de").
// Host, MX, SPF and autodiscover patterns match a name equal to the pattern
// or ending in "." + pattern. Greeting and banner patterns are substrings of
// the lower-cased server line.
type ProviderInfo struct {
	ID, Name string
	// Domains are the consumer address domains the provider owns.
	Domains []string
	// IMAP and SMTP are the published endpoints; zero when the host is the
	// organisation's own (Exchange on-premises, generic hosting).
	IMAP, SMTP Endpoint
	// HostPatterns match the IMAP or SMTP host name a user configured.
	HostPatterns []string
	// MXPatterns match the domain's MX hosts.
	MXPatterns []string
	// SPFIncludes match include: (and redirect=) targets in the SPF record.
	SPFIncludes []string
	// AutodiscoverPatterns match the CNAME target of autodiscover.<domain>.
	AutodiscoverPatterns []string
	// GreetingPatterns match the IMAP (or POP3) greeting; BannerPatterns
	// the SMTP banner and EHLO reply.
	GreetingPatterns, BannerPatterns []string
	// Sources are the public pages the facts come from (providers.md).
	Sources []string
}

func tlsEP(host string, port int) Endpoint {
	return Endpoint{Host: host, Port: port, Security: probe.SecurityTLS}
}

func startTLSEP(host string, port int) Endpoint {
	return Endpoint{Host: host, Port: port, Security: probe.SecurityStartTLS}
}

// Microsoft 365 (Exchange Online), including Microsoft 365 sold by GoDaddy.
//
// Documentation: https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/pop3-and-imap4/pop3-and-imap4
// SMTP port 587 only (465 is not offered): see the multifunction-device page
// in Sources. The autodiscover CNAME pattern is unverified (providers.md §1).
var providerMicrosoft365 = ProviderInfo{
	ID: "microsoft365", Name: "Microsoft 365",
	IMAP:         tlsEP("outlook.office365.com", 993),
	SMTP:         startTLSEP("smtp.office365.com", 587),
	HostPatterns: []string{"office365.com", "partner.outlook.cn"},
	MXPatterns:   []string{"mail.protection.outlook.com", "mx.microsoft"},
	SPFIncludes:  []string{"spf.protection.outlook.com"},
	// Unverified in providers.md; widely used by Exchange Online domains.
	AutodiscoverPatterns: []string{"autodiscover.outlook.com"},
	// Exchange Online SMTP banners and error trailers name the server
	// under outlook.office365.com, prod.outlook.com or prod.exchangelabs.com.
	BannerPatterns: []string{"outlook.office365.com", ".prod.outlook.com", ".prod.exchangelabs.com"},
	Sources: []string{
		"https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/pop3-and-imap4/pop3-and-imap4",
		"https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365",
		"https://techcommunity.microsoft.com/t5/exchange-team-blog/implementing-inbound-smtp-dane-with-dnssec-for-exchange-online/ba-p/3939694",
		"https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off",
	},
}

// Outlook.com, Hotmail, Live and MSN consumer accounts.
//
// Documentation: https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040
var providerOutlook = ProviderInfo{
	ID: "outlook", Name: "Outlook.com",
	Domains:      []string{"outlook.*", "hotmail.*", "live.*", "msn.com"},
	IMAP:         tlsEP("outlook.office365.com", 993),
	SMTP:         startTLSEP("smtp-mail.outlook.com", 587),
	HostPatterns: []string{"smtp-mail.outlook.com"},
	MXPatterns:   []string{"olc.protection.outlook.com"},
	Sources: []string{
		"https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040",
		"https://github.com/thunderbird/autoconfig/blob/master/ispdb/hotmail.com.xml",
	},
}

// Exchange Server on-premises (and hosted Exchange). Endpoints are the
// organisation's own. The greeting is shared with Exchange Online; detection
// tells them apart by the cloud markers (see exchangeOnlineEvidence).
//
// Documentation: https://learn.microsoft.com/en-us/exchange/clients/pop3-and-imap4/configure-imap4
var providerExchange = ProviderInfo{
	ID: "exchange", Name: "Microsoft Exchange Server",
	GreetingPatterns: []string{"microsoft exchange"},
	BannerPatterns:   []string{"microsoft esmtp mail service"},
	Sources: []string{
		"https://learn.microsoft.com/en-us/exchange/clients/pop3-and-imap4/configure-imap4",
		"https://github.com/jstedfast/MailKit/issues/483",
	},
}

// Gmail personal accounts.
//
// Documentation: https://support.google.com/mail/answer/7126229
var providerGmail = ProviderInfo{
	ID: "gmail", Name: "Gmail",
	Domains:          []string{"gmail.com", "googlemail.com"},
	IMAP:             tlsEP("imap.gmail.com", 993),
	SMTP:             tlsEP("smtp.gmail.com", 465),
	HostPatterns:     []string{"gmail.com", "googlemail.com"},
	GreetingPatterns: []string{"gimap ready", "gpop ready"},
	BannerPatterns:   []string{"- gsmtp", "smtp.gmail.com"},
	Sources: []string{
		"https://support.google.com/mail/answer/7126229",
		"https://support.google.com/a/answer/3726730",
	},
}

// Google Workspace: Gmail on the organisation's own domain. Same servers as
// Gmail; told apart by the address domain. The SPF include is unverified
// in providers.md.
//
// Documentation: https://support.google.com/a/answer/174125 (MX records)
var providerGoogleWorkspace = ProviderInfo{
	ID: "google_workspace", Name: "Google Workspace",
	IMAP:             tlsEP("imap.gmail.com", 993),
	SMTP:             tlsEP("smtp.gmail.com", 465),
	HostPatterns:     []string{"gmail.com", "googlemail.com"},
	MXPatterns:       []string{"smtp.google.com", "aspmx.l.google.com", "googlemail.com"},
	SPFIncludes:      []string{"_spf.google.com"},
	GreetingPatterns: []string{"gimap ready", "gpop ready"},
	BannerPatterns:   []string{"- gsmtp", "smtp.gmail.com"},
	Sources: []string{
		"https://support.google.com/a/answer/174125",
		"https://support.google.com/mail/answer/7126229",
	},
}

// Yahoo Mail.
//
// Documentation: https://help.yahoo.com/kb/new-mail-for-desktop/imap-server-settings-yahoo-mail-sln4075.html
var providerYahoo = ProviderInfo{
	ID: "yahoo", Name: "Yahoo Mail",
	Domains:        []string{"yahoo.*"},
	IMAP:           tlsEP("imap.mail.yahoo.com", 993),
	SMTP:           tlsEP("smtp.mail.yahoo.com", 465),
	HostPatterns:   []string{"mail.yahoo.com"},
	MXPatterns:     []string{"am0.yahoodns.net"},
	BannerPatterns: []string{"mail.yahoo.com", ".yahoo.com hello"},
	Sources: []string{
		"https://help.yahoo.com/kb/new-mail-for-desktop/imap-server-settings-yahoo-mail-sln4075.html",
		"https://github.com/thunderbird/autoconfig/blob/master/ispdb/yahoo.com.xml",
	},
}

// AOL Mail (runs on Yahoo's platform).
//
// Documentation: https://github.com/thunderbird/autoconfig/blob/master/ispdb/aol.com.xml
var providerAOL = ProviderInfo{
	ID: "aol", Name: "AOL Mail",
	Domains:      []string{"aol.com"},
	IMAP:         tlsEP("imap.aol.com", 993),
	SMTP:         tlsEP("smtp.aol.com", 465),
	HostPatterns: []string{"aol.com"},
	MXPatterns:   []string{"mail.gm0.yahoodns.net"},
	Sources:      []string{"https://github.com/thunderbird/autoconfig/blob/master/ispdb/aol.com.xml"},
}

// iCloud Mail. The MX pattern is unverified in providers.md.
//
// Documentation: https://github.com/thunderbird/autoconfig/blob/master/ispdb/me.com.xml
var providerICloud = ProviderInfo{
	ID: "icloud", Name: "iCloud Mail",
	Domains:          []string{"icloud.com", "me.com", "mac.com"},
	IMAP:             tlsEP("imap.mail.me.com", 993),
	SMTP:             startTLSEP("smtp.mail.me.com", 587),
	HostPatterns:     []string{"mail.me.com"},
	MXPatterns:       []string{"mail.icloud.com"},
	GreetingPatterns: []string{"iscream"},
	Sources: []string{
		"https://github.com/thunderbird/autoconfig/blob/master/ispdb/me.com.xml",
		"https://github.com/lefcha/imapfilter/issues/125",
	},
}

// Zoho Mail. Regional hosts (zoho.eu, zoho.com.au, zoho.in, zoho.jp) and
// imappro/smtppro for organisations. The MX patterns are unverified.
//
// Documentation: https://www.zoho.com/mail/help/imap-access.html
var providerZoho = ProviderInfo{
	ID: "zoho", Name: "Zoho Mail",
	Domains:          []string{"zoho.com"},
	IMAP:             tlsEP("imap.zoho.com", 993),
	SMTP:             tlsEP("smtp.zoho.com", 465),
	HostPatterns:     []string{"zoho.com", "zoho.eu", "zoho.com.au", "zoho.in", "zoho.jp", "zohomail.com"},
	MXPatterns:       []string{"zoho.com", "zoho.eu", "zoho.com.au", "zoho.in", "zoho.jp"},
	GreetingPatterns: []string{"zoho mail"},
	BannerPatterns:   []string{"zohomail.com", "zoho.com"},
	Sources: []string{
		"https://www.zoho.com/mail/help/imap-access.html",
		"https://github.com/thunderbird/autoconfig/blob/master/ispdb/zoho.com.xml",
		"https://github.com/Foundry376/Mailspring/issues/1334",
	},
}

// Fastmail. The old mail.messagingengine.com host names no longer work but
// still identify the provider; the MX pattern is unverified.
//
// Documentation: https://www.fastmail.help/hc/en-us/articles/1500000278342
var providerFastmail = ProviderInfo{
	ID: "fastmail", Name: "Fastmail",
	Domains:      []string{"fastmail.com"},
	IMAP:         tlsEP("imap.fastmail.com", 993),
	SMTP:         tlsEP("smtp.fastmail.com", 465),
	HostPatterns: []string{"fastmail.com", "messagingengine.com"},
	MXPatterns:   []string{"messagingengine.com"},
	Sources: []string{
		"https://www.fastmail.help/hc/en-us/articles/1500000278342",
		"https://www.fastmail.help/hc/en-us/articles/360058752854-App-passwords",
	},
}

// GMX (gmx.net, .de, .at, .ch, .com). gmx.com accounts use imap.gmx.com
// and mail.gmx.com; the endpoints below are GMX.net's.
//
// Documentation: https://support.gmx.com/pop-imap/toggle.html
var providerGMX = ProviderInfo{
	ID: "gmx", Name: "GMX",
	Domains:      []string{"gmx.*"},
	IMAP:         tlsEP("imap.gmx.net", 993),
	SMTP:         startTLSEP("mail.gmx.net", 587),
	HostPatterns: []string{"gmx.net", "gmx.com"},
	Sources: []string{
		"https://github.com/thunderbird/autoconfig/blob/master/ispdb/gmx.net.xml",
		"https://support.gmx.com/pop-imap/toggle.html",
	},
}

// WEB.DE (user name is the local part).
//
// Documentation: https://hilfe.web.de/pop-imap/imap/imap-serverdaten.html
var providerWebDE = ProviderInfo{
	ID: "webde", Name: "WEB.DE",
	Domains:      []string{"web.de"},
	IMAP:         tlsEP("imap.web.de", 993),
	SMTP:         startTLSEP("smtp.web.de", 587),
	HostPatterns: []string{"web.de"},
	Sources: []string{
		"https://github.com/thunderbird/autoconfig/blob/master/ispdb/web.de.xml",
		"https://hilfe.web.de/pop-imap/imap/imap-serverdaten.html",
	},
}

// Proton Mail Bridge, running on the user's own machine. Proton has no
// direct IMAP; smtp.protonmail.ch takes SMTP tokens for sending only. A
// loopback host with the Bridge's ports is detected in DetectProvider.
//
// Documentation: https://github.com/ProtonMail/proton-bridge/blob/master/internal/vault/types_settings.go
var providerProtonBridge = ProviderInfo{
	ID: "proton_bridge", Name: "Proton Mail Bridge",
	Domains:      []string{"proton.me", "protonmail.com", "pm.me"},
	IMAP:         startTLSEP("127.0.0.1", 1143),
	SMTP:         startTLSEP("127.0.0.1", 1025),
	HostPatterns: []string{"protonmail.ch"},
	// Unverified in providers.md.
	MXPatterns: []string{"protonmail.ch"},
	Sources: []string{
		"https://github.com/ProtonMail/proton-bridge/blob/master/internal/vault/types_settings.go",
		"https://proton.me/support/smtp-submission",
	},
}

// Yandex Mail.
//
// Documentation: https://yandex.com/support/mail/mail-clients/others.html
var providerYandex = ProviderInfo{
	ID: "yandex", Name: "Yandex Mail",
	Domains:          []string{"yandex.*"},
	IMAP:             tlsEP("imap.yandex.com", 993),
	SMTP:             tlsEP("smtp.yandex.com", 465),
	HostPatterns:     []string{"yandex.com", "yandex.ru", "yandex.net"},
	GreetingPatterns: []string{"yandex imap4"},
	BannerPatterns:   []string{"yandex.net", "yandex.mail"},
	Sources: []string{
		"https://github.com/thunderbird/autoconfig/blob/master/ispdb/yandex.ru.xml",
		"https://yandex.com/support/mail/mail-clients/others.html",
		"https://github.com/Foundry376/Mailspring/issues/904",
	},
}

// Mail.ru (mail.ru, inbox.ru, list.ru, bk.ru).
//
// Documentation: https://help.mail.ru/mail-help/mailer/popsmtp
var providerMailRu = ProviderInfo{
	ID: "mailru", Name: "Mail.ru",
	Domains:      []string{"mail.ru", "inbox.ru", "list.ru", "bk.ru"},
	IMAP:         tlsEP("imap.mail.ru", 993),
	SMTP:         tlsEP("smtp.mail.ru", 465),
	HostPatterns: []string{"mail.ru"},
	Sources: []string{
		"https://github.com/thunderbird/autoconfig/blob/master/ispdb/mail.ru.xml",
		"https://help.mail.ru/mail-help/mailer/popsmtp",
	},
}

// Generic server software, found only from greetings and banners. Their
// hosts are the operator's own; cPanel's secure host is the server's own
// host name (providers.md §15).
var (
	// Documentation: https://github.com/dovecot/core/blob/main/src/login-common/login-settings.c
	providerDovecot = ProviderInfo{
		ID: "dovecot", Name: "Dovecot",
		GreetingPatterns: []string{"dovecot"},
		Sources:          []string{"https://github.com/dovecot/core/blob/main/src/login-common/login-settings.c"},
	}
	// Documentation: https://github.com/vdukhovni/postfix/blob/master/postfix/src/global/mail_params.h
	providerPostfix = ProviderInfo{
		ID: "postfix", Name: "Postfix",
		BannerPatterns: []string{"esmtp postfix"},
		Sources:        []string{"https://github.com/vdukhovni/postfix/blob/master/postfix/src/global/mail_params.h"},
	}
	// Exim, as run by cPanel hosts (GoDaddy's cPanel servers live under
	// secureserver.net; that is GoDaddy hosting, not Microsoft 365).
	//
	// Documentation: https://github.com/PHPMailer/PHPMailer/issues/1375
	providerExim = ProviderInfo{
		ID: "exim", Name: "Exim",
		HostPatterns:   []string{"secureserver.net"},
		BannerPatterns: []string{"esmtp exim"},
		Sources:        []string{"https://github.com/PHPMailer/PHPMailer/issues/1375"},
	}
	// Documentation: greeting as published in public logs (testdata/responses.json).
	providerCourier = ProviderInfo{
		ID: "courier", Name: "Courier",
		GreetingPatterns: []string{"courier-imap"},
	}
	// Documentation: greeting as published in public logs (testdata/responses.json).
	providerCyrus = ProviderInfo{
		ID: "cyrus", Name: "Cyrus IMAP",
		GreetingPatterns: []string{"cyrus imap"},
	}
)

// providerTable lists every provider in detection order: on equal
// evidence the earlier entry wins (so Gmail before Google Workspace when no
// address says which).
var providerTable = []*ProviderInfo{
	&providerMicrosoft365, &providerOutlook, &providerExchange,
	&providerGmail, &providerGoogleWorkspace,
	&providerYahoo, &providerAOL, &providerICloud, &providerZoho, &providerFastmail,
	&providerGMX, &providerWebDE, &providerProtonBridge, &providerYandex, &providerMailRu,
	&providerDovecot, &providerPostfix, &providerExim, &providerCourier, &providerCyrus,
}

// LookupProvider returns the table entry for a provider id ("unknown" is
// not in the table). The result is a deep copy the caller may modify.
func LookupProvider(id string) (ProviderInfo, bool) {
	for _, p := range providerTable {
		if p.ID == id {
			return cloneProviderInfo(*p), true
		}
	}
	return ProviderInfo{}, false
}

// Providers returns a deep copy of the whole table in detection order.
func Providers() []ProviderInfo {
	out := make([]ProviderInfo, len(providerTable))
	for i, p := range providerTable {
		out[i] = cloneProviderInfo(*p)
	}
	return out
}

func cloneProviderInfo(p ProviderInfo) ProviderInfo {
	for _, s := range []*[]string{&p.Domains, &p.HostPatterns, &p.MXPatterns, &p.SPFIncludes,
		&p.AutodiscoverPatterns, &p.GreetingPatterns, &p.BannerPatterns, &p.Sources} {
		*s = append([]string(nil), (*s)...)
	}
	return p
}

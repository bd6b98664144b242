package diagnose

import (
	"context"
	"encoding/json"
	"errors"
	"github.com/mailcheck-go/mailcheck/catalog"
	"net"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Real greetings and banners, from testdata/responses.json (sources there).
const (
	m365Greeting     = "* OK The Microsoft Exchange IMAP4 service is ready. [QgBMADEAUAAyADIAMwBDAEEAMAAwADAANQAuAE4AQQBNAFAAMgAyADMALgBQAFIATwBEAC4ATwBVAFQATABPAE8ASwAuAEMATwBNAA==]"
	onPremGreeting   = "* OK The Microsoft Exchange IMAP4 service is ready." // https://github.com/jstedfast/MailKit/issues/483
	m365Banner       = "220 LO4P302CA0005.outlook.office365.com Microsoft ESMTP MAIL Service ready at Thu, 10 Oct 2024 22:49:55 +0000 [08DCE8B62813AB2B]"
	gimapGreeting    = "* OK Gimap ready for requests from 95.86.241.51 n67mb28062338lja" // https://github.com/gutmensch/docker-dmarc-report/issues/18
	dovecotGreeting  = "* OK [CAPABILITY IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE IDLE AUTH=PLAIN AUTH=LOGIN] Dovecot (Ubuntu) ready."
	postfixBanner    = "220 gms.tgs-enterprise.com ESMTP Postfix"
	eximCPanelBanner = "220-p3plcpnl0749.prod.phx3.secureserver.net ESMTP Exim 4.89 #1 Tue, 13 Mar 2018 05:21:15 -0700"
	icloudGreeting   = "* OK [CAPABILITY st11p00mm-iscream022 15E205 XAPPLEPUSHSERVICE IMAP4 IMAP4rev1 SASL-IR AUTH=ATOKEN AUTH=PLAIN] iSCREAM ready to rumble"
	zohoGreeting     = "* OK svwall.zoho.com IMAP4 Server (Zoho Mail IMAP4rev1 Server version 1.0)"
	yandexGreeting   = "* OK Yandex IMAP4rev1 at imap53p.mail.yandex.net:993 ready to talk with ::ffff:83.171.154.81:39078, 2018-May-29 10:37:40, ebI8JB0ug4Y1"
	cyrusGreeting    = "* OK mx5 Cyrus IMAP4 v2.1.18-IPv6-Debian-2.1.18-1 server ready"
)

func detectDNS(mx []string, spf, autodiscover string) *DNSFacts {
	return &DNSFacts{Domain: "example.org", MX: mx, SPF: spf, Autodiscover: autodiscover}
}

func TestDetectProvider(t *testing.T) {
	tests := []struct {
		name     string
		in       DetectInput
		want     string
		reseller string
		evidence string // a substring of the first evidence line
	}{
		{"m365 greeting with base64 server name", DetectInput{IMAPGreeting: m365Greeting, IMAPHost: "outlook.office365.com"}, "microsoft365", "", "IMAP greeting"},
		{"m365 greeting alone", DetectInput{IMAPGreeting: m365Greeting}, "microsoft365", "", "IMAP greeting"}, // the bracket marks Exchange Online
		{"m365 SMTP banner", DetectInput{SMTPBanner: m365Banner, Email: "ann@example.org"}, "microsoft365", "", "SMTP banner"},
		{"m365 by MX", DetectInput{Email: "ann@example.org", DNS: detectDNS([]string{"example-org.mail.protection.outlook.com"}, "v=spf1 include:spf.protection.outlook.com -all", "")}, "microsoft365", "", "MX: example-org"},
		{"m365 by DNSSEC MX", DetectInput{Email: "ann@example.org", DNS: detectDNS([]string{"example-org.a-v1.mx.microsoft"}, "", "")}, "microsoft365", "", "MX:"},
		{"m365 behind Proofpoint, SPF", DetectInput{Email: "ann@example.org", DNS: detectDNS([]string{"mx0a-001.pphosted.com"}, "v=spf1 include:spf.protection.outlook.com -all", "")}, "microsoft365", "", "SPF include:spf.protection.outlook.com"},
		{"m365 behind Mimecast, autodiscover", DetectInput{Email: "ann@example.org", DNS: detectDNS([]string{"eu-smtp-inbound-1.mimecast.com"}, "", "autodiscover.outlook.com")}, "microsoft365", "", "autodiscover CNAME"},
		{"m365 sold by GoDaddy (hedged)", DetectInput{Email: "ann@example.org", DNS: detectDNS([]string{"example-org.mail.protection.outlook.com"}, "v=spf1 include:secureserver.net include:spf.protection.outlook.com -all", "")}, "microsoft365", "godaddy", "MX:"},
		{"exchange on-premises: no bracket, own host", DetectInput{IMAPGreeting: onPremGreeting, IMAPHost: "imap.hs20.net", IMAPCaps: []string{"IMAP4rev1", "AUTH=NTLM", "AUTH=GSSAPI"}}, "exchange", "", "IMAP greeting"},
		{"exchange on-premises POP", DetectInput{IMAPGreeting: "+OK Microsoft Exchange Server 2003 POP3 server version 6.5.7638.1 (domain.net) ready."}, "exchange", "", "IMAP greeting"},
		{"exchange greeting with XOAUTH2 is cloud", DetectInput{IMAPGreeting: onPremGreeting, IMAPCaps: []string{"IMAP4rev1", "AUTH=PLAIN", "AUTH=XOAUTH2"}}, "microsoft365", "", "IMAP greeting"},
		{"exchange greeting at office365 host is cloud", DetectInput{IMAPGreeting: onPremGreeting, IMAPHost: "outlook.office365.com"}, "microsoft365", "", "IMAP greeting"},
		{"outlook.com address at Microsoft's cloud", DetectInput{Email: "ann@hotmail.com", IMAPGreeting: m365Greeting, IMAPHost: "outlook.office365.com"}, "outlook", "", "IMAP greeting"},
		{"outlook.com address alone", DetectInput{Email: "bob@outlook.de"}, "outlook", "", "address domain: outlook.de"},
		{"live.co.uk address", DetectInput{Email: "bob@live.co.uk"}, "outlook", "", "address domain"},
		{"outlook SMTP host", DetectInput{SMTPHost: "smtp-mail.outlook.com"}, "outlook", "", "SMTP host"},
		{"gmail address", DetectInput{Email: "ann@gmail.com"}, "gmail", "", "address domain: gmail.com"},
		{"gmail greeting, gmail address", DetectInput{Email: "ann@googlemail.com", IMAPGreeting: gimapGreeting}, "gmail", "", "IMAP greeting"},
		{"gmail greeting, no address", DetectInput{IMAPGreeting: gimapGreeting}, "gmail", "", "IMAP greeting"},
		{"workspace: gmail host, custom domain", DetectInput{Email: "ann@example.org", IMAPHost: "imap.gmail.com"}, "google_workspace", "", "IMAP host"},
		{"workspace by MX", DetectInput{Email: "ann@example.org", DNS: detectDNS([]string{"smtp.google.com"}, "", "")}, "google_workspace", "", "MX: smtp.google.com"},
		{"workspace by legacy MX", DetectInput{Email: "ann@example.org", DNS: detectDNS([]string{"aspmx.l.google.com", "alt1.aspmx.l.google.com"}, "", "")}, "google_workspace", "", "MX: aspmx"},
		{"workspace behind Barracuda, SPF", DetectInput{Email: "ann@example.org", DNS: detectDNS([]string{"d123.ess.barracudanetworks.com"}, "v=spf1 include:_spf.google.com ~all", "")}, "google_workspace", "", "SPF include:_spf.google.com"},
		{"gmail SMTP banner", DetectInput{SMTPBanner: "220 smtp.gmail.com ESMTP m129sm2162575qkc.2 - gsmtp"}, "gmail", "", "SMTP banner"},
		{"yahoo", DetectInput{Email: "ann@yahoo.co.uk", IMAPHost: "imap.mail.yahoo.com"}, "yahoo", "", "IMAP host"},
		{"yahoo by MX", DetectInput{Email: "ann@example.org", DNS: detectDNS([]string{"mta5.am0.yahoodns.net"}, "", "")}, "yahoo", "", "MX:"},
		{"aol", DetectInput{Email: "ann@aol.com"}, "aol", "", "address domain"},
		{"aol by MX", DetectInput{DNS: detectDNS([]string{"mx-aol.mail.gm0.yahoodns.net"}, "", "")}, "aol", "", "MX:"},
		{"icloud", DetectInput{IMAPGreeting: icloudGreeting}, "icloud", "", "IMAP greeting"},
		{"icloud address", DetectInput{Email: "ann@me.com"}, "icloud", "", "address domain"},
		{"zoho", DetectInput{IMAPGreeting: zohoGreeting, IMAPHost: "imappro.zoho.eu"}, "zoho", "", "IMAP greeting"},
		{"fastmail", DetectInput{Email: "ann@fastmail.com", IMAPHost: "imap.fastmail.com", IMAPGreeting: "* OK IMAP4 ready"}, "fastmail", "", "IMAP host"},
		{"gmx", DetectInput{Email: "ann@gmx.de"}, "gmx", "", "address domain"},
		{"web.de", DetectInput{Email: "ann@web.de", IMAPHost: "imap.web.de"}, "webde", "", "IMAP host"},
		{"proton bridge by ports", DetectInput{IMAPHost: "127.0.0.1:1143"}, "proton_bridge", "", "Proton Mail Bridge"},
		{"proton bridge by address", DetectInput{Email: "ann@proton.me", IMAPHost: "127.0.0.1"}, "proton_bridge", "", "address domain"},
		{"yandex", DetectInput{IMAPGreeting: yandexGreeting}, "yandex", "", "IMAP greeting"},
		{"yandex address", DetectInput{Email: "ann@yandex.ru"}, "yandex", "", "address domain"},
		{"mail.ru family", DetectInput{Email: "ann@bk.ru"}, "mailru", "", "address domain"},
		{"dovecot", DetectInput{IMAPGreeting: dovecotGreeting, IMAPHost: "mail.example.org"}, "dovecot", "", "IMAP greeting"},
		{"dovecot beats a consumer domain", DetectInput{Email: "ann@gmail.com", IMAPGreeting: dovecotGreeting}, "dovecot", "", "IMAP greeting"}, // the server talked to decides
		{"postfix", DetectInput{SMTPBanner: postfixBanner}, "postfix", "", "SMTP banner"},
		{"exim at GoDaddy cPanel is not Microsoft", DetectInput{SMTPBanner: eximCPanelBanner, SMTPHost: "p3plcpnl0749.prod.phx3.secureserver.net"}, "exim", "", "SMTP banner"},
		{"courier", DetectInput{IMAPGreeting: "* OK [CAPABILITY IMAP4rev1 UIDPLUS CHILDREN] Courier-IMAP ready."}, "courier", "", "IMAP greeting"},
		{"cyrus", DetectInput{IMAPGreeting: cyrusGreeting}, "cyrus", "", "IMAP greeting"},
		{"unknown", DetectInput{Email: "ann@example.org", IMAPHost: "mail.example.org", DNS: detectDNS([]string{"mail.example.org"}, "v=spf1 mx -all", "")}, "unknown", "", ""},
		{"nothing at all", DetectInput{}, "unknown", "", ""},
		{"loopback without bridge port or proton address", DetectInput{IMAPHost: "127.0.0.1"}, "unknown", "", ""},
		{"hotmail-like custom domain is not consumer", DetectInput{Email: "ann@live.example.org"}, "unknown", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := DetectProvider(tc.in)
			require.Equal(t, tc.want, string(got.ID), "ID (evidence %q)", got.Evidence)
			assert.Equal(t, tc.reseller, got.Reseller, "reseller")
			if tc.want == "unknown" {
				assert.Equal(t, "Unknown provider", got.Name, "name")
				return
			}
			info, ok := LookupProvider(ProviderID(tc.want))
			require.True(t, ok, "no table entry %q", tc.want)
			assert.Equal(t, info.Name, got.Name, "name")
			require.NotEmpty(t, got.Evidence, "no evidence")
			assert.Contains(t, got.Evidence[0], tc.evidence)
			// Same input, same output.
			assert.Equal(t, got, DetectProvider(tc.in), "not deterministic")
		})
	}
}

func TestDetectProviderEvidence(t *testing.T) {
	got := DetectProvider(DetectInput{IMAPGreeting: m365Greeting})
	assert.Contains(t, strings.Join(got.Evidence, "\n"), "BL1P223CA0005.NAMP223.PROD.OUTLOOK.COM")

	got = DetectProvider(DetectInput{Email: "ann@example.org", DNS: detectDNS([]string{"mx0a-001.pphosted.com"}, "v=spf1 include:spf.protection.outlook.com -all", "autodiscover.outlook.com")})
	all := strings.Join(got.Evidence, "\n")
	assert.Contains(t, all, "Proofpoint filtering gateway")
	assert.Contains(t, all, "autodiscover CNAME: autodiscover.outlook.com")

	got = DetectProvider(DetectInput{Email: "ann@example.org", DNS: detectDNS([]string{"example-org.mail.protection.outlook.com"}, "v=spf1 include:secureserver.net include:spf.protection.outlook.com -all", "")})
	assert.Contains(t, strings.Join(got.Evidence, "\n"), "cannot be confirmed from DNS")

	got = DetectProvider(DetectInput{IMAPGreeting: onPremGreeting, IMAPHost: "imap.hs20.net"})
	assert.Contains(t, strings.Join(got.Evidence, "\n"), "on-premises")
}

// Every greeting and banner in the shared response table identifies its
// provider from the greeting and the host the reply came from.
func TestDetectProviderResponseTable(t *testing.T) {
	data, err := os.ReadFile("testdata/responses.json")
	require.NoError(t, err)
	var rows []struct {
		ID, Provider, Protocol, Stage, Text, Host string
	}
	require.NoError(t, json.Unmarshal(data, &rows), "bad JSON")
	n := 0
	for _, r := range rows {
		if r.Provider == "other" || (r.Stage != "greeting" && r.Stage != "ehlo") {
			continue
		}
		in := DetectInput{}
		switch {
		case r.Protocol == "smtp" && r.Stage == "ehlo":
			in.SMTPEHLO, in.SMTPHost = r.Text, r.Host
		case r.Protocol == "smtp":
			in.SMTPBanner, in.SMTPHost = r.Text, r.Host
		default:
			in.IMAPGreeting, in.IMAPHost = r.Text, r.Host
		}
		want := r.Provider
		if want == "google" {
			want = "gmail" // no address: Google's servers read as Gmail
		}
		got := DetectProvider(in)
		assert.Equal(t, want, string(got.ID), "%s (evidence %q)", r.ID, got.Evidence)
		n++
	}
	assert.GreaterOrEqual(t, n, 15, "greeting rows")
}

func TestProvidersTable(t *testing.T) {
	seen := map[ProviderID]bool{}
	for _, p := range Providers() {
		assert.False(t, seen[p.ID], "duplicate id %q", p.ID)
		seen[p.ID] = true
		assert.NotEmpty(t, p.Name, "%s: no name", p.ID)
		for _, list := range [][]string{p.Domains, p.HostPatterns, p.MXPatterns, p.SPFIncludes, p.AutodiscoverPatterns, p.GreetingPatterns, p.BannerPatterns} {
			for _, s := range list {
				assert.NotEmpty(t, s, "%s: empty pattern", p.ID)
				assert.Equal(t, strings.ToLower(s), s, "%s: pattern must be lower case", p.ID)
			}
		}
		for _, src := range p.Sources {
			assert.True(t, strings.HasPrefix(src.URL, "https://"), "%s: source %q", p.ID, src.URL)
			assert.Regexp(t, `^\d{4}-\d{2}-\d{2}$`, src.Checked, "%s: source %q has no checked date", p.ID, src.URL)
		}
		if p.IMAP.Host != "" {
			assert.Positive(t, p.IMAP.Port, "%s: incomplete IMAP endpoint", p.ID)
			assert.NotEmpty(t, p.IMAP.Security, "%s: incomplete IMAP endpoint", p.ID)
		}
		if p.SMTP.Host != "" {
			assert.Positive(t, p.SMTP.Port, "%s: incomplete SMTP endpoint", p.ID)
			assert.NotEmpty(t, p.SMTP.Security, "%s: incomplete SMTP endpoint", p.ID)
		}
	}
	for _, id := range []ProviderID{"microsoft365", "outlook", "exchange", "google_workspace", "gmail", "yahoo", "aol", "icloud",
		"zoho", "fastmail", "gmx", "webde", "proton_bridge", "yandex", "mailru", "dovecot", "postfix", "exim", "courier", "cyrus"} {
		assert.True(t, seen[id], "missing provider %q", id)
	}

	m, ok := LookupProvider("microsoft365")
	require.True(t, ok, "microsoft365 missing")
	assert.Equal(t, Endpoint{Host: "smtp.office365.com", Port: 587, Security: "starttls"}, m.SMTP, "M365 SMTP (587 only)")
	m.HostPatterns[0] = "changed"
	m2, _ := LookupProvider("microsoft365")
	assert.NotEqual(t, "changed", m2.HostPatterns[0], "LookupProvider shares the table's slices")
	_, ok = LookupProvider("unknown")
	assert.False(t, ok, "unknown is not a table entry")
}

// fakeResolver answers from maps; missing names fail like NXDOMAIN.
type fakeResolver struct {
	mx    map[string][]*net.MX
	txt   map[string][]string
	cname map[string]string
	srv   map[string][]*net.SRV // key "_service._proto.name"
}

var errNoSuchHost = &net.DNSError{Err: "no such host", IsNotFound: true}

func (f *fakeResolver) LookupHost(ctx context.Context, host string) ([]string, error) {
	return nil, errNoSuchHost
}

func (f *fakeResolver) LookupMX(ctx context.Context, name string) ([]*net.MX, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if v, ok := f.mx[name]; ok {
		return v, nil
	}
	return nil, errNoSuchHost
}

func (f *fakeResolver) LookupTXT(ctx context.Context, name string) ([]string, error) {
	if v, ok := f.txt[name]; ok {
		return v, nil
	}
	return nil, errNoSuchHost
}

func (f *fakeResolver) LookupCNAME(ctx context.Context, host string) (string, error) {
	if v, ok := f.cname[host]; ok {
		return v, nil
	}
	return "", errNoSuchHost
}

func (f *fakeResolver) LookupSRV(ctx context.Context, service, proto, name string) (string, []*net.SRV, error) {
	key := "_" + service + "._" + proto + "." + name
	if v, ok := f.srv[key]; ok {
		return key + ".", v, nil
	}
	return "", nil, errors.New("lookup " + key + ": server misbehaving")
}

var _ Resolver = (*fakeResolver)(nil)

func TestLookupDNS(t *testing.T) {
	r := &fakeResolver{
		mx: map[string][]*net.MX{"example.org": {
			{Host: "Mx2.Example.org.", Pref: 20},
			{Host: "example-org.mail.protection.outlook.com.", Pref: 0},
			{Host: "mx1.example.org.", Pref: 20},
		}},
		txt: map[string][]string{"example.org": {
			"google-site-verification=abc",
			"v=spf1 include:spf.protection.outlook.com -all",
		}},
		cname: map[string]string{"autodiscover.example.org": "autodiscover.outlook.com."},
		srv: map[string][]*net.SRV{
			"_imaps._tcp.example.org":      {{Target: "imap2.example.org.", Port: 993, Priority: 10, Weight: 0}, {Target: "imap.example.org.", Port: 993, Priority: 0, Weight: 5}},
			"_submission._tcp.example.org": {{Target: "smtp.example.org.", Port: 587}},
			"_imap._tcp.example.org":       {{Target: ".", Port: 0}}, // "not offered" (RFC 6186)
		},
	}
	got := LookupDNS(t.Context(), r, "Example.ORG.")
	want := &DNSFacts{
		Domain:       "example.org",
		MX:           []string{"example-org.mail.protection.outlook.com", "mx1.example.org", "mx2.example.org"},
		SPF:          "v=spf1 include:spf.protection.outlook.com -all",
		Autodiscover: "autodiscover.outlook.com",
		SRV: map[string][]string{
			"_imaps._tcp":      {"imap.example.org:993", "imap2.example.org:993"},
			"_submission._tcp": {"smtp.example.org:587"},
		},
	}
	assert.Equal(t, want, got)

	// The facts feed detection directly.
	assert.Equal(t, catalog.IDMicrosoft365, DetectProvider(DetectInput{Email: "ann@example.org", DNS: got}).ID, "detect")

	// Failures record nothing; a CNAME equal to the name is no CNAME.
	r2 := &fakeResolver{cname: map[string]string{"autodiscover.example.net": "autodiscover.example.net."}}
	got = LookupDNS(t.Context(), r2, "example.net")
	assert.Equal(t, &DNSFacts{Domain: "example.net"}, got)

	// A cancelled context: every lookup fails, nothing is recorded.
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	got = LookupDNS(ctx, r, "example.org")
	if assert.NotNil(t, got) {
		assert.Nil(t, got.MX, "cancelled context still gave MX")
	}

	assert.Nil(t, LookupDNS(t.Context(), r, ""), "empty domain")

	// A consumer domain: the provider table decides its servers, so no SRV.
	r3 := &fakeResolver{srv: map[string][]*net.SRV{"_imaps._tcp.gmail.com": {{Target: "imap.example.org.", Port: 993}}}}
	got = LookupDNS(t.Context(), r3, "gmail.com")
	if assert.NotNil(t, got) {
		assert.Nil(t, got.SRV, "consumer domain asked for SRV")
	}
}

// TestEveryHostPatternDetects: a host under any registry host pattern
// gives DetectProvider a provider, on either protocol. explainProvider
// relies on it and has no host look-up of its own after DetectProvider.
func TestEveryHostPatternDetects(t *testing.T) {
	for _, p := range Providers() {
		for _, hp := range p.HostPatterns {
			host := "mail." + strings.TrimPrefix(hp, ".")
			assert.NotEmpty(t, normalizeProviderID(DetectProvider(DetectInput{IMAPHost: host}).ID), "%s: IMAP host %s", p.ID, host)
			assert.NotEmpty(t, normalizeProviderID(DetectProvider(DetectInput{SMTPHost: host + ":587"}).ID), "%s: SMTP host %s", p.ID, host)
		}
	}
}

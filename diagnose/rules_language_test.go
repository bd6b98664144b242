package diagnose

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mailcheck-go/mailcheck/probe"
)

// TestLanguageReadings: the wording families of rules_language.go and
// explain_errors_language.go, one row per concept and language family,
// and the error numbers that are the same in every language. The real
// texts (Thunderbird's translations) are in testdata/responses.json; these
// rows pin the families and the search order around them.
func TestLanguageReadings(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		proto Protocol
		stage probe.Stage
		want  Code
		conf  Confidence
	}{
		// Facts: a network or TLS failure in the client's words.
		{"de unknown host", "Der Host ‘mail.example.de’ wurde nicht gefunden.", ProtocolSMTP, "", CodeDNSFailure, ConfidenceHigh},
		{"ru unknown server", "Неизвестный сервер «mail.example.ru».", ProtocolIMAP, "", CodeDNSFailure, ConfidenceHigh},
		{"ja refused", "サーバーへの接続が拒否されました。", ProtocolIMAP, "", CodeConnectionRefused, ConfidenceHigh},
		{"es timeout", "Se agotó el tiempo de espera de la conexión.", ProtocolIMAP, "", CodeConnectionTimeout, ConfidenceHigh},
		{"fr certificate expired", "Le certificat du serveur a expiré.", ProtocolIMAP, "", CodeTLSCertificate, ConfidenceHigh},
		{"zh self-signed", "服务器使用的是自签名证书。", ProtocolIMAP, "", CodeTLSCertificate, ConfidenceHigh},
		{"nl STARTTLS not offered", "De server %S ondersteunt STARTTLS niet, omdat hij het niet aankondigt.", ProtocolSMTP, "", CodeStartTLSUnavailable, ConfidenceHigh},
		// The same facts in languages beyond the main ones.
		{"hu refused", "A kapcsolatot elutasította a kiszolgáló.", ProtocolIMAP, "", CodeConnectionRefused, ConfidenceHigh},
		{"fi timeout", "Aikakatkaisu yhdistettäessä palvelimeen.", ProtocolIMAP, "", CodeConnectionTimeout, ConfidenceHigh},
		{"sv unknown host", "Okänd värd: mail.example.se", ProtocolSMTP, "", CodeDNSFailure, ConfidenceHigh},
		{"el timeout", "Λήξη χρονικού ορίου σύνδεσης.", ProtocolIMAP, "", CodeConnectionTimeout, ConfidenceHigh},
		{"vi refused", "Kết nối bị từ chối.", ProtocolSMTP, "", CodeConnectionRefused, ConfidenceHigh},
		{"ar unknown host", "مضيف غير معروف", ProtocolIMAP, "", CodeDNSFailure, ConfidenceHigh},
		// A TLS error that names the certificate only as a possible cause
		// is a TLS error, not a certificate verdict.
		{"it TLS error naming the certificate", "Errore TLS: handshake o certificato incompatibile.", ProtocolIMAP, "", CodeTLSHandshakeFailed, ConfidenceHigh},

		// Error numbers, whatever the language around them.
		{"socket 10061 in German", "Socket-Fehler: 10061, Fehlernummer: 0x800CCC0E", ProtocolSMTP, "", CodeConnectionRefused, ConfidenceHigh},
		{"socket 11001", "Socket Error: 11001, Error Number: 0x800CCC0D", ProtocolPOP3, "", CodeDNSFailure, ConfidenceHigh},
		{"socket 10060 in Polish", "Błąd gniazda: 10060", ProtocolIMAP, "", CodeConnectionTimeout, ConfidenceHigh},
		{"Outlook 0x8004210B", "Fehlernummer: 0x8004210B", ProtocolSMTP, "", CodeConnectionTimeout, ConfidenceHigh},
		{"Outlook 0x800CCC0E alone", "Erreur 0x800CCC0E", ProtocolSMTP, "", CodeUnknown, ConfidenceLow},
		{"Outlook 0x800CCC92", "Numéro d'erreur : 0x800CCC92", ProtocolPOP3, "", CodeInvalidCredentials, ConfidenceMedium},
		{"Outlook 0x800CCC79", "Error Number: 0x800CCC79", ProtocolSMTP, "", CodeRelayDenied, ConfidenceLow},
		{"Outlook 0x800CCC7D", "Fehlernummer: 0x800CCC7D", ProtocolSMTP, "", CodeStartTLSUnavailable, ConfidenceHigh},
		{"Outlook 0x800CCC01", "Error Number: 0x800CCC01", ProtocolIMAP, "", CodeTLSCertificate, ConfidenceHigh},
		{"Outlook 0x800CCC7C", "Error Number: 0x800CCC7C", ProtocolSMTP, "", CodePlaintextDisallowed, ConfidenceMedium},
		{"Outlook 0x800CCC67", "Número de error: 0x800CCC67", ProtocolSMTP, "", CodeServerUnavailable, ConfidenceMedium},

		// Concepts a client says in its own words.
		{"pl sign-in refused", "Logowanie nie powiodło się: nieprawidłowe hasło.", ProtocolIMAP, probe.StageAuthenticate, CodeInvalidCredentials, ConfidenceMedium},
		{"ko mechanism", "서버가 선택한 인증 방식을 지원하지 않습니다.", ProtocolSMTP, "", CodeMechanismUnsupported, ConfidenceMedium},
		{"cs too many connections", "Příliš mnoho spojení z vaší adresy.", ProtocolIMAP, "", CodeRateLimited, ConfidenceMedium},
		{"tr quota", "Posta kutusu dolu.", ProtocolIMAP, "", CodeQuotaExceeded, ConfidenceMedium},
		{"de folder missing", "Der Ordner „Gesendet“ existiert nicht.", ProtocolIMAP, "", CodeMailboxMissing, ConfidenceMedium},
		{"uk message too large", "Розмір повідомлення перевищує обмеження сервера.", ProtocolSMTP, "", CodeMessageTooLarge, ConfidenceMedium},
		{"pt could not connect", "Não foi possível conectar ao servidor.", ProtocolSMTP, "", CodeUnknown, ConfidenceLow},
		// A precise fact in the same text beats "could not connect".
		{"de could not connect, timed out", "Verbindung konnte nicht hergestellt werden: Zeitüberschreitung.", ProtocolSMTP, "", CodeConnectionTimeout, ConfidenceHigh},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Explain(tc.text, Hints{Protocol: tc.proto, Stage: tc.stage})
			assert.Equal(t, tc.want, f.Code, "%s (rule %s)", tc.text, f.Evidence.Rule)
			assert.Equal(t, tc.conf, f.Confidence, tc.text)
		})
	}
}

// TestOutlookNumberYieldsToServerReply: Outlook's number names the command
// that failed, but the server's reply shown beside it says why, so the
// reply decides (0x800CCC78 is "sender rejected" even when the server's
// reason is the sign-in).
func TestOutlookNumberYieldsToServerReply(t *testing.T) {
	text := "Server Response: '535 5.7.8 Error: authentication failed', Port: 587, Secure(SSL): No, Server Error: 535, Error Number: 0x800CCC78"
	f := Explain(text, Hints{Protocol: ProtocolSMTP, Stage: probe.StageAuthenticate})
	assert.Equal(t, CodeInvalidCredentials, f.Code, f.Evidence.Rule)
	assert.NotEqual(t, "outlook-smtp-sender-rejected", f.Evidence.Rule)

	f = Explain("Error Number: 0x800CCC78", Hints{Protocol: ProtocolSMTP})
	assert.Equal(t, CodeSenderNotPermitted, f.Code, f.Evidence.Rule)
}

// TestLanguageWordsNeedNoServerReply: a client error in other words is read
// only when the text holds no server reply; a reply's own words decide.
func TestLanguageWordsNeedNoServerReply(t *testing.T) {
	f := Explain("* BYE Zeitüberschreitung, Verbindung wird geschlossen", Hints{Protocol: ProtocolIMAP})
	assert.NotEqual(t, CodeConnectionTimeout, f.Code, "an IMAP BYE is the server's reply, not a client's timeout")
}

package diagnose

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mailcheck-go/mailcheck/probe"
)

// TestWrapperStagesLanguage: PHPMailer's and Roundcube's localized words
// for the refused command put a bare reply code at that command, as the
// English wrappers do. Rows are the programs' templates (language files)
// with a reply code filled in where Roundcube prints "($code)".
func TestWrapperStagesLanguage(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		stage probe.Stage
		want  Code
	}{
		// Roundcube pl_PL smtptoerror: a bare 550 after RCPT TO.
		{"pl roundcube rcpt", `Błąd SMTP (550): Nie można dodać odbiorcy "user@example.com"`, probe.StageEnvelope, CodeRelayDenied},
		// Roundcube nl_NL smtpfromerror: a bare 553 after MAIL FROM.
		{"nl roundcube mail", `SMTP-fout (553): Afzender "user@example.com" kan niet ingesteld worden ().`, probe.StageEnvelope, CodeSenderNotPermitted},
		// Roundcube tr_TR smtpfromerror.
		{"tr roundcube mail", `SMTP sorunu (553): Gönderici adresi "user@example.com" olarak ayarlanamadı ()`, probe.StageEnvelope, CodeSenderNotPermitted},
		// PHPMailer ru recipients_failed with the server's reply appended:
		// the reply decides.
		{"ru phpmailer rcpt with reply", "Ошибка SMTP: не удалась отправка таким адресатам: user@example.com: 550 5.1.1 User unknown", probe.StageEnvelope, CodeRecipientUnknown},
		// PHPMailer de data_not_accepted: the stage is DATA, the cause
		// unknown.
		{"de phpmailer data", "SMTP-Fehler: Daten werden nicht akzeptiert.", probe.StageData, CodeUnknown},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Explain(tc.text, Hints{Protocol: ProtocolSMTP})
			assert.Equal(t, tc.want, f.Code, "%s (rule %s)", tc.text, f.Evidence.Rule)
			assert.Equal(t, tc.stage, f.Stage, tc.text)
		})
	}
}

// TestThunderbirdPOP3Language: Thunderbird's POP3 messages
// (localMsgs.properties) in English and other languages, and the server's
// reply Thunderbird appends deciding over them.
func TestThunderbirdPOP3Language(t *testing.T) {
	tests := []struct {
		name string
		text string
		want Code
	}{
		{"en password", "Sending of password for user jdoe did not succeed.", CodeInvalidCredentials},
		{"tr password", "jdoe kullanıcısı için parola gönderilemedi.", CodeInvalidCredentials},
		// The server's response code decides: [SYS/TEMP] is temporary.
		{"de password, server says SYS/TEMP", "Fehler beim Senden des Passworts für den Benutzer jdoe. Der Mail-Server pop.example.de antwortete: [SYS/TEMP] Try again later", CodeTemporaryFailure},
		// nsErrorCouldNotConnectViaTls: STARTTLS wanted, no STLS.
		{"en no STLS", "Unable to establish TLS connection to POP3 server. The server may be down or may be incorrectly configured.", CodeStartTLSUnavailable},
		{"uk kerberos", "Квиток Kerberos / GSSAPI не був прийнятий POP3-сервером.", CodeInvalidCredentials},
		{"it temporary", "Errore temporaneo di pop.example.it durante il recupero di nuovi messaggi.", CodeTemporaryFailure},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Explain(tc.text, Hints{Protocol: ProtocolPOP3})
			assert.Equal(t, tc.want, f.Code, "%s (rule %s)", tc.text, f.Evidence.Rule)
		})
	}
}

// TestK9Language: K-9 Mail / Thunderbird for Android's account-check
// errors: STARTTLS missing from the server's capabilities is a fact, and an
// expired client certificate is the user's credential, not the server's
// certificate.
func TestK9Language(t *testing.T) {
	f := Explain("Al servidor le falta esta capacidad:\n\nSTARTTLS", Hints{Protocol: ProtocolSMTP})
	assert.Equal(t, CodeStartTLSUnavailable, f.Code, f.Evidence.Rule)
	assert.Equal(t, ConfidenceHigh, f.Confidence)

	f = Explain("El certificado del cliente ya no es válido", Hints{Protocol: ProtocolIMAP})
	assert.Equal(t, CodeInvalidCredentials, f.Code, f.Evidence.Rule)
	assert.Equal(t, "k9-client-certificate", f.Evidence.Rule)
}

// TestUnknownReasonIsNotUnknownHost: "for an unknown reason" after the
// server's name (Thunderbird's smtpSendFailedUnknownReason) is not an
// unknown server, while "server ... unknown" still is.
func TestUnknownReasonIsNotUnknownHost(t *testing.T) {
	for _, text := range []string{
		"Le message n’a pas pu être envoyé en utilisant le serveur sortant (SMTP) « %S » pour une raison inconnue.",
		"Il messaggio non può essere inviato usando il server in uscita (SMTP) %S per un motivo sconosciuto.",
	} {
		f := Explain(text, Hints{Protocol: ProtocolSMTP})
		assert.NotEqual(t, CodeDNSFailure, f.Code, text)
	}
	f := Explain("Server posta in uscita (SMTP) mail.example.it sconosciuto.", Hints{Protocol: ProtocolSMTP})
	assert.Equal(t, CodeDNSFailure, f.Code)
}

package diagnose

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mailcheck-go/mailcheck/probe"
)

// TestLexiconReadings: two words of a language no sentence rule knows, in
// either order, read as the concept they name; one row per concept, in
// languages the sentence tables do not list (Hungarian, Swedish, Greek,
// Finnish, Romanian, Vietnamese...) and in the main ones with a wording of
// their own. Every reading is a guess from words, so low confidence.
func TestLexiconReadings(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		proto Protocol
		stage probe.Stage
		want  Code
		rule  string
	}{
		{"hu sign-in", "Hitelesítés sikertelen", ProtocolIMAP, "", CodeInvalidCredentials, "lexicon-sign-in"},
		{"sv sign-in", "Autentisering misslyckades för användaren", ProtocolSMTP, "", CodeInvalidCredentials, "lexicon-sign-in"},
		{"el sign-in, verdict first", "Αποτυχία ελέγχου ταυτότητας", ProtocolIMAP, probe.StageAuthenticate, CodeInvalidCredentials, "lexicon-sign-in"},
		{"fi password", "Väärä salasana", ProtocolIMAP, "", CodeInvalidCredentials, "lexicon-sign-in"},
		{"pl folder, verb first", "Nie znaleziono folderu Wysłane", ProtocolIMAP, "", CodeMailboxMissing, "lexicon-folder-missing"},
		{"ro folder", "Dosarul nu există pe server", ProtocolIMAP, "", CodeMailboxMissing, "lexicon-folder-missing"},
		{"hu quota", "A postafiók megtelt", ProtocolIMAP, "", CodeQuotaExceeded, "lexicon-quota"},
		{"fi quota", "Tallennustila on täynnä", ProtocolIMAP, "", CodeQuotaExceeded, "lexicon-quota"},
		{"hu too large", "Az üzenet túl nagy", ProtocolSMTP, "", CodeMessageTooLarge, "lexicon-too-large-message"},
		{"vi too large", "Tệp đính kèm quá lớn", ProtocolSMTP, "", CodeMessageTooLarge, "lexicon-too-large"},
		{"sv too many", "För många anslutningar från din adress", ProtocolIMAP, "", CodeRateLimited, "lexicon-too-many"},
		{"hu recipient", "A címzett ismeretlen", ProtocolSMTP, "", CodeRecipientUnknown, "lexicon-recipient"},
		{"fi sender", "Lähettäjän osoite hylättiin", ProtocolSMTP, "", CodeSenderNotPermitted, "lexicon-sender"},
		{"ru spam", "Письмо отклонено: похоже на спам", ProtocolSMTP, "", CodePolicyBlocked, "lexicon-spam"},
		{"zh mechanism", "服务器不支持该认证方式", ProtocolSMTP, "", CodeMechanismUnsupported, "lexicon-mechanism"},
		{"zh STARTTLS", "服务器不支持STARTTLS", ProtocolSMTP, "", CodeStartTLSUnavailable, "lexicon-secure-unsupported"},
		{"sv secure connection", "Servern stöder inte säker anslutning", ProtocolIMAP, "", CodeStartTLSUnavailable, "lexicon-secure-unsupported"},
		{"pl password expired", "Hasło wygasło", ProtocolIMAP, "", CodePasswordExpired, "lexicon-password-expired"},
		{"hu account locked", "A fiók zárolva", ProtocolIMAP, "", CodeAccountLocked, "lexicon-account-locked"},
		{"de server unavailable", "Server nicht verfügbar", ProtocolIMAP, "", CodeServerUnavailable, "lexicon-service-unavailable"},
		{"de unexpected reply", "Die Antwort des Servers war unerwartet", ProtocolIMAP, "", CodeProtocolError, "lexicon-bad-reply"},
		{"de try later", "Bitte versuchen Sie es später erneut", ProtocolSMTP, "", CodeTemporaryFailure, "lexicon-try-later"},
		{"nl password no longer valid", "Uw wachtwoord is niet langer geldig", ProtocolIMAP, "", CodePasswordExpired, "lexicon-password-expired"},
		{"ru disk quota", "Не удалось сохранить письмо из-за превышения дисковой квоты", ProtocolIMAP, "", CodeQuotaExceeded, "lexicon-quota-named"},
		{"pt size exceeds", "O tamanho do anexo ultrapassa o máximo permitido", ProtocolSMTP, "", CodeMessageTooLarge, "lexicon-too-large"},
		{"es first person", "No pude autenticarme en el servidor IMAP", ProtocolIMAP, "", CodeInvalidCredentials, "lexicon-sign-in"},
		{"sv address", "Ogiltig adress: meddelandet skickades inte", ProtocolSMTP, probe.StageEnvelope, CodeRecipientUnknown, "lexicon-address"},
		{"ko user not found", "사용자를 찾을 수 없습니다", ProtocolSMTP, "", CodeRecipientUnknown, "lexicon-address"},
		{"pl external domains", "Wysyłanie do domen zewnętrznych zostało zablokowane", ProtocolSMTP, "", CodeRelayDenied, "lexicon-relay"},
		{"fr own address", "Vérifiez votre propre adresse dans les paramètres : erreur d'envoi", ProtocolSMTP, "", CodeSenderNotPermitted, "lexicon-sender"},
		{"it certificate", "Verifica del certificato non riuscita", ProtocolIMAP, "", CodeTLSCertificate, "keyword-certificate"},
		{"de host name", "Der Hostname konnte nicht aufgelöst werden", ProtocolIMAP, "", CodeDNSFailure, "lexicon-host-name"},
		{"ja SMTP AUTH not available", "このサーバーでは SMTP AUTH が利用できません", ProtocolSMTP, "", CodeMechanismUnsupported, "lexicon-mechanism"},
		{"hu could not connect", "Nem sikerült kapcsolódni a kiszolgálóhoz", ProtocolIMAP, "", CodeUnknown, "lexicon-could-not-connect"},
		{"es message sent", "Su mensaje fue enviado", ProtocolSMTP, "", CodeOK, "lexicon-success"},
		{"pl connection OK", "Połączenie z serwerem OK", ProtocolIMAP, "", CodeOK, "lexicon-success"},
		{"fr connection established", "Connexion au serveur établie", ProtocolIMAP, "", CodeOK, "lexicon-success"},
		{"ru host unreachable", "Хост недоступен. Проверьте адрес сервера.", ProtocolIMAP, "", CodeNetworkUnreachable, "lexicon-host-unreachable"},
		{"it no response", "Nessuna risposta dal server di posta", ProtocolIMAP, "", CodeConnectionTimeout, "lexicon-no-response"},
		{"de SSL exception", "Beim Verbindungsaufbau ist eine SSL-Ausnahme aufgetreten", ProtocolIMAP, "", CodeTLSHandshakeFailed, "lexicon-tls-exception"},
		{"cs check credentials", "Zkontrolujte přihlašovací údaje a zkuste to znovu.", ProtocolIMAP, "", CodeInvalidCredentials, "lexicon-check-credentials"},
		{"pl command too long", "Polecenie jest zbyt długie", ProtocolSMTP, "", CodeProtocolError, "lexicon-bad-command"},
		{"fr server name invalid", "Nom de serveur non valide", ProtocolIMAP, "", CodeDNSFailure, "lexicon-host-name"},
		{"de limit reached", "Sie haben das Limit für den Versand von Nachrichten erreicht", ProtocolSMTP, "", CodeRateLimited, "lexicon-sending-quota"},
		{"es not offered", "La autenticación no es ofrecida por el servidor", ProtocolIMAP, "", CodeMechanismUnsupported, "lexicon-mechanism"},
		{"de secure connection required", "Der Server erfordert eine verschlüsselte Verbindung", ProtocolSMTP, "", CodePlaintextDisallowed, "lexicon-secure-required"},
		{"de AUTH LOGIN not sent", "Der Befehl AUTH LOGIN konnte nicht gesendet werden", ProtocolSMTP, "", CodeMechanismUnsupported, "lexicon-auth-login-refused"},
		{"de folder not fetched", "Abruf des Ordners fehlgeschlagen", ProtocolIMAP, "", CodeMailboxMissing, "lexicon-folder-failed"},
		{"fr server busy", "Serveur occupé", ProtocolPOP3, "", CodeTemporaryFailure, "lexicon-server-busy"},
		{"it network unreachable", "Rete non raggiungibile", ProtocolIMAP, "", CodeNetworkUnreachable, "lexicon-network-unreachable"},
		{"fr protocol error", "Erreur de protocole", ProtocolIMAP, "", CodeProtocolError, "lexicon-protocol-error"},
		{"pl TLS failed", "Nawiązanie bezpiecznego połączenia nie powiodło się", ProtocolIMAP, "", CodeTLSHandshakeFailed, "lexicon-tls-failed"},
		{"de credentials no longer valid", "Ihre Zugangsdaten sind nicht mehr gültig", ProtocolIMAP, "", CodePasswordExpired, "lexicon-password-expired"},
		{"de account locked for an expired password", "Konto wegen abgelaufenem Passwort gesperrt", ProtocolIMAP, "", CodePasswordExpired, "lexicon-password-expired"},
		{"fr locate the host", "Impossible de localiser l'hôte", ProtocolSMTP, "", CodeDNSFailure, "lexicon-host-name"},
		{"sv TLS required but unsupported", "TLS krävs men servern stöder det inte", ProtocolIMAP, "", CodeStartTLSUnavailable, "lexicon-secure-unsupported"},
		{"da security error", "Der opstod en sikkerhedsfejl", ProtocolIMAP, "", CodeTLSHandshakeFailed, "lexicon-security-error"},
		{"hu certificate expired", "A szerver tanúsítványa lejárt", ProtocolIMAP, "", CodeTLSCertificate, "lexicon-certificate"},
		{"pl app password", "Użyj hasła aplikacji zamiast hasła do konta", ProtocolIMAP, "", CodeAppPasswordRequired, "lexicon-app-password"},
		{"cs enable IMAP", "V nastavení účtu je potřeba povolit IMAP", ProtocolIMAP, "", CodeProtocolDisabled, "lexicon-protocol-disabled"},
		{"de maintenance", "Der Server wird gerade gewartet (Wartung)", ProtocolIMAP, "", CodeServerUnavailable, "lexicon-maintenance"},
		{"fi folder missing", "Lähetetyt-kansio puuttuu", ProtocolIMAP, "", CodeMailboxMissing, "lexicon-folder-missing"},
		{"fi at the mailbox step", "{0} ei ole olemassa", ProtocolIMAP, probe.StageMailbox, CodeMailboxMissing, "lexicon-mailbox-not-found"},
		{"hr APOP", "Poslužitelj ne podržava APOP", ProtocolPOP3, "", CodeMechanismUnsupported, "lexicon-mechanism"},
		{"de host address invalid", "Die Hostadresse ist ungültig", ProtocolIMAP, "", CodeDNSFailure, "lexicon-host-name"},
		{"sk server not responding", "Server neodpovedá", ProtocolSMTP, "", CodeConnectionTimeout, "lexicon-no-response"},
		{"hu no supported method", "Nincs támogatott hitelesítési eljárás", ProtocolSMTP, "", CodeMechanismUnsupported, "lexicon-mechanism"},
		{"de folders deleted", "Der Ordner Entwürfe wurde gelöscht", ProtocolIMAP, "", CodeMailboxMissing, "lexicon-folder-missing"},
		{"es test succeeded", "La prueba de conexión tuvo éxito", ProtocolIMAP, "", CodeOK, "lexicon-success"},
		{"fr test mail sent", "Courriel de test envoyé", ProtocolSMTP, "", CodeOK, "lexicon-success"},
		{"mbsync authenticating", "Authenticating with SASL mechanism PLAIN...", ProtocolIMAP, "", CodeOK, "mbsync-authenticating"},
		{"fr Exchange not found at a domain", "marie n'a pas été trouvée sur example.fr.", ProtocolSMTP, "", CodeRecipientUnknown, "lexicon-address"},
		{"de success", "Verbindungstest erfolgreich", ProtocolIMAP, "", CodeOK, "lexicon-success"},
		{"hr success", "Veza je uspješno uspostavljena", ProtocolSMTP, "", CodeOK, "lexicon-success"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Explain(tc.text, Hints{Protocol: tc.proto, Stage: tc.stage})
			assert.Equal(t, tc.want, f.Code, "%s (rule %s)", tc.text, f.Evidence.Rule)
			assert.Equal(t, tc.rule, f.Evidence.Rule, tc.text)
			assert.Equal(t, ConfidenceLow, f.Confidence, tc.text)
		})
	}
}

// TestLexiconNearMisses: what the word readings must leave alone.
func TestLexiconNearMisses(t *testing.T) {
	t.Run("a success word turned round is no success", func(t *testing.T) {
		for _, text := range []string{
			"Anmeldung nicht erfolgreich",      // de "not successful"
			"Veza nije uspješno uspostavljena", // hr "not"
			"Povezava neuspešna",               // sl "unsuccessful"
			"连接不成功",                            // zh "not successful"
			"Bağlantı başarısız",               // tr "failed" holds "başarı"
			"Kapcsolódás sikertelen",           // hu "failed" beside "siker"
			"Connection successful, but 550 mailbox unavailable",
			"Yhteys onnistui, mutta kirjautuminen epäonnistui", // fi "worked, but the sign-in failed"
		} {
			f := Explain(text, Hints{})
			assert.NotEqual(t, CodeOK, f.Code, "%s (rule %s)", text, f.Evidence.Rule)
		}
	})
	t.Run("English is read by the English rules, never by the word lists", func(t *testing.T) {
		for _, text := range []string{
			"Account suspended", "Login failed", "quota full", "Invalid response from server",
			"Service not available", "Password expired", "Too many connections", "Recipient unknown",
			"identification failed", "authentication error", "response incorrect",
		} {
			f := Explain(text, Hints{})
			assert.False(t, strings.HasPrefix(f.Evidence.Rule, "lexicon-"), "%s was read by %s", text, f.Evidence.Rule)
		}
	})
	t.Run("a certificate's or a code's verification is no sign-in", func(t *testing.T) {
		for _, text := range []string{"证书验证失败", "IMAP获取验证码失败", "Sertifika doğrulama başarısız"} {
			f := Explain(text, Hints{})
			assert.NotEqual(t, CodeInvalidCredentials, f.Code, "%s (rule %s)", text, f.Evidence.Rule)
		}
	})
	t.Run("English certificate words are the English rules'", func(t *testing.T) {
		// "certificat" starts "certificate" and "certification".
		for _, text := range []string{"No certificate returned", "Trust anchor for certification path not found."} {
			f := Explain(text, Hints{Protocol: ProtocolIMAP})
			assert.NotEqual(t, "lexicon-certificate", f.Evidence.Rule, text)
		}
	})
	t.Run("an address inside a mail address is no address noun", func(t *testing.T) {
		f := Explain("Fehler: mailsmtp_rcpt:\nmailadresse@example.org: Unexpected error code", Hints{Protocol: ProtocolSMTP})
		assert.NotEqual(t, "lexicon-address", f.Evidence.Rule)
	})
	t.Run("a user who failed to sign in is no unknown recipient", func(t *testing.T) {
		f := Explain("Autentisering misslyckades för användaren", Hints{Protocol: ProtocolSMTP})
		assert.Equal(t, CodeInvalidCredentials, f.Code, f.Evidence.Rule)
	})
	t.Run("advice to check the server name is no unknown name", func(t *testing.T) {
		f := Explain("사서함 세부 정보를 확인하는 동안 오류가 발생했습니다. 서버 이름, 포트 및 자격 증명을 확인해 주세요.", Hints{Protocol: ProtocolIMAP})
		assert.NotEqual(t, CodeDNSFailure, f.Code, f.Evidence.Rule)
	})
	t.Run("a device's disk is not the mailbox's quota", func(t *testing.T) {
		f := Explain("Espace disque insuffisant sur l'appareil", Hints{Protocol: ProtocolIMAP})
		assert.NotEqual(t, CodeQuotaExceeded, f.Code, f.Evidence.Rule)
	})
	t.Run("a message not sent is no success", func(t *testing.T) {
		for _, text := range []string{"Nachricht wurde nicht gesendet", "Mensaje no enviado", "メールは送信されませんでした"} {
			f := Explain(text, Hints{Protocol: ProtocolSMTP})
			assert.NotEqual(t, CodeOK, f.Code, "%s (rule %s)", text, f.Evidence.Rule)
		}
	})
	t.Run("a connection not OK is no success", func(t *testing.T) {
		for _, text := range []string{"Verbindung nicht in Ordnung", "Połączenie nie jest OK", "Connexion non établie"} {
			f := Explain(text, Hints{Protocol: ProtocolIMAP})
			assert.NotEqual(t, CodeOK, f.Code, "%s (rule %s)", text, f.Evidence.Rule)
		}
	})
	t.Run("Zammad's English 'Host unreachable' stays unread", func(t *testing.T) {
		// Zammad shows it for any failed connection (held-out rounds 77, 90).
		f := Explain("Host unreachable", Hints{Protocol: ProtocolIMAP})
		assert.NotEqual(t, "lexicon-host-unreachable", f.Evidence.Rule)
	})
	t.Run("the system's invalid argument is no refused parameter", func(t *testing.T) {
		f := Explain("socket error: [Errno 22] 无效的参数", Hints{Protocol: ProtocolIMAP})
		assert.NotEqual(t, "lexicon-bad-command", f.Evidence.Rule)
	})
	t.Run("advice that lists the server beside the credentials is not about the password", func(t *testing.T) {
		f := Explain("Überprüfen Sie den Server, den Port und die Zugangsdaten.", Hints{Protocol: ProtocolIMAP})
		assert.NotEqual(t, "lexicon-check-credentials", f.Evidence.Rule)
	})
	t.Run("an unknown error is no refused password; enabling a workaround no protocol", func(t *testing.T) {
		f := Explain("Παρουσιάστηκε άγνωστο σφάλμα κατά την ταυτοποίηση", Hints{Protocol: ProtocolIMAP})
		assert.NotEqual(t, CodeInvalidCredentials, f.Code, f.Evidence.Rule)
		f = Explain("IMAP: protokollfel. Försök att aktivera temporära lösningar för detta fel.", Hints{Protocol: ProtocolIMAP})
		assert.NotEqual(t, CodeProtocolDisabled, f.Code, f.Evidence.Rule)
		f = Explain("Die Wartung ist abgeschlossen, aber die Anmeldung ist fehlgeschlagen", Hints{Protocol: ProtocolIMAP})
		assert.NotEqual(t, CodeServerUnavailable, f.Code, f.Evidence.Rule)
	})
	t.Run("English words where no English rule read them", func(t *testing.T) {
		// Held-out round 203 (mobile apps' English strings) showed these
		// unread or misread.
		for _, tc := range []struct {
			text string
			want Code
		}{
			{"Authentication methods aren't supported by the server.", CodeMechanismUnsupported},
			{"TLS required but not supported by the server.", CodeStartTLSUnavailable},
			{"The certificate has been revoked.", CodeTLSCertificate},
			{"Connection to the server failed due to a security error.", CodeTLSHandshakeFailed},
			{"Your account is set up.", CodeOK},
			{"Too many failed login attempts, please try again later", CodeRateLimited},
			{"Service not available", CodeServerUnavailable},
			{"TLS is required", CodePlaintextDisallowed},
		} {
			f := Explain(tc.text, Hints{Protocol: ProtocolIMAP})
			assert.Equal(t, tc.want, f.Code, "%s (rule %s)", tc.text, f.Evidence.Rule)
		}
		for _, text := range []string{"Your account is set up, but sending failed", "Your account is set up. The password was refused."} {
			f := Explain(text, Hints{Protocol: ProtocolIMAP})
			assert.NotEqual(t, CodeOK, f.Code, "%s (rule %s)", text, f.Evidence.Rule)
		}
	})
	t.Run("a folder moved, or TLS not required, is no finding of theirs", func(t *testing.T) {
		f := Explain("Verschieben in den Ordner fehlgeschlagen", Hints{Protocol: ProtocolIMAP})
		assert.NotEqual(t, "lexicon-folder-failed", f.Evidence.Rule)
		f = Explain("STARTTLS ist für diesen Server nicht erforderlich", Hints{Protocol: ProtocolSMTP})
		assert.NotEqual(t, CodePlaintextDisallowed, f.Code, f.Evidence.Rule)
	})
	t.Run("the language's certificate noun is read before its TLS word", func(t *testing.T) {
		f := Explain("Die TLS-Prüfung des Serverzertifikats ist fehlgeschlagen", Hints{Protocol: ProtocolIMAP})
		assert.Equal(t, CodeTLSCertificate, f.Code, f.Evidence.Rule)
	})
	t.Run("a wrapper around the server's reply is no garbled reply", func(t *testing.T) {
		f := Explain("Fehler beim Senden der Nachricht. Antwort des Servers: %s", Hints{Protocol: ProtocolSMTP})
		assert.NotEqual(t, CodeProtocolError, f.Code, f.Evidence.Rule)
	})
	t.Run("a recipient is SMTP's word", func(t *testing.T) {
		f := Explain("A címzett ismeretlen", Hints{Protocol: ProtocolIMAP})
		assert.NotEqual(t, "lexicon-recipient", f.Evidence.Rule)
	})
	t.Run("the sign-in reading keeps to the sign-in", func(t *testing.T) {
		f := Explain("Hitelesítés sikertelen", Hints{Protocol: ProtocolSMTP, Stage: probe.StageEnvelope})
		assert.NotEqual(t, "lexicon-sign-in", f.Evidence.Rule)
	})
	t.Run("a sentence rule still decides before the words", func(t *testing.T) {
		// Thunderbird's German smtpAuthFailure: language-login-failed, at
		// medium confidence, not the guess from words.
		f := Explain("Anmeldung am Postausgangs-Server (SMTP) fehlgeschlagen", Hints{Protocol: ProtocolSMTP})
		assert.Equal(t, CodeInvalidCredentials, f.Code)
		assert.NotEqual(t, "lexicon-sign-in", f.Evidence.Rule)
	})
}

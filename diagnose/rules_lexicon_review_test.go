package diagnose

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mailcheck-go/mailcheck/probe"
)

// TestLexiconReview: what a fresh reviewer of the word readings found
// wrong, one row each. want is the code the words say; where they do not
// decide, notCode is the wrong reading that must not come back; with
// neither, no word reading may answer.
func TestLexiconReview(t *testing.T) {
	tests := []reviewCase{
		// A failure whose word the negation lists lacked, read as ok.
		{"Přihlášení neúspěšné", ProtocolIMAP, "", "", CodeOK},
		{"Připojení k serveru bylo neúspěšné", ProtocolIMAP, "", "", CodeOK},
		{"Neúspešné prihlásenie", ProtocolIMAP, "", "", CodeOK},
		{"Ανεπιτυχής σύνδεση", ProtocolIMAP, "", "", CodeOK},
		{"Kirjautuminen epäonnistunut", ProtocolIMAP, "", CodeInvalidCredentials, ""},
		{"Autentificare nereușită", ProtocolIMAP, "", CodeInvalidCredentials, ""},
		{"Aanmelden onsuccesvol", ProtocolIMAP, "", CodeInvalidCredentials, ""},
		{"Misslyckad inloggning", ProtocolIMAP, "", CodeInvalidCredentials, ""},
		{"Безуспешная попытка входа в учетную запись", ProtocolIMAP, "", CodeInvalidCredentials, ""},
		{"Вхід неуспішний", ProtocolIMAP, "", "", CodeOK},
		{"Giriş başarılı olmadı", ProtocolIMAP, "", "", CodeOK},
		{"Đăng nhập chưa thành công", ProtocolIMAP, "", "", CodeOK},
		{"Login belum berhasil", ProtocolIMAP, "", "", CodeOK},
		{"ログインに成功しなかった", ProtocolIMAP, "", "", CodeOK},
		// One step worked, then a failure.
		{"Połączono pomyślnie. Złe hasło.", ProtocolIMAP, "", "", CodeOK},
		{"Sikeres kapcsolódás. Rossz jelszó.", ProtocolIMAP, "", "", CodeOK},
		{"Anslutningen lyckades. Fel användarnamn eller lösenord.", ProtocolIMAP, "", "", CodeOK},
		{"Kết nối thành công. Sai mật khẩu.", ProtocolIMAP, "", "", CodeOK},
		{"연결에 성공했지만 로그인이 거절되었습니다", ProtocolIMAP, "", "", CodeOK},
		{"Verbindung erfolgreich hergestellt. Der Server hat die Anmeldung abgewiesen.", ProtocolIMAP, "", "", CodeOK},
		{"Anmeldung erfolgreich, aber der Ordner „Gesendet“ fehlt", ProtocolIMAP, "", "", CodeOK},
		{"Posteingangsserver (IMAP): erfolgreich  Postausgangsserver (SMTP): abgewiesen", ProtocolIMAP, "", "", CodeOK},
		// Advice or a condition.
		{"Compruebe que ha escrito correctamente su nombre de usuario y contraseña.", ProtocolIMAP, "", "", CodeOK},
		{"Si la connexion au webmail réussit, activez l'accès IMAP dans les paramètres.", ProtocolIMAP, "", "", CodeOK},
		{"请先登录网页版邮箱，成功后再试", ProtocolIMAP, "", "", CodeOK},
		// Under way, queued or sent back.
		{"Nachricht wird gesendet …", ProtocolSMTP, "", "", CodeOK},
		{"Ihre Nachricht wurde an den Absender zurückgesendet", ProtocolSMTP, "", "", CodeOK},
		{"Messaggio rispedito al mittente", ProtocolSMTP, "", "", CodeOK},
		{"您的邮件已发送成功，但收件人服务器拒收", ProtocolSMTP, "", "", CodeOK},
		{"Senden erfolgreich an 0 von 3 Empfängern", ProtocolSMTP, "", "", CodeOK},
		{"Die Nachricht wurde erfolgreich an a@example.org zugestellt. Die Zustellung an b@example.net wurde verzögert.", ProtocolSMTP, "", "", CodeOK},
		// English.
		{"Connection OK. Server closed the connection after the greeting.", ProtocolIMAP, "", "", CodeOK},
		{"Connection ok. Username or password is unknown.", ProtocolIMAP, "", "", CodeOK},
		// "Unknown server error" in the added languages is no unknown host.
		{"Ukendt serverfejl", ProtocolIMAP, "", "", CodeDNSFailure},
		{"Ismeretlen szervertanúsítvány", ProtocolIMAP, "", "", CodeDNSFailure},
		{"خطأ خادم غير معروف", ProtocolIMAP, "", "", CodeDNSFailure},
		// Words of other languages inside English.
		{"Authentication issue remedied, please retry", ProtocolIMAP, "", "", CodeInvalidCredentials},
		{"Login for user feil@example.no", ProtocolIMAP, "", "", CodeInvalidCredentials},
		{"SSL: no compatible cipher suites", ProtocolIMAP, "", "", CodeStartTLSUnavailable},
		// The sign-in words in another sense.
		{"Anmeldung erfolgreich, keine Fehler", ProtocolIMAP, "", "", CodeInvalidCredentials},
		{"hatakeyama@example.co.jp としてログインしました", ProtocolIMAP, "", "", CodeInvalidCredentials},
		{"Varmenteen todennus epäonnistui", ProtocolIMAP, "", CodeTLSCertificate, ""},
		{"Passwort konnte nicht im Schlüsselbund gespeichert werden", ProtocolIMAP, "", "", ""},
		{"Port numarası için geçersiz giriş", ProtocolIMAP, "", "", CodeInvalidCredentials},
		{"Érvénytelen üzenetazonosító", ProtocolIMAP, "", "", CodeInvalidCredentials},
		{"Credenziali verificate correttamente", ProtocolIMAP, "", "", CodeInvalidCredentials},
		{"Überprüfen der Anmeldeinformationen …", ProtocolIMAP, "", "", CodeInvalidCredentials},
		// The account, the protocol, unlocked.
		{"L'accès IMAP est désactivé pour ce compte", ProtocolIMAP, "", CodeProtocolDisabled, ""},
		{"Su cuenta ha sido desbloqueada", ProtocolIMAP, "", "", CodeAccountLocked},
		{"El puerto 25 está bloqueado; utilice el puerto 587", ProtocolSMTP, "", "", CodeAccountLocked},
		{"Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.", ProtocolIMAP, "", "", CodePasswordExpired},
		{"登录已过期，请重新登录", ProtocolIMAP, "", "", CodePasswordExpired},
		// Storage, size and limits.
		{"Der Telefonspeicher ist voll", ProtocolIMAP, "", "", CodeQuotaExceeded},
		{"Logowanie nieudane. Nazwa użytkownika to pełny adres skrzynki pocztowej.", ProtocolIMAP, "", CodeInvalidCredentials, ""},
		{"Taille maximale de message dépassée pour cette boîte aux lettres", ProtocolSMTP, "", CodeMessageTooLarge, ""},
		{"Tageskontingent für den Versand überschritten", ProtocolSMTP, "", CodeRateLimited, ""},
		{"当前邮箱权限不足，无法使用IMAP", ProtocolIMAP, "", "", CodeQuotaExceeded},
		{"Die Postfachgröße überschreitet das zulässige Limit", ProtocolIMAP, "", CodeQuotaExceeded, ""},
		{"Das Postfach hat sein Limit erreicht", ProtocolIMAP, "", CodeQuotaExceeded, ""},
		{"Лимит размера сообщения превышен", ProtocolSMTP, "", CodeMessageTooLarge, ""},
		// Addresses.
		{"Benutzer nicht gefunden", ProtocolSMTP, probe.StageAuthenticate, "", CodeRecipientUnknown},
		{"Adresse du serveur invalide", ProtocolSMTP, "", "", CodeRecipientUnknown},
		{"Ihre IP-Adresse wurde abgelehnt (Sperrliste)", ProtocolSMTP, "", "", CodeRecipientUnknown},
		{"Kein Zertifikat für den Empfänger gefunden – Nachricht kann nicht verschlüsselt werden", ProtocolSMTP, "", "", ""},
		// Commands, replies, folders, spam, certificates, features.
		{"Произошла ошибка. Наша команда уже работает над этим.", ProtocolIMAP, "", "", CodeProtocolError},
		{"Paramètres de serveur invalides", ProtocolSMTP, "", "", CodeProtocolError},
		{"Die Antwortadresse ist ungültig", ProtocolIMAP, "", "", CodeProtocolError},
		{"Библиотека OpenSSL не найдена", ProtocolIMAP, "", "", CodeMailboxMissing},
		{"Не удалось переместить письмо в Спам", ProtocolIMAP, "", "", CodePolicyBlocked},
		{"Impossible de signer le message : certificat personnel introuvable", ProtocolSMTP, "", "", CodeTLSCertificate},
		{"Das Passwort enthält nicht unterstützte Zeichen", ProtocolIMAP, "", "", CodeMechanismUnsupported},
		{"IMAP IDLE ist auf diesem Server nicht verfügbar", ProtocolIMAP, "", "", CodeServerUnavailable},
		{"Dies ist eine automatisch erzeugte Nachricht. Bitte keine Antwort an diese Adresse.", ProtocolIMAP, "", "", CodeConnectionTimeout},
		{"Die automatische Weiterleitung an externe Empfänger ist blockiert", ProtocolSMTP, "", "", CodeRelayDenied},
		{"Die Standardauthentifizierung wird für dieses Postfach nicht unterstützt", ProtocolIMAP, "", CodeBasicAuthDisabled, ""},
		// Readings outside the word lists the reviewer met.
		{"连接成功，禁止登录", ProtocolIMAP, "", "", CodeOK},
		{"Connection OK – SMTP AUTH unavailable", ProtocolSMTP, "", CodeMechanismUnsupported, ""},
		{"Connection OK, but the server hung up during login", ProtocolIMAP, "", "", CodeOK},
		{"Verbindung OK, Passwort unbekannt", ProtocolIMAP, "", "", CodeOK},
		{"Für Ihr Konto ist der IMAP-Zugriff deaktiviert", ProtocolIMAP, "", CodeProtocolDisabled, ""},
		{"Votre compte a été débloqué", ProtocolIMAP, "", "", CodeAccountLocked},
		{"SPF验证失败", ProtocolSMTP, "", "", CodeInvalidCredentials},
		{"Anmeldung fehlgeschlagen: Netzwerkfehler", ProtocolIMAP, "", "", CodeInvalidCredentials},
	}
	for _, tc := range tests {
		f := checkReviewCase(t, tc)
		if tc.want == "" && (tc.notCode == "" || strings.HasPrefix(tc.text, "Connection")) {
			// No reading from words: a nearest known text may still guess.
			assert.False(t, strings.HasPrefix(f.Evidence.Rule, "lexicon-"), "%s: read by %s", tc.text, f.Evidence.Rule)
		}
	}
}

// reviewCase is one text a reviewer tried: want is the code its words
// say; where they do not decide, notCode is the wrong reading that must
// not come back.
type reviewCase struct {
	text    string
	proto   Protocol
	stage   probe.Stage
	want    Code
	notCode Code
}

// checkReviewCase explains tc's text and checks want and notCode.
func checkReviewCase(t *testing.T, tc reviewCase) Finding {
	t.Helper()
	f := Explain(tc.text, Hints{Protocol: tc.proto, Stage: tc.stage})
	if tc.want != "" {
		assert.Equal(t, tc.want, f.Code, "%s (rule %s)", tc.text, f.Evidence.Rule)
	}
	if tc.notCode != "" {
		assert.NotEqual(t, tc.notCode, f.Code, "%s (rule %s)", tc.text, f.Evidence.Rule)
	}
	return f
}

// TestLexiconSecondReview: what a second fresh reviewer found wrong in the
// readings added after the first review.
func TestLexiconSecondReview(t *testing.T) {
	tests := []reviewCase{
		{"Test OK - Passwort abgelaufen", ProtocolIMAP, "", "", CodeOK},
		// A server's own success line, then a failure in another language:
		// the shared successLineNot says so for every success line.
		{"Message queued for delivery. Zustellung fehlgeschlagen: Konto gesperrt", ProtocolSMTP, "", "", CodeOK},
		{"Authentication successful (auth.success) — poi: accesso negato, account bloccato", ProtocolIMAP, "", "", CodeOK},
		{"Kein Protokollfehler", ProtocolIMAP, "", "", CodeProtocolError},
		{"Protokollfehler behoben", ProtocolIMAP, "", "", CodeProtocolError},
		{"Kein Sicherheitsfehler gefunden", ProtocolIMAP, "", "", CodeTLSHandshakeFailed},
		{"Server non occupato", ProtocolIMAP, "", "", CodeTemporaryFailure},
		{"Hasło aplikacji zostało utworzone", ProtocolIMAP, "", "", CodeAppPasswordRequired},
		{"Sie benötigen kein App-Passwort für dieses Konto", ProtocolIMAP, "", "", CodeAppPasswordRequired},
		{"Vous ne pouvez pas vous connecter : utilisez un mot de passe d'application", ProtocolIMAP, "", CodeAppPasswordRequired, ""},
		{"Die Wartung ist abgeschlossen. Der Server ist wieder verfügbar.", ProtocolIMAP, "", "", CodeServerUnavailable},
		{"Wartungsfenster geplant für Sonntag, 02:00 Uhr", ProtocolIMAP, "", "", CodeServerUnavailable},
		{"서버 설정을 점검하십시오", ProtocolIMAP, "", "", CodeServerUnavailable},
		{"Ordner kann nicht erstellt werden: Ordner existiert bereits", ProtocolIMAP, "", "", CodeMailboxMissing},
		{"Löschen des Ordners fehlgeschlagen: Zugriff verweigert", ProtocolIMAP, "", "", CodeMailboxMissing},
		{"Der Server bietet kein STARTTLS an: STARTTLS fehlt in der Capability-Liste", ProtocolSMTP, "", CodeStartTLSUnavailable, ""},
		{"Für die sichere Verbindung ist ein Clientzertifikat erforderlich", ProtocolIMAP, "", "", CodePlaintextDisallowed},
		{"Die automatische Konfiguration wurde nicht bei example.com gefunden", ProtocolSMTP, "", "", CodeRecipientUnknown},
		{"Protokoll: TLS 1.3, Zertifikat gültig, Anmeldung fehlgeschlagen", ProtocolIMAP, "", "", CodeTLSCertificate},
		{"Connessione SSL riuscita, invio non riuscito: destinatario rifiutato", ProtocolSMTP, "", "", CodeTLSHandshakeFailed},
		{"Anmeldung erfolgreich. Senden fehlgeschlagen: Empfänger abgelehnt", ProtocolSMTP, "", "", CodeInvalidCredentials},
		{"Passwortänderung wird nicht unterstützt", ProtocolIMAP, "", "", CodeMechanismUnsupported},
		{"La commande AUTH LOGIN a échoué : identifiants invalides", ProtocolSMTP, probe.StageAuthenticate, "", CodeMechanismUnsupported},
		{"Server nicht erreichbar, Netzwerk OK", ProtocolIMAP, "", "", CodeNetworkUnreachable},
		{"Der Server ist ausgelastet, Nachricht trotzdem gesendet", ProtocolSMTP, "", "", CodeTemporaryFailure},
		{"Aucun nouveau message trouvé", ProtocolIMAP, probe.StageMailbox, "", CodeMailboxMissing},
		{"Host-Schlüssel unbekannt", ProtocolIMAP, "", "", CodeDNSFailure},
		// And what they must still read.
		{"Login oder Passwort stimmen nicht", ProtocolIMAP, probe.StageAuthenticate, CodeInvalidCredentials, ""},
		{"Det gick inte att ansluta till servern på grund av ett säkerhetsfel.", ProtocolIMAP, "", CodeTLSHandshakeFailed, ""},
	}
	for _, tc := range tests {
		checkReviewCase(t, tc)
	}
	// Not needed: no word reading asks for one (the nearest known text may
	// still guess it, at low confidence, and says so).
	f := Explain("Aplikační heslo není vyžadováno", Hints{Protocol: ProtocolIMAP})
	assert.NotEqual(t, "lexicon-app-password", f.Evidence.Rule)
}

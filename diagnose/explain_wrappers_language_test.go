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

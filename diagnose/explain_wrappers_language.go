package diagnose

import "github.com/mailcheck-go/mailcheck/probe"

// Wrapper words in other languages: the command a reply answered, as
// PHPMailer's language files and Roundcube's localisation name it.
//
// PHPMailer prints "The following From address failed:", "The following
// recipients failed:", "data not accepted" and "Could not authenticate"
// in the language the site set (language/phpmailer.lang-*.php, some 60
// files); Roundcube prints its labels smtpfromerror ("SMTP Error ($code):
// Failed to set sender ..."), smtptoerror ("... Failed to add recipient
// ...") and smtpautherror in the user's language
// (program/localization/*/messages.inc). Like the English wrappers in
// explain_wrappers.go, the words only say at which command the reply came;
// the reply (a bare "(550)" in Roundcube's text) is then read at that
// command, so a 550 after RCPT TO is a refused recipient, not a refused
// sign-in.
//
// Each entry is one command written as the families of the languages
// those two programs ship, not one file's sentence. The entries are
// searched after the English ones: wrapperStages (explain_wrappers.go)
// lists them last, so no English wording changes place.
//
// Sources:
// https://github.com/PHPMailer/PHPMailer/tree/master/language and
// https://github.com/roundcube/roundcubemail/tree/master/program/localization
var wrapperStagesLanguage = []wrapperStage{
	// MAIL FROM refused: PHPMailer from_failed, Roundcube smtpfromerror.
	{Pattern: `folgende absenderadresse|absender[^\n]{0,80}konnte nicht gesetzt|` + // de
		`adresse d.expéditeur suivante|impossible de définir l.expéditeur|` + // fr
		`siguiente dirección de remitente|no se ha podido asignar el emisor|` + // es
		`seguenti indirizzi mittenti|impossibile impostare il mittente|` + // it
		`seguintes remetentes falharam|seguinte endereço do remetente|falha ao definir o remetente|` + // pt
		`volgende afzendersadres|afzender[^\n]{0,80}kan niet ingesteld|` + // nl
		`następujący adres nadawcy|nie można ustawić nadawcy|` + // pl
		`následující adresa odesílatele|nelze nastavit odesílatele|` + // cs
		`невозможно установить отправителя|неверный адрес отправителя|невірна адреса відправника|` + // ru, uk
		`fromアドレスを登録する際にエラー|发送地址错误|發送地址錯誤|添加发件人失败|` + // ja, zh
		`다음 from 주소에서 오류|gönderici adresi[^\n]{0,80}ayarlanamadı|belirtilen adreslere gönderme başarısız|` + // ko, tr
		// PHPMailer's other language files: id vi ar fa ro hu sv da nb fi el bg ca sk hr ms sr
		`alamat pengirim berikut mengakibatkan kesalahan|lỗi địa chỉ gửi đi|خطأ على مستوى عنوان المرسل|آدرس فرستنده اشتباه است|următoarele adrese from au dat eroare|a feladóként megadott következő cím hibás|följande avsändaradress är felaktig|følgende a[fv]senderadresse (er forkert|mislyktes)|seuraava lähettäjän osoite on virheellinen|η παρακάτω διεύθυνση αποστολέα|следните адреси за подател са невалидни|adreces de remitent han fallat|následujúca adresa from je nesprávna|slanje s navedenih e-mail adresa nije uspjelo|berikut merupakan ralat dari alamat e-mel|слање са следећих адреса није успело`,
		Stage: probe.StageEnvelope, Envelope: "mail", Seen: "PHPMailer language files (from_failed), Roundcube (smtpfromerror), localized"},
	// RCPT TO refused: PHPMailer recipients_failed, Roundcube smtptoerror
	// (whose Spanish text says "remitente", sender, for the recipient).
	{Pattern: `folgenden empfänger sind nicht|empfänger[^\n]{0,80}konnte nicht hinzugefügt|` + // de
		`destinataires suivants sont en erreur|ajout du destinataire|` + // fr
		`siguientes destinos fallaron|no se ha podido establecer remitente|` + // es
		`seguenti indirizzi destinatari|impossibile aggiungere il destinatario|` + // it
		`seguintes destinatários falharam|envio para os seguintes destinatários|falha ao adicionar o destinatário|` + // pt
		`volgende ontvangers zijn mislukt|ontvanger[^\n]{0,80}kan niet toegevoegd|` + // nl
		`następujący odbiorcy są|nie można dodać odbiorcy|` + // pl
		`následující adresy příjemců|nelze přidat příjemce|` + // cs
		`не удалась отправка таким адресатам|невозможно добавить получателя|не вдалося відправлення для таких отримувачів|` + // ru, uk
		`次の受信者アドレスに ?間違い|收件人地址错误|收件人地址錯誤|添加收件人失败|` + // ja, zh
		`다음 수신자에서 오류|alıcısı eklenemedi|belirtilen alıcılara ulaşılamadı|` + // ko, tr
		// PHPMailer's other language files: id vi ar fa ro hu sv da nb fi el bg ca sk hr he ms sr
		`alamat tujuan berikut menghasilkan kesalahan|lỗi địa chỉ người nhận|فشل في الارسال لكل من|ارسال به آدرس گیرنده با خطا مواجه شد|următoarele adrese de email au eșuat|a címzettként megadott következő címek hibásak|följande mottagare är felaktig|følgende modtagere er forkerte|følgende mottakeradresse feilet|seuraava vastaanottaja osoite on virheellinen|οι παρακάτω διευθύνσεις παραλήπτη|следните адреси за получател са невалидни|els següents destinataris han fallat|adresy príjemcov niesu správne|slanje na navedenih e-mail adresa nije uspjelo|הנמענים הבאים נכשלו|penerima e-mel berikut telah gagal|слање на следеће адресе није успело`,
		Stage: probe.StageEnvelope, Envelope: "rcpt", Seen: "PHPMailer language files (recipients_failed), Roundcube (smtptoerror), localized"},
	// DATA refused: PHPMailer data_not_accepted.
	{Pattern: `daten werden nicht akzeptiert|erreur smtp ?: données incorrectes|datos no aceptados|dati non accettati|dados rejeitados|dados não aceites|data niet geaccepteerd|dane nie zostały przyjęte|data nebyla přijata|данные не приняты|дані не прийнято|データが受け付けられませんでした|数据不被接受|數據不被接受|데이터가 받아들여지지 않았|veri kabul edilmedi|` +
		// PHPMailer's other language files
		`data tidak diterima|dữ liệu không được chấp nhận|لم يتم قبول المعلومات|datele nu au fost acceptate|smtp hiba: adatok visszautasítva|data accepterades inte|data blev ikke accepteret|data ikke akseptert|τα δεδομένα δεν έγιναν αποδεκτά|данните не са приети|dades no acceptades|dáta neboli prijaté|podatci nisu prihvaćeni|מידע לא התקבל|подаци нису прихваћени`,
		Stage: probe.StageData, Seen: "PHPMailer language files (data_not_accepted), localized"},
}

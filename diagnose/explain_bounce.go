package diagnose

import (
	"regexp"
	"strings"

	"github.com/mailcheck-go/mailcheck/probe"
)

// Delivery reports (bounces, NDRs, DSNs) quote the receiving server's
// reply inside the sending server's own words, and most of them say which
// command the reply answered:
//
//   - Postfix: "host mx.example.com[192.0.2.1] said: 550 5.1.1 ... (in
//     reply to RCPT TO command)", "(in reply to end of DATA command)";
//   - Exim: "SMTP error from remote mail server after RCPT TO:<a@b>:",
//     "after end of data:", "after MAIL FROM:<a@b>";
//   - sendmail's transcript: ">>> RCPT To:<a@b>" followed by "<<< 550 ...",
//     ">>> DATA" followed by "<<< 554 ...".
//
// The stage decides how a reply reads: "550 5.7.1" after RCPT TO is about
// an address, after DATA about the message. bounceStage reads the
// wrapper; the rules in rules_policy.go read the words.

// bounceStageRE finds the command a bounce says the reply answered. The
// last submatch that is set names it.
var bounceStageRE = regexp.MustCompile(`(?:in reply to|after|while sending|response to) (?:the )?(?:pipelined )?(rcpt to|mail from|end of data|data(?: command|:|$))|>>> (rcpt to|mail from|data)\b`)

// bounceStagePre is what a text must contain for bounceStageRE to match.
var bounceStagePre = compilePre(prefilterFor(bounceStageRE.String()))

// bounceCommand returns the SMTP command a delivery report says the
// quoted reply answered ("rcpt", "mail", "data"), or "".
func bounceCommand(lower string) string {
	if !bounceStagePre.holds(lower) {
		return ""
	}
	m := bounceStageRE.FindStringSubmatch(lower)
	if m == nil {
		return ""
	}
	// A sendmail transcript lists every command sent; the last one before
	// the refusal is the one refused.
	if strings.HasPrefix(m[0], ">>>") {
		all := bounceStageRE.FindAllStringSubmatch(lower, -1)
		m = all[len(all)-1]
	}
	cmd := m[1]
	if cmd == "" {
		cmd = m[2]
	}
	switch cmd {
	case "rcpt to":
		return "rcpt"
	case "mail from":
		return "mail"
	case "end of data", "data", "data command", "data:":
		return "data"
	}
	return ""
}

// bounceStage returns the stage a delivery report says its quoted reply
// came at and, for MAIL FROM or RCPT TO, the envelope command ("mail",
// "rcpt"); "", "" when it does not say.
func bounceStage(lower string) (probe.Stage, string) {
	switch c := bounceCommand(lower); c {
	case "rcpt", "mail":
		return probe.StageEnvelope, c
	case "data":
		return probe.StageData, ""
	}
	return "", ""
}

// transcriptPrefix is what a sendmail transcript puts before a line the
// remote server sent ("<<< 550 5.1.1 ... User unknown").
const transcriptPrefix = "<<< "

// unquoteTranscript removes sendmail's "<<< " from the lines a transcript
// quotes from the remote server, so that the reply reads as a reply.
func unquoteTranscript(text string) string {
	if !strings.Contains(text, transcriptPrefix) {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, transcriptPrefix) {
			lines[i] = strings.TrimSpace(t[len(transcriptPrefix):])
		}
	}
	return strings.Join(lines, "\n")
}

// innerReplyRE finds the reply a delivery report quotes from the next hop
// in double quotes (Exchange's queue and NDR text: "451 4.4.0 Primary
// target IP address responded with: \"451 5.7.3 Require basic
// authentication.\" Attempted failover to alternate host, ...").
var innerReplyRE = regexp.MustCompile(`(?i)(?:primary target ip address|remote host|target host) responded with:? ?["“]([245][0-9]{2}[ -][^"”\n]{1,400})["”]`)

// innerReply returns the reply a delivery report quotes from the next
// hop, or text itself: the quoted reply says why, while the outer
// 4.4.0 only says that delivery did not happen.
func innerReply(text string) string {
	if m := innerReplyRE.FindStringSubmatch(text); m != nil {
		return strings.TrimSpace(m[1])
	}
	return text
}

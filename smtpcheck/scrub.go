package smtpcheck

import (
	"strings"

	"github.com/mailcheck-go/mailcheck/probe"
)

// scrubResult replaces every secret (and its base64) in every text of r
// with probe.Redacted. The tap already redacts the transcript as it
// records; this covers the rest: a server that echoes a credential in a
// reply must not make the result leak it.
func scrubResult(r *Result, secrets []string) {
	if len(secrets) == 0 {
		return
	}
	s := func(v *string) {
		for _, sec := range secrets {
			if sec != "" && strings.Contains(*v, sec) {
				*v = strings.ReplaceAll(*v, sec, probe.Redacted)
			}
		}
	}
	sr := func(rep *Reply) {
		if rep == nil {
			return
		}
		s(&rep.Text)
		for i := range rep.Lines {
			s(&rep.Lines[i])
		}
	}
	for i := range r.Steps {
		s(&r.Steps[i].Detail)
		s(&r.Steps[i].Server)
		if e := r.Steps[i].Error; e != nil {
			s(&e.Message)
		}
	}
	if r.Error != nil {
		s(&r.Error.Message)
	}
	s(&r.Banner)
	for _, e := range []*EHLO{r.EHLO, r.EHLOBeforeTLS} {
		if e != nil {
			s(&e.Greeting)
			for i := range e.Extensions {
				s(&e.Extensions[i])
			}
		}
	}
	sr(r.Reply)
	if r.Envelope != nil {
		sr(r.Envelope.Mail)
		sr(r.Envelope.Rcpt)
	}
	if r.ModeCheck != nil {
		s(&r.ModeCheck.Greeting)
	}
	if r.Auth != nil {
		s(&r.Auth.Reason)
	}
}

package smtpcheck

import (
	"strconv"
	"strings"
)

// parseEHLO reads a 250 EHLO reply (RFC 5321 4.1.1.1): the first line is
// the server's greeting, every later line one extension keyword with
// optional parameters.
//
// Some servers advertise AUTH twice, once as "AUTH LOGIN PLAIN" and once
// in the pre-RFC form "AUTH=LOGIN PLAIN" for old Outlook clients; both
// contribute mechanisms, each listed once.
func parseEHLO(rep *Reply) *EHLO {
	e := &EHLO{}
	for i, l := range rep.Lines {
		_, _, text, _ := parseReplyLine(l)
		if i == 0 {
			e.Greeting = text
			continue
		}
		keyword, params, _ := strings.Cut(strings.TrimSpace(text), " ")
		if keyword == "" {
			continue
		}
		keyword = strings.ToUpper(keyword)
		if strings.HasPrefix(keyword, "AUTH=") {
			params = strings.TrimSpace(keyword[len("AUTH="):] + " " + params)
			keyword = "AUTH="
		}
		ext := keyword
		if params != "" {
			if keyword == "AUTH=" {
				ext += params
			} else {
				ext += " " + params
			}
		}
		e.Extensions = append(e.Extensions, ext)
		switch keyword {
		case "AUTH", "AUTH=":
			for _, m := range strings.Fields(params) {
				e.AuthMechanisms = appendUnique(e.AuthMechanisms, strings.ToUpper(m))
			}
		case "STARTTLS":
			e.StartTLS = true
		case "PIPELINING":
			e.Pipelining = true
		case "SIZE":
			if n, err := strconv.ParseInt(strings.TrimSpace(params), 10, 64); err == nil && n > 0 {
				e.Size = n
			}
		}
	}
	return e
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

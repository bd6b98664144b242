package imapcheck

import (
	"strconv"
	"strings"
)

// xoauth2Response is the client response of Google's and Microsoft's
// XOAUTH2 mechanism, which has no RFC and no go-sasl client:
//
//	"user=" user "\x01auth=Bearer " token "\x01\x01"
//
// On failure the server sends a base64 JSON challenge; the client answers
// with an empty line and the server then sends the tagged NO.
// Documentation: https://developers.google.com/gmail/imap/xoauth2-protocol
func xoauth2Response(user, token string) string {
	return "user=" + user + "\x01auth=Bearer " + token + "\x01\x01"
}

// oauthBearerResponse is the RFC 7628 OAUTHBEARER initial client response.
// go-sasl has a client for it, but building the string here keeps every
// credential form in one file, next to the secrets registered for it.
func oauthBearerResponse(user, token, host string, port int) string {
	return "n,a=" + saslName(user) + ",\x01host=" + host + "\x01port=" + strconv.Itoa(port) +
		"\x01auth=Bearer " + token + "\x01\x01"
}

// saslName escapes "=" and "," as RFC 5801 requires in the GS2 header.
func saslName(s string) string {
	return strings.NewReplacer("=", "=3D", ",", "=2C").Replace(s)
}

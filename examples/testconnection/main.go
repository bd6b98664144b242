// Command testconnection serves the "Test connection" button of a mail
// client's settings page: POST the settings as JSON to /test-connection and
// get mailcheck's report back as JSON, with "primary", the one finding to
// show (diagnose.Report.Primary). The report's server texts are untrusted:
// a page escapes them (docs/report.md marks them).
//
//	go run ./examples/testconnection -listen 127.0.0.1:8080
//	curl -s -d '{"email":"you@example.com","password":"...","imap":{"host":"imap.example.com"}}' \
//	    http://127.0.0.1:8080/test-connection
//
// The password is used for one login per protocol and then forgotten: it
// is held as a probe.Secret, which prints and marshals as "[redacted]", is
// never logged, and the report's transcripts are redacted as they are
// recorded.
//
// # Warning: this endpoint makes your server connect where a caller says
//
// Without a guard, anyone who can POST to such an endpoint can make your
// server open TCP connections to any host and port it can reach
// (server-side request forgery, SSRF): your internal network, cloud metadata services
// (169.254.169.254), databases and admin interfaces on localhost. The
// replies that come back (greetings, errors, timings) tell the caller
// what is there. A host name is no protection: it can resolve to a
// private address, and an empty host makes mailcheck discover servers
// from the domain's DNS, which the caller may control.
//
// So, before exposing it:
//   - put it behind your application's authentication and rate limits;
//   - keep the guard on: by default [Handler] connects only to
//     public addresses and the mail ports 993, 143, 465 and 587
//     (allowedDestination; the refused blocks are a reviewed table of
//     IANA's special-purpose registries in blocked.go, each entry with
//     its registry and RFC, NAT64 and 6to4 addresses judged by the IPv4
//     address they carry). It checks each address as it is dialled,
//     after DNS, so it also covers discovered servers and host names that
//     resolve to private addresses. Only tests against fake servers on
//     loopback set [Handler.AllowAnyDestination].
package main

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"net/netip"
	"os"
	"strconv"
	"syscall"
	"time"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Settings is the JSON the settings page posts.
//
// Password decodes from a plain JSON string into a probe.Secret, which
// never prints or marshals its value.
type Settings struct {
	Email    string       `json:"email"`
	Username string       `json:"username,omitempty"`
	Password probe.Secret `json:"password"`
	IMAP     Server       `json:"imap"`
	SMTP     Server       `json:"smtp"`
}

// Server is one protocol's settings; an empty Host means "find it".
type Server struct {
	Host     string         `json:"host"`
	Port     int            `json:"port,omitempty"`
	Security probe.Security `json:"security,omitempty"`
	Skip     bool           `json:"skip,omitempty"`
}

// Handler is the /test-connection endpoint.
type Handler struct {
	// TLSConfig, when set, is given to the probes (to trust a private CA).
	TLSConfig *tls.Config
	// Log receives one line per request; nil means log.Default().
	Log *log.Logger
	// Timeout is one check's time budget (diagnose.Options.Budget); by
	// default diagnose.InteractiveBudget, an answer within 10 s for a
	// person waiting on the button.
	Timeout time.Duration
	// AllowAnyDestination turns off the guard against server-side request
	// forgery (see the package comment): the probes may then connect to
	// any address and port, loopback and private networks included. For
	// tests against fake servers on loopback; never set it on an
	// endpoint others can reach.
	AllowAnyDestination bool
}

// mailPorts are the ports the guard lets the probes connect to: IMAP over
// TLS and STARTTLS, SMTP submission over TLS and STARTTLS.
var mailPorts = map[int]bool{993: true, 143: true, 465: true, 587: true}

// errDestination is why the guard refused a connection.
var errDestination = errors.New("testconnection: destination not allowed: only public addresses on ports 993, 143, 465 and 587")

// allowedDestination is the guard against server-side request forgery: it
// refuses every block of IANA's IPv4 and IPv6 Special-Purpose Address
// Registries (blockedPrefixes: loopback, private, shared address space,
// link-local with the cloud metadata address, benchmarking, documentation,
// reserved, ...), multicast, IPv6 outside global unicast, and IPv6
// addresses that carry a refused IPv4 address (IPv4-mapped, NAT64,
// 6to4); and ports other than the mail ports. It runs as the dialer's
// Control function, so it sees the address actually dialled, after DNS.
func allowedDestination(network, address string, _ syscall.RawConn) error {
	host, port, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return errDestination
	}
	p, err := strconv.Atoi(port)
	if err != nil || !mailPorts[p] {
		return errDestination
	}
	if b, blocked := blockedBy(ip.WithZone("")); blocked {
		return fmt.Errorf("%w (%s is %s, %s)", errDestination, ip, b.name, b.rfc)
	}
	// Belt and braces: the standard library's own view of the same.
	if u := ip.Unmap(); !u.IsGlobalUnicast() || u.IsPrivate() || u.IsLoopback() || u.IsLinkLocalUnicast() {
		return errDestination
	}
	return nil
}

// dialer returns the dialer for the probes: nil (the probes' default) when
// the guard is off, else one that checks every address with
// allowedDestination.
func (h *Handler) dialer() probe.Dialer {
	if h.AllowAnyDestination {
		return nil
	}
	return &net.Dialer{Control: allowedDestination}
}

// maxBody bounds the settings JSON.
const maxBody = 64 << 10

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, "POST the settings as JSON")
		return
	}
	var s Settings
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		writeError(w, http.StatusBadRequest, "settings: "+err.Error())
		return
	}
	logger := h.Log
	if logger == nil {
		logger = log.Default()
	}
	// %v of Settings is safe: the password prints as [redacted].
	logger.Printf("test connection: %v", s)

	timeout := h.Timeout
	if timeout == 0 {
		timeout = diagnose.InteractiveBudget
	}
	rep, err := diagnose.Diagnose(r.Context(), diagnose.Account{
		Email:    s.Email,
		Username: s.Username,
		Password: s.Password,
		IMAP:     diagnose.Endpoint{Host: s.IMAP.Host, Port: s.IMAP.Port, Security: s.IMAP.Security},
		SMTP:     diagnose.Endpoint{Host: s.SMTP.Host, Port: s.SMTP.Port, Security: s.SMTP.Security},
		NoIMAP:   s.IMAP.Skip,
		NoSMTP:   s.SMTP.Skip,
	}, &diagnose.Options{TLSConfig: h.TLSConfig, Dialer: h.dialer(), Budget: timeout})
	if errors.Is(err, context.Canceled) {
		// The client went away: nobody is left to answer.
		logger.Printf("test connection for %s: %v", s.Email, err)
		return
	}
	if errors.Is(err, context.DeadlineExceeded) {
		// The server's own deadline for the request (a proxy's, a
		// middleware's) passed first: the report says which protocols
		// were not finished ("interrupted"), and the page shows that.
		logger.Printf("test connection for %s: %v", s.Email, err)
		err = nil
	}
	if errors.Is(err, diagnose.ErrInvalidAccount) {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if err != nil {
		logger.Printf("test connection for %s: %v", s.Email, err)
		writeError(w, http.StatusInternalServerError, "internal error")
		return
	}
	logger.Printf("test connection for %s: %s", s.Email, rep.Verdict.Code)
	w.Header().Set("Content-Type", "application/json")
	// The report, plus the one finding the button shows: the page need
	// not choose among the findings itself.
	_ = json.NewEncoder(w).Encode(response{Report: rep, Primary: rep.Primary()})
}

// response is the endpoint's JSON: every field of diagnose.Report, and
// "primary", the finding that decided the verdict (Report.Primary).
type response struct {
	*diagnose.Report
	Primary diagnose.Finding `json:"primary"`
}

func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

func main() {
	listen := flag.String("listen", "127.0.0.1:8080", "address to serve on")
	flag.Parse()
	mux := http.NewServeMux()
	mux.Handle("/test-connection", &Handler{})
	srv := &http.Server{
		Addr:              *listen,
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		WriteTimeout:      60 * time.Second,
	}
	log.Printf("serving on http://%s/test-connection", *listen)
	if err := srv.ListenAndServe(); err != nil {
		log.Print(err)
		os.Exit(1)
	}
}

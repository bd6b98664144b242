// Command testconnection serves the "Test connection" button of a mail
// client's settings page: POST the settings as JSON to /test-connection and
// get mailcheck's report back as JSON.
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
// Before exposing such an endpoint, remember that it makes your server
// connect wherever a caller says: put it behind your application's
// authentication, and consider allowing only the ports 993, 143, 465 and
// 587.
package main

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"flag"
	"log"
	"net/http"
	"os"
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
	// Timeout bounds one check; default 45 s.
	Timeout time.Duration
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
		timeout = 45 * time.Second
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	rep, err := diagnose.Diagnose(ctx, diagnose.Account{
		Email:    s.Email,
		Username: s.Username,
		Password: s.Password,
		IMAP:     diagnose.Endpoint{Host: s.IMAP.Host, Port: s.IMAP.Port, Security: s.IMAP.Security},
		SMTP:     diagnose.Endpoint{Host: s.SMTP.Host, Port: s.SMTP.Port, Security: s.SMTP.Security},
		NoIMAP:   s.IMAP.Skip,
		NoSMTP:   s.SMTP.Skip,
	}, &diagnose.Options{TLSConfig: h.TLSConfig})
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
	_ = json.NewEncoder(w).Encode(rep)
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

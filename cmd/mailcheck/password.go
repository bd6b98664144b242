package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/mailcheck-go/mailcheck/probe"
)

// credentials is what check signs in with.
type credentials struct {
	password probe.Secret
	token    probe.Secret
	// source says where they came from, for the note on stderr: "stdin",
	// "MAILCHECK_PASSWORD", "MAILCHECK_TOKEN", "prompt" or "" (none).
	source string
}

// Format keeps the credentials out of any fmt output: fmt prints
// unexported fields raw, without calling probe.Secret's own Format.
func (c credentials) Format(f fmt.State, _ rune) {
	fmt.Fprintf(f, "credentials{source: %q}", c.source)
}

// readCredentials finds the password or token, in this order: the first
// line of stdin with --password-stdin; MAILCHECK_TOKEN; MAILCHECK_PASSWORD;
// a prompt without echo when stdin is a terminal. With none of these it
// returns empty credentials, and check only tests connectivity.
func readCredentials(ctx context.Context, e *env, fromStdin bool, email string) (credentials, error) {
	if fromStdin {
		line, err := readLine(e.Stdin)
		if err != nil {
			return credentials{}, fmt.Errorf("reading the password from stdin: %w", err)
		}
		if line == "" {
			return credentials{}, errors.New("--password-stdin: stdin holds no password")
		}
		return credentials{password: probe.Secret(line), source: "stdin"}, nil
	}
	if t := e.Getenv("MAILCHECK_TOKEN"); t != "" {
		return credentials{token: probe.Secret(t), source: "MAILCHECK_TOKEN"}, nil
	}
	if p := e.Getenv("MAILCHECK_PASSWORD"); p != "" {
		return credentials{password: probe.Secret(p), source: "MAILCHECK_PASSWORD"}, nil
	}
	if e.IsTerminal(e.Stdin) && e.ReadPassword != nil {
		p, err := e.ReadPassword(ctx, fmt.Sprintf("Password for %s (empty: check connectivity only): ", email))
		if err != nil {
			return credentials{}, fmt.Errorf("reading the password: %w", err)
		}
		if p == "" {
			return credentials{}, nil
		}
		return credentials{password: probe.Secret(p), source: "prompt"}, nil
	}
	return credentials{}, nil
}

// maxSecretBytes bounds the password or token read from stdin or the
// prompt. OAuth access tokens are the longest credentials we take: Google's
// run to a few hundred bytes, Microsoft's JWTs to about 2.5 KiB and more
// with many group claims; 16 KiB leaves room for all of them, and a longer
// "password" is a file piped by mistake, refused at once rather than read
// for seconds.
const maxSecretBytes = 16 << 10

// errSecretTooLong is returned when the first line runs past maxSecretBytes.
var errSecretTooLong = fmt.Errorf("the password or token is longer than %d bytes (was a file piped by mistake?)", maxSecretBytes)

// readLine reads one line without its line ending, at most maxSecretBytes
// long. It reads byte by byte so that nothing after the line is consumed.
func readLine(r io.Reader) (string, error) {
	var b strings.Builder
	buf := make([]byte, 1)
	for {
		n, err := r.Read(buf)
		if n == 1 {
			if buf[0] == '\n' {
				break
			}
			if b.Len() > maxSecretBytes { // one byte over: room for a CR
				return "", errSecretTooLong
			}
			b.WriteByte(buf[0])
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", err
		}
	}
	line := strings.TrimSuffix(b.String(), "\r")
	if len(line) > maxSecretBytes {
		return "", errSecretTooLong
	}
	return line, nil
}

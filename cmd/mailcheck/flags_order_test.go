package main

import (
	"encoding/hex"
	"fmt"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Users paste first and add flags after; pasted POP3 errors start with a
// dash. The parser must take both as people mean them.
func TestFlagsAnywhere(t *testing.T) {
	for _, tc := range []struct {
		name     string
		args     []string
		wantHost string
		wantJSON bool
		wantText []string
		wantErr  string
	}{
		{"flags first", []string{"--host", "h", "--json", "a1 NO x"}, "h", true, []string{"a1 NO x"}, ""},
		{"flags after the text", []string{"a1 NO x", "--host", "h", "--json"}, "h", true, []string{"a1 NO x"}, ""},
		{"flags between words", []string{"535", "--json", "5.7.8", "failed"}, "", true, []string{"535", "5.7.8", "failed"}, ""},
		{"dash-led text with spaces is text", []string{"-ERR [AUTH] Authentication failed.", "--json"}, "", true, []string{"-ERR [AUTH] Authentication failed."}, ""},
		{"-- ends the flags", []string{"--json", "--", "-ERR", "--host"}, "", true, []string{"-ERR", "--host"}, ""},
		{"a bare dash-led word is a flag", []string{"-ERR", "x"}, "", false, nil, "unknown flag --ERR"},
		{"a flag needs its value", []string{"text", "--host"}, "", false, nil, "--host needs a value"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := newFlagSet("explain", "mailcheck explain [flags] TEXT...", "")
			host := fs.String("host", "", "")
			asJSON := fs.Bool("json", false, "")
			err := fs.parse(tc.args, io.Discard)
			if tc.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.wantHost, *host)
			assert.Equal(t, tc.wantJSON, *asJSON)
			assert.Equal(t, tc.wantText, fs.Args())
			assert.Equal(t, len(tc.wantText), fs.NArg())
		})
	}
}

func TestCredentialsNeverPrint(t *testing.T) {
	c := credentials{password: "hunter2-secret", token: "tok-secret", source: "stdin"}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x"} {
		out := fmt.Sprintf(verb, c)
		assert.NotContains(t, out, "hunter2", verb)
		assert.NotContains(t, out, "tok-secret", verb)
		assert.NotContains(t, out, hex.EncodeToString([]byte("hunter2")), verb)
	}
	assert.Contains(t, fmt.Sprint(c), "stdin", "the source is still shown")
}

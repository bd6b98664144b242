package probe_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/probe"
)

const hunter = "hunter2-s3cr3t"

// opts stands for the options structs that hold a Secret in an exported
// field and get logged whole.
type opts struct {
	User     string
	Password probe.Secret `json:"password"`
	Token    probe.Secret `json:"token,omitempty"`
}

func TestSecretFormatNeverPrintsValue(t *testing.T) {
	s := probe.Secret(hunter)
	o := opts{User: "alice", Password: s, Token: s}
	tests := []struct {
		name   string
		format string
		arg    any
		want   string
	}{
		{"v", "%v", s, "[redacted]"},                                     // the common log verb
		{"plus v", "%+v", s, "[redacted]"},                               // Format covers the flag too
		{"sharp v", "%#v", s, "[redacted]"},                              // Format wins over GoString for %#v
		{"s", "%s", s, "[redacted]"},                                     // String-like verb
		{"q", "%q", s, "[redacted]"},                                     // %q would otherwise quote the raw string
		{"x", "%x", s, "[redacted]"},                                     // %x would otherwise hex-encode the raw string
		{"X", "%X", s, "[redacted]"},                                     // upper hex too
		{"d", "%d", s, "[redacted]"},                                     // a bad verb must not fall back to the value
		{"width", "%20s", s, "[redacted]"},                               // width flags cannot pad the value back in
		{"pointer v", "%v", &s, "[redacted]"},                            // a *Secret has the value methods too
		{"slice", "%v", []probe.Secret{s, s}, "[[redacted] [redacted]]"}, // elements use Format
		{"map", "%v", map[string]probe.Secret{"pw": s}, "map[pw:[redacted]]"},
		{"struct v", "%v", o, "{alice [redacted] [redacted]}"},                           // exported field in a logged struct
		{"struct plus v", "%+v", o, "{User:alice Password:[redacted] Token:[redacted]}"}, // field names shown, values not
		{"struct sharp v", "%#v", o, `probe_test.opts{User:"alice", Password:[redacted], Token:[redacted]}`}, // Go syntax still hides it
		{"struct pointer", "%+v", &o, "&{User:alice Password:[redacted] Token:[redacted]}"},                  // pointers to options structs get logged too
		{"Sprint", "", s, "[redacted]"}, // Sprint/Println path
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got string
			if tc.format == "" {
				got = fmt.Sprint(tc.arg)
			} else {
				got = fmt.Sprintf(tc.format, tc.arg)
			}
			assert.Equal(t, tc.want, got)
			assert.NotContains(t, got, hunter)
			assert.NotContains(t, got, fmt.Sprintf("%x", hunter))
		})
	}
}

func TestSecretMethods(t *testing.T) {
	s := probe.Secret(hunter)
	assert.Equal(t, hunter, s.Reveal(), "Reveal is the only way to the value")
	assert.Equal(t, "[redacted]", s.String())
	assert.Equal(t, `probe.Secret("[redacted]")`, s.GoString())
	assert.False(t, s.IsZero())
	assert.Equal(t, probe.Redacted, s.String(), "transcripts and Secret use the same placeholder")

	var empty probe.Secret
	assert.True(t, empty.IsZero())
	assert.Equal(t, "", empty.String(), "an empty secret prints empty, so a missing password is visible")
	assert.Equal(t, "", fmt.Sprintf("%v", empty))
	assert.Equal(t, `probe.Secret("")`, empty.GoString())
	assert.Equal(t, "", empty.Reveal())
}

func TestSecretMarshal(t *testing.T) {
	s := probe.Secret(hunter)

	text, err := s.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "[redacted]", string(text))

	b, err := json.Marshal(opts{User: "alice", Password: s, Token: s})
	require.NoError(t, err)
	assert.JSONEq(t, `{"User":"alice","password":"[redacted]","token":"[redacted]"}`, string(b))
	assert.NotContains(t, string(b), hunter)

	b, err = json.Marshal(opts{User: "alice"})
	require.NoError(t, err)
	assert.JSONEq(t, `{"User":"alice","password":""}`, string(b), "empty secret marshals empty and omitempty still drops it")

	b, err = json.Marshal(map[string]probe.Secret{"pw": s})
	require.NoError(t, err)
	assert.JSONEq(t, `{"pw":"[redacted]"}`, string(b), "map values use MarshalText")

	b, err = json.Marshal([]*probe.Secret{&s})
	require.NoError(t, err)
	assert.JSONEq(t, `["[redacted]"]`, string(b))
}

func TestSecretUnmarshal(t *testing.T) {
	// Secret has no UnmarshalText: a JSON string decodes to the value, which
	// is how examples/testconnection reads a password.
	var o opts
	require.NoError(t, json.Unmarshal([]byte(`{"password":"hunter2-s3cr3t"}`), &o))
	assert.Equal(t, hunter, o.Password.Reveal())
}

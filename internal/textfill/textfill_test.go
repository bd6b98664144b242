package textfill

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

type kind string

type inner struct {
	Text  string
	Kind  kind
	Names []string
}

type outer struct {
	Name   string
	Inner  *inner
	List   []inner
	Count  int
	Skip   string
	hidden string
}

func TestFill(t *testing.T) {
	var o outer
	Fill(&o, "S", func(p string) bool { return p == "Skip" })
	assert.Equal(t, "S", o.Name)
	if assert.NotNil(t, o.Inner) {
		assert.Equal(t, "S", o.Inner.Text)
		assert.Equal(t, kind(""), o.Inner.Kind, "named string types are the program's own words")
		assert.Equal(t, []string{"PLAIN", "S"}, o.Inner.Names)
	}
	if assert.Len(t, o.List, 1) {
		assert.Equal(t, "S", o.List[0].Text)
	}
	assert.Empty(t, o.Skip)
	assert.Empty(t, o.hidden)
	assert.Zero(t, o.Count)
}

func TestFillNeedsPointer(t *testing.T) {
	assert.Panics(t, func() { Fill(outer{}, "S", nil) })
}

func TestScrubbed(t *testing.T) {
	var o outer
	js, err := Scrubbed(&o, "pw", map[string]string{"Skip": "why"}, func() { o.Name = "clean" })
	assert.NoError(t, err)
	assert.Contains(t, string(js), `"Name":"clean"`, "scrub ran before the JSON")
	assert.Contains(t, string(js), `"Text":"said pw"`)
	assert.Contains(t, string(js), `"Skip":""`)
}

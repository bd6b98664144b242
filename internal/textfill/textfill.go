// Package textfill fills every text of a value with a marker, for tests
// that prove a scrubber covers every field: fill a result with a secret,
// scrub it, and search the JSON. A text field added later is filled too,
// so a scrubber that forgets it fails such a test instead of leaking.
package textfill

import (
	"encoding/json"
	"reflect"
	"strings"
)

// Fill sets every plain string reachable from v (a non-nil pointer) to
// text: fields of structs, through pointers (allocated when nil), and
// string slices (set to two elements, a constant one and text, so a
// scrubber that handles only the first element is caught). Slices of
// structs get one element. Named string types (kinds, stages, codes) are
// the program's own words and are left alone, as are fields whose dotted
// path from v ("TLS.Version", "Steps") skip reports true.
func Fill(v any, text string, skip func(path string) bool) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		panic("textfill: Fill needs a non-nil pointer")
	}
	if skip == nil {
		skip = func(string) bool { return false }
	}
	fill(rv.Elem(), "", text, skip)
}

var stringType = reflect.TypeOf("")

func fill(v reflect.Value, path, text string, skip func(string) bool) {
	if path != "" && skip(path) {
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		fill(v.Elem(), path, text, skip)
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			if t.Field(i).IsExported() {
				fill(v.Field(i), strings.TrimPrefix(path+"."+t.Field(i).Name, "."), text, skip)
			}
		}
	case reflect.Slice:
		switch {
		case v.Type().Elem() == stringType:
			v.Set(reflect.ValueOf([]string{"PLAIN", text}))
		case v.Type().Elem().Kind() == reflect.Struct:
			v.Set(reflect.MakeSlice(v.Type(), 1, 1))
			fill(v.Index(0), path, text, skip)
		}
	case reflect.String:
		if v.Type() == stringType {
			v.SetString(text)
		}
	}
}

// Scrubbed fills v (as Fill does, with a text holding secret, leaving the
// paths that are keys of keep) and calls scrub, which should scrub v; it
// returns v's JSON, for the caller to search for the secret. keep's
// values say why each path is not the scrubber's business.
func Scrubbed(v any, secret string, keep map[string]string, scrub func()) ([]byte, error) {
	Fill(v, "said "+secret, func(path string) bool { return keep[path] != "" })
	scrub()
	return json.Marshal(v)
}

// Package plantest holds what tests of several packages need to compare
// plans as people see them.
package plantest

import (
	"encoding/json"
	"strings"
	"testing"

	"regionplan/planmodel"
)

// NamedView returns the plan as JSON with every municipality ID written as
// that municipality's name and map keys in order: the plan as its users see
// it, whatever IDs its municipalities have. A municipality without an ID
// (a plan that refers by name) is shown with its name as its ID, so a plan
// before and after it gets IDs looks the same.
func NamedView(t *testing.T, p *planmodel.Plan) string {
	t.Helper()
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for _, m := range p.Municipalities {
		name, _ := json.Marshal(m.Name)
		if m.ID == "" {
			s = strings.Replace(s, `"id":"","name":`+string(name), `"id":`+string(name)+`,"name":`+string(name), 1)
		} else {
			s = strings.ReplaceAll(s, `"`+string(m.ID)+`"`, string(name))
		}
	}
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatal(err)
	}
	data, _ = json.Marshal(v)
	return string(data)
}

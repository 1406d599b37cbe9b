package storage

import (
	"bytes"
	"encoding/json"
	"testing"

	"regionplan/planmodel"
)

// TestOldGoalsGetASeries loads the example plan from the schema fixtures,
// written when a goal had one current value, and checks that the value has
// become the goal's series and is no longer written on its own.
func TestOldGoalsGetASeries(t *testing.T) {
	for _, f := range []string{"testdata/schema-v2.db"} { // schema 1 had no goals
		t.Run(f, func(t *testing.T) {
			path := copyFile(t, f)
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			p, err := s.Load("kristiansand")
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]planmodel.Measurement{
				"Flere arbeidsplasser i privat sektor":            {Year: 2017, Value: 350},
				"Datalagringssenteret i Vennesla ferdig regulert": {Year: 2015, Value: 110},
			}
			if len(p.Goals) == 0 {
				t.Fatal("the fixture's plan has no goals")
			}
			for _, g := range p.Goals {
				if w, ok := want[g.Title]; ok && (len(g.Measurements) != 1 || g.Measurements[0] != w) {
					t.Errorf("%s: %+v, want [%+v]", g.Title, g.Measurements, w)
				}
			}
			if err := s.Save(p); err != nil {
				t.Fatal(err)
			}
			s.Close()
			s, err = Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			again, err := s.Load("kristiansand")
			if err != nil {
				t.Fatal(err)
			}
			data, _ := json.Marshal(again)
			if bytes.Contains(data, []byte(`"current`)) || len(again.Goals[0].Series()) != 1 {
				t.Errorf("saved again: %s", data)
			}
		})
	}
}

package storage

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"regionplan/examples"
	"regionplan/internal/plantest"
	"regionplan/internal/testfs"
	"regionplan/planmodel"
)

// storedPlans decodes every plan in the plans bucket, and every snapshot's
// plan, as stored, without resolving anything; snapshots are keyed
// "planID/snapshotID".
func storedPlans(t *testing.T, tx *bolt.Tx) map[string]*planmodel.Plan {
	t.Helper()
	out := map[string]*planmodel.Plan{}
	read := func(name []byte, plan func(data []byte) []byte) {
		b := tx.Bucket(name)
		if b == nil {
			return
		}
		b.ForEach(func(k, v []byte) error {
			if strings.HasPrefix(string(v), string(recordMark)) { // a plan stored in sections, from schema 4 on
				p, err := decodePlan(string(k), v)
				if err != nil {
					t.Fatalf("%s: %v", k, err)
				}
				out[string(k)] = p
				return nil
			}
			data, err := unseal(v)
			if err != nil {
				t.Fatalf("%s: %v", k, err)
			}
			var p planmodel.Plan
			if err := json.Unmarshal(plan(data), &p); err != nil {
				t.Fatalf("%s: %v", k, err)
			}
			out[string(k)] = &p
			return nil
		})
	}
	read(bucketPlans, func(data []byte) []byte { return data })
	read(bucketSnapshots, func(data []byte) []byte {
		var rec snapshotRecord
		json.Unmarshal(data, &rec)
		return rec.Plan
	})
	return out
}

// TestMigrationGivesMunicipalityIDs opens the fixtures of schema 1 and 2,
// whose plans and snapshots refer to municipalities by name, and checks that
// after the upgrade every municipality has an ID, every reference holds the
// ID of the municipality it named, nothing else changed, and a snapshot
// shares the plan's IDs.
func TestMigrationGivesMunicipalityIDs(t *testing.T) {
	for _, f := range []string{"testdata/schema-v1.db", "testdata/schema-v2.db"} {
		t.Run(f, func(t *testing.T) {
			path := copyFile(t, f)
			db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			var before map[string]*planmodel.Plan
			db.View(func(tx *bolt.Tx) error { before = storedPlans(t, tx); return nil })
			db.Close()
			for k, p := range before {
				for _, m := range p.Municipalities {
					if m.ID != "" {
						t.Fatalf("%s: %s has an ID before the upgrade", k, m.Name)
					}
				}
			}

			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			var after map[string]*planmodel.Plan
			s.view(func(tx *bolt.Tx) error { after = storedPlans(t, tx); return nil })
			if len(after) != len(before) || len(after) < 2 {
				t.Fatalf("%d plans and snapshots after the upgrade, %d before", len(after), len(before))
			}
			for k, old := range before {
				p := after[k]
				seen := map[planmodel.MunicipalityID]bool{}
				for _, m := range p.Municipalities {
					if m.ID == "" || seen[m.ID] {
						t.Errorf("%s: municipality %s has the ID %q", k, m.Name, m.ID)
					}
					seen[m.ID] = true
				}
				if got, want := plantest.NamedView(t, p), plantest.NamedView(t, old); got != want {
					t.Errorf("%s after the upgrade:\n%s\nbefore:\n%s", k, got, want)
				}
				if planID, _, snapshot := strings.Cut(k, "/"); snapshot {
					for _, m := range p.Municipalities {
						if live := after[planID]; live.IDOf(m.Name) != m.ID {
							t.Errorf("%s: %s has the ID %s in the snapshot and %s in the plan", k, m.Name, m.ID, live.IDOf(m.Name))
						}
					}
				}
				loaded, err := s.Load(k)
				if err == nil && plantest.NamedView(t, loaded) != plantest.NamedView(t, p) {
					t.Errorf("%s loads differently from how it is stored", k)
				}
			}
			if k := after["kristiansand"]; k.NameOf(k.Applicant) != "Kristiansand" || len(k.Measures) > 0 && k.NameOf(k.Measures[0].Responsible) != "Vennesla" {
				t.Errorf("Kristiansandregionen after the upgrade: %+v", k)
			}
		})
	}
}

// formatOne writes p as a plan file of format 1: references by name and no
// municipality IDs.
func formatOne(t testing.TB, p *planmodel.Plan) []byte {
	t.Helper()
	data, err := EncodePlanFile(p, now)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(data), `"version": 2`, `"version": 1`, 1)
	for _, m := range p.Municipalities {
		s = strings.Replace(s, `"id": "`+string(m.ID)+`",`, ``, 1)
		s = strings.ReplaceAll(s, `"`+string(m.ID)+`"`, `"`+m.Name+`"`)
	}
	return []byte(s)
}

func TestFormatOnePlanFileImports(t *testing.T) {
	for _, name := range examples.Names {
		p, _ := examples.Plan(name, now)
		data := formatOne(t, p)
		if strings.Contains(string(data), string(p.Municipalities[1].ID)) {
			t.Fatalf("the format-1 file still holds an ID")
		}
		got, err := DecodePlanFile(data)
		if err != nil {
			t.Fatal(err)
		}
		if plantest.NamedView(t, got) != plantest.NamedView(t, p) {
			t.Errorf("%s read from format 1:\n%s\nwant\n%s", name, plantest.NamedView(t, got), plantest.NamedView(t, p))
		}
		if err := got.Validate(); err != nil {
			t.Error(err)
		}
	}
	p, _ := examples.Plan(examples.Kristiansand, now)
	p.Measures[0].Responsible = "Arendal" // a name, as format 1 wrote it, of no municipality in the plan
	_, err := DecodePlanFile(formatOne(t, p))
	if err == nil || !strings.Contains(err.Error(), "Arendal is not among the plan's municipalities") {
		t.Errorf("a format-1 reference to a stranger: %v", err)
	}
}

func TestPlanFileKeepsMunicipalityIDs(t *testing.T) {
	p, _ := examples.Plan(examples.Hallingdal, now)
	data, err := EncodePlanFile(p, now)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"version": 2`) || !strings.Contains(string(data), `"id": "`+string(p.Municipalities[0].ID)+`"`) {
		t.Fatalf("format 2 with IDs expected:\n%.400s", data)
	}
	got, err := DecodePlanFile(data)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(p)
	if again, _ := json.Marshal(got); string(again) != string(want) {
		t.Errorf("a round trip through format 2 changed the plan:\n%s\nwant\n%s", again, want)
	}
	// A reference to an ID the plan does not have is reported, not dropped.
	bad := strings.Replace(string(data), `"responsible": "`+string(p.Measures[0].Responsible)+`"`, `"responsible": "ffffffff"`, 1)
	if _, err := DecodePlanFile([]byte(bad)); err == nil || !strings.Contains(err.Error(), "measures[0].responsible") {
		t.Errorf("a reference to an unknown ID: %v", err)
	}
}

// A file of schema 2 on a read-only medium cannot be upgraded, but its plans
// load with IDs and references by ID all the same.
func TestOldFileReadOnlyResolvesNames(t *testing.T) {
	ro := filepath.Join(testfs.ReadOnlyCopy(t, copyFile(t, "testdata/schema-v2.db")), FileName)
	s, err := Open(ro)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if !s.ReadOnly() {
		t.Fatal("the copy is not read-only")
	}
	p, err := s.Load("kristiansand")
	if err != nil {
		t.Fatal(err)
	}
	if p.Municipalities[0].ID == "" || p.NameOf(p.Applicant) != "Kristiansand" || p.NameOf(p.Measures[0].Responsible) != "Vennesla" {
		t.Errorf("loaded from a read-only schema-2 file: %+v", p)
	}
	if err := p.Validate(); err != nil {
		t.Error(err)
	}
	h, _ := s.Load("hallingdal01")
	snaps, _ := s.Snapshots(h.ID)
	if len(snaps) != 1 {
		t.Fatalf("snapshots %+v", snaps)
	}
	snap, _, err := s.LoadSnapshot(h.ID, snaps[0].ID)
	if err != nil || snap.Municipalities[0].ID != h.Municipalities[0].ID {
		t.Errorf("the snapshot's IDs differ from the plan's: %v", err)
	}
}

// Salvaging a file of schema 2 writes a file of the current schema, so the
// plans it saves must be given IDs there.
func TestSalvageOfAnOldFileGivesIDs(t *testing.T) {
	out := filepath.Join(t.TempDir(), "saved.db")
	if _, err := Salvage(copyFile(t, "testdata/schema-v2.db"), out); err != nil {
		t.Fatal(err)
	}
	s, err := Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var stored map[string]*planmodel.Plan
	s.view(func(tx *bolt.Tx) error { stored = storedPlans(t, tx); return nil })
	if len(stored) < 3 {
		t.Fatalf("%d plans and snapshots saved", len(stored))
	}
	for k, p := range stored {
		planID, _, _ := strings.Cut(k, "/")
		for _, m := range p.Municipalities {
			if m.ID == "" || stored[planID].IDOf(m.Name) != m.ID {
				t.Errorf("%s: %s has the ID %q, %q in the plan", k, m.Name, m.ID, stored[planID].IDOf(m.Name))
			}
		}
	}
}

// The ID step leaves a file whose plans have IDs as it is, byte for byte,
// and a value that is no plan too, as Salvage runs it over records of any
// schema.
func TestIDStepLeavesPlansWithIDsAlone(t *testing.T) {
	s, err := Open(copyFile(t, "testdata/schema-v3.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	values := func() map[string]string {
		out := map[string]string{}
		s.view(func(tx *bolt.Tx) error {
			return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
				return b.ForEach(func(k, v []byte) error { out[string(name)+"/"+string(k)] = string(v); return nil })
			})
		})
		return out
	}
	err = s.update(func(tx *bolt.Tx) error { // a record of another kind in the plans bucket
		return tx.Bucket(bucketPlans).Put([]byte("header"), seal([]byte(`{"parts":["a","b"]}`)))
	})
	if err != nil {
		t.Fatal(err)
	}
	before := values()
	if err := s.update(migrateMunicipalityIDs); err != nil {
		t.Fatal(err)
	}
	after := values()
	if len(after) != len(before) || len(before) < 5 {
		t.Fatalf("%d values before, %d after", len(before), len(after))
	}
	for k, v := range before {
		if after[k] != v {
			t.Errorf("%s changed", k)
		}
	}
}

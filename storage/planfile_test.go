package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"regionplan/examples"
	"regionplan/planmodel"
	"regionplan/report"
)

func TestExportImportExport(t *testing.T) {
	s, _ := openTemp(t)
	p, _ := examples.Plan("hallingdal", now)
	p.SetItem("trust.quick-wins", planmodel.Done, "Breiband – «felles løft»", now)
	p.Steering = []string{"Hallingtinget"}
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "plan.json")
	if err := ExportPlan(p, path, now); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(path)

	q, err := ReadPlanFile(path)
	if err != nil {
		t.Fatal(err)
	}
	later := now.Add(time.Hour)
	if err := s.Import(q, later); err != nil {
		t.Fatal(err)
	}
	if q.ID == p.ID {
		t.Fatal("an import of an existing plan kept its ID; it must become a copy")
	}
	if got, _ := s.Load(p.ID); got.Name != p.Name {
		t.Error("the original was changed by the import")
	}
	stored, err := s.Load(q.ID)
	if err != nil {
		t.Fatal(err)
	}
	second, _ := EncodePlanFile(stored, now)
	if a, b := normalise(t, first), normalise(t, second); a != b {
		t.Errorf("export → import → export changed the content:\n%s\n%s", a, b)
	}
}

// normalise drops the ID and the times a re-import may change.
func normalise(t *testing.T, data []byte) string {
	t.Helper()
	var f map[string]any
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	plan := f["plan"].(map[string]any)
	delete(plan, "id")
	delete(plan, "updated")
	out, _ := json.Marshal(f)
	return string(out)
}

func TestImportKeepsAFreeID(t *testing.T) {
	s, _ := openTemp(t)
	p, _ := examples.Plan("kristiansand", now)
	data, _ := EncodePlanFile(p, now)
	q, err := DecodePlanFile(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Import(q, now); err != nil || q.ID != p.ID {
		t.Errorf("import into an empty file: ID %s (was %s), %v", q.ID, p.ID, err)
	}
}

func TestDecodeReportsEveryProblemWithItsPath(t *testing.T) {
	p, _ := examples.Plan("kristiansand", now)
	good, _ := EncodePlanFile(p, now)
	edit := func(f func(plan map[string]any)) []byte {
		var top map[string]any
		json.Unmarshal(good, &top)
		f(top["plan"].(map[string]any))
		out, _ := json.Marshal(top)
		return out
	}
	muni := func(plan map[string]any, i int) map[string]any {
		return plan["municipalities"].([]any)[i].(map[string]any)
	}
	tests := []struct {
		name string
		data []byte
		want []string // "field: message" prefixes, in any order
	}{
		{"not json", []byte("{\"format\": \"regionplan-plan\",\n  \"version\": 1,\n  oops}"), []string{": The file is not valid JSON (line 3, column 3)."}},
		{"cut off", good[:len(good)/2], []string{": The file ends too early"}},
		{"not a plan file", []byte(`{"name": "x"}`), []string{"format: "}},
		{"newer version", bytes.Replace(good, []byte(`"version": 2`), []byte(`"version": 7`), 1), []string{"version: The file was written by a newer version"}},
		{"two documents", append(append([]byte{}, good...), good...), []string{": The file has more after the plan"}},
		{"latin-1", []byte("{\"format\":\"regionplan-plan\",\"version\":1,\"plan\":{\"name\":\"Fl\xe5\"}}"), []string{": The file is not UTF-8 text"}},
		{"wrong types", edit(func(plan map[string]any) {
			muni(plan, 3)["population"] = "mange"
			muni(plan, 1)["areaKm2"] = true
			plan["firstYear"] = 2015.5
			plan["steering"] = "alle"
			plan["colour"] = "blå"
		}), []string{
			"municipalities[3].population: Must be a whole number.",
			"municipalities[1].areaKm2: Must be a number.",
			"firstYear: Must be a whole number.",
			"steering: Must be a list.",
			"colour: Unknown field.",
		}},
		{"wrong types and bad values together", edit(func(plan map[string]any) {
			muni(plan, 3)["population"] = "mange"
			plan["lastYear"] = 2001
		}), []string{
			"municipalities[3].population: Must be a whole number.",
			"lastYear: The period ends before it starts.",
		}},
		{"bad values", edit(func(plan map[string]any) {
			muni(plan, 3)["population"] = -4
			plan["municipalities"] = append(plan["municipalities"].([]any), map[string]any{"name": "Vennesla", "standard": "nb"})
			plan["lastYear"] = 2001
		}), []string{
			"lastYear: The period ends before it starts.",
			"municipalities[3].population: The population must be",
			"municipalities[7].name: Vennesla is already in the plan",
		}},
		{"missing fields", edit(func(plan map[string]any) { delete(plan, "name"); delete(plan, "lastYear") }), []string{"name: Required", "lastYear: Required"}},
		{"bad time", edit(func(plan map[string]any) { plan["created"] = "i går" }), []string{"created: Must be a date and time"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := DecodePlanFile(tt.data)
			var ps planmodel.Problems
			if p != nil || !errors.As(err, &ps) {
				t.Fatalf("got plan %v, error %v; want problems", p, err)
			}
			if len(ps) != len(tt.want) {
				t.Errorf("%d problems, want %d: %v", len(ps), len(tt.want), err)
			}
			for _, w := range tt.want {
				found := false
				for _, q := range ps {
					found = found || strings.HasPrefix(q.Error(), w)
				}
				if !found {
					t.Errorf("no problem %q among: %v", w, err)
				}
			}
		})
	}
}

func TestReadPlanFileRefusesHugeFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.json")
	f, _ := os.Create(path)
	f.Truncate(MaxPlanFileBytes + 10)
	f.Close()
	_, err := ReadPlanFile(path)
	var ps planmodel.Problems
	if !errors.As(err, &ps) || !strings.Contains(ps[0].Message, "larger than") {
		t.Fatalf("huge file: %v", err)
	}
}

// FuzzDecodePlanFile checks that no input makes the importer panic, that
// whatever it accepts is a valid plan that survives a round trip, and that
// an accepted plan's decisions can be exported: a draft renders and every
// municipality's file is written (issue 17: valid plans whose drafts could
// not be written). One draft is rendered per input, the rest get its bytes,
// so that the fuzzer keeps its pace.
func FuzzDecodePlanFile(f *testing.F) {
	for _, name := range examples.Names {
		p, _ := examples.Plan(name, now)
		p.SetItem("trust.quick-wins", planmodel.Done, "notat", now)
		data, _ := EncodePlanFile(p, now)
		f.Add(data)
	}
	f.Add([]byte(`{"format":"regionplan-plan","version":1,"plan":{"name":"x","firstYear":2027,"lastYear":2028}}`))
	f.Add([]byte(`{"format":"regionplan-plan","version":1,"plan":{"municipalities":[{"population":1e400}]}}`))
	f.Add([]byte(`[]`))
	long, _ := examples.Plan("hallingdal", now) // names at the allowed length
	long.Municipalities[0].Name = strings.Repeat("Å", planmodel.MaxNameLen)
	if data, err := EncodePlanFile(long, now); err == nil {
		f.Add(data)
	}
	k, _ := examples.Plan(examples.Kristiansand, now)
	f.Add(formatOne(f, k)) // references by name
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := DecodePlanFile(data)
		if err != nil {
			if p != nil {
				t.Fatal("a plan and an error")
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("accepted an invalid plan: %v", err)
		}
		again, err := EncodePlanFile(p, now)
		if err != nil {
			t.Fatal(err)
		}
		q, err := DecodePlanFile(again)
		if err != nil {
			t.Fatalf("an accepted plan does not read back: %v", err)
		}
		a, _ := json.Marshal(p)
		b, _ := json.Marshal(q)
		if !bytes.Equal(a, b) {
			t.Fatalf("round trip changed the plan:\n%s\n%s", a, b)
		}
		exportDecisions(t, p, len(data))
	})
}

// exportDecisions renders the draft of one decision for one municipality,
// picked by pick, and writes it under every municipality's file name as one
// export; a valid plan must get through.
func exportDecisions(t *testing.T, p *planmodel.Plan, pick int) {
	if len(p.Decisions) == 0 || len(p.Municipalities) == 0 {
		return
	}
	d := &p.Decisions[pick%len(p.Decisions)]
	pdf, err := report.DecisionDraft(p, d, pick%len(p.Municipalities), now)
	if err != nil {
		t.Fatalf("a valid plan's draft cannot be made: %v", err)
	}
	docs := make([]report.Draft, len(p.Municipalities))
	for i := range docs {
		docs[i] = report.Draft{FileName: report.DraftFileName(p, d, i), PDF: pdf}
	}
	dir := t.TempDir()
	paths, err := report.WriteFiles(dir, docs, nil)
	if err != nil {
		t.Fatalf("a valid plan's drafts cannot be written: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != len(docs) || len(paths) != len(docs) {
		t.Fatalf("%d drafts, %d paths, %d files", len(docs), len(paths), len(entries))
	}
}

func TestImportReplacingKeepsASnapshot(t *testing.T) {
	s, _ := openTemp(t)
	p, _ := examples.Plan("hallingdal", now)
	s.Create(p)
	data, _ := EncodePlanFile(p, now)
	q, _ := DecodePlanFile(data)
	q.Name = "Ny versjon frå regionrådet"
	if err := s.ImportReplacing(q, "Før import", now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Load(p.ID); got.Name != q.Name {
		t.Errorf("not replaced: %q", got.Name)
	}
	snaps, _ := s.Snapshots(p.ID)
	if len(snaps) != 1 || snaps[0].Reason != planmodel.SnapshotBeforeImport {
		t.Fatalf("snapshots: %+v", snaps)
	}
	old, _, _ := s.LoadSnapshot(p.ID, snaps[0].ID)
	if old.Name != p.Name {
		t.Errorf("the snapshot holds %q, want the plan before the import", old.Name)
	}
	if list, _ := s.List(); len(list) != 1 {
		t.Errorf("%d plans after replacing; want 1", len(list))
	}
}

func TestImportGivesABadIDANewOne(t *testing.T) {
	s, _ := openTemp(t)
	p, _ := examples.Plan("hallingdal", now)
	p.ID = "abc"
	s.Create(p)
	q, _ := examples.Plan("kristiansand", now)
	q.ID = "abc/def"
	if err := s.Import(q, now); err != nil {
		t.Fatal(err)
	}
	if !ValidID(q.ID) || q.ID == "abc/def" {
		t.Errorf("the imported plan kept the ID %q", q.ID)
	}
	s.TakeSnapshot(q, "x", planmodel.SnapshotManual, 0, now)
	if snaps, _ := s.Snapshots("abc"); len(snaps) != 0 {
		t.Errorf("plan abc sees another plan's snapshots: %+v", snaps)
	}
}

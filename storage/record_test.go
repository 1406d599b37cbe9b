package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
	"unsafe"

	bolt "go.etcd.io/bbolt"

	"regionplan/examples"
	"regionplan/planmodel"
)

// rawRecords reads every live and deleted plan of the file at path straight
// through bbolt, decoded as the file holds it, as JSON.
func rawRecords(t *testing.T, path string) map[string]string {
	t.Helper()
	db, err := bolt.Open(path, 0o400, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	out := map[string]string{}
	db.View(func(tx *bolt.Tx) error {
		tx.Bucket(bucketPlans).ForEach(func(k, v []byte) error {
			p, err := decodePlan(string(k), v)
			if err != nil {
				t.Fatal(err)
			}
			out["plan "+string(k)] = jsonOf(t, p)
			return nil
		})
		return tx.Bucket(bucketTrash).ForEach(func(k, v []byte) error {
			_, rec, err := decodeTrashed(string(k), v)
			if err == nil {
				var p *planmodel.Plan
				p, err = decodePlan(string(k), rec)
				out["deleted "+string(k)] = jsonOf(t, p)
			}
			if err != nil {
				t.Fatal(err)
			}
			return nil
		})
	})
	return out
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestMigrationToSectionsKeepsEveryValue upgrades every older fixture to
// the schema before sections, reads each plan (live and deleted) as that
// file holds it, then takes the last step: every plan must read back
// exactly as it was, and the live ones be stored in sections.
func TestMigrationToSectionsKeepsEveryValue(t *testing.T) {
	files, _ := filepath.Glob("testdata/schema-v*.db")
	for _, f := range files {
		if f == "testdata/schema-v"+strconv.Itoa(SchemaVersion())+".db" {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			path := copyFile(t, f)
			all := migrations
			migrations = all[:len(all)-1] // up to the step before sections
			s, err := Open(path)
			migrations = all
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			before := rawRecords(t, path)
			s, err = Open(path)
			if err != nil {
				t.Fatal(err)
			}
			after := map[string]string{}
			live, _ := s.List()
			trash, _ := s.Trash()
			for _, e := range live {
				after["plan "+e.ID] = jsonOf(t, e.Plan)
			}
			for _, e := range trash {
				after["deleted "+e.ID] = jsonOf(t, e.Plan)
			}
			s.view(func(tx *bolt.Tx) error {
				return tx.Bucket(bucketPlans).ForEach(func(k, v []byte) error {
					if !bytes.HasPrefix(v, recordMark) {
						t.Errorf("plan %s is not stored in sections after the upgrade", k)
					}
					return nil
				})
			})
			s.Close()
			if len(before) != 3 || !reflect.DeepEqual(before, after) {
				t.Errorf("the plans differ after the upgrade:\nbefore %v\nafter  %v", before, after)
			}
		})
	}
}

// storeWithLarge opens a new plan file holding the large plan.
func storeWithLarge(t *testing.T) (*Store, *planmodel.Plan) {
	t.Helper()
	s, _ := openTemp(t)
	p := examples.Large(now)
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	return s, p
}

// TestSaveStoresWhatWasSaved edits the large plan in the ways the window
// does, in place and by replacing, saving after each, and reads it back
// from the file each time: it must be the plan as saved.
func TestSaveStoresWhatWasSaved(t *testing.T) {
	s, p := storeWithLarge(t)
	d := &p.Decisions[3]
	edits := []struct {
		name string
		edit func()
	}{
		{"nothing", func() {}},
		{"a decision's text in its map", func() {
			tx := d.Texts[planmodel.Bokmal]
			tx.Assessment += " Ei setning til."
			d.Texts[planmodel.Bokmal] = tx
		}},
		{"a point in place", func() { d.Texts[planmodel.Bokmal].Points[0] = "Endra punkt" }},
		{"a case path step in place", func() { d.Paths[0].ArchiveRef = "2027/999" }},
		{"a measure's progress in place", func() {
			p.Measures[40].Progress = append(p.Measures[40].Progress, planmodel.MeasureProgress{Year: 2027, Note: "Godt i gang"})
		}},
		{"an hour in place, deep in the resources' maps", func() {
			for _, y := range p.Resources.Hours {
				y[p.FirstYear] += 7
				break
			}
		}},
		{"a cost in place", func() { p.Resources.Costs[0].Amounts[p.FirstYear] += 1000 }},
		{"a measure's title in place", func() { p.Measures[299].Title = "Siste tiltak, nytt namn" }},
		{"a decision removed from the middle", func() { p.Decisions = append(p.Decisions[:10], p.Decisions[11:]...) }},
		{"a measure inserted first", func() {
			p.Measures = append([]planmodel.Measure{{ID: "new-measure", Title: "Nytt tiltak"}}, p.Measures...)
		}},
		{"a decision added", func() {
			p.Decisions = append(p.Decisions, planmodel.Decision{ID: "new-decision", Kind: p.Decisions[0].Kind})
		}},
		{"the head", func() { p.Name = "Nytt namn"; p.Updated = p.Updated.Add(time.Minute) }},
		{"all measures gone", func() { p.Measures = nil }},
		{"all decisions empty but not nil", func() { p.Decisions = []planmodel.Decision{} }},
	}
	for _, e := range edits {
		e.edit()
		if err := s.Save(p); err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		got, err := s.Load(p.ID)
		if err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		var want planmodel.Plan // the plan as a whole record would have kept it
		json.Unmarshal([]byte(jsonOf(t, p)), &want)
		if jsonOf(t, got) != jsonOf(t, &want) {
			t.Fatalf("after editing %s the stored plan differs from the saved one", e.name)
		}
	}
}

// TestSaveEncodesOnlyChangedSections checks that a save after one
// decision's text changed keeps the other sections' sealed bytes as they
// were, and encodes the changed one anew.
func TestSaveEncodesOnlyChangedSections(t *testing.T) {
	p := examples.Large(now)
	first, err := encodeRecord(p, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx := p.Decisions[5].Texts[planmodel.Nynorsk]
	tx.Title += "!"
	p.Decisions[5].Texts[planmodel.Nynorsk] = tx
	next, err := encodeRecord(p, first, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(next.sections) != len(first.sections) || len(first.sections) != 2+len(p.Decisions)+(len(p.Measures)+measuresPerSection-1)/measuresPerSection {
		t.Fatalf("%d and %d sections", len(first.sections), len(next.sections))
	}
	for i := range next.sections {
		kept := &next.sections[i].sealed[0] == &first.sections[i].sealed[0]
		if changed := i == 0 || i == 2+5; kept == changed {
			t.Errorf("section %d (%c): kept %v", i, next.sections[i].kind, kept)
		}
	}
}

// TestSaveAfterOtherWritesEncodesAll puts an older record back behind the
// store's back (as restoring a deleted plan does) and checks that the next
// save stores the plan as it is, whatever the file held.
func TestSaveAfterOtherWritesEncodesAll(t *testing.T) {
	s, p := storeWithLarge(t)
	older, _ := encodePlan(p)
	p.Decisions[0].ID = "changed-before"
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	s.update(func(tx *bolt.Tx) error { return tx.Bucket(bucketPlans).Put([]byte(p.ID), older) })
	p.Name = "Berre namnet er nytt"
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Decisions[0].ID != "changed-before" || got.Name != p.Name {
		t.Errorf("stored %q, %q", got.Decisions[0].ID, got.Name)
	}
}

// TestDamagedSectionIsFound flips a byte inside one decision's section of
// a stored record: the plan must fail to read as damaged, not lose the one
// decision quietly.
func TestDamagedSectionIsFound(t *testing.T) {
	p := examples.Large(now)
	v, err := encodePlan(p)
	if err != nil {
		t.Fatal(err)
	}
	at := bytes.Index(v, []byte(p.Decisions[7].ID))
	for _, damage := range []func([]byte){
		func(b []byte) { b[at] ^= 1 },                            // inside a section
		func(b []byte) { b[len(recordMark)] ^= 0x10 },            // the head's length
		func(b []byte) { copy(b, "RPS2") },                       // the mark
		func(b []byte) { b[len(b)-1] ^= 0x80 },                   // the last section
		func(b []byte) { copy(b[len(b)-40:], make([]byte, 40)) }, // cut short
	} {
		b := bytes.Clone(v)
		damage(b)
		if _, err := decodePlan(p.ID, b); !errors.Is(err, ErrDamaged) {
			t.Errorf("a damaged record reads: %v", err)
		}
	}
	if _, err := decodePlan(p.ID, v[:len(v)-len(recordMark)]); !errors.Is(err, ErrDamaged) {
		t.Error("a record cut short reads")
	}
}

// same compares two values as a save compares sections.
func same[T any](a, b T) bool {
	return sameFor(reflect.TypeFor[T]())(unsafe.Pointer(&a), unsafe.Pointer(&b))
}

func TestSameJSON(t *testing.T) {
	type inner struct {
		S []string
		M map[string]int
	}
	type value struct {
		F     float64
		T     time.Time
		P     *inner
		I     any
		L     []inner
		B     []byte
		A     [2]string
		local string
	}
	oslo, _ := time.LoadLocation("Europe/Oslo")
	base := func() value {
		return value{F: 1.5, T: now, P: &inner{S: []string{"a"}, M: map[string]int{"x": 1}}, I: "i",
			L: []inner{{S: []string{"b"}}}, B: []byte("bytes"), A: [2]string{"a", "b"}, local: "ignored"}
	}
	if !same(base(), base()) {
		t.Error("equal values differ")
	}
	v := base()
	v.local = "other"
	if !same(base(), v) {
		t.Error("an unexported field JSON does not read counts")
	}
	for name, change := range map[string]func(*value){
		"-0":              func(v *value) { v.F = 0; v.F = math.Copysign(0, -1) },
		"time zone":       func(v *value) { v.T = v.T.In(oslo) },
		"nil pointer":     func(v *value) { v.P = nil },
		"map value":       func(v *value) { v.P.M["x"] = 2 },
		"map key":         func(v *value) { v.P.M = map[string]int{"y": 1} },
		"nil map":         func(v *value) { v.P.M = nil },
		"empty slice":     func(v *value) { v.L = []inner{} },
		"nested string":   func(v *value) { v.L[0].S[0] = "c" },
		"interface type":  func(v *value) { v.I = 1 },
		"bytes":           func(v *value) { v.B[0] = 'B' },
		"array":           func(v *value) { v.A[1] = "c" },
		"slice shortened": func(v *value) { v.L = v.L[:0] },
	} {
		v := base()
		change(&v)
		if same(base(), v) {
			t.Errorf("%s: a changed value is the same", name)
		}
	}
	zero := base()
	zero.F = 0
	negative := base()
	negative.F = math.Copysign(0, -1)
	if same(zero, negative) || jsonOf(t, zero) == jsonOf(t, negative) || !same(zero, zero) {
		t.Error("-0 and 0 are told apart only if JSON tells them apart")
	}
}

// TestCopyJSONSharesNothingChangeable changes every part of a value in
// place after copying it: the copy must stay as it was.
func TestCopyJSONSharesNothingChangeable(t *testing.T) {
	p := examples.Large(now)
	d := p.Decisions[2]
	c := copyJSON(reflect.ValueOf(d)).Interface().(planmodel.Decision)
	before := jsonOf(t, c)
	tx := d.Texts[planmodel.Bokmal]
	tx.Points[0] = "endra"
	d.Texts[planmodel.Nynorsk] = planmodel.DecisionText{Title: "ny"}
	d.Paths[0].ArchiveRef = "endra"
	if jsonOf(t, c) != before {
		t.Error("the copy changed with the original")
	}
	if same(d, c) {
		t.Error("the changed original is the same as the copy")
	}
	if !strings.Contains(before, c.ID) {
		t.Error("the copy lost the decision's ID")
	}
}

// TestConcurrentSavesOfOnePlan saves copies of one plan from several
// goroutines at once, each edited differently: the buffers the saves reuse
// must never be shared, so the file ends up holding one copy exactly.
func TestConcurrentSavesOfOnePlan(t *testing.T) {
	s, p := storeWithLarge(t)
	data := jsonOf(t, p)
	const writers = 4
	final := make([]string, writers)
	done := make(chan struct{})
	for w := range writers {
		var c planmodel.Plan
		json.Unmarshal([]byte(data), &c)
		go func() {
			defer func() { done <- struct{}{} }()
			for i := range 8 {
				c.Name = "Skrivar " + strconv.Itoa(w) + ", lagring " + strconv.Itoa(i)
				c.Decisions[w].ID = c.Name
				if err := s.Save(&c); err != nil {
					t.Error(err)
					return
				}
			}
			final[w] = jsonOf(t, &c)
		}()
	}
	for range writers {
		<-done
	}
	got, err := s.Load(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	stored := jsonOf(t, got)
	for _, f := range final {
		if f == stored {
			return
		}
	}
	t.Errorf("the stored plan is none of the plans saved: %.200s", stored)
}

// TestMigrationKeepsARecordThatSectionsWouldMakeTooLarge holds the upgrade
// to schema 4 to a plan just under MaxPlanBytes sealed whole: its sections'
// seals would take it over, so it stays whole and readable instead of the
// whole upgrade failing.
func TestMigrationKeepsARecordThatSectionsWouldMakeTooLarge(t *testing.T) {
	p, err := examples.Plan(examples.Kristiansand, time.Date(2026, 12, 2, 8, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	base, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	p.Contact += strings.Repeat("a", MaxPlanBytes-len(seal(base))-8)
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	whole := seal(data)
	if len(whole) > MaxPlanBytes {
		t.Fatalf("the test's record takes %d bytes, over the limit", len(whole))
	}
	if _, err := encodeRecord(p, nil, nil); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("the plan in sections should be too large, got %v", err)
	}
	db, err := bolt.Open(filepath.Join(t.TempDir(), "big.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket(bucketPlans)
		if err != nil {
			return err
		}
		if err := b.Put([]byte(p.ID), whole); err != nil {
			return err
		}
		return migrateSections(tx)
	})
	if err != nil {
		t.Fatalf("the upgrade failed: %v", err)
	}
	err = db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketPlans).Get([]byte(p.ID))
		if !bytes.Equal(v, whole) {
			return errors.New("the record was changed")
		}
		got, err := decodePlan(p.ID, v)
		if err != nil {
			return err
		}
		if got.Contact != p.Contact {
			return errors.New("the record reads back different")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

package storage

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"regionplan/examples"
	"regionplan/planmodel"
)

// benchPlans are the plans the storage benchmarks run with: a real example
// and the large generated plan.
func benchPlans() []*planmodel.Plan {
	p, _ := examples.Plan("kristiansand", now)
	return []*planmodel.Plan{p, examples.Large(now)}
}

func benchName(p *planmodel.Plan) string {
	if len(p.Municipalities) == examples.LargeMunicipalities {
		return "large"
	}
	return "kristiansand"
}

// BenchmarkSave measures a save with nothing to go by: every section
// encoded and sealed, and a synced bbolt commit, as for the first save of a
// plan after it is opened, created or imported (BenchmarkAutosave measures
// the usual save).
func BenchmarkSave(b *testing.B) {
	for _, p := range benchPlans() {
		b.Run(benchName(p), func(b *testing.B) {
			s, err := Open(filepath.Join(b.TempDir(), FileName))
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			b.ReportAllocs()
			for b.Loop() {
				s.written.set(p.ID, nil, nil)
				if err := s.Save(p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBareCommit is the floor for BenchmarkSave: a bbolt commit of the
// same bytes with no encoding or checks.
func BenchmarkBareCommit(b *testing.B) {
	for _, p := range benchPlans() {
		b.Run(benchName(p), func(b *testing.B) {
			db, err := bolt.Open(filepath.Join(b.TempDir(), "bare.db"), 0o600, nil)
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			v, _ := encodePlan(p)
			b.SetBytes(int64(len(v)))
			for b.Loop() {
				if err := db.Update(func(tx *bolt.Tx) error {
					bk, err := tx.CreateBucketIfNotExists([]byte("plans"))
					if err != nil {
						return err
					}
					return bk.Put([]byte(p.ID), v)
				}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAutosave measures the autosave against its floor in one run, the
// two alternating so that a busy machine slows both alike: each round edits
// one decision's text in the large plan (as typing in the decision editor
// does) and saves it, then makes a bare bbolt commit of the whole plan's
// sealed bytes into a second file. It reports the median of each and their
// ratio.
func BenchmarkAutosave(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), FileName))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	db, err := bolt.Open(filepath.Join(b.TempDir(), "bare.db"), 0o600, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	p := examples.Large(now)
	if err := s.Create(p); err != nil {
		b.Fatal(err)
	}
	d := &p.Decisions[len(p.Decisions)/2]
	t := d.Texts[planmodel.Bokmal]
	var saves, bares []time.Duration
	for b.Loop() {
		t.Assessment += "x"
		d.Texts[planmodel.Bokmal] = t
		p.Updated = p.Updated.Add(time.Second)
		start := time.Now()
		if err := s.Save(p); err != nil {
			b.Fatal(err)
		}
		saves = append(saves, time.Since(start))
		v, _ := encodePlan(p) // outside the timing: the bare commit's bytes
		start = time.Now()
		if err := db.Update(func(tx *bolt.Tx) error {
			bk, err := tx.CreateBucketIfNotExists(bucketPlans)
			if err != nil {
				return err
			}
			return bk.Put([]byte(p.ID), v)
		}); err != nil {
			b.Fatal(err)
		}
		bares = append(bares, time.Since(start))
	}
	save, bare := medianOf(saves), medianOf(bares)
	b.ReportMetric(float64(save.Nanoseconds()), "save-ns")
	b.ReportMetric(float64(bare.Nanoseconds()), "bare-ns")
	b.ReportMetric(float64(save)/float64(bare), "ratio")
}

func medianOf(ds []time.Duration) time.Duration {
	slices.Sort(ds)
	return ds[len(ds)/2]
}

// BenchmarkLoad measures reading the large plan back: checksum and decode.
func BenchmarkLoad(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), FileName))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	p := examples.Large(now)
	if err := s.Save(p); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := s.Load(p.ID); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkList measures reading and checking every plan for the start screen.
func BenchmarkList(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), FileName))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for range 20 {
		p, _ := examples.Plan("kristiansand", now)
		s.Save(p)
	}
	for b.Loop() {
		if _, err := s.List(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExportPlanFile measures writing the large plan as a plan file.
func BenchmarkExportPlanFile(b *testing.B) {
	p := examples.Large(now)
	for b.Loop() {
		if _, err := EncodePlanFile(p, now); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportPlanFile measures reading and checking the large plan's
// plan file completely, as importing it does before it is stored.
func BenchmarkImportPlanFile(b *testing.B) {
	data, err := EncodePlanFile(examples.Large(now), now)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := DecodePlanFile(data); err != nil {
			b.Fatal(err)
		}
	}
}

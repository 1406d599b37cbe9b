package storage

import (
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"regionplan/planmodel"
)

// BenchmarkSave measures one autosave of the Kristiansand example plan: encode,
// checksum and a synced bbolt commit.
func BenchmarkSave(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), FileName))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	p, _ := planmodel.Example("kristiansand", now)
	b.ReportAllocs()
	for b.Loop() {
		if err := s.Save(p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBareCommit is the floor for BenchmarkSave: a bbolt commit of the
// same bytes with no encoding or checks.
func BenchmarkBareCommit(b *testing.B) {
	db, err := bolt.Open(filepath.Join(b.TempDir(), "bare.db"), 0o600, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	p, _ := planmodel.Example("kristiansand", now)
	v, _ := encodePlan(p)
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
}

// BenchmarkList measures reading and checking every plan for the start screen.
func BenchmarkList(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), FileName))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for range 20 {
		p, _ := planmodel.Example("kristiansand", now)
		s.Save(p)
	}
	for b.Loop() {
		if _, err := s.List(); err != nil {
			b.Fatal(err)
		}
	}
}

package storage

import (
	"errors"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"regionplan/examples"
	"regionplan/internal/testfs"
)

// A panic inside a write transaction leaves bbolt's locks in an unknown
// state: the store must stop using that handle (reads and writes give
// ErrDamaged) and Close must return instead of waiting on the lock.
func TestPanicInAWriteRetiresTheHandle(t *testing.T) {
	s, _ := openTemp(t)
	p, _ := examples.Plan("hallingdal", now)
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	err := s.update(func(tx *bolt.Tx) error { panic("assertion failed: page 3 already freed") })
	if !errors.Is(err, ErrDamaged) {
		t.Fatalf("a panicking write gave %v", err)
	}
	if err := s.Save(p); !errors.Is(err, ErrDamaged) {
		t.Errorf("a write after the panic gave %v", err)
	}
	if _, err := s.Load(p.ID); !errors.Is(err, ErrDamaged) {
		t.Errorf("a read after the panic gave %v", err)
	}
	done := make(chan struct{})
	go func() { s.Close(); close(done) }()
	<-done
}

// Defect 10 of issue 17: a sound file on a read-only medium opens for
// reading, says so, and refuses writes with ErrReadOnly.
func TestReadOnlyMediumOpensForReading(t *testing.T) {
	s, path := openTemp(t)
	p, _ := examples.Plan("kristiansand", now)
	s.Save(p)
	s.Close()
	ro := filepath.Join(testfs.ReadOnlyCopy(t, path), FileName)
	if err := Verify(ro); err != nil {
		t.Fatalf("check: %v", err)
	}
	s2, err := Open(ro)
	if err != nil {
		t.Fatalf("Open on a read-only medium: %v", err)
	}
	defer s2.Close()
	if !s2.ReadOnly() {
		t.Error("the store does not say it is read-only")
	}
	got, err := s2.Load(p.ID)
	if err != nil || got.Name != p.Name {
		t.Fatalf("Load: %v", err)
	}
	if err := s2.Save(p); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Save on a read-only medium: %v", err)
	}
}

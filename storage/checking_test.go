package storage

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"regionplan/examples"
)

// damagedFile writes a plan file with two plans, the second of which has
// one byte changed in the last section of its record (not the head): the
// file's structure is sound.
func damagedFile(t *testing.T) (path, sound, damaged string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), FileName)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	k, _ := examples.Plan("kristiansand", now)
	h, _ := examples.Plan("hallingdal", now)
	if err := s.Create(k); err != nil {
		t.Fatal(err)
	}
	if err := s.Create(h); err != nil {
		t.Fatal(err)
	}
	s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPlans)
		v := bytes.Clone(b.Get([]byte(h.ID)))
		v[len(v)-2] ^= 1
		return b.Put([]byte(h.ID), v)
	})
	s.Close()
	return path, k.ID, h.ID
}

// TestWritesWaitForTheCheck opens a file with a damaged plan, holding the
// background check back: a save must wait for the check and then be
// refused, and the file must not change.
func TestWritesWaitForTheCheck(t *testing.T) {
	path, sound, _ := damagedFile(t)
	before, _ := os.ReadFile(path)
	release := make(chan struct{})
	s, err := OpenCheckingAfter(path, release)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := s.Load(sound) // reading goes on while the check waits
	if err != nil {
		t.Fatal(err)
	}
	p.Name = "Endra medan fila vart sjekka"
	saved := make(chan error, 1)
	go func() { saved <- s.Save(p) }()
	select {
	case err := <-saved:
		t.Fatalf("the save did not wait for the check: %v", err)
	case <-time.After(200 * time.Millisecond):
	}
	if s.Damaged() != nil {
		t.Error("damage was reported before the check ran")
	}
	close(release)
	if err := <-saved; !errors.Is(err, ErrDamaged) {
		t.Errorf("a save into a damaged file: %v, want ErrDamaged", err)
	}
	<-s.Checked()
	if s.Damaged() == nil {
		t.Error("the check found no damage")
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the damaged file was written")
	}
}

// TestCheckingASoundFile opens a sound file with the check in the
// background: writes go through once it is done, the day's backup is taken,
// and Open (for the command line) has done all of it before it returns.
func TestCheckingASoundFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	s, _ := Open(path)
	p, _ := examples.Plan("kristiansand", now)
	s.Create(p)
	s.Close()
	os.RemoveAll(BackupDir(path))

	s, err := OpenChecking(path)
	if err != nil {
		t.Fatal(err)
	}
	p.Name = "Nytt namn"
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	select {
	case <-s.Checked():
	default:
		t.Error("a write returned before the check was done")
	}
	if list, _ := s.Backups(); len(list) != 1 || s.Damaged() != nil || s.BackupProblem() != nil {
		t.Errorf("after the check: backups %v, damage %v, backup problem %v", list, s.Damaged(), s.BackupProblem())
	}
	s.Close()

	path, _, _ = damagedFile(t)
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	select {
	case <-s.Checked():
	default:
		t.Fatal("Open returned before the check was done")
	}
	if s.Damaged() == nil {
		t.Error("Open did not find the damage")
	}
}

// TestSummaries lists the plans without their big parts, and a damaged
// plan as damaged even where the damage lies outside the head.
func TestSummaries(t *testing.T) {
	path, sound, damaged := damagedFile(t)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	full, _ := s.List()
	sums, err := s.Summaries()
	if err != nil || len(sums) != 2 || len(full) != 2 {
		t.Fatalf("%d summaries, %d plans: %v", len(sums), len(full), err)
	}
	for i, e := range sums {
		f := full[i]
		switch e.ID {
		case sound:
			if e.Err != nil || e.Plan.Name != f.Plan.Name || len(e.Plan.Municipalities) != len(f.Plan.Municipalities) ||
				len(e.Plan.Checklist) != len(f.Plan.Checklist) || !e.Plan.Updated.Equal(f.Plan.Updated) || e.Plan.Decisions != nil {
				t.Errorf("summary %+v of %+v", e.Plan, f.Plan)
			}
		case damaged:
			if !errors.Is(e.Err, ErrDamaged) || e.Plan != nil {
				t.Errorf("the damaged plan's summary: %+v", e)
			}
		}
	}
}

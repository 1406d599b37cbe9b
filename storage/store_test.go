package storage

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"regionplan/examples"
	"regionplan/planmodel"
)

var now = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sub", FileName)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestOpenCreatesPrivateFile(t *testing.T) {
	_, path := openTemp(t)
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if mode := info.Mode().Perm(); mode != 0o600 {
		t.Errorf("file mode %o, want 600", mode)
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".regionplan-new-*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
}

func TestRoundTrip(t *testing.T) {
	s, path := openTemp(t)
	p, _ := examples.Plan("hallingdal", now)
	p.SetItem("trust.quick-wins", planmodel.Done, "Felles breibandsøknad – «raskt resultat»", now)
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	if err := s.Create(p); err == nil {
		t.Error("Create of an existing ID succeeded")
	}
	s.Close()

	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	got, err := s2.Load(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != p.Name || len(got.Municipalities) != 6 || got.Municipalities[4].Name != "Ål" ||
		got.Item("trust.quick-wins").Note != p.Item("trust.quick-wins").Note || !got.Created.Equal(p.Created) {
		t.Errorf("loaded plan differs: %+v", got)
	}
	list, err := s2.List()
	if err != nil || len(list) != 1 || list[0].Plan == nil || list[0].ID != p.ID {
		t.Fatalf("List() = %+v, %v", list, err)
	}
	if _, err := s2.Load("nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Load of a missing plan: %v", err)
	}
}

func TestListOrder(t *testing.T) {
	s, _ := openTemp(t)
	for i, name := range []string{"eldst", "nyest", "midt"} {
		p := planmodel.New(name, now)
		p.Updated = now.Add(time.Duration([]int{0, 2, 1}[i]) * time.Hour)
		if err := s.Save(p); err != nil {
			t.Fatal(err)
		}
	}
	list, _ := s.List()
	var names []string
	for _, e := range list {
		names = append(names, e.Plan.Name)
	}
	if want := []string{"nyest", "midt", "eldst"}; fmt.Sprint(names) != fmt.Sprint(want) {
		t.Errorf("order %v, want %v", names, want)
	}
}

func TestDeleteRestorePurge(t *testing.T) {
	s, _ := openTemp(t)
	p, _ := examples.Plan("kristiansand", now)
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(p.ID, now); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(p.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted plan still loads: %v", err)
	}
	trash, err := s.Trash()
	if err != nil || len(trash) != 1 || trash[0].Plan.Name != p.Name || !trash[0].Deleted.Equal(now) {
		t.Fatalf("Trash() = %+v, %v", trash, err)
	}
	if err := s.RestoreDeleted(p.ID); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Load(p.ID); err != nil || got.Population() != 135802 {
		t.Fatalf("restored plan: %v, %v", got, err)
	}
	if trash, _ := s.Trash(); len(trash) != 0 {
		t.Errorf("trash not empty after restore: %v", trash)
	}
	if err := s.Delete(p.ID, now); err != nil {
		t.Fatal(err)
	}
	if err := s.Purge(p.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RestoreDeleted(p.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("restore after purge: %v", err)
	}
}

func TestSecondOpenTimesOut(t *testing.T) {
	_, path := openTemp(t)
	start := time.Now()
	_, err := Open(path)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open: %v, want ErrLocked", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("second Open took %v, want under 3 s", d)
	}
}

func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	good, goodPath := openTemp(t)
	p, _ := examples.Plan("hallingdal", now)
	if err := good.Save(p); err != nil {
		t.Fatal(err)
	}
	good.Close()
	goodBytes, err := os.ReadFile(goodPath)
	if err != nil {
		t.Fatal(err)
	}

	foreignDB := filepath.Join(dir, "foreign.db")
	db, err := bolt.Open(foreignDB, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("other")); return err })
	db.Close()

	tests := []struct {
		name string
		data []byte // nil: use the file at path as made above
		path string
		want error
	}{
		{"empty", []byte{}, "", ErrDamaged},
		{"text", []byte("Kommunestyret vedtar planen.\n"), "", ErrForeign},
		{"truncated", goodBytes[:3*4096+100], "", ErrDamaged},
		{"header only", goodBytes[:4096], "", ErrDamaged},
		{"other bbolt program", nil, foreignDB, ErrForeign},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := tt.path
			if tt.data != nil {
				path = filepath.Join(dir, tt.name+".db")
				if err := os.WriteFile(path, tt.data, 0o600); err != nil {
					t.Fatal(err)
				}
			}
			before, _ := os.ReadFile(path)
			s, err := Open(path)
			if err == nil {
				s.Close()
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("Open: %v, want %v", err, tt.want)
			}
			after, _ := os.ReadFile(path)
			if !bytes.Equal(before, after) {
				t.Errorf("Open changed the bad file")
			}
		})
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	s, path := openTemp(t)
	s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(SchemaVersion()+1)))
	})
	s.Close()
	_, err := Open(path)
	if !errors.Is(err, ErrNewer) {
		t.Fatalf("Open: %v, want ErrNewer", err)
	}
}

func TestDamagedRecordIsReported(t *testing.T) {
	s, _ := openTemp(t)
	p, _ := examples.Plan("hallingdal", now)
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	// Change one byte of the stored JSON behind the store's back.
	s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPlans)
		v := append([]byte(nil), b.Get([]byte(p.ID))...)
		i := bytes.Index(v, []byte("Hemsedal"))
		v[i] = 'X'
		return b.Put([]byte(p.ID), v)
	})
	if _, err := s.Load(p.ID); !errors.Is(err, ErrDamaged) {
		t.Fatalf("Load of a damaged plan: %v, want ErrDamaged", err)
	}
	list, err := s.List()
	if err != nil || len(list) != 1 || !errors.Is(list[0].Err, ErrDamaged) || list[0].Plan != nil {
		t.Fatalf("List() = %+v, %v; want the plan listed as damaged", list, err)
	}
}

func TestTooLarge(t *testing.T) {
	s, _ := openTemp(t)
	p := planmodel.New("stor", now)
	p.SetItem("x", planmodel.Done, string(bytes.Repeat([]byte("å"), MaxPlanBytes/2+1)), now)
	if err := s.Save(p); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Save of a huge plan: %v", err)
	}
}

func TestSnapshots(t *testing.T) {
	s, _ := openTemp(t)
	p, _ := examples.Plan("hallingdal", now)
	s.Save(p)
	snap, err := s.TakeSnapshot(p, "Før valet 2019", planmodel.SnapshotManual, 0, now)
	if err != nil {
		t.Fatal(err)
	}
	p.Name = "Endra namn"
	s.Save(p)
	s.TakeSnapshot(p, "Etter valet 2019", planmodel.SnapshotElection, 2019, now.Add(time.Hour))
	other, _ := examples.Plan("kristiansand", now)
	s.Save(other)
	s.TakeSnapshot(other, "Kristiansand", planmodel.SnapshotManual, 0, now)

	list, err := s.Snapshots(p.ID)
	if err != nil || len(list) != 2 || list[0].Name != "Etter valet 2019" || list[0].Election != 2019 {
		t.Fatalf("Snapshots() = %+v, %v", list, err)
	}
	old, info, err := s.LoadSnapshot(p.ID, snap.ID)
	if err != nil || old.Name != "Strategisk plan for Hallingdal – byregionprogrammet fase 2" || info.Name != "Før valet 2019" {
		t.Fatalf("LoadSnapshot: %v, %+v, %v", old, info, err)
	}
	if problems := s.Check(); len(problems) > 0 {
		t.Fatal(problems)
	}
	// Purging a deleted plan takes its snapshots along.
	s.Delete(p.ID, now)
	if list, _ := s.Snapshots(p.ID); len(list) != 2 {
		t.Error("deleting a plan to the trash lost its snapshots")
	}
	s.Purge(p.ID)
	if list, _ := s.Snapshots(p.ID); len(list) != 0 {
		t.Errorf("purged plan still has snapshots: %+v", list)
	}
	if list, _ := s.Snapshots(other.ID); len(list) != 1 {
		t.Error("purging one plan took another plan's snapshot")
	}
}

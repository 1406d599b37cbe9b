package app

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	bolt "go.etcd.io/bbolt"

	"regionplan/examples"
	"regionplan/internal/uitest"
	"regionplan/planmodel"
	"regionplan/storage"
)

// A file opened as the window opens it (storage.OpenChecking) is checked
// after the first frame. Until the check is done the start screen says so;
// when it finds damage the plans listed did not show (here in a snapshot),
// the start screen is drawn again with the damage banner.
func TestStartScreenShowsTheCheck(t *testing.T) {
	a := test.NewTempApp(t)
	if err := SetLanguage("en"); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), storage.FileName)
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	k, _ := examples.Plan("kristiansand", time.Now())
	h, _ := examples.Plan("hallingdal", time.Now())
	s.Create(k)
	s.Create(h)
	if _, err := s.TakeSnapshot(h, "Før valet", planmodel.SnapshotManual, 0, time.Now()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error { // one byte of the snapshot, behind the store's back
		b := tx.Bucket([]byte("snapshots"))
		k, v := b.Cursor().First()
		v = append([]byte(nil), v...)
		v[len(v)-2] ^= 1
		return b.Put(k, v)
	})
	db.Close()

	var wait func()
	saved := afterCheck
	afterCheck = func(w func()) { wait = w }
	t.Cleanup(func() { afterCheck = saved })
	release := make(chan struct{})
	s, err = storage.OpenCheckingAfter(path, release)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	u, err := New(a, s)
	if err != nil {
		t.Fatal(err)
	}
	texts := uitest.RichText(u.win.Content())
	if wait == nil {
		t.Fatal("the start screen does not wait for the check")
	}
	if !strings.Contains(texts, "Checking the plan file…") || strings.Contains(texts, "Part of the plan file is damaged") {
		t.Errorf("while checking, the start screen says: %s", texts)
	}
	close(release)
	wait()
	if !errors.Is(s.Damaged(), storage.ErrDamaged) {
		t.Fatal("the check found no damage")
	}
	texts = uitest.RichText(u.win.Content())
	if !strings.Contains(texts, "Part of the plan file is damaged") || strings.Contains(texts, "Checking the plan file…") {
		t.Errorf("after the check, the start screen says: %s", texts)
	}
}

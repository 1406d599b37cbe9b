package storage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"regionplan/examples"
)

// clock is a settable time for the backup rules.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func TestDailyBackupOnFirstOpenOfTheDay(t *testing.T) {
	c := &clock{time.Date(2027, 9, 13, 8, 0, 0, 0, time.Local)}
	path := filepath.Join(t.TempDir(), FileName)
	s, err := open(path, options{now: c.now})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := examples.Plan("hallingdal", now)
	s.Save(p)
	s.Close()
	for range 3 { // same day: no new backup
		c.t = c.t.Add(time.Hour)
		s, err = open(path, options{now: c.now})
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
	list, _ := listBackups(path + ".backups")
	if len(list) != 1 || list[0].Kind != KindDaily {
		t.Fatalf("after four opens in a day: %+v", list)
	}
	c.t = c.t.Add(24 * time.Hour)
	s, _ = open(path, options{now: c.now})
	defer s.Close()
	list, _ = s.Backups()
	if len(list) != 2 {
		t.Fatalf("after an open the next day: %+v", list)
	}
	// The second backup holds the plan saved on the first day.
	if err := Verify(list[0].Path); err != nil {
		t.Fatal(err)
	}
	b, _ := open(list[0].Path, options{now: c.now})
	defer b.Close()
	if got, err := b.Load(p.ID); err != nil || got.Name != p.Name {
		t.Errorf("plan in the backup: %v, %v", got, err)
	}
}

func TestBackupRetention(t *testing.T) {
	dir := t.TempDir()
	start := time.Date(2027, 1, 1, 9, 0, 0, 0, time.Local)
	for d := range 60 { // two months of daily backups, two a day
		for _, h := range []int{0, 5} {
			touch(t, dir, start.AddDate(0, 0, d).Add(time.Duration(h)*time.Hour), KindDaily)
		}
	}
	for i := range 8 {
		touch(t, dir, start.Add(time.Duration(i)*time.Minute), KindBeforeRestore)
	}
	if err := pruneBackups(dir); err != nil {
		t.Fatal(err)
	}
	list, _ := listBackups(dir)
	daily, restore := 0, 0
	weeks := map[int]bool{}
	for _, b := range list {
		if b.Kind == KindBeforeRestore {
			restore++
			continue
		}
		daily++
		_, w := b.Time.ISOWeek()
		weeks[w] = true
	}
	// 7 newest days, plus the newest of each of the 4 newest weeks (the two
	// newest weeks are already among the 7 days).
	if daily < 7 || daily > 7+keepWeekly || len(weeks) != keepWeekly {
		t.Errorf("%d daily backups over %d weeks kept", daily, len(weeks))
	}
	if restore != keepOther {
		t.Errorf("%d before-restore backups kept, want %d", restore, keepOther)
	}
	if list[0].Time != start.AddDate(0, 0, 59).Add(5*time.Hour) {
		t.Errorf("the newest backup was not kept: %v", list[0].Time)
	}
}

func touch(t *testing.T, dir string, at time.Time, kind BackupKind) {
	t.Helper()
	name := filepath.Join(dir, at.Format(backupTimeLayout)+"_"+string(kind)+".db")
	if err := os.WriteFile(name, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestRestoreBackup(t *testing.T) {
	s, path := openTemp(t)
	p, _ := examples.Plan("hallingdal", now)
	s.Save(p)
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	if err := s.BackupTo(copyPath); err != nil {
		t.Fatal(err)
	}
	// Work goes on after the backup, then the user restores it.
	q, _ := examples.Plan("kristiansand", now)
	s.Save(q)
	if err := s.RestoreBackup(copyPath); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(q.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("a plan made after the backup is still there: %v", err)
	}
	if got, err := s.Load(p.ID); err != nil || got.Name != p.Name {
		t.Errorf("restored plan: %v, %v", got, err)
	}
	// The file as it was before the restore is kept as a backup.
	before := backupOfKind(t, s, KindBeforeRestore)
	b, err := open(before, options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := b.Load(q.ID); err != nil {
		t.Errorf("the before-restore backup lacks the later plan: %v", err)
	}
	// The store still works on the restored file.
	if err := s.Save(q); err != nil {
		t.Errorf("save after restore: %v", err)
	}
	if !strings.HasPrefix(before, path) {
		t.Errorf("backup %s is not next to %s", before, path)
	}
}

func TestRestoreRefusesBadBackups(t *testing.T) {
	s, path := openTemp(t)
	p, _ := examples.Plan("hallingdal", now)
	s.Save(p)
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.db")
	os.WriteFile(text, []byte("hello"), 0o600)
	foreign := filepath.Join(dir, "foreign.db")
	db, _ := bolt.Open(foreign, 0o600, nil)
	db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("x")); return err })
	db.Close()
	for _, bad := range []string{text, foreign, filepath.Join(dir, "missing.db"), path} {
		if err := s.RestoreBackup(bad); err == nil {
			t.Errorf("restoring %s succeeded", filepath.Base(bad))
		}
	}
	if got, err := s.Load(p.ID); err != nil || got.Name != p.Name {
		t.Errorf("after refused restores: %v, %v", got, err)
	}
}

// backupOfKind returns the path of the newest backup of the given kind.
func backupOfKind(t *testing.T, s *Store, kind BackupKind) string {
	t.Helper()
	list, _ := s.Backups()
	for _, b := range list {
		if b.Kind == kind {
			return b.Path
		}
	}
	t.Fatalf("no %s backup among %+v", kind, list)
	return ""
}

func TestRestoreFileWorksOnAFileThatWillNotOpen(t *testing.T) {
	s, path := openTemp(t)
	p, _ := examples.Plan("hallingdal", now)
	s.Save(p)
	good := filepath.Join(t.TempDir(), "good.db")
	if err := s.BackupTo(good); err != nil {
		t.Fatal(err)
	}
	if err := RestoreFile(path, good); !errors.Is(err, ErrLocked) {
		t.Errorf("restore while the file is open: %v, want ErrLocked", err)
	}
	s.Close()
	os.WriteFile(path, []byte("broken beyond repair"), 0o600)
	if err := RestoreFile(path, good); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if got, err := s2.Load(p.ID); err != nil || got.Name != p.Name {
		t.Errorf("after RestoreFile: %v, %v", got, err)
	}
	kept, _ := os.ReadFile(backupOfKind(t, s2, KindBeforeRestore))
	if string(kept) != "broken beyond repair" {
		t.Errorf("the broken file was not kept as it was: %q", kept)
	}
}

func TestRestoringTheOldestBackupOfItsKind(t *testing.T) {
	s, _ := openTemp(t)
	p, _ := examples.Plan("hallingdal", now)
	s.Save(p)
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	s.BackupTo(copyPath)
	for range keepOther { // fill the before-restore kind to its limit
		if err := s.RestoreBackup(copyPath); err != nil {
			t.Fatal(err)
		}
	}
	list, _ := s.Backups()
	oldest := list[len(list)-1]
	if oldest.Kind != KindBeforeRestore {
		t.Fatalf("oldest backup is %s", oldest.Kind)
	}
	if err := s.RestoreBackup(oldest.Path); err != nil {
		t.Fatalf("restoring the oldest before-restore backup: %v", err)
	}
	if got, err := s.Load(p.ID); err != nil || got.Name != p.Name {
		t.Errorf("after the restore: %v", err)
	}
}

func TestBackupToThePlanFileItselfIsRefused(t *testing.T) {
	s, path := openTemp(t)
	p, _ := examples.Plan("hallingdal", now)
	s.Save(p)
	if err := s.BackupTo(path); err == nil {
		t.Fatal("a copy over the plan file itself was made")
	}
	q, _ := examples.Plan("kristiansand", now)
	if err := s.Save(q); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if _, err := s2.Load(q.ID); err != nil {
		t.Errorf("a save after the refused copy was lost: %v", err)
	}
}

func TestOpenWorksWhenTheDailyBackupCannotBeTaken(t *testing.T) {
	s, path := openTemp(t)
	p, _ := examples.Plan("hallingdal", now)
	s.Save(p)
	s.Close()
	os.RemoveAll(path + ".backups")
	os.WriteFile(path+".backups", []byte("not a folder"), 0o600)
	s2, err := Open(path)
	if err != nil {
		t.Fatalf("Open failed because of the backup: %v", err)
	}
	defer s2.Close()
	if s2.BackupProblem() == nil {
		t.Error("the failed backup was not reported")
	}
	if _, err := s2.Load(p.ID); err != nil {
		t.Error(err)
	}
}

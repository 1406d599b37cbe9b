package storage

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"regionplan/internal/outfile"
)

// BackupKind is why a backup was taken, as it appears in its file name.
type BackupKind string

// The kinds of backup: the day's automatic one, one before a migration to a
// newer schema, one of the file a restore replaced, and what Salvage saved.
const (
	KindDaily         BackupKind = "daily"
	KindBeforeUpgrade BackupKind = "before-upgrade"
	KindBeforeRestore BackupKind = "before-restore"
	KindSalvaged      BackupKind = "salvaged"
)

// How many automatic backups are kept: the newest daily backup of each of
// the last keepDaily days that have one, the newest of each of the last
// keepWeekly ISO weeks, and the newest keepOther of each other kind.
const (
	keepDaily  = 7
	keepWeekly = 4
	keepOther  = 5
)

const backupTimeLayout = "2006-01-02_150405.000"

// Backup is one backup copy of the plan file in its backup folder.
type Backup struct {
	Path string
	Time time.Time
	Kind BackupKind
	Size int64
}

// BackupDir is the folder that holds the automatic backups of the plan file
// at path: the file's name with ".backups" added, next to it.
func BackupDir(path string) string { return path + ".backups" }

// BackupDir is the folder that holds the store's automatic backups.
func (s *Store) BackupDir() string { return BackupDir(s.path) }

// Backups lists the automatic backups, newest first.
func (s *Store) Backups() ([]Backup, error) { return ListBackups(s.path) }

// ListBackups lists the automatic backups of the plan file at path, newest
// first, without opening the file: it works for a damaged file too.
func ListBackups(path string) ([]Backup, error) { return listBackups(BackupDir(path)) }

func listBackups(dir string) ([]Backup, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot list the backups in %s: %w", dir, err)
	}
	var out []Backup
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".db")
		stamp, kind, ok := strings.Cut(name, "_")
		if !ok || e.IsDir() || !strings.HasSuffix(e.Name(), ".db") {
			continue
		}
		rest, kind2, ok := strings.Cut(kind, "_")
		if !ok {
			continue
		}
		t, err := time.ParseInLocation(backupTimeLayout, stamp+"_"+rest, time.Local)
		if err != nil {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		out = append(out, Backup{Path: filepath.Join(dir, e.Name()), Time: t, Kind: BackupKind(kind2), Size: info.Size()})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Time.After(out[j].Time) })
	return out, nil
}

// BackupTo writes a consistent copy of the file to dest: into a temporary
// file next to it, synced, then renamed into place. dest may not be the plan
// file itself.
func (s *Store) BackupTo(dest string) error {
	if SamePath(dest, s.path) {
		return errors.New("that is the plan file itself; choose another name or folder for the copy")
	}
	err := s.view(func(tx *bolt.Tx) error {
		return writeAtomically(dest, func(w io.Writer) error {
			_, err := tx.WriteTo(w)
			return err
		})
	})
	if err != nil {
		return fmt.Errorf("cannot write a backup to %s: %w", dest, err)
	}
	return nil
}

// backup writes an automatic backup of the given kind into BackupDir and
// prunes old ones. A file found damaged is copied byte for byte, as it is.
func (s *Store) backup(kind BackupKind) (string, error) {
	dest, err := backupName(s.path, kind, s.opts.now())
	if err != nil {
		return "", err
	}
	if s.Damaged() != nil {
		err = copyAtomically(s.path, dest)
	} else {
		err = s.BackupTo(dest)
	}
	if err != nil {
		return "", err
	}
	return dest, pruneBackups(s.BackupDir())
}

// backupName makes the backup folder of the plan file at path and returns
// the name for a backup of the given kind taken at t.
func backupName(path string, kind BackupKind, t time.Time) (string, error) {
	dir := BackupDir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("cannot create the backup folder %s: %w", dir, err)
	}
	return filepath.Join(dir, t.Format(backupTimeLayout)+"_"+string(kind)+".db"), nil
}

// dailyBackup makes the day's backup unless there is one already, or the
// file holds no plans yet (a copy of an empty file would only push a useful
// backup out).
func (s *Store) dailyBackup() error {
	empty := true
	s.view(func(tx *bolt.Tx) error {
		empty = tx.Bucket(bucketPlans).Stats().KeyN == 0 && tx.Bucket(bucketTrash).Stats().KeyN == 0
		return nil
	})
	if empty {
		return nil
	}
	list, err := s.Backups()
	if err != nil {
		return err
	}
	today := s.opts.now().Format("2006-01-02")
	for _, b := range list {
		if b.Kind == KindDaily && b.Time.Format("2006-01-02") == today {
			return nil
		}
	}
	_, err = s.backup(KindDaily)
	return err
}

// pruneBackups deletes the automatic backups that the keep rules do not keep.
func pruneBackups(dir string) error {
	list, err := listBackups(dir)
	if err != nil {
		return err
	}
	keep := map[string]bool{}
	days, weeks, others := map[string]bool{}, map[string]bool{}, map[BackupKind]int{}
	for _, b := range list { // newest first
		if b.Kind != KindDaily {
			if others[b.Kind] < keepOther {
				keep[b.Path] = true
			}
			others[b.Kind]++
			continue
		}
		day := b.Time.Format("2006-01-02")
		y, w := b.Time.ISOWeek()
		week := fmt.Sprint(y, w)
		if !days[day] && len(days) < keepDaily {
			keep[b.Path] = true
		}
		if !weeks[week] && len(weeks) < keepWeekly {
			keep[b.Path] = true
		}
		days[day], weeks[week] = true, true
	}
	for _, b := range list {
		if !keep[b.Path] {
			if err := os.Remove(b.Path); err != nil {
				return fmt.Errorf("cannot remove the old backup %s: %w", b.Path, err)
			}
		}
	}
	return nil
}

// RestoreBackup replaces the plan file with the backup at path, after
// checking that the backup is a sound plan file and backing up the current
// file. The store stays open, on the restored file.
func (s *Store) RestoreBackup(path string) error {
	<-s.checked // the file is swapped under the check otherwise
	if err := checkRestorable(s.path, path); err != nil {
		return err
	}
	// Copy the chosen backup first: backing up the current file prunes old
	// backups, which may include the one being restored.
	staged := s.path + ".restoring"
	defer os.Remove(staged)
	if err := copyAtomically(path, staged); err != nil {
		return fmt.Errorf("cannot copy the backup: %w", err)
	}
	if _, err := s.backup(KindBeforeRestore); err != nil {
		return fmt.Errorf("the current plan file could not be backed up, so nothing was restored: %w", err)
	}
	if err := s.swapFile(staged); err != nil {
		return err
	}
	later, err := s.prepare()
	if later != nil {
		later()
	}
	return err
}

// RestoreFile replaces the plan file at path with the backup at backup
// without opening the plan file, so that it also serves when the file is too
// damaged to open. The backup is checked first, the current file is copied
// into the backup folder as it is, and no other process may hold the file.
func RestoreFile(path, backup string) error {
	if err := checkRestorable(path, backup); err != nil {
		return err
	}
	unlock, err := lockFile(path)
	if err != nil {
		return err
	}
	defer unlock()
	staged := path + ".restoring" // copied first: pruning below may remove the backup itself
	defer os.Remove(staged)
	if err := copyAtomically(backup, staged); err != nil {
		return fmt.Errorf("cannot copy the backup: %w", err)
	}
	if _, err := os.Stat(path); err == nil {
		dest, err := backupName(path, KindBeforeRestore, time.Now())
		if err != nil {
			return err
		}
		if err := copyAtomically(path, dest); err != nil {
			return fmt.Errorf("the current plan file could not be backed up, so nothing was restored: %w", err)
		}
		if err := pruneBackups(BackupDir(path)); err != nil {
			return err
		}
	}
	if err := os.Rename(staged, path); err != nil {
		return fmt.Errorf("cannot put the backup in place: %w", err)
	}
	return outfile.SyncDir(filepath.Dir(path))
}

// SamePath reports whether a and b name the same file, or would once made.
func SamePath(a, b string) bool {
	if ia, err := os.Stat(a); err == nil {
		if ib, err := os.Stat(b); err == nil {
			return os.SameFile(ia, ib)
		}
	}
	aa, _ := filepath.Abs(a)
	ab, _ := filepath.Abs(b)
	return aa == ab
}

func checkRestorable(path, backup string) error {
	if SamePath(path, backup) {
		return errors.New("that is the plan file itself, not a backup of it")
	}
	if err := Verify(backup); err != nil {
		return fmt.Errorf("the backup %s cannot be restored: %w", backup, err)
	}
	return nil
}

// errLockHeld is tryLock's answer when another open file holds the lock.
var errLockHeld = errors.New("the lock is held")

// lockFile takes the same exclusive lock bbolt takes on the file, waiting up
// to LockTimeout, so that no running copy of Regionplan has it open.
func lockFile(path string) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if errors.Is(err, os.ErrNotExist) {
		return func() {}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot open %s: %w", path, err)
	}
	deadline := time.Now().Add(LockTimeout)
	for {
		err := tryLock(f) // lock_unix.go, lock_windows.go
		if err == nil {
			return func() { f.Close() }, nil
		}
		if !errors.Is(err, errLockHeld) {
			f.Close()
			return nil, fmt.Errorf("cannot lock %s: %w", path, err)
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, fmt.Errorf("%s: %w", path, ErrLocked)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// swapFile closes the file, renames staged over it and opens it again.
func (s *Store) swapFile(staged string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.db.Close(); err != nil {
		return err
	}
	if err := os.Rename(staged, s.path); err != nil {
		if db, rerr := openBolt(s.path, s.opts.maxSize, false); rerr == nil {
			s.db = db // the old file is still in place: keep working on it
		}
		return fmt.Errorf("cannot put the backup in place: %w", err)
	}
	if err := outfile.SyncDir(filepath.Dir(s.path)); err != nil {
		return err
	}
	db, err := openBolt(s.path, s.opts.maxSize, false)
	if err != nil {
		return err
	}
	s.db = db
	s.damageMu.Lock()
	s.damage = nil
	s.damageMu.Unlock()
	return nil
}

// Verify checks that the file at path is a sound plan file this version can
// open, without changing it: the same checks as Check, on a read-only copy.
func Verify(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", path, err)
	}
	if err := checkHeader(path, info.Size()); err != nil {
		return err
	}
	var db *bolt.DB
	err = guard(path, func() error {
		var err error
		db, err = bolt.Open(path, 0o400, &bolt.Options{ReadOnly: true, Timeout: LockTimeout})
		return err
	})
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return fmt.Errorf("%s: %w", path, ErrLocked)
	case err != nil && !errors.Is(err, ErrDamaged):
		return fmt.Errorf("%s cannot be opened (%v): %w", path, err, ErrDamaged)
	case err != nil:
		return err
	}
	s := &Store{db: db, path: path}
	defer db.Close()
	return errors.Join(s.Check()...)
}

// copyAtomically copies the file src to dest through writeAtomically.
func copyAtomically(src, dest string) error {
	return writeAtomically(dest, func(w io.Writer) error {
		f, err := os.Open(src)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = io.Copy(w, f)
		return err
	})
}

// writeAtomically writes dest through fill into a temporary file in the same
// folder, readable by the owner only, synced and renamed into place.
func writeAtomically(dest string, fill func(io.Writer) error) error {
	return outfile.Write(dest, 0o600, fill)
}

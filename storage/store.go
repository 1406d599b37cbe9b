// Package storage keeps plans in one bbolt file: each plan as versioned
// JSON under its ID in sections with a checksum each (record.go), deleted
// plans in a recoverable trash, and the file's format and schema version in
// a meta bucket.
package storage

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strconv"
	"sync"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"regionplan/internal/outfile"
	"regionplan/planmodel"
)

// FileName is the name of the database file in the app's storage folder.
const FileName = "regionplan.db"

// MaxPlanBytes is the largest encoded plan the store accepts.
const MaxPlanBytes = 32 << 20

// LockTimeout is how long Open waits for another process to release the file.
const LockTimeout = 2 * time.Second

const fileFormat = "regionplan"

var (
	bucketMeta  = []byte("meta")
	bucketPlans = []byte("plans")
	bucketTrash = []byte("trash")
	keyFormat   = []byte("format")
	keySchema   = []byte("schema")
)

// The errors Open and the plan methods return, to be told apart with errors.Is.
var (
	ErrLocked   = errors.New("the plan file is in use by another running copy of Regionplan; close it there and try again")
	ErrForeign  = errors.New("the file is not a Regionplan plan file")
	ErrDamaged  = errors.New("the plan file is damaged")
	ErrNewer    = errors.New("the plan file was written by a newer version of Regionplan")
	ErrNotFound = errors.New("there is no plan with that ID")
	ErrTooLarge = errors.New("the plan is too large to store")
	ErrDiskFull = errors.New("there is no room left on the disk for the plan file")
	ErrReadOnly = errors.New("the plan file is on a medium that cannot be written, so it was opened for reading only; copy it to a folder you can write to in order to change it")

	errExists = errors.New("a plan with that ID exists already")
)

// Store is an open plan file. Its methods are safe for concurrent use.
type Store struct {
	path string
	opts options

	mu sync.RWMutex // guards db: Restore swaps it under the write lock
	db *bolt.DB

	damageMu sync.Mutex
	damage   error // the first damage found; from then on nothing is written
	broken   bool  // bbolt panicked inside a write: the handle may hold its locks

	backupErr error         // why the daily backup failed at open, or nil
	readOnly  bool          // opened read-only: the medium cannot be written
	checked   chan struct{} // closed once the plans are checked (see OpenChecking)
	done      func()        // closes checked, once

	written records // each plan's record as last saved, for the next save
}

// options are settings for tests: bbolt's MaxSize (to simulate a full disk)
// and the clock that dates automatic backups; and whether the plans are
// checked after Open returns (see OpenChecking).
type options struct {
	maxSize     int
	now         func() time.Time
	background  bool
	beforeCheck func() // run before the plans are checked, in tests
}

// Entry is one stored plan as listed: the plan itself, or the error that
// kept it from being read (a damaged record is listed, not hidden).
type Entry struct {
	ID      string
	Plan    *planmodel.Plan
	Deleted time.Time // when it went to the trash; zero for a live plan
	Err     error
}

// Open opens the plan file at path, creating it (and its folder) when it
// does not exist. A file in use by another process gives ErrLocked within
// LockTimeout; an empty, foreign or structurally damaged file gives
// ErrForeign or ErrDamaged and is left untouched; a file from a newer version
// gives ErrNewer. An older file is migrated after a backup copy is made. A
// file whose structure is sound but some plan fails its checksum opens
// read-only: Damaged reports why. On the first open of a day a sound file is
// backed up (see Backups).
func Open(path string) (*Store, error) { return open(path, options{}) }

// OpenChecking opens the plan file at path as Open does, but returns once
// the file's structure is checked, before every plan is read and checked
// and the day's backup is taken: that goes on in the background, so a
// window can be drawn meanwhile. Checked is closed when it is done; until
// then every write waits for it, so nothing is written into a file before
// it is known to be sound, and what is read is checked as it is read. A
// file that needs an upgrade is checked whole before Open returns, as the
// upgrade writes.
func OpenChecking(path string) (*Store, error) { return open(path, options{background: true}) }

// OpenCheckingAfter opens the file as OpenChecking does, but its check waits
// until release is closed: for tests of what is shown while a file is
// being checked.
func OpenCheckingAfter(path string, release <-chan struct{}) (*Store, error) {
	return open(path, options{background: true, beforeCheck: func() { <-release }})
}

// Checked is closed once the plans of the file have been checked after it
// was opened; from then on Damaged and BackupProblem give the result.
func (s *Store) Checked() <-chan struct{} { return s.checked }

func open(path string, o options) (*Store, error) {
	if o.now == nil {
		o.now = time.Now
	}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if err := create(path); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	case info.IsDir():
		return nil, fmt.Errorf("%s is a folder, not a plan file: %w", path, ErrForeign)
	default:
		if err := checkHeader(path, info.Size()); err != nil {
			return nil, err
		}
	}
	db, err := openBolt(path, o.maxSize, false)
	readOnly := false
	if errors.Is(err, os.ErrPermission) || errors.Is(err, syscall.EROFS) {
		// A memory stick with its lock switch on, a CD or a read-only share:
		// the plans can still be read and exported.
		db, err = openBolt(path, 0, true)
		readOnly = true
	}
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, path: path, opts: o, readOnly: readOnly, checked: make(chan struct{})}
	s.done = sync.OnceFunc(func() { close(s.checked) })
	later, err := s.prepare()
	if err != nil {
		s.done()
		db.Close()
		return nil, err
	}
	if later == nil {
		s.done()
		return s, nil
	}
	if !o.background {
		later()
		return s, nil
	}
	go later()
	return s, nil
}

// prepare checks a freshly opened file's structure and migrates it when it
// is older. It returns what is left to do, or nil: check every record, note
// damage, and take the day's backup, then close Checked.
func (s *Store) prepare() (later func(), err error) {
	version, err := s.checkMeta()
	if err != nil {
		return nil, err
	}
	problems, readable := s.checkStructure()
	if len(problems) > 0 && !readable {
		return nil, fmt.Errorf("%s: %w", s.path, errors.Join(problems...))
	}
	if len(problems) > 0 {
		// The tree bbolt reads is sound, but the next write would trust a
		// page that lies: read the plans, write nothing, back nothing up.
		s.noteDamage(errors.Join(problems...))
		return nil, nil
	}
	if !s.readOnly && version < SchemaVersion() {
		// The upgrade writes, so it waits for nothing: everything is checked
		// before Open returns.
		s.done()
		if err := s.migrate(version); err != nil {
			return nil, err
		}
		s.checkAndBackUp()
		return nil, nil
	}
	return func() {
		defer s.done()
		if s.opts.beforeCheck != nil {
			s.opts.beforeCheck()
		}
		s.checkAndBackUp()
	}, nil
}

// checkAndBackUp checks every record, noting any damage, and takes the
// day's backup of a sound file that can be written.
func (s *Store) checkAndBackUp() {
	if problems := s.checkRecords(); len(problems) > 0 || s.readOnly {
		s.noteDamage(errors.Join(problems...))
		return
	}
	// A backup that cannot be taken (a full disk, a folder that cannot be
	// written) must not keep the user from the plans: it is reported instead.
	if err := s.dailyBackup(); diskFull(err) {
		s.backupErr = noted{fmt.Sprintf("there is no room on the disk for today's automatic backup in %s, so none was taken; free some space", s.BackupDir()), ErrDiskFull}
	} else if err != nil {
		s.backupErr = fmt.Errorf("today's automatic backup could not be written to %s: %w", s.BackupDir(), err)
	}
}

// ReadOnly reports whether the file was opened for reading only because its
// medium or folder cannot be written; every write then returns ErrReadOnly.
func (s *Store) ReadOnly() bool { return s.readOnly }

// BackupProblem returns why the day's automatic backup could not be taken
// when the file was opened, or nil; nil too while Checked is open.
func (s *Store) BackupProblem() error {
	select {
	case <-s.checked:
		return s.backupErr
	default:
		return nil
	}
}

// Path returns the file the store was opened from.
func (s *Store) Path() string { return s.path }

// Close closes the file; the store cannot be used afterwards. A handle that
// bbolt panicked in during a write may never let go of its locks: it is
// given LockTimeout to close and then left to the end of the process.
func (s *Store) Close() error {
	<-s.checked
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.isBroken() {
		return s.db.Close()
	}
	done := make(chan error, 1)
	go func() { done <- s.db.Close() }()
	select {
	case err := <-done:
		return err
	case <-time.After(LockTimeout):
		return fmt.Errorf("%s could not be closed after a failed write: %w", s.path, ErrDamaged)
	}
}

func (s *Store) isBroken() bool {
	s.damageMu.Lock()
	defer s.damageMu.Unlock()
	return s.broken
}

// Damaged returns the first damage found in the file since it was opened, or
// nil. A damaged file is only read: every write returns ErrDamaged.
func (s *Store) Damaged() error {
	s.damageMu.Lock()
	defer s.damageMu.Unlock()
	return s.damage
}

func (s *Store) noteDamage(err error) {
	if !errors.Is(err, ErrDamaged) {
		return
	}
	s.damageMu.Lock()
	defer s.damageMu.Unlock()
	if s.damage == nil {
		s.damage = err
	}
}

// create writes a new, initialised plan file under a temporary name and
// links it into place, so that path never holds a half-made file.
func create(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("cannot create the folder %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, ".regionplan-new-*")
	if err != nil {
		return fmt.Errorf("cannot create a plan file in %s: %w", dir, err)
	}
	tmpPath := tmp.Name()
	tmp.Close()
	defer os.Remove(tmpPath)
	if err := os.Remove(tmpPath); err != nil { // bolt wants to create it itself
		return err
	}
	db, err := bolt.Open(tmpPath, 0o600, &bolt.Options{Timeout: LockTimeout})
	if err != nil {
		return fmt.Errorf("cannot create a plan file in %s: %w", dir, err)
	}
	err = db.Update(initFile)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("cannot initialise the plan file: %w", err)
	}
	// Link, not rename: if another process created the file meanwhile, keep
	// theirs. File systems without hard links (FAT on a memory stick) get a
	// rename, checked against an existing file first.
	if err := os.Link(tmpPath, path); err != nil && !errors.Is(err, os.ErrExist) {
		if _, serr := os.Stat(path); serr == nil {
			return nil
		}
		if rerr := os.Rename(tmpPath, path); rerr != nil {
			return fmt.Errorf("cannot create %s: %w", path, err)
		}
	}
	return outfile.SyncDir(dir)
}

// initFile makes the buckets of a new plan file and writes its format and
// schema version.
func initFile(tx *bolt.Tx) error {
	meta, err := tx.CreateBucket(bucketMeta)
	if err != nil {
		return err
	}
	if err := meta.Put(keyFormat, []byte(fileFormat)); err != nil {
		return err
	}
	if err := meta.Put(keySchema, []byte(strconv.Itoa(SchemaVersion()))); err != nil {
		return err
	}
	for _, b := range [][]byte{bucketPlans, bucketTrash, bucketSnapshots} {
		if _, err := tx.CreateBucket(b); err != nil {
			return err
		}
	}
	return nil
}

func openBolt(path string, maxSize int, readOnly bool) (db *bolt.DB, err error) {
	err = guard(path, func() error {
		db, err = bolt.Open(path, 0o600, &bolt.Options{Timeout: LockTimeout, MaxSize: maxSize, ReadOnly: readOnly})
		return err
	})
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return nil, fmt.Errorf("%s: %w", path, ErrLocked)
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrChecksum), errors.Is(err, berrors.ErrVersionMismatch):
		return nil, fmt.Errorf("%s has a broken header: %w", path, ErrDamaged)
	case errors.Is(err, ErrDamaged):
		return nil, err
	case err != nil:
		return nil, fmt.Errorf("cannot open %s: %w", path, err)
	}
	return db, nil
}

func (s *Store) checkMeta() (version int, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil || !bytes.Equal(meta.Get(keyFormat), []byte(fileFormat)) {
			return fmt.Errorf("%s holds a database of another program: %w", s.path, ErrForeign)
		}
		v, err := strconv.Atoi(string(meta.Get(keySchema)))
		if err != nil || v < 1 {
			return fmt.Errorf("%s has no valid schema version: %w", s.path, ErrDamaged)
		}
		if v > SchemaVersion() {
			return fmt.Errorf("%s has schema version %d, this version of Regionplan reads up to %d; update Regionplan: %w", s.path, v, SchemaVersion(), ErrNewer)
		}
		if tx.Bucket(bucketPlans) == nil || tx.Bucket(bucketTrash) == nil || (v >= 2 && tx.Bucket(bucketSnapshots) == nil) {
			return fmt.Errorf("%s lacks its plan lists: %w", s.path, ErrDamaged)
		}
		version = v
		return nil
	})
	return version, err
}

// view runs fn in a read transaction. A fault in the mapped file or a panic
// in bbolt becomes ErrDamaged instead of a crash, and any damage is noted.
func (s *Store) view(fn func(*bolt.Tx) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.isBroken() {
		return s.brokenError()
	}
	err := guard(s.path, func() error { return s.db.View(fn) })
	s.noteDamage(err)
	return err
}

// update runs fn in a write transaction, committed and synced before it
// returns. It writes nothing into a file found damaged; a full disk gives
// ErrDiskFull with everything saved before intact.
func (s *Store) update(fn func(*bolt.Tx) error) error {
	<-s.checked
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.isBroken() {
		return s.brokenError()
	}
	if d := s.Damaged(); d != nil {
		return fmt.Errorf("%s was found damaged, so nothing more is written to it: %w", s.path, ErrDamaged)
	}
	if s.readOnly {
		return fmt.Errorf("%s: %w", s.path, ErrReadOnly)
	}
	err := guard(s.path, func() error { return s.db.Update(fn) })
	if errors.Is(err, berrors.ErrMaxSizeReached) || diskFull(err) {
		return fmt.Errorf("%s: %w", s.path, ErrDiskFull)
	}
	if errors.As(err, new(panicked)) {
		// bbolt may still hold its write lock and a half-made freelist:
		// nothing more goes through this handle.
		s.damageMu.Lock()
		s.broken = true
		s.damageMu.Unlock()
	}
	s.noteDamage(err)
	return err
}

// noted is an error with its own sentence that is also the error it wraps.
type noted struct {
	msg string
	err error
}

func (n noted) Error() string { return n.msg }
func (n noted) Unwrap() error { return n.err }

func (s *Store) brokenError() error {
	return fmt.Errorf("%s failed in the middle of a write, so it is no longer used; close Regionplan and check the file: %w", s.path, ErrDamaged)
}

// panicked is the error made from a panic inside bbolt: the file is
// damaged, and a write's handle is no longer to be trusted.
type panicked struct{ path string }

func (p panicked) Error() string { return p.path + " cannot be read: " + ErrDamaged.Error() }
func (p panicked) Unwrap() error { return ErrDamaged }

// guard runs fn with faults in the mapped file turned into panics, and turns
// any panic into a panicked error, which is ErrDamaged.
func guard(path string, fn func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = panicked{path}
		}
	}()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return fn()
}

// seal prefixes data with its SHA-256, so damage is seen on reading.
func seal(data []byte) []byte {
	sum := sha256.Sum256(data)
	return append(sum[:], data...)
}

// unseal checks and strips the checksum seal added by seal.
func unseal(v []byte) ([]byte, error) {
	if len(v) < sha256.Size {
		return nil, ErrDamaged
	}
	data := v[sha256.Size:]
	sum := sha256.Sum256(data)
	if !bytes.Equal(sum[:], v[:sha256.Size]) {
		return nil, ErrDamaged
	}
	return data, nil
}

// encodePlan encodes p as a record of sealed sections (see record.go).
func encodePlan(p *planmodel.Plan) ([]byte, error) {
	rec, err := encodeRecord(p, nil, nil)
	if err != nil {
		return nil, err
	}
	return rec.bytes, nil
}

// decodePlan decodes a plan's record, of sealed sections or (written before
// schema 4) sealed whole, and checks it.
func decodePlan(id string, v []byte) (*planmodel.Plan, error) { return decodeRecord(id, v, false) }

// decodeRecord decodes a plan's record as decodePlan does; with headOnly a
// record of sections gives the plan without its resources, decisions and
// measures.
func decodeRecord(id string, v []byte, headOnly bool) (*planmodel.Plan, error) {
	if p, sections, err := decodeSections(v, headOnly); sections {
		if err != nil {
			return nil, fmt.Errorf("plan %s cannot be decoded (%v): %w", id, err, ErrDamaged)
		}
		return p, nil
	}
	data, err := unseal(v)
	if err != nil {
		return nil, fmt.Errorf("plan %s does not match its checksum: %w", id, ErrDamaged)
	}
	var p planmodel.Plan
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("plan %s cannot be decoded (%v): %w", id, err, ErrDamaged)
	}
	p.ResolveNames() // a file of schema 2 or older opened read-only refers by name
	return &p, nil
}

// ValidID reports whether id can key a plan: 1–64 letters, digits, '-' or
// '_' (snapshot keys put a '/' after the plan's ID).
func ValidID(id string) bool {
	if len(id) == 0 || len(id) > 64 {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// Save stores the plan under its ID, replacing what was there. When Save
// returns nil the plan is on disk. Only the sections of the record that
// changed since this store last wrote the plan are encoded and sealed
// again.
func (s *Store) Save(p *planmodel.Plan) error {
	if !ValidID(p.ID) {
		return fmt.Errorf("cannot save a plan with the ID %q", p.ID)
	}
	last, spare := s.written.get(p.ID)
	rec, err := encodeRecord(p, last, spare)
	if err != nil {
		return err
	}
	err = s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketPlans).Put([]byte(p.ID), rec.bytes)
	})
	if err != nil {
		rec = nil
	}
	s.written.set(p.ID, rec, last)
	return err
}

// Create stores a new plan; it fails if a plan with the same ID exists,
// live or in the trash.
func (s *Store) Create(p *planmodel.Plan) error {
	if !ValidID(p.ID) {
		return fmt.Errorf("cannot create a plan with the ID %q", p.ID)
	}
	rec, err := encodeRecord(p, nil, nil)
	if err != nil {
		return err
	}
	err = s.update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketPlans).Get([]byte(p.ID)) != nil || tx.Bucket(bucketTrash).Get([]byte(p.ID)) != nil {
			return fmt.Errorf("plan %s: %w", p.ID, errExists)
		}
		return tx.Bucket(bucketPlans).Put([]byte(p.ID), rec.bytes)
	})
	if err == nil {
		s.written.set(p.ID, rec, nil)
	}
	return err
}

// Load returns the plan with the given ID.
func (s *Store) Load(id string) (*planmodel.Plan, error) {
	var p *planmodel.Plan
	err := s.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketPlans).Get([]byte(id))
		if v == nil {
			return fmt.Errorf("plan %s: %w", id, ErrNotFound)
		}
		var err error
		p, err = decodePlan(id, v)
		return err
	})
	return p, err
}

// List returns every live plan, most recently changed first. A plan that
// cannot be read is listed with its error.
func (s *Store) List() ([]Entry, error) { return s.list(false) }

// Summaries lists the live plans as List does, each without its resources,
// decisions and measures (which a list of plans does not show): reading
// them is what takes the time. Every record is still checked whole.
func (s *Store) Summaries() ([]Entry, error) { return s.list(true) }

func (s *Store) list(headOnly bool) ([]Entry, error) {
	var out []Entry
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketPlans).ForEach(func(k, v []byte) error {
			p, err := decodeRecord(string(k), v, headOnly)
			s.noteDamage(err)
			out = append(out, Entry{ID: string(k), Plan: p, Err: err})
			return nil
		})
	})
	sort.SliceStable(out, func(i, j int) bool { return updated(out[i]).After(updated(out[j])) })
	return out, err
}

func updated(e Entry) time.Time {
	if !e.Deleted.IsZero() {
		return e.Deleted
	}
	if e.Plan == nil {
		return time.Time{}
	}
	return e.Plan.Updated
}

// trashRecord is a deleted plan: when it was deleted and its sealed record.
type trashRecord struct {
	Deleted time.Time `json:"deleted"`
	Plan    []byte    `json:"plan"`
}

// Delete moves the plan to the trash, from where RestoreDeleted brings it back.
func (s *Store) Delete(id string, now time.Time) error {
	return s.update(func(tx *bolt.Tx) error {
		plans := tx.Bucket(bucketPlans)
		v := plans.Get([]byte(id))
		if v == nil {
			return fmt.Errorf("plan %s: %w", id, ErrNotFound)
		}
		rec, err := json.Marshal(trashRecord{Deleted: now, Plan: v})
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketTrash).Put([]byte(id), seal(rec)); err != nil {
			return err
		}
		s.written.set(id, nil, nil)
		return plans.Delete([]byte(id))
	})
}

func decodeTrashed(id string, v []byte) (time.Time, []byte, error) {
	data, err := unseal(v)
	if err != nil {
		return time.Time{}, nil, fmt.Errorf("deleted plan %s does not match its checksum: %w", id, ErrDamaged)
	}
	var rec trashRecord
	if err := json.Unmarshal(data, &rec); err != nil {
		return time.Time{}, nil, fmt.Errorf("deleted plan %s cannot be decoded: %w", id, ErrDamaged)
	}
	return rec.Deleted, rec.Plan, nil
}

// Trash lists the deleted plans, most recently deleted first.
func (s *Store) Trash() ([]Entry, error) {
	var out []Entry
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketTrash).ForEach(func(k, v []byte) error {
			e := Entry{ID: string(k)}
			var rec []byte
			e.Deleted, rec, e.Err = decodeTrashed(e.ID, v)
			if e.Err == nil {
				e.Plan, e.Err = decodePlan(e.ID, rec)
			}
			s.noteDamage(e.Err)
			out = append(out, e)
			return nil
		})
	})
	sort.SliceStable(out, func(i, j int) bool { return updated(out[i]).After(updated(out[j])) })
	return out, err
}

// RestoreDeleted brings a deleted plan back from the trash.
func (s *Store) RestoreDeleted(id string) error {
	return s.update(func(tx *bolt.Tx) error {
		trash := tx.Bucket(bucketTrash)
		v := trash.Get([]byte(id))
		if v == nil {
			return fmt.Errorf("deleted plan %s: %w", id, ErrNotFound)
		}
		_, rec, err := decodeTrashed(id, v)
		if err != nil {
			return err
		}
		if _, err := decodePlan(id, rec); err != nil {
			return err
		}
		if tx.Bucket(bucketPlans).Get([]byte(id)) != nil {
			return fmt.Errorf("plan %s: %w", id, errExists)
		}
		if err := tx.Bucket(bucketPlans).Put([]byte(id), rec); err != nil {
			return err
		}
		return trash.Delete([]byte(id))
	})
}

// Purge removes a deleted plan from the trash for good, with its snapshots.
func (s *Store) Purge(id string) error {
	return s.update(func(tx *bolt.Tx) error {
		trash := tx.Bucket(bucketTrash)
		if trash.Get([]byte(id)) == nil {
			return fmt.Errorf("deleted plan %s: %w", id, ErrNotFound)
		}
		if err := deleteSnapshots(tx, id); err != nil {
			return err
		}
		return trash.Delete([]byte(id))
	})
}

package storage

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"regionplan/examples"
	"regionplan/planmodel"
)

var updateFixtures = flag.Bool("update-fixtures", false, "write testdata/schema-vN.db for the current schema")

// fixtureTime dates everything in the fixtures, so they are reproducible.
var fixtureTime = time.Date(2027, 9, 13, 12, 0, 0, 0, time.UTC)

// fixturePlans is what every schema fixture holds: two example plans with
// fixed IDs, one with ticks and a note, and one plan in the trash.
func fixturePlans() (live []*planmodel.Plan, trashed *planmodel.Plan) {
	k, _ := examples.Plan("kristiansand", fixtureTime)
	k.ID = "kristiansand"
	h, _ := examples.Plan("hallingdal", fixtureTime)
	h.ID = "hallingdal01"
	h.SetItem("expectations.region", planmodel.Done, "Vedteke i Hallingtinget – «felles retning»", fixtureTime)
	h.SetItem("trust.quick-wins", planmodel.NotRelevant, "", fixtureTime)
	d := planmodel.New("Slettet plan", fixtureTime)
	d.ID = "deleted00001"
	return []*planmodel.Plan{k, h}, d
}

func TestWriteFixture(t *testing.T) {
	if !*updateFixtures {
		t.Skip("run with -update-fixtures to write the fixture for this schema version")
	}
	path := filepath.Join("testdata", "schema-v"+strconv.Itoa(SchemaVersion())+".db")
	os.Remove(path)
	written := filepath.Join(t.TempDir(), FileName) // then compacted into path, to keep the fixture small
	s, err := open(written, options{now: func() time.Time { return fixtureTime }})
	if err != nil {
		t.Fatal(err)
	}
	live, trashed := fixturePlans()
	for _, p := range append(live, trashed) {
		if err := s.Create(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Delete(trashed.ID, fixtureTime); err != nil {
		t.Fatal(err)
	}
	if _, err := s.TakeSnapshot(live[1], "Før valet 2019", planmodel.SnapshotManual, 0, fixtureTime); err != nil {
		t.Fatal(err)
	}
	s.Close()
	src, err := bolt.Open(written, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := bolt.Open(path, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := bolt.Compact(dst, src, 0); err != nil {
		t.Fatal(err)
	}
	dst.Close()
}

// TestFixturesOpen opens a copy of the file of every schema version that has
// shipped and checks that all its content is there.
func TestFixturesOpen(t *testing.T) {
	files, _ := filepath.Glob("testdata/schema-v*.db")
	if len(files) < SchemaVersion() {
		t.Fatalf("%d fixtures for %d schema versions: add testdata/schema-v%d.db with -update-fixtures", len(files), SchemaVersion(), SchemaVersion())
	}
	live, trashed := fixturePlans()
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			path := copyFile(t, f)
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if problems := s.Check(); len(problems) > 0 {
				t.Fatal(problems)
			}
			for _, want := range live {
				got, err := s.Load(want.ID)
				if err != nil {
					t.Fatal(err)
				}
				if got.Name != want.Name || got.Population() != want.Population() || len(got.Checklist) != len(want.Checklist) ||
					got.Item("expectations.region").Note != want.Item("expectations.region").Note {
					t.Errorf("plan %s differs: %+v", want.ID, got)
				}
			}
			trash, _ := s.Trash()
			if len(trash) != 1 || trash[0].ID != trashed.ID || trash[0].Plan.Name != trashed.Name {
				t.Errorf("trash: %+v", trash)
			}
			snaps, err := s.Snapshots(live[1].ID)
			if f != "testdata/schema-v1.db" && (err != nil || len(snaps) != 1 || snaps[0].Name != "Før valet 2019") {
				t.Errorf("snapshots: %+v, %v", snaps, err)
			}
		})
	}
}

func copyFile(t *testing.T, src string) string {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	dst := filepath.Join(t.TempDir(), FileName)
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	out.Close()
	return dst
}

// withMigrations puts extra migration steps in force and returns the
// function that takes them away again (also run when the test ends).
func withMigrations(t *testing.T, steps ...func(*bolt.Tx) error) (restore func()) {
	t.Helper()
	saved := migrations
	migrations = append(append([]func(*bolt.Tx) error(nil), saved...), steps...)
	restore = func() { migrations = saved }
	t.Cleanup(restore)
	return restore
}

func TestMigrationBacksUpAndUpgrades(t *testing.T) {
	path := copyFile(t, "testdata/schema-v1.db")
	withMigrations(t, func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket([]byte("settings"))
		return err
	})
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.checkMeta(); v != SchemaVersion() {
		t.Errorf("schema after migration: %d, want %d", v, SchemaVersion())
	}
	s.view(func(tx *bolt.Tx) error {
		if tx.Bucket([]byte("settings")) == nil {
			t.Error("the migration step did not run")
		}
		return nil
	})
	db, err := bolt.Open(backupOfKind(t, s, KindBeforeUpgrade), 0o400, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *bolt.Tx) error {
		if v := string(tx.Bucket(bucketMeta).Get(keySchema)); v != "1" {
			t.Errorf("the pre-upgrade backup is at schema %s, want 1", v)
		}
		return nil
	})
}

func TestFailedMigrationLeavesFileAsItWas(t *testing.T) {
	path := copyFile(t, "testdata/schema-v1.db")
	before, _ := os.ReadFile(path)
	restore := withMigrations(t,
		func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("half")); return err },
		func(tx *bolt.Tx) error { return errors.New("step two fails") },
	)
	if _, err := Open(path); err == nil {
		t.Fatal("Open succeeded with a failing migration")
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("a failed migration changed the file")
	}
	restore()
	s, err := Open(path)
	if err != nil {
		t.Fatalf("the file does not open after a failed migration: %v", err)
	}
	defer s.Close()
	s.view(func(tx *bolt.Tx) error {
		if tx.Bucket([]byte("half")) != nil {
			t.Error("half a migration was kept")
		}
		return nil
	})
	if v, _ := s.checkMeta(); v != SchemaVersion() {
		t.Errorf("schema %d after the real migrations, want %d", v, SchemaVersion())
	}
}

package app

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	bolt "go.etcd.io/bbolt"

	"regionplan/examples"
	"regionplan/internal/uitest"
	"regionplan/planmodel"
	"regionplan/storage"
)

// fileWithDamagedSnapshot writes a plan file with two example plans and one
// byte changed in a snapshot of the second, behind the store's back: the
// damage lies where neither the start screen nor opening the first plan
// reads, so only the full check finds it.
func fileWithDamagedSnapshot(t *testing.T) (path, sound, withSnapshot string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), storage.FileName)
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
	if err := db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("snapshots"))
		k, v := b.Cursor().First()
		v = append([]byte(nil), v...)
		v[len(v)-2] ^= 1
		return b.Put(k, v)
	}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	return path, k.ID, h.ID
}

// checkingWindow opens the file at path as the window does, with the check
// held back until release is closed, and builds the window over it. Its wait
// for the check runs only when the test calls wait (which fails the test if
// the window never waited).
func checkingWindow(t *testing.T, a fyne.App, path string) (u *UI, s *storage.Store, release chan struct{}, wait func()) {
	t.Helper()
	var waiting func()
	saved := afterCheck
	afterCheck = func(w func()) { waiting = w }
	t.Cleanup(func() { afterCheck = saved })
	release = make(chan struct{})
	s, err := storage.OpenCheckingAfter(path, release)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if u, err = New(a, s); err != nil { // as cmd/regionplan starts the window
		t.Fatal(err)
	}
	u.win.Resize(fyne.NewSize(1100, 720))
	u.startTimer = func(time.Duration, func()) timer { return &testTimer{} }
	return u, s, release, func() {
		if waiting == nil {
			t.Fatal("the window does not wait for the check")
		}
		waiting()
	}
}

// withoutCheck runs open, which must not wait for the store's check held
// back until release is closed. Not a measure of speed: a guard releases the
// check after ten seconds, so that an opening that waits fails the test
// instead of hanging it.
func withoutCheck(t *testing.T, release chan struct{}, open func()) {
	t.Helper()
	hung := time.AfterFunc(10*time.Second, func() { close(release) })
	open()
	if !hung.Stop() {
		t.Fatal("opening the plan waited for the check to end")
	}
}

// The window opens the last plan at once, while the file is still being
// checked. The check used to report only to the start screen, which the open
// plan had replaced, so damage it found elsewhere in the file left the plan
// open for editing while every save was refused. The plan screen now turns
// read-only with the banner, and the edit made meanwhile stays in the window
// without being written.
func TestDamageFoundAfterOpeningMakesThePlanReadOnly(t *testing.T) {
	a := test.NewTempApp(t)
	if err := SetLanguage("en"); err != nil {
		t.Fatal(err)
	}
	path, last, _ := fileWithDamagedSnapshot(t)
	a.Preferences().SetString(preferenceLastPlan, last)
	u, s, release, wait := checkingWindow(t, a, path)
	withoutCheck(t, release, u.OpenLast)
	ps := u.plan
	if ps == nil {
		t.Fatal("the last plan did not open")
	}
	defer u.dropPlan()
	if ps.readOnly != nil {
		t.Fatal("the plan opened read-only before the check found anything")
	}
	const edited = "Endra medan fila vart sjekka"
	ps.plan.Name = edited
	ps.Changed()

	close(release)
	wait()
	if s.Damaged() == nil {
		t.Fatal("the check found no damage")
	}
	if u.plan != ps || ps.readOnly == nil {
		t.Fatal("the open plan did not turn read-only when the check found the file damaged")
	}
	texts := uitest.RichText(u.win.Content())
	if !strings.Contains(texts, "Opened read-only: the plan file is damaged") {
		t.Errorf("no damage banner on the plan screen: %s", texts)
	}
	if !strings.Contains(texts, "Not saved") {
		t.Errorf("the status line does not say the edit was not saved: %s", texts)
	}
	var inputs []fyne.Disableable
	for _, o := range shownAndTabbed(ps.body) {
		for _, e := range uitest.FindAll[*widget.Entry](o) {
			inputs = append(inputs, e)
		}
		for _, c := range uitest.FindAll[*widget.Check](o) {
			inputs = append(inputs, c)
		}
	}
	if len(inputs) == 0 {
		t.Fatal("the stage shown has no entries or check boxes to look at")
	}
	for _, in := range inputs {
		if !in.Disabled() {
			t.Fatalf("%T can still be changed", in)
		}
	}
	ps.plan.Municipalities = nil // an edit that still gets through is undone, back to the plan as the window had it
	ps.Changed()
	if ps.plan.Name != edited || len(ps.plan.Municipalities) == 0 {
		t.Errorf("in the window after the check: name %q, %d municipalities", ps.plan.Name, len(ps.plan.Municipalities))
	}
	if stored, err := s.Load(last); err != nil || stored.Name == edited {
		t.Errorf("the damaged file was written: %v, name %q", err, stored.Name)
	}
}

// Opening a plan owed an election snapshot used to write it at once, and
// writes wait for the check, so the window hung until the whole file was
// checked. The snapshot is now taken when the check is done.
func TestOpeningDoesNotWaitForTheCheck(t *testing.T) {
	a := test.NewTempApp(t)
	if err := SetLanguage("en"); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), storage.FileName)
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := examples.Plan("kristiansand", time.Now()) // an election awaits re-anchoring
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	s.Close()
	u, s, release, wait := checkingWindow(t, a, path)
	defer u.dropPlan()
	withoutCheck(t, release, func() { u.openPlan(p.ID) })
	if u.plan == nil {
		t.Fatal("the plan did not open")
	}
	close(release)
	wait()
	snaps, err := s.Snapshots(p.ID)
	if err != nil || len(snaps) != 1 || snaps[0].Reason != planmodel.SnapshotElection {
		t.Errorf("after the check, the plan's snapshots: %+v, %v", snaps, err)
	}
}

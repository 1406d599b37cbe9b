package app

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"regionplan/internal/uitest"
	"regionplan/planmodel"
	"regionplan/storage"
)

// newTestUI opens a real plan file in a temporary folder and builds the
// window on Fyne's test driver.
func newTestUI(t testing.TB) (*UI, string) {
	t.Helper()
	a := test.NewTempApp(t)
	if err := SetLanguage("nb"); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), storage.FileName)
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	u, err := New(a, s)
	if err != nil {
		t.Fatal(err)
	}
	u.win.Resize(fyne.NewSize(1100, 720))
	// Fyne's test driver runs fyne.Do at once on the calling goroutine, so an
	// autosave timer would save on its own goroutine while the test goes on;
	// tests save by leaving the plan instead, or fire the countdown themselves
	// (TestAutosaveWithoutFlush, progressDue).
	u.startTimer = func(_ time.Duration, fire func()) timer { return &testTimer{fire: fire} }
	u.background = func(work func()) { work() } // likewise: background work runs in the test's goroutine
	t.Cleanup(func() {
		if !u.closePlan() {
			u.dropPlan() // a save that cannot succeed must not leave its timer running into the next test
		}
		s.Close()
	})
	return u, path
}

// testTimer is an autosave countdown that runs out only when the test calls fire.
type testTimer struct {
	fire    func()
	stopped bool
}

func (t *testTimer) Reset(time.Duration) bool { t.stopped = false; return true }
func (t *testTimer) Stop() bool               { t.stopped = true; return true }

// typeInto types text into the focused widget, then moves focus on with Tab.
func typeInto(t *testing.T, u *UI, text string) {
	t.Helper()
	f := u.win.Canvas().Focused()
	if f == nil {
		t.Fatalf("nothing has focus to type %q into", text)
	}
	if e, ok := f.(*widget.Entry); ok {
		e.SetText("")
	}
	test.Type(f, text)
	u.win.Canvas().FocusNext()
}

func reopen(t *testing.T, u *UI, path string) *storage.Store {
	t.Helper()
	u.closePlan()
	u.store.Close()
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestCreatePlanAndReopen(t *testing.T) {
	u, path := newTestUI(t)

	// A new plan, typed into the dialog field by field with Tab.
	d := u.showNewPlanDialog()
	typeInto(t, u, "Næringsplan for Vest-Telemark")
	typeInto(t, u, "Vest-Telemark")
	typeInto(t, u, "2027")
	typeInto(t, u, "2030")
	d.Submit()
	if u.plan == nil {
		t.Fatalf("no plan opened after creating one; dialog says %q", d.Problem())
	}
	if got := u.win.Title(); !strings.HasPrefix(got, "Næringsplan for Vest-Telemark") {
		t.Errorf("window title %q", got)
	}
	p := u.plan.plan
	if p.Region != "Vest-Telemark" || p.FirstYear != 2027 || p.LastYear != 2030 {
		t.Errorf("plan facts: %+v", p)
	}

	// Stage 1 is shown first; a ticked item is saved when the plan is left.
	if u.plan.stage != 0 || !uitest.ContainsText(uitest.Texts(u.plan.view.Content), "1. Forventninger") {
		t.Fatalf("first stage shown: %d", u.plan.stage)
	}
	if got := u.plan.sidebar.Length(); got != 8 {
		t.Errorf("side bar has %d stages", got)
	}
	items := u.guide.Stages[0].Items
	p.SetItem(items[0].ID, planmodel.Done, "Drøftes i regionrådet i mars", u.now())
	u.plan.Changed()

	s := reopen(t, u, path)
	got, err := s.Load(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if st := got.Item(items[0].ID); st.Status != planmodel.Done || st.Note != "Drøftes i regionrådet i mars" {
		t.Errorf("checklist after reopening: %+v", got.Checklist)
	}
}

func TestNewPlanRefusesBadInputAndKeepsIt(t *testing.T) {
	u, _ := newTestUI(t)
	d := u.showNewPlanDialog()
	typeInto(t, u, "")
	d.Submit()
	if u.plan != nil || d.Problem() != "Navnet kan ikke være tomt." {
		t.Fatalf("empty name: plan %v, message %q", u.plan, d.Problem())
	}
	form := d.Form()
	name := form.Items[0].Widget.(*widget.Entry)
	name.SetText("Plan")
	form.Items[2].Widget.(*widget.Entry).SetText("2030")
	form.Items[3].Widget.(*widget.Entry).SetText("2027")
	d.Submit()
	if u.plan != nil || d.Problem() != "Perioden slutter før den begynner." {
		t.Fatalf("period backwards: plan %v, message %q", u.plan, d.Problem())
	}
	if name.Text != "Plan" {
		t.Errorf("the typed name was lost: %q", name.Text)
	}
	list, _ := u.store.List()
	if len(list) != 0 {
		t.Errorf("a refused plan was stored: %v", list)
	}
}

func TestAutosaveWithoutFlush(t *testing.T) {
	u, _ := newTestUI(t)
	var timers []*testTimer
	u.startTimer = func(d time.Duration, fire func()) timer {
		if d == progressDelay {
			return &testTimer{fire: fire} // the progress refresh's, not the autosave's
		}
		if d != defaultAutosaveDelay {
			t.Errorf("autosave after %v, want %v", d, defaultAutosaveDelay)
		}
		tt := &testTimer{fire: fire}
		timers = append(timers, tt)
		return tt
	}
	u.addExample("kristiansand")
	id := u.plan.plan.ID
	want := u.guide.Stages[0].Items[0].ID
	u.plan.plan.SetItem(want, planmodel.Done, "", u.now())
	u.plan.Changed()
	u.plan.Changed() // a second change restarts the same countdown
	if len(timers) != 1 || timers[0].stopped {
		t.Fatalf("%d autosave countdowns started, want one running", len(timers))
	}
	timers[0].fire() // the countdown runs out
	p, err := u.store.Load(id)
	if err != nil {
		t.Fatal(err)
	}
	if p.Item(want).Status != planmodel.Done {
		t.Fatal("the tick was never saved by the autosave")
	}
}

func TestStageSwitchingAndSettings(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("hallingdal")
	ps := u.plan
	for i := range 8 {
		ps.selectStage(i)
		if heading := fmt.Sprintf("%d. %s", i+1, u.guide.Stages[i].Title); ps.stage != i || !uitest.ContainsText(uitest.Texts(ps.view.Content), heading) {
			t.Fatalf("stage %d: showing %d, not %q", i, ps.stage, heading)
		}
	}
	u.stepStage(-1)
	if ps.stage != 6 {
		t.Errorf("previous stage: %d", ps.stage)
	}
	ps.selectStage(99)
	if ps.stage != 6 {
		t.Errorf("an out-of-range stage changed the view to %d", ps.stage)
	}
	test.Tap(ps.settings)
	if ps.stage != settingsView || ps.view != nil {
		t.Errorf("settings not shown: stage %d", ps.stage)
	}
}

func TestDeleteAndRestoreThroughTheStore(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("hallingdal")
	id := u.plan.plan.ID
	u.showStart()
	if u.plan != nil || len(u.start.entries) != 1 {
		t.Fatalf("start screen: %+v", u.start.entries)
	}
	u.start.confirmDelete(u.start.entries[0])
	uitest.TapButton(t, u.win, "Ja")
	if len(u.start.entries) != 0 || u.start.trash.Text != "Papirkurv (1)" {
		t.Fatalf("after delete: %d plans, trash button %q", len(u.start.entries), u.start.trash.Text)
	}
	u.trashDialog()
	uitest.TapButton(t, u.win, "Gjenopprett")
	if len(u.start.entries) != 1 || u.start.entries[0].ID != id {
		t.Fatalf("after restore: %d plans", len(u.start.entries))
	}
}

func TestErrorMessagesAreNorwegian(t *testing.T) {
	newTestUI(t)
	for _, err := range []error{storage.ErrLocked, storage.ErrDamaged, storage.ErrForeign, storage.ErrNewer} {
		msg := Message(err)
		if msg == "" || strings.Contains(msg, "Regionplan plan file") || strings.Contains(msg, "the ") {
			t.Errorf("Message(%v) = %q, not bokmål", err, msg)
		}
	}
}

func TestSwitchLanguageKeepsThePlanOpen(t *testing.T) {
	u, _ := newTestUI(t)
	t.Cleanup(func() { SetLanguage("nb") })
	u.showStart()
	if err := u.switchLanguage("en"); err != nil {
		t.Fatal(err)
	}
	if !uitest.ContainsText(uitest.Texts(u.start.content), "Your regional plans") {
		t.Errorf("the start screen is not in English: %q", uitest.Texts(u.start.content))
	}
	u.addExample("hallingdal")
	u.plan.selectStage(2)
	if err := u.switchLanguage("nb"); err != nil {
		t.Fatal(err)
	}
	if u.plan == nil || u.plan.stage != 2 || !uitest.ContainsText(uitest.Texts(u.plan.view.Content), "3. Kunnskapsgrunnlag") {
		t.Fatalf("after switching back: %+v", u.plan)
	}
	if got := u.app.Preferences().String(preferenceLanguage); got != "nb" {
		t.Errorf("the choice was not remembered: %q", got)
	}
}

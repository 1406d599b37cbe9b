package app

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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
	// tests save by leaving the plan instead (TestAutosaveWithoutFlush sets
	// a short delay of its own).
	u.autosaveDelay = time.Hour
	u.background = func(work func()) { work() } // likewise: background work runs in the test's goroutine
	t.Cleanup(func() {
		if !u.closePlan() {
			u.dropPlan() // a save that cannot succeed must not leave its timer running into the next test
		}
		s.Close()
	})
	return u, path
}

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

func TestCreatePlanTickItemAddMunicipalityAndReopen(t *testing.T) {
	u, path := newTestUI(t)

	// A new plan, typed into the dialog field by field with Tab.
	d := u.showNewPlanDialog()
	typeInto(t, u, "Næringsplan for Vest-Telemark")
	typeInto(t, u, "Vest-Telemark")
	typeInto(t, u, "2027")
	typeInto(t, u, "2030")
	d.submit()
	if u.plan == nil {
		t.Fatalf("no plan opened after creating one; dialog says %q", d.errMsg.Text)
	}
	if got := u.win.Title(); !strings.HasPrefix(got, "Næringsplan for Vest-Telemark") {
		t.Errorf("window title %q", got)
	}
	p := u.plan.plan
	if p.Region != "Vest-Telemark" || p.FirstYear != 2027 || p.LastYear != 2030 {
		t.Errorf("plan facts: %+v", p)
	}

	// Stage 1 is shown first; tick its first item and write a note on the second.
	v := u.plan.view
	if v == nil || v.stage.ID != "expectations" {
		t.Fatalf("first stage shown: %+v", v)
	}
	test.Tap(v.items[0].done)
	test.Type(v.items[1].note, "Drøftes i regionrådet i mars")
	test.Tap(v.items[2].notRelevant)
	if st := p.Item(v.items[0].item.ID); st.Status != planmodel.Done || st.Changed.IsZero() {
		t.Errorf("ticked item: %+v", st)
	}
	if got := v.items[0].changed.Text; !strings.HasPrefix(got, "endret ") {
		t.Errorf("changed label %q", got)
	}
	if got := u.plan.sidebar.Length(); got != 8 {
		t.Errorf("side bar has %d stages", got)
	}

	// A municipality, through the editor's dialog.
	ed := v.tool.(*municipalityEditor)
	md := ed.edit(-1)
	typeInto(t, u, "Tokke")
	typeInto(t, u, "3824")
	typeInto(t, u, "2 185")
	typeInto(t, u, "01.01.2024")
	typeInto(t, u, "984,5")
	md.submit()
	if md.errMsg.Visible() {
		t.Fatalf("municipality refused: %s", md.errMsg.Text)
	}
	if len(p.Municipalities) != 1 {
		t.Fatalf("municipalities: %+v", p.Municipalities)
	}

	s := reopen(t, u, path)
	got, err := s.Load(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	m := got.Municipalities[0]
	if m.Name != "Tokke" || m.Number != "3824" || m.Population != 2185 || m.PopulationDate != "2024-01-01" || m.AreaKm2 != 984.5 || m.Standard != planmodel.Bokmal {
		t.Errorf("municipality after reopening: %+v", m)
	}
	items := u.guide.Stages[0].Items
	if got.Item(items[0].ID).Status != planmodel.Done || got.Item(items[1].ID).Note != "Drøftes i regionrådet i mars" || got.Item(items[2].ID).Status != planmodel.NotRelevant {
		t.Errorf("checklist after reopening: %+v", got.Checklist)
	}
}

func TestNewPlanRefusesBadInputAndKeepsIt(t *testing.T) {
	u, _ := newTestUI(t)
	d := u.showNewPlanDialog()
	typeInto(t, u, "")
	d.submit()
	if u.plan != nil || !d.errMsg.Visible() || d.errMsg.Text != "Navnet kan ikke være tomt." {
		t.Fatalf("empty name: plan %v, message %q", u.plan, d.errMsg.Text)
	}
	form := d.form
	name := form.Items[0].Widget.(*widget.Entry)
	name.SetText("Plan")
	form.Items[2].Widget.(*widget.Entry).SetText("2030")
	form.Items[3].Widget.(*widget.Entry).SetText("2027")
	d.submit()
	if u.plan != nil || d.errMsg.Text != "Perioden slutter før den begynner." {
		t.Fatalf("period backwards: plan %v, message %q", u.plan, d.errMsg.Text)
	}
	if name.Text != "Plan" {
		t.Errorf("the typed name was lost: %q", name.Text)
	}
	list, _ := u.store.List()
	if len(list) != 0 {
		t.Errorf("a refused plan was stored: %v", list)
	}
}

func TestMunicipalityValidation(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("hallingdal")
	ed := u.plan.view.tool.(*municipalityEditor)
	for _, tt := range []struct {
		field       int
		value, want string
	}{
		{0, "gol", "Gol er allerede med i planen (nummer 3)."},
		{1, "61", "Kommunenummeret må ha fire sifre."},
		{2, "-5", "Innbyggertallet må være et helt tall mellom 0 og 10\u00a0000\u00a0000."},
		{3, "31.02.2024", "Datoen må være en gyldig dato, skrevet som dd.mm.åååå."},
	} {
		d := ed.edit(-1)
		d.form.Items[0].Widget.(*widget.Entry).SetText("Ny kommune")
		d.form.Items[tt.field].Widget.(*widget.Entry).SetText(tt.value)
		d.submit()
		if !d.errMsg.Visible() || d.errMsg.Text != tt.want {
			t.Errorf("%q in field %d: message %q, want %q", tt.value, tt.field, d.errMsg.Text, tt.want)
		}
		d.d.Hide()
	}
	if n := len(u.plan.plan.Municipalities); n != 6 {
		t.Errorf("%d municipalities after refused input, want 6", n)
	}
}

func TestAutosaveWithoutFlush(t *testing.T) {
	u, _ := newTestUI(t)
	u.autosaveDelay = defaultAutosaveDelay
	u.addExample("kristiansand")
	id := u.plan.plan.ID
	test.Tap(u.plan.view.items[0].done)
	want := u.plan.view.items[0].item.ID
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		p, err := u.store.Load(id)
		if err != nil {
			t.Fatal(err)
		}
		if p.Item(want).Status == planmodel.Done {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("the tick was never saved by the autosave")
}

func TestStageSwitchingAndSettings(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("hallingdal")
	ps := u.plan
	for i := range 8 {
		ps.selectStage(i)
		if ps.stage != i || ps.view.stage.ID != u.guide.Stages[i].ID {
			t.Fatalf("stage %d: showing %d (%s)", i, ps.stage, ps.view.stage.ID)
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
	tapButton(t, u, "Ja")
	if len(u.start.entries) != 0 || u.start.trash.Text != "Papirkurv (1)" {
		t.Fatalf("after delete: %d plans, trash button %q", len(u.start.entries), u.start.trash.Text)
	}
	u.trashDialog()
	tapButton(t, u, "Gjenopprett")
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

// walk calls fn for o and every object inside it, widgets included.
func walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	fn(o)
	if c, ok := o.(*fyne.Container); ok {
		for _, child := range c.Objects {
			walk(child, fn)
		}
	}
	if w, ok := o.(fyne.Widget); ok {
		for _, child := range test.WidgetRenderer(w).Objects() {
			walk(child, fn)
		}
	}
}

// topDialog returns the topmost overlay, failing the test when there is none.
func topDialog(t *testing.T, u *UI) fyne.CanvasObject {
	t.Helper()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	return top
}

// tapButton taps the button with the given text in the topmost dialog.
func tapButton(t *testing.T, u *UI, text string) {
	t.Helper()
	test.Tap(findButton(t, topDialog(t, u), text))
}

// findButton returns the first button with the given text inside o.
func findButton(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	walk(o, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}

// richText joins the text of every label inside o, a line each.
func richText(o fyne.CanvasObject) string { return strings.Join(texts(o), "\n") }

// texts returns the text of every label inside o.
func texts(o fyne.CanvasObject) []string {
	var out []string
	walk(o, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			out = append(out, l.Text)
		}
	})
	return out
}

func containsText(list []string, want string) bool {
	for _, s := range list {
		if strings.Contains(s, want) {
			return true
		}
	}
	return false
}

func TestSwitchLanguageKeepsThePlanOpen(t *testing.T) {
	u, _ := newTestUI(t)
	t.Cleanup(func() { SetLanguage("nb") })
	u.showStart()
	if err := u.switchLanguage("en"); err != nil {
		t.Fatal(err)
	}
	if !containsText(texts(u.start.content), "Your regional plans") {
		t.Errorf("the start screen is not in English: %q", texts(u.start.content))
	}
	u.addExample("hallingdal")
	u.plan.selectStage(2)
	if err := u.switchLanguage("nb"); err != nil {
		t.Fatal(err)
	}
	if u.plan == nil || u.plan.stage != 2 || u.plan.view.stage.Title != "Kunnskapsgrunnlag" {
		t.Fatalf("after switching back: %+v", u.plan)
	}
	if got := u.app.Preferences().String(preferenceLanguage); got != "nb" {
		t.Errorf("the choice was not remembered: %q", got)
	}
}

package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"regionplan/planmodel"
	"regionplan/register"
)

// The start flow from the keyboard: the plan's facts, six municipalities
// picked from the register by a few letters and Enter each, Enter on the
// empty search creates the plan, and the first expectations follow.
func TestStartFlowVestTelemark(t *testing.T) {
	u, _ := newTestUI(t)
	d := u.showNewPlanDialog()
	typeInto(t, u, "Næringsplan for Vest-Telemark")
	typeInto(t, u, "Vest-Telemark")
	typeInto(t, u, "2026")
	typeInto(t, u, "2029")
	// Tab past the organisation form and the project leader reaches the search.
	u.win.Canvas().FocusNext()
	u.win.Canvas().FocusNext()
	search, ok := u.win.Canvas().Focused().(*widget.Entry)
	if !ok || search.PlaceHolder != "Skriv navn eller nummer, f.eks. Seljord eller 4022" {
		t.Fatalf("Tab from the project leader reaches %T, not the register search", u.win.Canvas().Focused())
	}
	enter := func(e *widget.Entry) { e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) }
	for _, q := range []string{"fyres", "kvites", "nissed", "seljord", "tokke", "vinje"} {
		test.Type(search, q)
		enter(search)
		if search.Text != "" {
			t.Fatalf("%q: the search keeps %q after the pick", q, search.Text)
		}
	}
	test.Type(search, "Tokke") // picked already: not offered, Enter does nothing
	enter(search)
	search.SetText("")
	enter(search)
	if u.plan == nil {
		t.Fatalf("no plan after Enter on the empty search; the dialog says %q", d.Problem())
	}
	p := u.plan.plan
	want := []string{"4032", "4028", "4030", "4022", "4034", "4036"}
	if len(p.Municipalities) != len(want) || p.FirstYear != 2026 || p.LastYear != 2029 || p.DocumentStandard() != planmodel.Nynorsk {
		t.Fatalf("plan %d–%d in %s with %+v", p.FirstYear, p.LastYear, p.DocumentStandard(), p.Municipalities)
	}
	for i, m := range p.Municipalities {
		e, _ := register.Lookup(want[i])
		if m.Number != e.Number || m.Name != e.Name || m.Population != e.Population || m.Standard != e.Standard || m.Council != "Kommunestyret" {
			t.Errorf("municipality %d: %+v, want the register's %+v", i, m, e)
		}
	}

	// The first expectations: the first field has focus, Enter saves.
	f, ok := u.win.Canvas().Focused().(*widget.Entry)
	if !ok {
		t.Fatalf("the first expectations dialog has no field in focus: %T", u.win.Canvas().Focused())
	}
	test.Type(f, "Flere besøkende om vinteren")
	enter(f)
	if got := p.Municipalities[0].Expectation; got != "Flere besøkende om vinteren" {
		t.Errorf("Fyresdal expects %q", got)
	}
}

func TestMunicipalityCountReadsWell(t *testing.T) {
	newTestUI(t) // the interface in bokmål
	c := newChosenList()
	e, _ := register.Lookup("4022")
	c.picker.OnPicked(e)
	if got := c.count.Text; got != "1 kommune, 2\u00a0979 innbyggere i alt" {
		t.Errorf("one municipality: %q", got)
	}
}

// At 1024×600 the new plan's form fits the window: the count beside the
// register search wraps instead of widening the form past the dialog.
func TestNewPlanFormFitsSmallWindow(t *testing.T) {
	u, _ := newTestUI(t)
	u.win.Resize(fyne.NewSize(1024, 600))
	d := u.showNewPlanDialog()
	if w, most := d.Form().MinSize().Width, u.win.Canvas().Size().Width-80; w > most {
		t.Errorf("the form needs %.0f px of a %.0f px window", w, u.win.Canvas().Size().Width)
	}
}

package stages

import (
	"math"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/internal/uitest"
	"regionplan/planmodel"
)

func TestTickItemsAndAddAMunicipality(t *testing.T) {
	p := planmodel.New("Næringsplan for Vest-Telemark", time.Now())
	p.FirstYear, p.LastYear = 2027, 2030
	h := hostFor(t, p)
	h.ShowStage("expectations", "checklist")
	// Stage 1 is shown first; tick its first item and write a note on the second.
	v := h.view
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

	// A municipality, through the editor's dialog.
	ed := v.tool.(*municipalityEditor)
	md := ed.edit(-1)
	h.win.Canvas().Focus(md.Form().Items[1].Widget.(*widget.Entry)) // past the register search: typed by hand
	typeInto(t, h.win, "Tokke")
	typeInto(t, h.win, "3824")
	typeInto(t, h.win, "2 185")
	typeInto(t, h.win, "01.01.2024")
	typeInto(t, h.win, "984,5")
	md.Submit()
	if msg := md.Problem(); msg != "" {
		t.Fatalf("municipality refused: %s", msg)
	}
	if len(p.Municipalities) != 1 {
		t.Fatalf("municipalities: %+v", p.Municipalities)
	}

	got := h.reload()
	m := got.Municipalities[0]
	if m.Name != "Tokke" || m.Number != "3824" || m.Population != 2185 || m.PopulationDate != "2024-01-01" || m.AreaKm2 != 984.5 || m.Standard != planmodel.Bokmal {
		t.Errorf("municipality after reopening: %+v", m)
	}
	items := h.guide.Stages[0].Items
	if got.Item(items[0].ID).Status != planmodel.Done || got.Item(items[1].ID).Note != "Drøftes i regionrådet i mars" || got.Item(items[2].ID).Status != planmodel.NotRelevant {
		t.Errorf("checklist after reopening: %+v", got.Checklist)
	}
}

func TestMunicipalityValidation(t *testing.T) {
	h := openStage(t, "hallingdal", "expectations")
	ed := h.view.tool.(*municipalityEditor)
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
		d.Form().Items[1].Widget.(*widget.Entry).SetText("Ny kommune") // item 0 is the register search
		d.Form().Items[1+tt.field].Widget.(*widget.Entry).SetText(tt.value)
		d.Submit()
		if d.Problem() != tt.want {
			t.Errorf("%q in field %d: message %q, want %q", tt.value, tt.field, d.Problem(), tt.want)
		}
		d.Hide()
	}
	if n := len(h.plan.Municipalities); n != 6 {
		t.Errorf("%d municipalities after refused input, want 6", n)
	}
}

func TestMunicipalityAreaRefusesNaN(t *testing.T) {
	h := openStage(t, "hallingdal", "expectations")
	ed := h.view.tool.(*municipalityEditor)
	d := ed.edit(0)
	d.Form().Items[4].Widget.(*widget.Entry).SetText("NaN")
	d.Submit()
	if d.Problem() == "" || math.IsNaN(h.plan.Municipalities[0].AreaKm2) {
		t.Errorf("NaN accepted as an area: %v, %q", h.plan.Municipalities[0].AreaKm2, d.Problem())
	}
}

// Municipalities come from the register as the user types: Enter picks the
// best match, Enter again saves it; a Sami name is found by its Norwegian form;
// one not in the register is marked so, without stopping anybody.
func TestPickMunicipalitiesFromRegister(t *testing.T) {
	p := planmodel.New("Næringsplan for Vest-Telemark", time.Now())
	h := hostFor(t, p)
	h.ShowStage("expectations", "checklist")
	ed := h.view.tool.(*municipalityEditor)
	for _, q := range []string{"kvite", "4022", "Kautokeino"} {
		d := ed.edit(-1)
		search, ok := h.win.Canvas().Focused().(*widget.Entry)
		if !ok {
			t.Fatalf("the register search has no focus: %T", h.win.Canvas().Focused())
		}
		test.Type(search, q)
		search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if msg := d.Problem(); msg != "" {
			t.Fatalf("%s: refused: %s", q, msg)
		}
	}
	want := []struct {
		name, number string
		pop          int
		std          planmodel.Standard
	}{{"Kviteseid", "4028", 2458, planmodel.Nynorsk}, {"Seljord", "4022", 2979, planmodel.Nynorsk}, {"Guovdageaidnu - Kautokeino", "5612", 2848, planmodel.Bokmal}}
	got := h.reload().Municipalities
	if len(got) != len(want) {
		t.Fatalf("%d municipalities: %+v", len(got), got)
	}
	for i, w := range want {
		m := got[i]
		if m.Name != w.name || m.Number != w.number || m.Population != w.pop || m.PopulationDate != "2024-01-01" || m.Standard != w.std || m.Council == "" {
			t.Errorf("municipality %d: %+v, want %+v", i, m, w)
		}
	}
	// Already in the plan: not offered again.
	ed.edit(-1)
	search := h.win.Canvas().Focused().(*widget.Entry)
	test.Type(search, "Seljord")
	if rows := uitest.FindAll[*widget.List](h.win.Canvas().Overlays().Top()); len(rows) != 1 || rows[0].Length() != 0 {
		t.Errorf("Seljord is offered a second time")
	}
	// Not in the register: allowed, and marked.
	p.Municipalities = append(p.Municipalities, planmodel.Municipality{Name: "Søgne", Number: "1018", Standard: planmodel.Bokmal})
	ed.refresh()
	if !strings.Contains(strings.Join(uitest.Texts(ed.rows), "|"), "Søgne") || strings.Count(strings.Join(uitest.Texts(ed.rows), "|"), "ikke i kommuneregisteret") != 1 {
		t.Errorf("rows: %s", strings.Join(uitest.Texts(ed.rows), "|"))
	}
}

// typeInto types text into the focused widget, then moves focus on with Tab.
func typeInto(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	f := w.Canvas().Focused()
	if f == nil {
		t.Fatalf("nothing has focus to type %q into", text)
	}
	if e, ok := f.(*widget.Entry); ok {
		e.SetText("")
	}
	test.Type(f, text)
	w.Canvas().FocusNext()
}

// The case system's header of a municipality's papers is entered in its
// dialog, below the other facts, and comes back when the dialog opens again.
func TestCaseSystemFieldsInTheMunicipalityDialog(t *testing.T) {
	h := openStage(t, "hallingdal", "expectations")
	ed := h.view.tool.(*municipalityEditor)
	field := func(d *widgets.FormDialog, k int) *widget.Entry {
		items := d.Form().Items
		return items[len(items)-7+k].Widget.(*widget.Entry) // the last seven: archive code … heading
	}
	d := ed.edit(0)
	field(d, 0).SetText(" U01 ")
	field(d, 6).SetText("Kommunedirektøren si tilråding")
	d.Submit()
	if d.Problem() != "" {
		t.Fatal(d.Problem())
	}
	got := h.plan.Municipalities[0].Papers
	if got.ArchiveCode != "U01" || got.Heading != "Kommunedirektøren si tilråding" {
		t.Errorf("papers after saving: %+v", got)
	}
	if again := field(ed.edit(0), 0).Text; again != "U01" {
		t.Errorf("archive code shown again as %q", again)
	}
}

package stages

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/internal/uitest"
	"regionplan/planmodel"
	"regionplan/report"
)

func TestDecisionEditorAndExport(t *testing.T) {
	h := openStage(t, "hallingdal", "structure")
	if _, ok := h.view.tool.(*decisionList); !ok {
		t.Fatalf("stage 5 has no decision list: %T", h.view.tool)
	}
	d := &h.plan.Decisions[0]
	e := newDecisionEditor(h, d.ID)
	ShowDecision(h, d.ID)

	// Mark Gol's council as having adopted it: the date is filled in.
	card := e.pathCard(h.plan.MunicipalityIndex("Gol"))
	selects := uitest.FindAll[*widget.Select](card)
	if len(selects) != 2 {
		t.Fatalf("%d status selects for Gol's two bodies", len(selects))
	}
	selects[1].SetSelected("Vedtatt")
	gol := d.Path(h.plan.IDOf("Gol"))
	if gol.Steps[1].Status != planmodel.CaseAdopted || gol.Steps[1].Decided == "" {
		t.Errorf("Gol's council after adopting: %+v", gol.Steps[1])
	}

	// Write drafts into a folder: a draft for each municipality and the overview.
	dir := t.TempDir()
	e.writeDrafts(dir)
	pdfs, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	all, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(pdfs) != 7 || len(h.written) != len(all) {
		t.Fatalf("%d of 7 PDFs written, %d files reported of %d", len(pdfs), len(h.written), len(all))
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*Gol.pdf"))
	if len(files) != 1 {
		t.Fatalf("Gol's draft: %v", files)
	}
	if info, err := os.Stat(files[0]); err != nil || info.Size() < 5000 {
		t.Errorf("Gol's draft is missing or tiny: %v", err)
	}

	if got := h.reload(); got.Decisions[0].Path(got.IDOf("Gol")).Steps[1].Status != planmodel.CaseAdopted {
		t.Error("the status was not saved")
	}
}

// Copy proposed decision puts the municipality's numbered decision on the
// clipboard, filled in, in its own written standard; the editor warns that
// the example's last year does not balance.
func TestCopyProposedDecision(t *testing.T) {
	h := openStage(t, "kristiansand", "structure")
	d := &h.plan.Decisions[0]
	e := newDecisionEditor(h, d.ID)
	iveland := h.plan.MunicipalityIndex("Iveland")
	for _, b := range uitest.FindAll[*widget.Button](e.pathCard(iveland)) {
		if b.Text == "Kopier forslag til vedtak" {
			test.Tap(b)
		}
	}
	got := fyne.CurrentApp().Clipboard().Content()
	for _, want := range []string{"Kommunedirektøren si tilråding\n1. Iveland kommune vedtek", "\n2. Iveland kommune bidreg med ", "\n3. "} {
		if !strings.Contains(got, want) {
			t.Errorf("the clipboard lacks %q: %q", want, got)
		}
	}
	warned := false
	for _, l := range uitest.FindAll[*widget.Label](e.warnings) {
		warned = warned || strings.Contains(l.Text, "Budsjettet for 2019 går ikke i balanse")
	}
	if !warned {
		t.Error("the editor does not warn that 2019 does not balance")
	}
}

// A text with a character the document font lacks is named in the
// decision editor, with its field, before export.
func TestEditorNamesUnprintableText(t *testing.T) {
	h := openStage(t, "hallingdal", "structure")
	h.plan.Measures[0].Title += " 🚀"
	e := newDecisionEditor(h, h.plan.Decisions[0].ID)
	found := false
	for _, l := range uitest.FindAll[*widget.Label](e.warnings) {
		found = found || strings.Contains(l.Text, "measures[0].title: Skrifttypen i dokumentene kan ikke skrive 🚀 (U+1F680)")
	}
	if !found {
		t.Error("the editor does not name the measure whose title has an emoji")
	}
}

// The decision editor lists the plan's texts that have no wording in a
// standard the documents use; typing one in gives the documents that text.
func TestEditorWordsTextsInTheOtherStandard(t *testing.T) {
	h := openStage(t, "kristiansand", "structure")
	e := newDecisionEditor(h, h.plan.Decisions[0].ID)
	entries := uitest.FindAll[*widget.Entry](wordingSection(h))
	if len(entries) == 0 || !uitest.ContainsCanvasText(e.content, "Tekster uten utgave på nynorsk") {
		t.Fatal("no list of texts without nynorsk")
	}
	before := len(report.UnwordedTexts(h.plan))
	entries[0].SetText("Kunnskapsgrunnlag og FoU-oppdrag på nynorsk")
	if after := len(report.UnwordedTexts(h.plan)); after != before-1 {
		t.Errorf("%d texts without nynorsk before, %d after wording one", before, after)
	}
}

// Decision editors opened one after another share the wording section,
// which lists the whole plan's texts, until a wording is typed: the next
// editor then lists the texts still without one.
func TestEditorsShareTheWordingSectionUntilAWordingIsTyped(t *testing.T) {
	h := openStage(t, "kristiansand", "structure")
	h.plan.Decisions = append(h.plan.Decisions, report.NewDecision(h.plan, planmodel.DecisionKinds[0], h.Now()))
	section := func(id string) fyne.CanvasObject {
		c := newDecisionEditor(h, id).content.(*fyne.Container).Objects[0].(*fyne.Container)
		return c.Objects[len(c.Objects)-1]
	}
	first := section(h.plan.Decisions[0].ID)
	if second := section(h.plan.Decisions[1].ID); second != first {
		t.Fatal("the second decision's editor builds the wording section anew")
	}
	entries := uitest.FindAll[*widget.Entry](first)
	if len(entries) < 2 {
		t.Fatalf("%d texts without nynorsk", len(entries))
	}
	entries[0].SetText("Kunnskapsgrunnlag og FoU-oppdrag på nynorsk")
	third := section(h.plan.Decisions[1].ID)
	if third == first {
		t.Fatal("the editor opened after a wording was typed shows the old section")
	}
	if n := len(uitest.FindAll[*widget.Entry](third)); n != len(entries)-1 {
		t.Errorf("%d texts listed after wording one of %d", n, len(entries))
	}
}

// The warnings over the whole plan follow typing after a pause, not at each
// keystroke: an emoji typed into the assessment is named once the
// countdown has run.
func TestEditorWarnsAfterAPauseInTyping(t *testing.T) {
	h := openStage(t, "hallingdal", "structure")
	d := &h.plan.Decisions[0]
	e := newDecisionEditor(h, d.ID)
	h.ShowPage(e.content)
	var assessment *widget.Entry
	for _, p := range uitest.FindAll[*widgets.Paragraphs](e.content) {
		if p.Text() == d.Texts[planmodel.Bokmal].Assessment {
			assessment = p.Editor()
			break
		}
	}
	if assessment == nil {
		t.Fatal("no field holds the assessment")
	}
	named := func() bool {
		return strings.Contains(uitest.RichText(e.warnings), "Skrifttypen i dokumentene kan ikke skrive 🚀")
	}
	test.Type(assessment, " 🚀")
	if !strings.Contains(d.Texts[planmodel.Bokmal].Assessment, " 🚀") {
		t.Fatalf("the text typed was not stored: %q", d.Texts[planmodel.Bokmal].Assessment)
	}
	if named() {
		t.Error("the warnings were refreshed at a keystroke, before the pause")
	}
	h.fireTimers()
	if !named() {
		t.Errorf("after the pause the emoji is not named: %q", uitest.RichText(e.warnings))
	}
}

// secondDecision adds a decision to the plan unlike the example's: another
// kind, its own texts, and paths of one and three bodies where the example's
// have two, so that the editor's rows come and go between the two.
func secondDecision(t *testing.T, h *testHost) string {
	t.Helper()
	d := report.NewDecision(h.plan, planmodel.DecisionFunding, h.Now())
	bm := d.Texts[planmodel.Bokmal]
	bm.Title, bm.Assessment = "Finansiering av fellestiltakene", "Kommunedirektøren anbefaler finansieringen."
	d.Texts[planmodel.Bokmal] = bm
	delete(d.Texts, planmodel.Nynorsk)
	d.Paths[0].ArchiveRef, d.Paths[0].CaseOfficer = "2027/99", "Kari Saksbehandler"
	d.Paths[0].Steps = append(d.Paths[0].Steps, planmodel.CaseStep{Body: "Kontrollutvalget", CaseNumber: "7/27", Meeting: "2027-02-03", Status: planmodel.CaseAdoptedChange, Decided: "2027-02-03"})
	d.Paths[1].Steps = d.Paths[1].Steps[:1]
	h.plan.Decisions = append(h.plan.Decisions, d)
	return d.ID
}

// keptEditor shows the example's decision (its ID a) in the editor the host
// keeps, with a second decision (b) in the plan.
func keptEditor(t *testing.T) (h *testHost, a, b string, e *decisionEditor) {
	t.Helper()
	h = openStage(t, "hallingdal", "structure")
	a = h.plan.Decisions[0].ID
	b = secondDecision(t, h)
	ShowDecision(h, a)
	if e = lastEditor.Value(); e == nil {
		t.Fatal("no editor is kept")
	}
	return h, a, b, e
}

// editorState lists what a decision editor shows, field by field: every
// entry's text, cursor, selection and whether it can be typed into, every
// choice made and every label, and its notes.
func editorState(e *decisionEditor) []string {
	var out []string
	uitest.Walk(e.content, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Entry:
			out = append(out, fmt.Sprintf("entry %q at %d:%d selected %q disabled %v", w.Text, w.CursorRow, w.CursorColumn, w.SelectedText(), w.Disabled()))
		case *widgets.Paragraphs:
			en := w.Editor()
			out = append(out, fmt.Sprintf("paragraphs %q at %d:%d selected %q disabled %v focused %v", w.Text(), en.CursorRow, en.CursorColumn, en.SelectedText(), w.Disabled(), w.Focused()))
		case *widget.Select:
			out = append(out, fmt.Sprintf("choice %q", w.Selected))
		case *widget.Label:
			out = append(out, "label "+w.Text)
		}
	})
	return append(out, uitest.Texts(e.warnings)...)
}

// sameAsNew fails the test when the kept editor e, now showing the decision
// with the given ID, shows anything an editor built for it would not.
func sameAsNew(t *testing.T, h *testHost, e *decisionEditor, id string) {
	t.Helper()
	got, want := editorState(e), editorState(newDecisionEditor(h, id))
	if len(got) != len(want) {
		t.Errorf("the kept editor shows %d fields and labels, a new one %d", len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Errorf("the kept editor shows %s where a new one shows %s", got[i], want[i])
		}
	}
}

// entryHolding returns the editor's entry whose text is text.
func entryHolding(t *testing.T, e *decisionEditor, text string) *widget.Entry {
	t.Helper()
	for _, en := range uitest.FindAll[*widget.Entry](e.content) {
		if en.Text == text {
			return en
		}
	}
	t.Fatalf("no field holds %q", text)
	return nil
}

// A plan screen keeps one decision editor and shows each decision opened in
// it. What was typed, selected or could be undone in one decision must not
// show in the next, and typing in the next must never change the first.
func TestKeptEditorShowsTheDecisionOpenedAsANewEditorWould(t *testing.T) {
	h, a, b, e := keptEditor(t)
	// In A: type into the bokmål title and the first body, leave the
	// proposed decision selected and the summary with the keyboard.
	da := h.plan.Decision(a)
	title := entryHolding(t, e, da.Texts[planmodel.Bokmal].Title)
	h.win.Canvas().Focus(title)
	test.Type(title, "Endret: ")
	body := entryHolding(t, e, "Formannskapet")
	test.Type(body, "Gol ")
	points := func(d *planmodel.Decision) string { return strings.Join(d.Texts[planmodel.Bokmal].Points, "\n") }
	entryHolding(t, e, points(da)).TypedShortcut(&fyne.ShortcutSelectAll{})
	h.win.Canvas().Focus(title)
	h.fireTimers()
	test.Type(title, "Nå ") // a countdown to the warnings is running when B opens
	var summary *widgets.Paragraphs
	for _, p := range uitest.FindAll[*widgets.Paragraphs](e.content) {
		if p.Text() == da.Texts[planmodel.Bokmal].Summary {
			summary = p
		}
	}
	summary.Edit(0)

	for _, f := range []fyne.Focusable{summary.Editor(), title} {
		if f == title {
			h.win.Canvas().Focus(title)
		}
		e.show(b) // as ShowDecision, but the test window's SetContent would take the keyboard away itself
		if f := h.win.Canvas().Focused(); f != nil {
			t.Errorf("a field keeps the keyboard after opening another decision: %T", f)
		}
	}
	ShowDecision(h, b)
	if lastEditor.Value() != e {
		t.Fatal("the second decision was shown in a new editor")
	}
	sameAsNew(t, h, e, b)
	proposed := entryHolding(t, e, points(h.plan.Decision(b)))
	proposed.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if proposed.CursorColumn != 1 {
		t.Errorf("→ in the proposed decision, selected in the first decision, moved the cursor to %d, not 1", proposed.CursorColumn)
	}
	for _, tm := range h.timers {
		if tm.running {
			t.Error("the countdown started while typing in the first decision still runs")
		}
	}
	wantA := asJSON(t, h.plan.Decision(a))
	db := h.plan.Decision(b)
	if title.Text != db.Texts[planmodel.Bokmal].Title {
		t.Fatalf("the title field shows %q, not the second decision's", title.Text)
	}
	title.TypedShortcut(&fyne.ShortcutUndo{})
	if title.Text != db.Texts[planmodel.Bokmal].Title {
		t.Errorf("undo in the second decision's title brought back %q", title.Text)
	}

	// Typing in B changes B, never A.
	test.Type(title, "2027: ")
	test.Type(entryHolding(t, e, "Kontrollutvalget"), "Revisjonen og ")
	if got := db.Texts[planmodel.Bokmal].Title; got != "2027: Finansiering av fellestiltakene" {
		t.Errorf("the second decision's title is %q", got)
	}
	if got := db.Paths[0].Steps[2].Body; got != "Revisjonen og Kontrollutvalget" {
		t.Errorf("the second decision's third body is %q", got)
	}
	if got := asJSON(t, h.plan.Decision(a)); got != wantA {
		t.Errorf("typing in the second decision changed the first: %s, was %s", got, wantA)
	}
	if got := h.plan.Decision(a).Texts[planmodel.Bokmal].Title; !strings.HasPrefix(got, "Endret: Nå Revidert") {
		t.Errorf("what was typed in the first decision was lost: %q", got)
	}

	// Back to A: its texts and paths, as typed.
	ShowDecision(h, a)
	sameAsNew(t, h, e, a)
	if got := uitest.FindAll[*widget.Entry](e.pathCard(1))[2].Text; got != "Formannskapet" {
		t.Errorf("the first decision's second path shows %q for its first body", got)
	}
}

// A municipality added between two openings of the kept editor gets its
// path card; one removed loses its card.
func TestKeptEditorFollowsTheMunicipalities(t *testing.T) {
	h, a, b, e := keptEditor(t)
	h.plan.Municipalities = append(h.plan.Municipalities, planmodel.Municipality{ID: "m-krodsherad", Name: "Krødsherad", Number: "3046", Standard: planmodel.Bokmal})
	ShowDecision(h, b)
	if n, want := len(e.paths.Objects), len(h.plan.Municipalities); n != want {
		t.Fatalf("%d path cards for %d municipalities", n, want)
	}
	if !uitest.ContainsText(uitest.Texts(e.paths.Objects[len(e.paths.Objects)-1]), "Krødsherad") {
		t.Errorf("the last card is not the new municipality's: %q", uitest.Texts(e.paths.Objects[len(e.paths.Objects)-1]))
	}
	sameAsNew(t, h, e, b)
	h.plan.Municipalities = h.plan.Municipalities[1:]
	ShowDecision(h, a)
	if n, want := len(e.paths.Objects), len(h.plan.Municipalities); n != want {
		t.Fatalf("%d path cards for %d municipalities after one left", n, want)
	}
	sameAsNew(t, h, e, a)
}

// A decision deleted in the kept editor cannot be opened again; another
// opens in the same editor and stores what is typed in it.
func TestKeptEditorAfterADecisionIsDeleted(t *testing.T) {
	h, a, b, e := keptEditor(t)
	test.Type(entryHolding(t, e, h.plan.Decision(a).Texts[planmodel.Bokmal].Title), "!")
	e.onDeleteConfirmed(true)
	if h.plan.Decision(a) != nil || h.page != nil {
		t.Fatal("the decision was not deleted, or the editor is still shown")
	}
	ShowDecision(h, a)
	if h.page != nil {
		t.Fatal("the deleted decision was opened")
	}
	ShowDecision(h, b)
	if lastEditor.Value() != e || h.page == nil {
		t.Fatal("the other decision was not shown in the kept editor")
	}
	sameAsNew(t, h, e, b)
	test.Type(entryHolding(t, e, "Kari Saksbehandler"), "Saksbehandler ")
	if got := h.plan.Decision(b).Paths[0].CaseOfficer; got != "Saksbehandler Kari Saksbehandler" {
		t.Errorf("the officer typed was stored as %q", got)
	}
	h.fireTimers()
	if got, want := uitest.Texts(e.warnings), uitest.Texts(newDecisionEditor(h, b).warnings); !slices.Equal(got, want) {
		t.Errorf("the notes after typing are %q, not the decision's %q", got, want)
	}
}

// asJSON is d as stored.
func asJSON(t *testing.T, d *planmodel.Decision) string {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

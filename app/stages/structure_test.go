package stages

import (
	"os"
	"path/filepath"
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

package stages

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"regionplan/internal/uitest"
	"regionplan/planmodel"
)

// row returns the checklist row of the item with the given ID.
func (v *View) row(t *testing.T, id string) *itemRow {
	t.Helper()
	for _, r := range v.items {
		if r.item.ID == id {
			return r
		}
	}
	t.Fatalf("no checklist row %s", id)
	return nil
}

// A knowledge source marked done in the stage's tool makes the checklist
// suggest "Make knowledge the foundation" with the source named; one click
// ticks it with the evidence as its note, and nothing is ticked before.
func TestToolDataSuggestsAChecklistTick(t *testing.T) {
	h := newTestHost(t, "hallingdal")
	for i := range h.plan.Sources {
		h.plan.Sources[i].Status = planmodel.SourceInProgress
	}
	h.ShowStage("knowledge", TabTool)
	r := h.view.row(t, "knowledge.foundation")
	if r.suggestion.Visible() {
		t.Fatalf("a suggestion with no source done: %q", r.evidence.Text)
	}

	before := h.view.checklistTab.Text
	tool := h.view.tool.(*knowledgeTool)
	d := tool.sources.Edit(0)
	d.Form().Items[4].Widget.(*widget.Select).SetSelected("Ferdig")
	submitted(t, d)
	if !r.suggestion.Visible() || !strings.Contains(r.evidence.Text, h.plan.Sources[0].Title) {
		t.Fatalf("no suggestion naming the source done: visible %v, %q", r.suggestion.Visible(), r.evidence.Text)
	}
	if h.plan.Item("knowledge.foundation").Status != planmodel.Open || r.done.Checked {
		t.Fatal("the item was ticked behind the user's back")
	}
	if before != "Sjekkliste (0/9), 6 å krysse av" || h.view.checklistTab.Text != "Sjekkliste (0/9), 7 å krysse av" {
		t.Errorf("the checklist tab says %q, then %q", before, h.view.checklistTab.Text)
	}

	test.Tap(uitest.FindButton(t, r.content, "Kryss av"))
	st := h.reload().Item("knowledge.foundation")
	if st.Status != planmodel.Done || !strings.Contains(st.Note, h.plan.Sources[0].Title) {
		t.Errorf("after one click the item is %+v", st)
	}
	if r.suggestion.Visible() || !r.done.Checked {
		t.Error("the suggestion stays beside a ticked item")
	}
}

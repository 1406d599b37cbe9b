package stages

import (
	"testing"

	"fyne.io/fyne/v2/widget"

	"regionplan/planmodel"
)

// TestMeasureStatusPerYear records a measure's status and progress for the
// year the form edits (this year, within the period: 2019 for the example)
// and checks that the earlier years' progress is kept, also when another
// measure is edited without touching it.
func TestMeasureStatusPerYear(t *testing.T) {
	h, tool := openResources(t, "kristiansand")
	p := h.plan
	k := 1 // Smartskog, with progress for 2015–2017
	before := len(p.Measures[k].Progress)
	d := tool.measures.edit(k)
	items := d.Form().Items
	status, note := items[len(items)-2].Widget.(*widget.Select), items[len(items)-1].Widget.(*widget.Entry)
	if items[len(items)-2].Text != "Status i 2019" {
		t.Fatalf("the form edits %q", items[len(items)-2].Text)
	}
	status.SetSelected(measureStatusName(planmodel.MeasureDone))
	note.SetText("Overlevert til næringa")
	submitted(t, d)
	submitted(t, tool.measures.edit(0)) // unchanged
	q := h.reload()
	m := q.Measures[k]
	if pr, ok := m.ProgressIn(2019); len(m.Progress) != before+1 || !ok || pr.Status != planmodel.MeasureDone || pr.Note != "Overlevert til næringa" {
		t.Errorf("Smartskog's progress: %+v", m.Progress)
	}
	if len(q.Measures[0].Progress) != len(p.Measures[0].Progress) || len(q.Measures[0].Progress) == 0 {
		t.Errorf("editing a measure lost its progress: %+v", q.Measures[0].Progress)
	}
}

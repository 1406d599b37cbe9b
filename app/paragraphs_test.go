package app

import (
	"testing"
	"time"

	"regionplan/app/stages"
	"regionplan/app/widgets"
	"regionplan/examples"
	"regionplan/internal/uitest"
	"regionplan/storage"
)

// In a plan file opened read-only, the decision editor's prose fields
// (summary, background, assessment) are disabled: typed keys change nothing.
func TestReadOnlyPlanDecisionTextsCannotBeTypedInto(t *testing.T) {
	p, _ := examples.Plan("hallingdal", time.Now())
	_, ps := openReadOnlyStore(t, func(t *testing.T) (*storage.Store, string) { return readOnlyStoreOf(t, p) })
	stages.ShowDecision(ps, p.Decisions[0].ID)
	fields := uitest.FindAll[*widgets.Paragraphs](ps.body)
	if len(fields) != 6 { // three in bokmål, three in nynorsk
		t.Fatalf("%d prose fields in the decision editor, want 6", len(fields))
	}
	for _, f := range fields {
		before := f.Text()
		f.Editor().TypedRune('x')
		if !f.Disabled() || f.Text() != before {
			t.Errorf("the field holding %.30q can be typed into", before)
		}
	}
}

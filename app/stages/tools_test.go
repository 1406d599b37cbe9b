package stages

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/internal/uitest"
	"regionplan/planmodel"
)

func TestTrustToolAddsAnAssessment(t *testing.T) {
	h := openStage(t, "hallingdal", "trust")
	tool := h.view.tool.(*trustTool)
	if !uitest.ContainsText(uitest.Texts(tool.content), "ikke en validert undersøkelse") || !uitest.ContainsText(uitest.Texts(tool.content), "Falt fra 3,7 til 2,3") {
		t.Errorf("the trust tool lacks its note or its warning: %q", uitest.Texts(tool.content))
	}
	d := tool.list.Edit(-1)
	d.Form().Items[0].Widget.(*widget.Entry).SetText("01.03.2016")
	d.Form().Items[1].Widget.(*widget.Select).SetSelected("Flå")
	for _, r := range uitest.FindAll[*widget.RadioGroup](d.Form()) {
		r.SetSelected(r.Options[1]) // 2
	}
	submitted(t, d)
	if n := len(h.plan.Trust); n != 7 {
		t.Fatalf("%d assessments, want 7", n)
	}
	p := h.reload()
	a := p.Trust[6]
	if a.Date != "2016-03-01" || p.NameOf(a.Municipality) != "Flå" || a.Group != "" || len(a.Answers) != len(planmodel.TrustStatements) || a.Answers["framework.roles"] != 2 {
		t.Errorf("assessment after reopening: %+v", a)
	}
}

func TestTrustToolRefusesAnAssessmentForNobody(t *testing.T) {
	h := openStage(t, "kristiansand", "trust")
	d := h.view.tool.(*trustTool).list.Edit(-1)
	d.Form().Items[1].Widget.(*widget.Select).ClearSelected()
	d.Submit()
	if d.Problem() != "Velg hvem vurderingen gjelder: én kommune eller én gruppe." {
		t.Errorf("message %q", d.Problem())
	}
}

func TestKnowledgeToolAddsSourceAreaAndStrength(t *testing.T) {
	h := openStage(t, "hallingdal", "knowledge")
	tool := h.view.tool.(*knowledgeTool)
	if !uitest.ContainsText(uitest.Texts(tool.content), "Flå har ikke nytte av noen av innsatsområdene") {
		t.Error("no warning for Flå, which gains from no action area")
	}

	d := tool.sources.Edit(-1)
	d.Form().Items[0].Widget.(*widget.Entry).SetText("Spørreundersøkelse blant bedriftene")
	d.Form().Items[1].Widget.(*widget.Select).SetSelected("Spørreundersøkelse")
	d.Form().Items[3].Widget.(*widget.Entry).SetText("15.4.2016")
	submitted(t, d)

	// Flå gains indirectly from a new area, and the warning goes.
	a := tool.areas.Edit(-1)
	a.Form().Items[0].Widget.(*widget.Entry).SetText("Handel langs riksveien")
	a.Form().Items[2].Widget.(*widget.Select).SetSelected("Indirekte") // Flå is the first municipality
	submitted(t, a)
	if uitest.ContainsText(uitest.Texts(tool.content), "Flå har ikke nytte") {
		t.Error("the warning for Flå stayed")
	}

	entry := uitest.FindAll[*widget.Entry](tool.matrix)
	test.Type(entry[len(entry)-1], "Luftambulanse")
	entry[len(entry)-1].OnSubmitted("")
	checks := uitest.FindAll[*widget.Check](tool.matrix)
	test.Tap(checks[len(checks)-2]) // Ål, the fifth of six columns

	p := h.reload()
	if s := p.Sources[len(p.Sources)-1]; s.Title != "Spørreundersøkelse blant bedriftene" || s.Kind != planmodel.SourceSurvey || s.Date != "2016-04-15" {
		t.Errorf("source after reopening: %+v", s)
	}
	if a := p.ActionAreas[len(p.ActionAreas)-1]; a.Benefits[p.IDOf("Flå")] != planmodel.BenefitIndirect || a.Benefits[p.IDOf("Gol")] != planmodel.BenefitNone {
		t.Errorf("action area after reopening: %+v", a)
	}
	if s := p.Strengths[len(p.Strengths)-1]; s.Task != "Luftambulanse" || len(s.Municipalities) != 1 || p.NameOf(s.Municipalities[0]) != "Ål" {
		t.Errorf("strength after reopening: %+v", s)
	}
}

func TestParticipationToolAddsWorkshopAndSWOTPoint(t *testing.T) {
	h := openStage(t, "kristiansand", "participation")
	tool := h.view.tool.(*participationTool)
	d := tool.workshops.Edit(-1)
	d.Form().Items[0].Widget.(*widget.Entry).SetText("Verksted i Iveland")
	d.Form().Items[1].Widget.(*widget.Entry).SetText("20.10.2016")
	for _, c := range uitest.FindAll[*widget.Check](d.Form()) {
		if c.Text == "Innvandrere" || c.Text == "Eldre" {
			test.Tap(c)
		}
	}
	submitted(t, d)

	tool.showBoard(2)
	entries := uitest.FindAll[*widget.Entry](tool.board)
	if len(entries) != 4 {
		t.Fatalf("the SWOT board has %d fields, want 4", len(entries))
	}
	test.Type(entries[3], "Lang reisevei")
	entries[3].OnSubmitted("")

	p := h.reload()
	w := p.Workshops[2]
	if w.Title != "Verksted i Iveland" || w.Date != "2016-10-20" || len(w.Participants) != 2 || w.Participants[0] != planmodel.ParticipantElderly {
		t.Errorf("workshop after reopening: %+v", w)
	}
	if len(w.SWOT.Threats) != 1 || w.SWOT.Threats[0] != "Lang reisevei" {
		t.Errorf("SWOT after reopening: %+v", w.SWOT)
	}
}

// In a live workshop points follow each other fast: after Enter the field
// is empty and still has the focus, so the next point is a point of its own.
func TestSWOTEntryEmptiesAfterEnter(t *testing.T) {
	h := openStage(t, "kristiansand", "participation")
	h.ShowStage("participation", TabTool)
	tool := h.view.tool.(*participationTool)
	tool.showBoard(0)
	first := uitest.FindAll[*widget.Entry](tool.board)[0]
	h.win.Canvas().Focus(first)
	before := len(h.plan.Workshops[0].SWOT.Strengths)
	for _, point := range []string{"Sterk natur og kulturarv", "Mange hytter"} {
		f, ok := h.win.Canvas().Focused().(*widget.Entry)
		if !ok {
			t.Fatalf("no field has the focus for %q", point)
		}
		test.Type(f, point)
		f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if f.Text != "" {
			t.Errorf("after Enter the field still says %q", f.Text)
		}
	}
	got := h.plan.Workshops[0].SWOT.Strengths[before:]
	if len(got) != 2 || got[0] != "Sterk natur og kulturarv" || got[1] != "Mange hytter" {
		t.Errorf("points added: %q", got)
	}
	if !uitest.ContainsText(uitest.Texts(tool.board), "• Mange hytter") {
		t.Errorf("the new point is not shown")
	}
}

func TestCommunicationToolAddsStakeholderAndActivity(t *testing.T) {
	h := openStage(t, "hallingdal", "communication")
	tool := h.view.tool.(*communicationTool)
	before := len(uitest.FindAll[*canvas.Circle](tool.chart))
	d := tool.stakeholders.Edit(-1)
	d.Form().Items[0].Widget.(*widget.Entry).SetText("Hyttefolket")
	power, interest := d.Form().Items[1].Widget.(*widget.RadioGroup), d.Form().Items[2].Widget.(*widget.RadioGroup)
	power.SetSelected("2")
	interest.SetSelected("5 – mye")
	test.Tap(d.Form().Items[5].Widget.(*widget.Check))
	submitted(t, d)
	if after := len(uitest.FindAll[*canvas.Circle](tool.chart)); after != before+1 {
		t.Errorf("the chart has %d dots after adding one to %d", after, before)
	}
	a := tool.activities.Edit(-1)
	a.Form().Items[0].Widget.(*widget.Entry).SetText("01.12.2015")
	a.Form().Items[1].Widget.(*widget.Entry).SetText("Innlegg på Facebook")
	a.Form().Items[2].Widget.(*widget.Select).SetSelected("Sosiale medier")
	submitted(t, a)

	p := h.reload()
	s := p.Stakeholders[len(p.Stakeholders)-1]
	if s.Name != "Hyttefolket" || s.Power != 2 || s.Interest != 5 || !s.Ambassador {
		t.Errorf("stakeholder after reopening: %+v", s)
	}
	// Activities are kept in date order: the new one falls between the two of the example.
	if a := p.Activities[1]; a.Title != "Innlegg på Facebook" || a.Channel != planmodel.ChannelSocialMedia || a.Done {
		t.Errorf("activities after reopening: %+v", p.Activities)
	}
}

func TestRenamingAMunicipalityFollowsItsReferences(t *testing.T) {
	h := openStage(t, "hallingdal", "expectations")
	ed := h.view.tool.(*municipalityEditor)
	d := ed.edit(0)
	d.Form().Items[0].Widget.(*widget.Entry).SetText("Flå kommune")
	d.Form().Items[8].Widget.(*widget.Entry).SetText("Handel og hytter")
	submitted(t, d)
	p := h.reload()
	if err := p.Validate(); err != nil {
		t.Fatalf("plan after renaming: %v", err)
	}
	if p.Municipalities[0].Expectation != "Handel og hytter" || p.NameOf(p.Strengths[0].Municipalities[0]) != "Flå kommune" {
		t.Errorf("rename not followed: %+v, %+v", p.Municipalities[0], p.Strengths[0])
	}
}

// submitted confirms the dialog and fails the test when it refuses.
func submitted(t *testing.T, d *widgets.FormDialog) {
	t.Helper()
	d.Submit()
	if p := d.Problem(); p != "" {
		t.Fatalf("the dialog refused: %s", p)
	}
}

// A goal with nothing measured since its baseline has no pace, so stage 6
// does not call it over-ambitious; a measurement that shows a slow pace does.
func TestOverAmbitiousNeedsAMeasurement(t *testing.T) {
	h := openStage(t, "hallingdal", "political-shifts")
	tool := h.view.tool.(*politicalTool)
	base, target := 100.0, 300.0
	g := planmodel.Goal{Title: "Tredobling av nye bedrifter", Indicator: "nye bedrifter", Baseline: &base, BaseYear: 2026, Target: &target, Deadline: 2029}
	h.plan.Goals = append(h.plan.Goals, g)
	tool.refresh()
	if text := uitest.RichText(tool.warnings); strings.Contains(text, "«Tredobling av nye bedrifter» ser for ambisiøst ut") {
		t.Errorf("over-ambitious without a measurement: %q", text)
	}
	last := &h.plan.Goals[len(h.plan.Goals)-1]
	last.Measurements = []planmodel.Measurement{{Year: 2027, Value: 105}}
	tool.refresh()
	if text := uitest.RichText(tool.warnings); !strings.Contains(text, "«Tredobling av nye bedrifter» ser for ambisiøst ut") {
		t.Errorf("not over-ambitious at 5 a year towards 200 more in two: %q", text)
	}
}

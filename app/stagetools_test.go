package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"regionplan/planmodel"
)

// openStage opens a fresh copy of the example and shows the stage with the given id.
func openStage(t *testing.T, example, stageID string) (*UI, string) {
	t.Helper()
	u, path := newTestUI(t)
	u.addExample(example)
	u.plan.selectStage(u.guide.StageIndex(stageID))
	if u.plan.view == nil || u.plan.view.tool == nil {
		t.Fatalf("stage %s shows no tool", stageID)
	}
	return u, path
}

// reload closes the window's plan and reads it back from the file.
func reload(t *testing.T, u *UI, path string) *planmodel.Plan {
	t.Helper()
	id := u.plan.plan.ID
	s := reopen(t, u, path)
	p, err := s.Load(id)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// widgets returns every widget of type W inside o, in order.
func widgets[W fyne.CanvasObject](o fyne.CanvasObject) []W {
	var out []W
	walk(o, func(o fyne.CanvasObject) {
		if w, ok := o.(W); ok {
			out = append(out, w)
		}
	})
	return out
}

func submitted(t *testing.T, d *formDialog) {
	t.Helper()
	d.submit()
	if d.errMsg.Visible() {
		t.Fatalf("the dialog refused: %s", d.errMsg.Text)
	}
}

func TestTrustToolAddsAnAssessment(t *testing.T) {
	u, path := openStage(t, "hallingdal", "trust")
	tool := u.plan.view.tool.(*trustTool)
	if !containsText(texts(tool.content), "ikke en validert undersøkelse") || !containsText(texts(tool.content), "Falt fra 3,7 til 2,3") {
		t.Errorf("the trust tool lacks its note or its warning: %q", texts(tool.content))
	}
	d := tool.list.edit(-1)
	d.form.Items[0].Widget.(*widget.Entry).SetText("01.03.2016")
	d.form.Items[1].Widget.(*widget.Select).SetSelected("Flå")
	for _, r := range widgets[*widget.RadioGroup](d.form) {
		r.SetSelected("2")
	}
	submitted(t, d)
	if n := len(u.plan.plan.Trust); n != 7 {
		t.Fatalf("%d assessments, want 7", n)
	}
	p := reload(t, u, path)
	a := p.Trust[6]
	if a.Date != "2016-03-01" || a.Municipality != "Flå" || a.Group != "" || len(a.Answers) != len(planmodel.TrustStatements) || a.Answers["framework.roles"] != 2 {
		t.Errorf("assessment after reopening: %+v", a)
	}
}

func TestTrustToolRefusesAnAssessmentForNobody(t *testing.T) {
	u, _ := openStage(t, "kristiansand", "trust")
	d := u.plan.view.tool.(*trustTool).list.edit(-1)
	d.form.Items[1].Widget.(*widget.Select).ClearSelected()
	d.submit()
	if !d.errMsg.Visible() || d.errMsg.Text != "Velg hvem vurderingen gjelder: én kommune eller én gruppe." {
		t.Errorf("message %q", d.errMsg.Text)
	}
}

func TestKnowledgeToolAddsSourceAreaAndStrength(t *testing.T) {
	u, path := openStage(t, "hallingdal", "knowledge")
	tool := u.plan.view.tool.(*knowledgeTool)
	if !containsText(texts(tool.content), "Flå har ikke nytte av noen av innsatsområdene") {
		t.Error("no warning for Flå, which gains from no action area")
	}

	d := tool.sources.edit(-1)
	d.form.Items[0].Widget.(*widget.Entry).SetText("Spørreundersøkelse blant bedriftene")
	d.form.Items[1].Widget.(*widget.Select).SetSelected("Spørreundersøkelse")
	d.form.Items[3].Widget.(*widget.Entry).SetText("15.4.2016")
	submitted(t, d)

	// Flå gains indirectly from a new area, and the warning goes.
	a := tool.areas.edit(-1)
	a.form.Items[0].Widget.(*widget.Entry).SetText("Handel langs riksveien")
	a.form.Items[2].Widget.(*widget.Select).SetSelected("Indirekte") // Flå is the first municipality
	submitted(t, a)
	if containsText(texts(tool.content), "Flå har ikke nytte") {
		t.Error("the warning for Flå stayed")
	}

	entry := widgets[*widget.Entry](tool.matrix)
	test.Type(entry[len(entry)-1], "Luftambulanse")
	entry[len(entry)-1].OnSubmitted("")
	checks := widgets[*widget.Check](tool.matrix)
	test.Tap(checks[len(checks)-2]) // Ål, the fifth of six columns

	p := reload(t, u, path)
	if s := p.Sources[len(p.Sources)-1]; s.Title != "Spørreundersøkelse blant bedriftene" || s.Kind != planmodel.SourceSurvey || s.Date != "2016-04-15" {
		t.Errorf("source after reopening: %+v", s)
	}
	if a := p.ActionAreas[len(p.ActionAreas)-1]; a.Benefits["Flå"] != planmodel.BenefitIndirect || a.Benefits["Gol"] != planmodel.BenefitNone {
		t.Errorf("action area after reopening: %+v", a)
	}
	if s := p.Strengths[len(p.Strengths)-1]; s.Task != "Luftambulanse" || len(s.Municipalities) != 1 || s.Municipalities[0] != "Ål" {
		t.Errorf("strength after reopening: %+v", s)
	}
}

func TestParticipationToolAddsWorkshopAndSWOTPoint(t *testing.T) {
	u, path := openStage(t, "kristiansand", "participation")
	tool := u.plan.view.tool.(*participationTool)
	d := tool.workshops.edit(-1)
	d.form.Items[0].Widget.(*widget.Entry).SetText("Verksted i Iveland")
	d.form.Items[1].Widget.(*widget.Entry).SetText("20.10.2016")
	for _, c := range widgets[*widget.Check](d.form) {
		if c.Text == "Innvandrere" || c.Text == "Eldre" {
			test.Tap(c)
		}
	}
	submitted(t, d)

	tool.showBoard(2)
	entries := widgets[*widget.Entry](tool.board)
	if len(entries) != 4 {
		t.Fatalf("the SWOT board has %d fields, want 4", len(entries))
	}
	test.Type(entries[3], "Lang reisevei")
	entries[3].OnSubmitted("")

	p := reload(t, u, path)
	w := p.Workshops[2]
	if w.Title != "Verksted i Iveland" || w.Date != "2016-10-20" || len(w.Participants) != 2 || w.Participants[0] != planmodel.ParticipantElderly {
		t.Errorf("workshop after reopening: %+v", w)
	}
	if len(w.SWOT.Threats) != 1 || w.SWOT.Threats[0] != "Lang reisevei" {
		t.Errorf("SWOT after reopening: %+v", w.SWOT)
	}
}

func TestCommunicationToolAddsStakeholderAndActivity(t *testing.T) {
	u, path := openStage(t, "hallingdal", "communication")
	tool := u.plan.view.tool.(*communicationTool)
	before := len(widgets[*canvas.Circle](tool.chart))
	d := tool.stakeholders.edit(-1)
	d.form.Items[0].Widget.(*widget.Entry).SetText("Hyttefolket")
	d.form.Items[1].Widget.(*widget.RadioGroup).SetSelected("2")
	d.form.Items[2].Widget.(*widget.RadioGroup).SetSelected("5")
	test.Tap(d.form.Items[5].Widget.(*widget.Check))
	submitted(t, d)
	if after := len(widgets[*canvas.Circle](tool.chart)); after != before+1 {
		t.Errorf("the chart has %d dots after adding one to %d", after, before)
	}
	a := tool.activities.edit(-1)
	a.form.Items[0].Widget.(*widget.Entry).SetText("01.12.2015")
	a.form.Items[1].Widget.(*widget.Entry).SetText("Innlegg på Facebook")
	a.form.Items[2].Widget.(*widget.Select).SetSelected("Sosiale medier")
	submitted(t, a)

	p := reload(t, u, path)
	s := p.Stakeholders[len(p.Stakeholders)-1]
	if s.Name != "Hyttefolket" || s.Power != 2 || s.Interest != 5 || !s.Ambassador {
		t.Errorf("stakeholder after reopening: %+v", s)
	}
	// Activities are kept in date order: the new one falls between the two of the example.
	if a := p.Activities[1]; a.Title != "Innlegg på Facebook" || a.Channel != planmodel.ChannelSocialMedia || a.Done {
		t.Errorf("activities after reopening: %+v", p.Activities)
	}
}

func TestSignalsPanelOpensTheStage(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("hallingdal")
	ps := u.plan
	if got := ps.signals.Text; got != "Varselsignaler (7)" {
		t.Errorf("side-bar button %q", got)
	}
	test.Tap(ps.signals)
	if ps.stage != signalsView {
		t.Fatalf("showing %d, want the signals", ps.stage)
	}
	body := ps.body.Objects[0]
	for _, want := range []string{"Tilliten faller", "Gjelder: Forankring", "Gjelder: Flå, Nes", "Verksteder uten oppfølging", "Gjelder: Hallingtinget: tillit og samarbeid etter valget"} {
		if !containsText(texts(body), want) {
			t.Errorf("the signals panel lacks %q", want)
		}
	}
	for _, b := range widgets[*widget.Button](body) {
		if b.Text == "Gå til 4. Medvirkning" {
			test.Tap(b)
		}
	}
	if ps.stage != 3 {
		t.Errorf("after the button, stage %d is shown, want 3", ps.stage)
	}

	// Recording the follow-up removes the signal and updates the count.
	ps.plan.Workshops[0].FollowUp = "Referat sendt"
	ps.Changed()
	if got := ps.signals.Text; got != "Varselsignaler (6)" {
		t.Errorf("after the follow-up, side-bar button %q", got)
	}
}

func TestRenamingAMunicipalityFollowsItsReferences(t *testing.T) {
	u, path := newTestUI(t)
	u.addExample("hallingdal")
	ed := u.plan.view.tool.(*municipalityEditor)
	d := ed.edit(0)
	d.form.Items[0].Widget.(*widget.Entry).SetText("Flå kommune")
	d.form.Items[8].Widget.(*widget.Entry).SetText("Handel og hytter")
	submitted(t, d)
	p := reload(t, u, path)
	if err := p.Validate(); err != nil {
		t.Fatalf("plan after renaming: %v", err)
	}
	if p.Municipalities[0].Expectation != "Handel og hytter" || p.Strengths[0].Municipalities[0] != "Flå kommune" {
		t.Errorf("rename not followed: %+v, %+v", p.Municipalities[0], p.Strengths[0])
	}
}

func TestChartsRender(t *testing.T) {
	test.NewTempApp(t)
	points := []planmodel.TrustPoint{{Date: "2015-06-11", Score: 3.7}, {Date: "2015-11-03", Score: 2.3}, {Date: "2016-03-01", Score: 4}}
	c := newTrendChart(points)
	w := test.NewWindow(c)
	defer w.Close()
	w.Resize(fyne.NewSize(300, 160))
	dots := widgets[*canvas.Circle](c)
	lines := widgets[*canvas.Line](c)
	if len(dots) != 3 || len(lines) != 5+2 {
		t.Fatalf("%d dots and %d lines, want 3 and 7", len(dots), len(lines))
	}
	if !(dots[1].Position().Y > dots[0].Position().Y && dots[2].Position().Y < dots[0].Position().Y) {
		t.Errorf("dots do not follow the scores: %v %v %v", dots[0].Position(), dots[1].Position(), dots[2].Position())
	}
	if !(dots[0].Position().X < dots[1].Position().X && dots[1].Position().X < dots[2].Position().X) {
		t.Error("dots are not in time order")
	}
	if !containsCanvasText(c, "11.06.2015") || !containsCanvasText(c, "01.03.2016") {
		t.Error("the first and last dates are not written")
	}
	for _, o := range c.objects {
		if o.Position().X < 0 || o.Position().Y < 0 || o.Position().X > 300 || o.Position().Y > 160 {
			t.Errorf("an object lies outside the chart at %v", o.Position())
		}
	}

	empty := newTrendChart(nil)
	test.NewWindow(empty).Close()
	if !containsCanvasText(empty, "Ingen vurderinger ennå") {
		t.Error("an empty chart does not say so")
	}

	s := newStakeholderChart([]planmodel.Stakeholder{
		{Name: "Ordførerne", Power: 5, Interest: 5, Ambassador: true},
		{Name: "Avisa", Power: 1, Interest: 1},
	})
	sw := test.NewWindow(s)
	defer sw.Close()
	sw.Resize(fyne.NewSize(420, 260))
	sd := widgets[*canvas.Circle](s)
	if len(sd) != 2 || !containsCanvasText(s, "★ Ordførerne") || !containsCanvasText(s, "Samarbeid tett") {
		t.Fatalf("stakeholder chart: %d dots", len(sd))
	}
	if !(sd[0].Position().X > sd[1].Position().X && sd[0].Position().Y < sd[1].Position().Y) {
		t.Errorf("high power and interest is not up and to the right: %v, %v", sd[0].Position(), sd[1].Position())
	}
}

func containsCanvasText(o fyne.CanvasObject, want string) bool {
	for _, t := range widgets[*canvas.Text](o) {
		if strings.Contains(t.Text, want) {
			return true
		}
	}
	return false
}

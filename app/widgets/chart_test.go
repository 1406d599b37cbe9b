package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"regionplan/internal/uitest"
	"regionplan/planmodel"
)

func TestChartsRender(t *testing.T) {
	test.NewTempApp(t)
	if err := SetLanguage("nb"); err != nil {
		t.Fatal(err)
	}
	points := []planmodel.TrustPoint{{Date: "2015-06-11", Score: 3.7}, {Date: "2015-11-03", Score: 2.3}, {Date: "2016-03-01", Score: 4}}
	c := NewTrendChart(points)
	w := test.NewWindow(c)
	defer w.Close()
	w.Resize(fyne.NewSize(300, 160))
	dots := uitest.FindAll[*canvas.Circle](c)
	lines := uitest.FindAll[*canvas.Line](c)
	if len(dots) != 3 || len(lines) != 5+2 {
		t.Fatalf("%d dots and %d lines, want 3 and 7", len(dots), len(lines))
	}
	if !(dots[1].Position().Y > dots[0].Position().Y && dots[2].Position().Y < dots[0].Position().Y) {
		t.Errorf("dots do not follow the scores: %v %v %v", dots[0].Position(), dots[1].Position(), dots[2].Position())
	}
	if !(dots[0].Position().X < dots[1].Position().X && dots[1].Position().X < dots[2].Position().X) {
		t.Error("dots are not in time order")
	}
	if !uitest.ContainsCanvasText(c, "11.06.2015") || !uitest.ContainsCanvasText(c, "01.03.2016") {
		t.Error("the first and last dates are not written")
	}
	for _, o := range c.objects {
		if o.Position().X < 0 || o.Position().Y < 0 || o.Position().X > 300 || o.Position().Y > 160 {
			t.Errorf("an object lies outside the chart at %v", o.Position())
		}
	}

	empty := NewTrendChart(nil)
	test.NewWindow(empty).Close()
	if !uitest.ContainsCanvasText(empty, "Ingen vurderinger ennå") {
		t.Error("an empty chart does not say so")
	}

	s := NewStakeholderChart([]planmodel.Stakeholder{
		{Name: "Ordførerne", Power: 5, Interest: 5, Ambassador: true},
		{Name: "Avisa", Power: 1, Interest: 1},
	})
	sw := test.NewWindow(s)
	defer sw.Close()
	sw.Resize(fyne.NewSize(420, 260))
	sd := uitest.FindAll[*canvas.Circle](s)
	if len(sd) != 2 || !uitest.ContainsCanvasText(s, "★ Ordførerne") || !uitest.ContainsCanvasText(s, "Samarbeid tett") {
		t.Fatalf("stakeholder chart: %d dots", len(sd))
	}
	if !(sd[0].Position().X > sd[1].Position().X && sd[0].Position().Y < sd[1].Position().Y) {
		t.Errorf("high power and interest is not up and to the right: %v, %v", sd[0].Position(), sd[1].Position())
	}
}

package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/internal/uitest"
	"regionplan/planmodel"
)

// In a row with room, a record's title is shown whole: at 1366×768 stage 6
// cut "Fleire arbeidsplassar i Hallingdal" to "Fleire arbeidsplassar i
// Halling…" beside a short detail. In a narrow row it still gets 240 px.
func TestRecordTitleShownWholeWhereThereIsRoom(t *testing.T) {
	test.NewTempApp(t)
	win := test.NewWindow(nil)
	defer win.Close()
	goals := []planmodel.Goal{{Title: "Fleire arbeidsplassar i Hallingdal"}}
	l := NewRecordList(win, func() {}, &goals, RecordSpec[planmodel.Goal]{
		Summary: func(g planmodel.Goal) (string, string) { return g.Title, "Lang sikt" },
	})
	win.SetContent(l.Content)
	title := func() *widget.Label {
		for _, lb := range uitest.FindAll[*widget.Label](l.Content) {
			if lb.Text == goals[0].Title {
				return lb
			}
		}
		t.Fatal("the title is not in the list")
		return nil
	}()
	whole := fyne.MeasureText(title.Text, theme.TextSize(), title.TextStyle).Width + 2*theme.InnerPadding()
	for _, c := range []struct {
		width float32
		want  float32
	}{{1000, whole}, {500, 240}} {
		win.Resize(fyne.NewSize(c.width, 300))
		if got := title.Size().Width; got < c.want-0.5 {
			t.Errorf("in a window %.0f px wide the title has %.0f px, want %.0f", c.width, got, c.want)
		}
	}
}

package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"regionplan/internal/uitest"
)

// At 1024×600 the header folds (the next step takes the plan title's line,
// the stage's title and purpose go) so that the stage keeps at least 60 % of
// the window's height; at 1366×768 it does not fold.
func TestHeaderFoldsOnASmallScreen(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("hallingdal")
	ps := u.plan
	share := func() float32 {
		return ps.body.Size().Height / u.win.Canvas().Size().Height
	}
	u.win.Resize(fyne.NewSize(1366, 700))
	if ps.folded || !ps.view.Heading().Visible() || ps.nextShort.Visible() {
		t.Fatalf("folded at 1366×700")
	}
	tall := share()
	u.win.Resize(DefaultSize) // the window on a 1024×600 screen
	if !ps.folded || ps.view.Heading().Visible() || !ps.nextShort.Visible() {
		t.Fatalf("not folded at %v", DefaultSize)
	}
	if !strings.HasPrefix(ps.nextShort.Text, "Neste steg") || !ps.nextGoShort.Visible() {
		t.Errorf("the folded header says %q", ps.nextShort.Text)
	}
	small := share()
	if got := small; got < 0.6 {
		t.Errorf("the stage keeps %.0f %% of the height at %v, want at least 60 %%", 100*got, DefaultSize)
	}
	ps.selectStage(6) // a stage built while folded starts folded
	if ps.view.Heading().Visible() {
		t.Error("a stage opened while folded shows its title")
	}
	u.win.Resize(fyne.NewSize(1366, 700))
	if ps.folded || !ps.view.Heading().Visible() {
		t.Error("the header stays folded when the window grows")
	}
	t.Logf("stage's share of the height: %.0f %% at 1366×700, %.0f %% folded at %v", 100*tall, 100*small, DefaultSize)
}

// A stage title too long for the side bar wraps instead of being cut.
func TestLongStageTitleWraps(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("hallingdal")
	if err := u.switchLanguage("en"); err != nil {
		t.Fatal(err)
	}
	defer SetLanguage("nb")
	u.win.Resize(DefaultSize)
	rows := uitest.FindAll[*stageRow](u.plan.sidebar)
	var one, long *stageRow
	for _, r := range rows {
		switch {
		case strings.HasPrefix(r.title.Text, "1. "):
			one = r
		case strings.HasPrefix(r.title.Text, "6. Implementation and political shifts"):
			long = r
		}
	}
	if one == nil || long == nil {
		t.Fatalf("rows 1 and 6 not shown: %d rows", len(rows))
	}
	if long.title.Truncation != fyne.TextTruncateOff || long.title.Size().Height < 1.5*one.title.Size().Height {
		t.Errorf("stage 6's title is %v high, stage 1's %v: not wrapped", long.title.Size(), one.title.Size())
	}
}

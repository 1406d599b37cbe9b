package widgets

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"regionplan/internal/uitest"
	"regionplan/planmodel"
)

// sums is a grid model of two rows of two figures with their totals: the
// name, x, y and x+y across, and a row of sums under them.
type sums struct {
	names []string
	v     [][2]int64
}

func (s *sums) Size() (int, int)       { return len(s.v) + 1, 4 }
func (s *sums) Heading(col int) string { return []string{"Navn", "X", "Y", "Sum"}[col] }

func (s *sums) Cell(row, col int) GridCell {
	if row == len(s.v) {
		if col == 0 {
			return GridCell{Text: "I alt", Bold: true, Leading: true}
		}
		var t int64
		for _, v := range s.v {
			switch col {
			case 3:
				t += v[0] + v[1]
			default:
				t += v[col-1]
			}
		}
		return GridCell{Text: WholeText(t, "kr"), Bold: true}
	}
	switch col {
	case 0:
		return GridCell{Text: s.names[row], Leading: true}
	case 3:
		return GridCell{Text: WholeText(s.v[row][0]+s.v[row][1], "kr")}
	}
	v := s.v[row][col-1]
	return GridCell{Text: WholeText(v, "kr"), Edit: WholeText(v, ""), Editable: true}
}

func (s *sums) Set(row, col int, text string) error {
	v, ok := ParseWhole(text, "kr", 0, 1_000_000)
	if !ok {
		return planmodel.Problems{{Message: "A figure must be a whole number between 0 and {{.Max}}.", Args: map[string]any{"Max": 1_000_000}}}
	}
	s.v[row][col-1] = v
	return nil
}

// showGrid shows a grid of the sums model in a test window.
func showGrid(t *testing.T) (*Grid, *sums, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	if err := SetLanguage("nb"); err != nil {
		t.Fatal(err)
	}
	m := &sums{names: []string{"Flå", "Gol"}, v: [][2]int64{{100, 200}, {0, 50}}}
	g := NewGrid(m, 1, 120, 100, 100, 100)
	w := test.NewWindow(g)
	w.Resize(fyne.NewSize(600, 400))
	t.Cleanup(w.Close)
	return g, m, w
}

// shown returns the texts of the cells the grid draws.
func shown(g *Grid) []string { return uitest.Texts(g.table) }

func at(t *testing.T, g *Grid, row, col int) {
	t.Helper()
	if r, c := g.Selected(); r != row || c != col {
		t.Fatalf("the cursor is on %d,%d, want %d,%d", r, c, row, col)
	}
}

func TestGridKeyboardMovesAndEditsLikeASpreadsheet(t *testing.T) {
	g, m, w := showGrid(t)
	c := w.Canvas()
	g.Select(0, 1)

	// Typing starts an edit that replaces the value, and the sums follow
	// each keystroke before the edit is kept.
	uitest.TypeKeys(c, "1 25")
	if _, ok := c.Focused().(*gridEditor); !ok {
		t.Fatalf("typing did not open the editor: %T has the keyboard", c.Focused())
	}
	if m.v[0][0] != 125 || !slices.Contains(shown(g), "325\u00a0kr") || !slices.Contains(shown(g), "375\u00a0kr") {
		t.Errorf("while typing: stored %d, cells %q", m.v[0][0], shown(g))
	}

	// Tab keeps it and goes to the next editable cell, skipping the totals.
	uitest.PressKey(c, fyne.KeyTab)
	at(t, g, 0, 2)
	if _, ok := c.Focused().(*gridTable); !ok || !slices.Contains(shown(g), "125\u00a0kr") {
		t.Errorf("after Tab: %T has the keyboard, cells %q", c.Focused(), shown(g))
	}
	uitest.PressKey(c, fyne.KeyTab) // from y of Flå to x of Gol
	at(t, g, 1, 1)
	c.Focused().(desktop.Keyable).KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	uitest.PressKey(c, fyne.KeyTab)
	c.Focused().(desktop.Keyable).KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	at(t, g, 0, 2)

	// Enter edits the value as it is; Enter again keeps it and goes down.
	uitest.PressKey(c, fyne.KeyReturn)
	if e := g.Editor(); e.Text != "200" {
		t.Errorf("the editor starts with %q, want 200", e.Text)
	}
	uitest.TypeKeys(c, "0")
	uitest.PressKey(c, fyne.KeyReturn)
	at(t, g, 1, 2)
	if m.v[0][1] != 2000 {
		t.Errorf("stored %d, want 2000", m.v[0][1])
	}

	// The arrows move between any cells; typing into a total does nothing.
	uitest.PressKey(c, fyne.KeyRight)
	uitest.PressKey(c, fyne.KeyDown)
	at(t, g, 2, 3)
	uitest.TypeKeys(c, "9")
	if _, ok := c.Focused().(*gridTable); !ok {
		t.Errorf("a total opened the editor: %T", c.Focused())
	}
	uitest.PressKey(c, fyne.KeyUp)
	uitest.PressKey(c, fyne.KeyLeft)
	at(t, g, 1, 2)

	// Escape puts back what the cell held, though the sums had followed.
	uitest.TypeKeys(c, "999")
	if m.v[1][1] != 999 {
		t.Errorf("while typing: stored %d", m.v[1][1])
	}
	uitest.PressKey(c, fyne.KeyEscape)
	if m.v[1][1] != 50 || !slices.Contains(shown(g), "50\u00a0kr") {
		t.Errorf("after Escape: stored %d, cells %q", m.v[1][1], shown(g))
	}
}

func TestGridRefusesInvalidTextAndKeepsTheValue(t *testing.T) {
	g, m, w := showGrid(t)
	c := w.Canvas()
	g.Select(1, 1)
	uitest.TypeKeys(c, "12x")
	uitest.PressKey(c, fyne.KeyReturn)
	if m.v[1][0] != 0 || g.Problem() == nil {
		t.Fatalf("12x: stored %d, problem %v", m.v[1][0], g.Problem())
	}
	if want := "Gol, X: Tallet må være et helt tall mellom 0 og 1\u00a0000\u00a0000. Cellen beholder 0."; g.Message() != want {
		t.Errorf("message %q, want %q", g.Message(), want)
	}
	if _, ok := c.Focused().(*gridEditor); !ok {
		t.Errorf("Enter left the invalid text: %T has the keyboard", c.Focused())
	}

	// Correcting the text takes the message away.
	g.Editor().SetText("12")
	if m.v[1][0] != 12 || g.Message() != "" {
		t.Errorf("after correcting: stored %d, message %q", m.v[1][0], g.Message())
	}

	// Leaving invalid text for another cell keeps the value from before the
	// edit and says so.
	g.Editor().SetText("-5")
	g.Select(0, 1)
	if m.v[1][0] != 0 || g.Message() == "" || g.Problem() != nil {
		t.Errorf("after leaving: stored %d, message %q, problem %v", m.v[1][0], g.Message(), g.Problem())
	}
}

func TestGridClickEditsTheCell(t *testing.T) {
	g, m, w := showGrid(t)
	pad := fyne.CurrentApp().Settings().Theme().Size("padding")
	h := g.rowHeight
	// Gol's x: below the headings and Flå's row, right of the names.
	test.TapAt(g.table, fyne.NewPos(120+pad+50, h+pad+h+pad+h/2))
	at(t, g, 1, 1)
	if _, ok := w.Canvas().Focused().(*gridEditor); !ok {
		t.Fatalf("a click did not open the editor: %T", w.Canvas().Focused())
	}
	uitest.TypeKeys(w.Canvas(), "7")
	uitest.PressKey(w.Canvas(), fyne.KeyReturn)
	if m.v[1][0] != 7 {
		t.Errorf("stored %d, want 7", m.v[1][0])
	}
}

// Shift+Tab from the first cell leaves the grid, and the shift key is let
// go over the field before it: Enter and Tab in the grid go forward again.
func TestGridForgetsShiftLetGoElsewhere(t *testing.T) {
	test.NewTempApp(t)
	if err := SetLanguage("nb"); err != nil {
		t.Fatal(err)
	}
	m := &sums{names: []string{"Flå", "Gol"}, v: [][2]int64{{100, 200}, {0, 50}}}
	g := NewGrid(m, 1, 120, 100, 100, 100)
	before := widget.NewEntry()
	w := test.NewWindow(container.NewVBox(before, g))
	w.Resize(fyne.NewSize(600, 400))
	t.Cleanup(w.Close)
	c := w.Canvas()

	// Held over two Tabs, shift goes back both times inside the grid.
	g.Edit(1, 1)
	c.Focused().(desktop.Keyable).KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	uitest.PressKey(c, fyne.KeyTab)
	at(t, g, 0, 2)
	uitest.PressKey(c, fyne.KeyTab)
	at(t, g, 0, 1)
	uitest.PressKey(c, fyne.KeyTab)
	if c.Focused() != before {
		t.Fatalf("Shift+Tab from the first cell gave the keyboard to %T", c.Focused())
	}
	c.Focused().(desktop.Keyable).KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})

	g.Select(0, 1)
	uitest.TypeKeys(c, "5")
	uitest.PressKey(c, fyne.KeyReturn)
	at(t, g, 1, 1)
	uitest.PressKey(c, fyne.KeyTab)
	at(t, g, 1, 2)
}

// The table stays where it is when the grid's message comes and goes: the
// message has its line kept for it, so nothing jumps as the user types.
func TestGridMessageMovesNothing(t *testing.T) {
	g, _, w := showGrid(t)
	c := w.Canvas()
	d := fyne.CurrentApp().Driver()
	before, size := d.AbsolutePositionForObject(g.table), g.MinSize()
	g.Select(1, 1)
	uitest.TypeKeys(c, "12x")
	uitest.PressKey(c, fyne.KeyReturn)
	if g.Message() == "" {
		t.Fatal("no message for 12x")
	}
	if got := d.AbsolutePositionForObject(g.table); got != before {
		t.Errorf("the message moved the table from %v to %v", before, got)
	}
	g.Editor().SetText("12")
	if g.Message() != "" {
		t.Fatalf("the message stayed: %q", g.Message())
	}
	if got := d.AbsolutePositionForObject(g.table); got != before || g.MinSize() != size {
		t.Errorf("the message going away moved the table from %v to %v, size %v to %v", before, got, size, g.MinSize())
	}
}

package widgets

import (
	"image/color"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// texts are stored texts a field must give back as they are.
var texts = []string{
	"",
	"Ett avsnitt.",
	"Linje en\nlinje to i samme avsnitt.",
	"Første avsnitt.\n\nAndre avsnitt.",
	"Tre linjeskift:\n\n\nden tredje står først i neste avsnitt.",
	"Fire linjeskift:\n\n\n\net tomt avsnitt imellom.",
	"Slutter med linjeskift\n",
	"Slutter med tomt avsnitt\n\n",
	"\n\nStarter med tomt avsnitt.",
	"Mange til slutt\n\n\n\n\n",
	"æøå ÆØÅ 🚀\n\nnynorsk: kvalitet òg",
}

// showParagraphs shows p in a window between two one-line fields.
func showParagraphs(t *testing.T, p *Paragraphs) (w fyne.Window, before, after *widget.Entry) {
	t.Helper()
	test.NewTempApp(t)
	before, after = widget.NewEntry(), widget.NewEntry()
	w = test.NewWindow(container.NewVBox(before, p, after))
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(400, 700))
	w.Content().Refresh() // the paragraphs are wrapped now: lay out again, as the driver does
	return w, before, after
}

// typeText types s into the edited paragraph as a user would: a line break
// with the Return key, everything else rune by rune.
func typeText(p *Paragraphs, s string) {
	for _, r := range s {
		if r == '\n' {
			p.editor.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		} else {
			p.editor.TypedRune(r)
		}
	}
}

func press(p *Paragraphs, keys ...fyne.KeyName) {
	for _, k := range keys {
		p.editor.TypedKey(&fyne.KeyEvent{Name: k})
	}
}

// The text given is the text returned, and a text typed from nothing
// (blank lines making new paragraphs) is stored as typed.
func TestParagraphsKeepTheTextAsGivenAndTyped(t *testing.T) {
	p := NewParagraphs("")
	showParagraphs(t, p)
	for _, s := range texts {
		if got := NewParagraphs(s).Text(); got != s {
			t.Errorf("NewParagraphs(%q).Text() = %q", s, got)
		}
		p.SetText(s)
		if got := p.Text(); got != s {
			t.Errorf("SetText(%q): Text() = %q", s, got)
		}
		var stored string
		p.OnChanged = func(s string) { stored = s }
		p.SetText("")
		typeText(p, s)
		if p.Text() != s || stored != s {
			t.Errorf("typed %q: Text() %q, OnChanged %q", s, p.Text(), stored)
		}
		p.OnChanged = nil
	}
	p.SetText("a\n\nb\n\nc")
	if _, n := p.Paragraph(0); n != 3 {
		t.Errorf("%d paragraphs in a\\n\\nb\\n\\nc, want 3", n)
	}
}

// A keystroke in one paragraph gives OnChanged the whole text.
func TestParagraphsTypingGivesTheWholeText(t *testing.T) {
	p := NewParagraphs("Første.\n\nAndre.\n\nTredje.")
	showParagraphs(t, p)
	var got []string
	p.OnChanged = func(s string) { got = append(got, s) }
	p.Edit(1)
	typeText(p, "Nå ")
	if want := "Første.\n\nNå Andre.\n\nTredje."; len(got) != 3 || got[2] != want {
		t.Fatalf("OnChanged got %q, want three calls ending with %q", got, want)
	}
	if s, _ := p.Paragraph(1); s != "Nå Andre." {
		t.Errorf("the second paragraph is %q", s)
	}
}

// SetText shows another text without calling OnChanged.
func TestParagraphsSetTextIsNotTyping(t *testing.T) {
	p := NewParagraphs("Første.")
	showParagraphs(t, p)
	called := false
	p.OnChanged = func(string) { called = true }
	p.SetText("Et annet vedtak.\n\nMed to avsnitt.")
	p.Edit(1)
	p.editor.TypedShortcut(&fyne.ShortcutSelectAll{})
	if p.editor.SelectedText() == "" {
		t.Fatal("Ctrl+A selected nothing")
	}
	p.SetText("Et tredje.")
	if p.editor.SelectedText() != "" || p.editor.CursorTextOffset() != 0 {
		t.Errorf("after SetText %q is selected, the caret at %d", p.editor.SelectedText(), p.editor.CursorTextOffset())
	}
	if called {
		t.Error("SetText called OnChanged")
	}
	if p.Text() != "Et tredje." || p.editor.Text != "Et tredje." {
		t.Errorf("after SetText: Text() %q, editor %q", p.Text(), p.editor.Text)
	}
}

// Enter twice and Enter on an empty line start a new paragraph; Backspace
// at a paragraph's start and Delete at its end join two, a line break at a time.
func TestParagraphsEnterBackspaceAndDeleteCrossParagraphs(t *testing.T) {
	p := NewParagraphs("Første avsnitt.\n\nAndre avsnitt.")
	showParagraphs(t, p)
	p.Edit(0)
	p.editor.placeAt(utf8.RuneCountInString("Første"))
	press(p, fyne.KeyReturn)
	if _, n := p.Paragraph(0); n != 2 {
		t.Fatalf("one Enter made %d paragraphs, want 2", n)
	}
	press(p, fyne.KeyReturn)
	if s, n := p.Paragraph(1); n != 3 || s != " avsnitt." || p.cur != 1 || p.editor.CursorTextOffset() != 0 {
		t.Fatalf("Enter on an empty line: %d paragraphs, the second %q, editing %d at %d", n, s, p.cur, p.editor.CursorTextOffset())
	}
	typeText(p, "x")
	if want := "Første\n\nx avsnitt.\n\nAndre avsnitt."; p.Text() != want {
		t.Fatalf("typed after the new paragraph: %q, want %q", p.Text(), want)
	}
	press(p, fyne.KeyLeft, fyne.KeyBackspace)
	if want := "Første\nx avsnitt.\n\nAndre avsnitt."; p.Text() != want || p.cur != 0 {
		t.Fatalf("Backspace at the start: %q editing %d, want %q in the first", p.Text(), p.cur, want)
	}
	press(p, fyne.KeyBackspace)
	if want := "Førstex avsnitt.\n\nAndre avsnitt."; p.Text() != want {
		t.Fatalf("Backspace again: %q, want %q", p.Text(), want)
	}
	p.moveTo(0, 0, 0)
	p.editor.placeAt(utf8.RuneCountInString("Førstex avsnitt."))
	press(p, fyne.KeyDelete)
	if want := "Førstex avsnitt.\nAndre avsnitt."; p.Text() != want {
		t.Fatalf("Delete at the end: %q, want %q", p.Text(), want)
	}
	if _, n := p.Paragraph(0); n != 1 {
		t.Errorf("%d paragraphs after Delete, want 1", n)
	}
	press(p, fyne.KeyBackspace) // an ordinary Backspace inside the paragraph
	if want := "Førstex avsnitt\nAndre avsnitt."; p.Text() != want {
		t.Errorf("Backspace after the join: %q, want %q", p.Text(), want)
	}
}

// A text pasted with blank lines becomes paragraphs, the caret after it.
func TestParagraphsPasteSplitsIntoParagraphs(t *testing.T) {
	p := NewParagraphs("Start slutt")
	showParagraphs(t, p)
	p.Edit(0)
	p.editor.placeAt(len("Start "))
	clip := fyne.CurrentApp().Clipboard()
	clip.SetContent("en\n\nto\n\n")
	p.editor.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	if want := "Start en\n\nto\n\nslutt"; p.Text() != want {
		t.Fatalf("pasted: %q, want %q", p.Text(), want)
	}
	if _, n := p.Paragraph(0); n != 3 || p.cur != 2 || p.editor.CursorTextOffset() != 0 {
		t.Errorf("%d paragraphs, editing %d at %d; want 3, the last at its start", n, p.cur, p.editor.CursorTextOffset())
	}
	clip.SetContent("Fra Windows:\r\n\r\nto\tkolonner ")
	p.editor.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	if want := "Start en\n\nto\n\nFra Windows:\n\nto kolonner slutt"; p.Text() != want {
		t.Errorf("pasted from Windows: %q, want %q", p.Text(), want)
	}
	if clip.Content() != "Fra Windows:\r\n\r\nto\tkolonner " {
		t.Errorf("the clipboard was changed to %q", clip.Content())
	}
}

// The up and down arrows at the first and last row move to the neighbour,
// keeping the column.
func TestParagraphsArrowsMoveBetweenParagraphs(t *testing.T) {
	p := NewParagraphs("Første linje\nandre linje\n\nTredje linje\nfjerde")
	showParagraphs(t, p)
	p.Edit(0)
	press(p, fyne.KeyDown)
	if p.cur != 0 || p.editor.CursorRow != 1 {
		t.Fatalf("Down from the first row went to paragraph %d row %d", p.cur, p.editor.CursorRow)
	}
	press(p, fyne.KeyRight, fyne.KeyRight, fyne.KeyRight, fyne.KeyDown)
	if p.cur != 1 || p.editor.CursorRow != 0 || p.editor.CursorColumn != 3 {
		t.Fatalf("Down from the last row: paragraph %d row %d column %d, want 1, 0, 3", p.cur, p.editor.CursorRow, p.editor.CursorColumn)
	}
	press(p, fyne.KeyDown, fyne.KeyRight, fyne.KeyRight, fyne.KeyRight, fyne.KeyRight, fyne.KeyDown)
	if p.cur != 1 {
		t.Fatalf("Down from the last paragraph's last row left it for %d", p.cur)
	}
	press(p, fyne.KeyUp, fyne.KeyUp)
	if p.cur != 0 || p.editor.CursorRow != 1 || p.editor.CursorColumn != 6 {
		t.Fatalf("Up from the first row: paragraph %d row %d column %d, want 0, 1, 6", p.cur, p.editor.CursorRow, p.editor.CursorColumn)
	}
	typeText(p, "!")
	if want := "Første linje\nandre !linje\n\nTredje linje\nfjerde"; p.Text() != want {
		t.Errorf("typed after moving up: %q, want %q", p.Text(), want)
	}
}

// A paragraph is as high as its wrapped text: a line gained in the first
// paragraph moves the second, and the field after it, down.
func TestParagraphsGrowWithTheirText(t *testing.T) {
	p := NewParagraphs("Kort.\n\nAndre avsnitt.")
	w, _, after := showParagraphs(t, p)
	y0, second := after.Position().Y, p.views[1].Position().Y
	if p.views[0].Size().Height >= p.views[1].Position().Y-p.views[0].Position().Y+1 {
		t.Fatal("the first paragraph overlaps the second")
	}
	p.Edit(0)
	typeText(p, strings.Repeat(" Kommunene i regionen arbeider sammen.", 8))
	w.Content().Refresh() // the window's driver lays out again when a size changed
	if got := p.views[1].Position().Y; got <= second+20 {
		t.Errorf("the second paragraph at %v after the first grew, was %v", got, second)
	}
	if got := after.Position().Y; got <= y0+20 {
		t.Errorf("the field after it at %v, was %v", got, y0)
	}
	if eh, vh := p.editor.Size().Height, p.views[0].Size().Height; eh != vh || eh < 5*p.views[1].Size().Height/2 {
		t.Errorf("the editor is %v high over a paragraph of %v (one line is %v)", eh, vh, p.views[1].Size().Height)
	}
}

// Tab moves to the field and on, never into the text; a tap edits the
// paragraph tapped.
func TestParagraphsTakeTheKeyboardAsAField(t *testing.T) {
	p := NewParagraphs("Første.\n\nAndre.\n\nTredje.")
	w, before, after := showParagraphs(t, p)
	c := w.Canvas()
	c.Focus(before)
	c.FocusNext()
	if c.Focused() != p.editor {
		t.Fatalf("Tab from the field before focused %T", c.Focused())
	}
	if p.editor.AcceptsTab() {
		t.Error("the field takes Tab into its text")
	}
	c.FocusNext()
	if c.Focused() != after {
		t.Fatalf("Tab from the text focused %T, not the next field", c.Focused())
	}
	c.FocusPrevious()
	if c.Focused() != p.editor {
		t.Fatalf("Shift+Tab from the next field focused %T", c.Focused())
	}
	c.Unfocus()
	v := p.views[2]
	test.TapAt(p, v.Position().Add(fyne.NewPos(30, v.Size().Height/2)))
	if p.cur != 2 || c.Focused() != p.editor {
		t.Fatalf("tapped the third paragraph: editing %d, focused %T", p.cur, c.Focused())
	}
	typeText(p, "x")
	if s, _ := p.Paragraph(2); !strings.Contains(s, "x") || len(s) != len("Tredje.x") {
		t.Errorf("typed after the tap into the third paragraph: %q", s)
	}
}

// A disabled field can be read, not typed into or focused; enabled again it
// can.
func TestParagraphsDisabled(t *testing.T) {
	p := NewParagraphs("Første.\n\nAndre.")
	w, before, after := showParagraphs(t, p)
	called := false
	p.OnChanged = func(string) { called = true }
	var d fyne.Disableable = p // as the read-only mode finds it
	d.Disable()
	c := w.Canvas()
	c.Focus(before)
	c.FocusNext()
	if c.Focused() != after {
		t.Errorf("Tab went to %T past a disabled field", c.Focused())
	}
	typeText(p, "x")
	press(p, fyne.KeyBackspace)
	test.TapAt(p, p.views[1].Position())
	if called || p.Text() != "Første.\n\nAndre." {
		t.Errorf("a disabled field changed: %q", p.Text())
	}
	if p.editor.Visible() || !p.views[p.cur].Visible() {
		t.Error("a disabled field shows its editor instead of the paragraph")
	}
	d.Enable()
	p.Edit(1)
	typeText(p, "x")
	if !called || p.Text() != "Første.\n\nxAndre." {
		t.Errorf("enabled again, typing gave %q", p.Text())
	}
}

// The entry over the edited paragraph draws no box or border of its own,
// focused or not: the field's one box holds all its paragraphs.
func TestParagraphsEditorHasNoBoxOfItsOwn(t *testing.T) {
	p := NewParagraphs("Første.\n\nAndre.")
	w, _, _ := showParagraphs(t, p)
	for _, focus := range []bool{false, true} {
		if focus {
			w.Canvas().Focus(p.editor)
		}
		for _, o := range test.WidgetRenderer(p.editor).Objects() {
			if r, ok := o.(*canvas.Rectangle); ok && (r.FillColor != color.Transparent || r.StrokeColor != color.Transparent) {
				t.Errorf("focused %v: the editor draws a rectangle filled %v, stroked %v", focus, r.FillColor, r.StrokeColor)
			}
		}
	}
	if !p.focused {
		t.Error("the field does not know its editor has the focus")
	}
}

// The page scrolls to keep the caret in view as the text grows below it
// and as the arrows move up again.
func TestParagraphsKeepTheCaretInView(t *testing.T) {
	test.NewTempApp(t)
	p := NewParagraphs("Første.\n\nAndre.")
	page := container.NewVScroll(container.NewVBox(widget.NewLabel("Over"), p, widget.NewLabel("Under"), widget.NewLabel("Under")))
	w := test.NewWindow(page)
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(400, 200))
	p.Edit(1)
	press(p, fyne.KeyEnd)
	for range 12 {
		press(p, fyne.KeyReturn)
		page.Content.Refresh() // the driver lays the page out again at each frame
	}
	inView := func() bool {
		d := fyne.CurrentApp().Driver()
		caret := d.AbsolutePositionForObject(p.editor).Y + p.editor.CursorPosition().Y
		top := d.AbsolutePositionForObject(page).Y
		return caret >= top && caret < top+page.Size().Height
	}
	down := page.Offset.Y
	if down == 0 || !inView() {
		t.Fatalf("after 12 lines the caret is out of view, the page scrolled %v", down)
	}
	for range 14 {
		press(p, fyne.KeyUp)
	}
	if p.cur != 0 || page.Offset.Y >= down || !inView() {
		t.Errorf("back up in paragraph %d the caret is out of view, the page scrolled %v (was %v)", p.cur, page.Offset.Y, down)
	}
}

package widgets

import (
	"image/color"
	"slices"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TextField is a field that a screen fills with a record's text, as an
// editor kept for several records does when it shows another one.
type TextField interface {
	fyne.CanvasObject
	SetText(string)
}

// paragraphBreak separates the paragraphs of a long text: a blank line.
const paragraphBreak = "\n\n"

// Paragraphs is a field for a long prose text that is edited a paragraph at
// a time, so that a keystroke wraps only the paragraph typed into (Fyne's
// wrapped entry wraps its whole text twice at every keystroke). The text is
// split at blank lines; each paragraph is drawn as wrapped text as tall as it
// needs, so the field grows with its text and the page scrolls, not the
// field. One entry sits over the paragraph being edited.
//
// Keys work across paragraphs as in a text editor over the joined text: a
// blank line typed (Enter twice, or Enter on an empty line) starts a new
// paragraph there; Backspace at a paragraph's start and Delete at its end
// remove one line break, joining the two paragraphs; the up and down arrows
// at the first and last row move to the neighbouring paragraph, keeping the
// column. Selecting, Ctrl+A, copy, cut and undo work within one paragraph.
// Tab and Shift+Tab move to the next or previous field, as in a one-line
// field. Text() is the paragraphs joined with blank lines, exactly the text
// given and typed: nothing is trimmed or normalised.
type Paragraphs struct {
	widget.DisableableWidget

	// OnChanged is called with the whole text after the user changed it.
	// SetText does not call it.
	OnChanged func(string)

	paras   []string
	views   []*widget.RichText // one per paragraph, the one edited hidden
	spare   []*widget.RichText // views of paragraphs that were joined, kept for new ones
	editor  *paraEditor
	cur     int // the paragraph the editor is over
	minRows int
	loading bool // the editor's text is being set by the field, not typed
	focused bool
	render  *paragraphsRenderer
	page    *container.Scroll // the scroll around the field, found when it takes the keyboard
	caretAt [2]int            // the paragraph and row of the caret when it was last brought into view
	inPage  float32           // the field's height in the page's content, found at the width placed
	placed  float32           // the field's width when inPage was found, 0 when it is to be found
}

// NewParagraphs is a field holding text.
func NewParagraphs(text string) *Paragraphs {
	p := &Paragraphs{minRows: 3}
	p.editor = &paraEditor{p: p}
	p.editor.MultiLine = true
	p.editor.Wrapping = fyne.TextWrapWord
	p.editor.ExtendBaseWidget(p.editor)
	p.editor.OnChanged = p.typed
	p.ExtendBaseWidget(p)
	p.SetText(text)
	return p
}

// SetText shows text, split into paragraphs, with the caret at its start,
// nothing selected and nothing to undo. It does not call OnChanged: it is
// how a screen shows another record.
func (p *Paragraphs) SetText(text string) {
	p.spare = append(p.spare, p.views...)
	p.views = nil
	p.paras = nil
	p.cur = 0
	p.insert(0, splitParagraphs(text))
	p.load(0, 0)
	p.editor.unselect()
	p.changedParagraphs()
}

// Text is the whole text: the paragraphs joined with blank lines.
func (p *Paragraphs) Text() string { return strings.Join(p.paras, paragraphBreak) }

// SetMinRowsVisible makes the field at least count rows high while its text
// is shorter.
func (p *Paragraphs) SetMinRowsVisible(count int) {
	p.minRows = count
	p.Refresh()
}

// Focused reports whether the field has the keyboard.
func (p *Paragraphs) Focused() bool { return p.focused }

// Editor is the entry over the paragraph being edited, for tests and
// benchmarks that type into it.
func (p *Paragraphs) Editor() *widget.Entry { return &p.editor.Entry }

// Paragraph is the text of the i-th paragraph, counted from 0, and how many
// paragraphs there are.
func (p *Paragraphs) Paragraph(i int) (text string, count int) { return p.paras[i], len(p.paras) }

// Edit puts the caret at the start of the i-th paragraph and gives the field
// the keyboard.
func (p *Paragraphs) Edit(i int) {
	p.moveTo(i, 0, 0)
	p.focusEditor()
}

// Disable stops the text from being edited; it stays readable.
func (p *Paragraphs) Disable() {
	p.editor.Disable()
	p.DisableableWidget.Disable()
}

// Enable lets the text be edited again.
func (p *Paragraphs) Enable() {
	p.editor.Enable()
	p.DisableableWidget.Enable()
}

// Cursor shows the text cursor over the field.
func (p *Paragraphs) Cursor() desktop.Cursor { return desktop.TextCursor }

// Tapped edits the paragraph tapped, with the caret where it was tapped; a
// tap below the last paragraph puts it at the end of the text.
func (p *Paragraphs) Tapped(ev *fyne.PointEvent) {
	if p.Disabled() {
		return
	}
	i := p.paragraphAt(ev.Position.Y)
	if i < 0 {
		last := len(p.paras) - 1
		p.moveTo(last, 0, 0)
		p.editor.placeAt(utf8.RuneCountInString(p.paras[last]))
		p.focusEditor()
		return
	}
	if i != p.cur {
		p.moveTo(i, 0, 0)
	}
	at := &desktop.MouseEvent{PointEvent: fyne.PointEvent{
		AbsolutePosition: ev.AbsolutePosition,
		Position:         ev.Position.Subtract(p.editor.Position()),
	}, Button: desktop.MouseButtonPrimary}
	p.editor.MouseDown(at)
	p.editor.MouseUp(at)
	p.focusEditor()
}

// paragraphAt is the paragraph drawn at height y, -1 below the last.
func (p *Paragraphs) paragraphAt(y float32) int {
	for i, v := range p.views {
		if y < v.Position().Y+v.Size().Height+theme.Padding() {
			return i
		}
	}
	return -1
}

// CreateRenderer draws the paragraphs on an entry's box and border.
func (p *Paragraphs) CreateRenderer() fyne.WidgetRenderer {
	r := &paragraphsRenderer{p: p, box: canvas.NewRectangle(color.Transparent), border: canvas.NewRectangle(color.Transparent)}
	p.render = r
	r.collect()
	r.Refresh()
	return r
}

// typed stores what was typed into the edited paragraph; a blank line in it
// splits it into paragraphs.
func (p *Paragraphs) typed(s string) {
	if p.loading {
		return
	}
	p.replace(p.cur, p.cur, s, p.editor.CursorTextOffset())
}

// replace puts text, with the caret at the rune offset at, in the place of
// the paragraphs first to last, splitting it at its blank lines, and tells
// OnChanged.
func (p *Paragraphs) replace(first, last int, text string, at int) {
	parts := splitParagraphs(text)
	if len(parts) == 1 && first == p.cur && last == p.cur {
		p.paras[p.cur] = text
		setViewText(p.views[p.cur], text)
		p.layout()
	} else {
		k, off := locate(parts, at)
		p.spare = append(p.spare, p.views[first:last+1]...)
		p.paras = slices.Delete(p.paras, first, last+1)
		p.views = slices.Delete(p.views, first, last+1)
		p.insert(first, parts)
		p.cur = first + k
		p.load(0, 0)
		p.editor.placeAt(off)
		p.changedParagraphs()
	}
	if p.OnChanged != nil {
		p.OnChanged(p.Text())
	}
}

// insert adds paragraphs at index i with a view each, reusing spare views.
func (p *Paragraphs) insert(i int, parts []string) {
	views := make([]*widget.RichText, len(parts))
	for k, s := range parts {
		if n := len(p.spare); n > 0 {
			views[k], p.spare = p.spare[n-1], p.spare[:n-1]
			setViewText(views[k], s)
		} else {
			views[k] = newParagraphView(s, p.Disabled())
		}
	}
	p.paras = slices.Insert(p.paras, i, parts...)
	p.views = slices.Insert(p.views, i, views...)
}

// moveTo puts the editor over the i-th paragraph with the caret at row and
// col, or at the end of the last row and at most col when row is past it.
func (p *Paragraphs) moveTo(i, row, col int) {
	if i != p.cur {
		p.cur = i
		p.changedParagraphs()
	}
	p.load(row, col)
}

// load gives the editor the edited paragraph's text, the caret at row and
// col as moveTo says.
func (p *Paragraphs) load(row, col int) {
	e := p.editor
	e.CursorRow, e.CursorColumn = row, col
	p.loading = true
	e.SetText(p.paras[p.cur])
	p.loading = false
	if e.CursorRow < row && col < e.CursorColumn {
		e.CursorColumn = col
	}
	e.Refresh()
}

// changedParagraphs shows a new set of paragraphs or a new one edited.
func (p *Paragraphs) changedParagraphs() {
	if p.render != nil {
		p.render.collect()
	}
	p.Refresh()
}

// showEdited hides the edited paragraph's view under the editor, or shows
// every view and no editor when the field is disabled.
func (p *Paragraphs) showEdited() {
	for i, v := range p.views {
		if show := p.Disabled() || i != p.cur; show != v.Visible() {
			v.Hidden = !show // no Refresh: it would wrap the text again
		}
	}
	if p.Disabled() {
		p.editor.Hide()
	} else {
		p.editor.Show()
	}
}

// layout places the paragraphs after one changed its text.
func (p *Paragraphs) layout() {
	if p.render != nil {
		p.render.Layout(p.Size())
	}
}

func (p *Paragraphs) focusEditor() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(p.editor); c != nil {
		c.Focus(p.editor)
	}
}

// key handles the keys that cross a paragraph's edge; it reports whether it did.
func (p *Paragraphs) key(k *fyne.KeyEvent) bool {
	e := p.editor
	if e.Disabled() || e.SelectedText() != "" || shiftHeld() {
		return false
	}
	switch k.Name {
	case fyne.KeyBackspace, fyne.KeyDelete:
		return p.join(k.Name == fyne.KeyDelete)
	case fyne.KeyUp:
		if e.CursorRow > 0 || p.cur == 0 {
			return false
		}
		p.moveTo(p.cur-1, 1<<30, e.CursorColumn)
	case fyne.KeyDown:
		if e.rowStart(e.CursorRow+1) >= 0 || p.cur == len(p.paras)-1 {
			return false
		}
		p.moveTo(p.cur+1, 0, e.CursorColumn)
	default:
		return false
	}
	return true
}

// join joins the edited paragraph to the one before at Backspace at its
// start, or to the one after at Delete at its end, with a line break: one
// of the blank line's two is removed, as the key would in the joined text.
// It reports whether the caret was at that edge.
func (p *Paragraphs) join(forward bool) bool {
	at := p.editor.CursorTextOffset()
	switch {
	case !forward && at == 0 && p.cur > 0:
		before := p.paras[p.cur-1]
		p.replace(p.cur-1, p.cur, before+"\n"+p.paras[p.cur], utf8.RuneCountInString(before)+1)
	case forward && at == utf8.RuneCountInString(p.paras[p.cur]) && p.cur < len(p.paras)-1:
		p.replace(p.cur, p.cur+1, p.paras[p.cur]+"\n"+p.paras[p.cur+1], at)
	default:
		return false
	}
	return true
}

// showCaret scrolls the page so that the caret's row is in view, when the
// caret moved to another row: the page scrolls, not the field.
func (p *Paragraphs) showCaret() {
	at := [2]int{p.cur, p.editor.CursorRow}
	if p.page == nil || at == p.caretAt {
		return
	}
	p.caretAt = at
	if w := p.Size().Width; w != p.placed {
		// Found once while the field has the keyboard, for it walks the
		// window's objects: what is above it on the page does not move while
		// it is typed into, but when the window's width changes.
		d := fyne.CurrentApp().Driver()
		p.inPage = d.AbsolutePositionForObject(p).Y - d.AbsolutePositionForObject(p.page).Y + p.page.Offset.Y
		p.placed = w
	}
	top := p.inPage - p.page.Offset.Y + p.editor.Position().Y + p.editor.CursorPosition().Y
	th := p.Theme()
	bottom := top + fyne.MeasureText("M", th.Size(theme.SizeNameText), fyne.TextStyle{}).Height
	pad := th.Size(theme.SizeNameInnerPadding)
	off := p.page.Offset
	switch {
	case top < pad:
		off.Y += top - pad
	case bottom+pad > p.page.Size().Height:
		off.Y += bottom + pad - p.page.Size().Height
	default:
		return
	}
	p.page.ScrollToOffset(off)
}

// findScroll is the innermost scroll container around o in o's window, or
// nil. It looks through containers and the widgets that hold others in
// public fields (forms, cards, tabs, splits), as the screens build pages.
func findScroll(o fyne.CanvasObject) *container.Scroll {
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	if c == nil {
		return nil
	}
	var found *container.Scroll
	var walk func(at fyne.CanvasObject, in *container.Scroll) bool
	walk = func(at fyne.CanvasObject, in *container.Scroll) bool {
		if at == o {
			found = in
			return true
		}
		if s, ok := at.(*container.Scroll); ok {
			in = s
		}
		for _, child := range holds(at) {
			if child != nil && walk(child, in) {
				return true
			}
		}
		return false
	}
	for _, root := range append([]fyne.CanvasObject{c.Content()}, c.Overlays().List()...) {
		if walk(root, nil) {
			break
		}
	}
	return found
}

// holds is what a container or containing widget holds.
func holds(o fyne.CanvasObject) []fyne.CanvasObject {
	switch w := o.(type) {
	case *fyne.Container:
		return w.Objects
	case *container.Scroll:
		return []fyne.CanvasObject{w.Content}
	case *container.Split:
		return []fyne.CanvasObject{w.Leading, w.Trailing}
	case *container.AppTabs:
		if t := w.Selected(); t != nil {
			return []fyne.CanvasObject{t.Content}
		}
	case *container.DocTabs:
		if t := w.Selected(); t != nil {
			return []fyne.CanvasObject{t.Content}
		}
	case *container.ThemeOverride:
		return []fyne.CanvasObject{w.Content}
	case *widget.Form:
		out := make([]fyne.CanvasObject, len(w.Items))
		for i, it := range w.Items {
			out[i] = it.Widget
		}
		return out
	case *widget.Card:
		return []fyne.CanvasObject{w.Content}
	case *widget.PopUp:
		return []fyne.CanvasObject{w.Content}
	}
	return nil
}

func shiftHeld() bool {
	d, ok := fyne.CurrentApp().Driver().(desktop.Driver)
	return ok && d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
}

// splitParagraphs splits text at its blank lines; joining the parts with
// blank lines gives text back. A run of three line breaks leaves the third
// at the start of the next paragraph, four an empty paragraph.
func splitParagraphs(text string) []string { return strings.Split(text, paragraphBreak) }

// locate finds the rune offset at of the joined parts in them: the part and
// the offset in it. An offset inside a blank line goes to the next part's start.
func locate(parts []string, at int) (part, off int) {
	start := 0
	for k, s := range parts {
		n := utf8.RuneCountInString(s)
		if at <= start+n {
			return k, at - start
		}
		start += n + utf8.RuneCountInString(paragraphBreak)
		if at < start {
			return k + 1, 0
		}
	}
	last := len(parts) - 1
	return last, utf8.RuneCountInString(parts[last])
}

func newParagraphView(text string, disabled bool) *widget.RichText {
	seg := &widget.TextSegment{Style: widget.RichTextStyleInline, Text: text}
	v := widget.NewRichText(seg)
	v.Wrapping = fyne.TextWrapWord
	setViewColor(v, disabled)
	return v
}

func setViewText(v *widget.RichText, text string) {
	v.Segments[0].(*widget.TextSegment).Text = text
	v.Refresh()
}

func setViewColor(v *widget.RichText, disabled bool) {
	name := theme.ColorNameForeground
	if disabled {
		name = theme.ColorNameDisabled
	}
	v.Segments[0].(*widget.TextSegment).Style.ColorName = name
}

type paragraphsRenderer struct {
	p           *Paragraphs
	box, border *canvas.Rectangle
	objects     []fyne.CanvasObject
	disabled    bool // whether the views are drawn disabled
}

// collect lists what is drawn: the box, its border, the paragraphs and the editor.
func (r *paragraphsRenderer) collect() {
	objs := append(r.objects[:0], r.box, r.border)
	for _, v := range r.p.views {
		objs = append(objs, v)
	}
	r.objects = append(objs, r.p.editor)
}

func (r *paragraphsRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *paragraphsRenderer) Destroy() {}

// Layout stacks the paragraphs, each as high as its wrapped text, with the
// editor over the one being edited.
func (r *paragraphsRenderer) Layout(size fyne.Size) {
	r.box.Resize(size)
	r.border.Resize(size)
	p := r.p
	var y float32
	for i, v := range p.views {
		h := fitHeight(v, size.Width)
		v.Move(fyne.NewPos(0, y))
		if i == p.cur {
			p.editor.Move(fyne.NewPos(0, y))
			p.editor.Resize(fyne.NewSize(size.Width, h))
		}
		y += h + theme.Padding()
	}
}

// fitHeight makes v as wide as width and as high as its text wrapped at
// that width, and returns that height.
func fitHeight(v *widget.RichText, width float32) float32 {
	if v.Size().Width != width {
		v.Resize(fyne.NewSize(width, v.Size().Height))
	}
	h := v.MinSize().Height
	if h != v.Size().Height {
		v.Resize(fyne.NewSize(width, h))
	}
	return h
}

// MinSize is as high as the paragraphs at the field's width, and at least
// the minimum rows.
func (r *paragraphsRenderer) MinSize() fyne.Size {
	p := r.p
	var h float32
	for _, v := range p.views {
		h += v.MinSize().Height + theme.Padding()
	}
	h -= theme.Padding()
	th := p.Theme()
	row := fyne.MeasureText("M", th.Size(theme.SizeNameText), fyne.TextStyle{}).Height
	rows := row*float32(p.minRows) + 2*th.Size(theme.SizeNameInnerPadding)
	return fyne.NewSize(p.editor.MinSize().Width, max(h, rows))
}

// Refresh draws the box and border as an entry's, marking the focus.
func (r *paragraphsRenderer) Refresh() {
	p := r.p
	th := p.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.box.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.box.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.border.CornerRadius = r.box.CornerRadius
	r.border.StrokeWidth = th.Size(theme.SizeNameInputBorder)
	switch {
	case p.Disabled():
		r.border.StrokeColor = th.Color(theme.ColorNameDisabled, v)
	case p.focused:
		r.border.StrokeColor = th.Color(theme.ColorNamePrimary, v)
	default:
		r.border.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	}
	if r.disabled != p.Disabled() {
		r.disabled = p.Disabled()
		for _, view := range append(p.views, p.spare...) {
			setViewColor(view, r.disabled)
			view.Refresh()
		}
	}
	p.showEdited()
	r.box.Refresh()
	r.border.Refresh()
	r.Layout(p.Size())
}

// paraEditor is the entry over the paragraph being edited.
type paraEditor struct {
	widget.Entry
	p *Paragraphs
}

// TypedKey handles the keys that cross into a neighbouring paragraph and
// leaves the rest to the entry.
func (e *paraEditor) TypedKey(k *fyne.KeyEvent) {
	if !e.p.key(k) {
		e.Entry.TypedKey(k)
	}
	e.p.showCaret()
}

// TypedShortcut pastes the clipboard's text cleaned as a form dialog's
// fields are (CleanText): a Windows line break becomes a line break, so that
// a blank line pasted starts a paragraph, and a tab a space.
func (e *paraEditor) TypedShortcut(s fyne.Shortcut) {
	if paste, ok := s.(*fyne.ShortcutPaste); ok && paste.Clipboard != nil {
		s = &fyne.ShortcutPaste{Clipboard: cleanedClipboard(CleanText(paste.Clipboard.Content(), true))}
	}
	e.Entry.TypedShortcut(s)
	e.p.showCaret()
}

// cleanedClipboard hands the entry a cleaned text to paste, leaving the
// clipboard as it is.
type cleanedClipboard string

func (c cleanedClipboard) Content() string { return string(c) }

func (c cleanedClipboard) SetContent(string) {}

// AcceptsTab is false: Tab moves to the next field, as from a one-line field.
func (e *paraEditor) AcceptsTab() bool { return false }

// FocusGained marks the field's border.
func (e *paraEditor) FocusGained() {
	e.Entry.FocusGained()
	e.p.focused = true
	e.p.page = findScroll(e.p)
	e.p.caretAt = [2]int{-1, -1}
	e.p.placed = 0
	e.p.Refresh()
}

// TypedRune types r and keeps the caret in view.
func (e *paraEditor) TypedRune(r rune) {
	e.Entry.TypedRune(r)
	e.p.showCaret()
}

// FocusLost takes the mark off the field's border.
func (e *paraEditor) FocusLost() {
	e.Entry.FocusLost()
	e.p.focused = false
	e.p.Refresh()
}

// unselect drops a selection left from the text shown before.
func (e *paraEditor) unselect() { Unselect(&e.Entry) }

// Unselect drops en's selection, for a field kept to show another record.
// Entry has no call for it but a move of the caret without Shift, which a
// disabled entry ignores.
func Unselect(en *widget.Entry) {
	if en.SelectedText() == "" {
		return
	}
	disabled := en.Disabled()
	en.Enable()
	en.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	if disabled {
		en.Disable()
	}
}

// rowStart is the rune offset at which the wrapped row starts, -1 when
// there is no such row.
func (e *paraEditor) rowStart(row int) int {
	if row == 0 {
		return 0
	}
	r, c := e.CursorRow, e.CursorColumn
	e.CursorRow, e.CursorColumn = row, 0
	at := e.CursorTextOffset() // the column, 0, when there is no such row
	e.CursorRow, e.CursorColumn = r, c
	if at == 0 {
		return -1
	}
	return at
}

// placeAt puts the caret at a rune offset of the text.
func (e *paraEditor) placeAt(at int) {
	row := 0
	for r := 1; ; r++ {
		start := e.rowStart(r)
		if start < 0 || start > at {
			break
		}
		row = r
	}
	e.CursorRow = row
	e.CursorColumn = at - max(e.rowStart(row), 0)
	e.Refresh()
}

// CreateRenderer draws the entry without its box and border: the field
// draws one box around all its paragraphs. The entry's text sits where the
// paragraph's does, and an entry as high as the paragraph holds its wrapped
// text without scrolling (its border's width is taken off the text's
// padding above and below).
func (e *paraEditor) CreateRenderer() fyne.WidgetRenderer {
	r := &bareEntryRenderer{WidgetRenderer: e.Entry.CreateRenderer()}
	for _, o := range r.Objects() {
		if rect, ok := o.(*canvas.Rectangle); ok {
			r.frame = append(r.frame, rect)
		}
	}
	r.clear()
	return r
}

// bareEntryRenderer is an entry's renderer with its box and border clear.
type bareEntryRenderer struct {
	fyne.WidgetRenderer
	frame []*canvas.Rectangle // the entry's box and border
}

func (r *bareEntryRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.clear()
}

func (r *bareEntryRenderer) clear() {
	for _, f := range r.frame {
		f.FillColor, f.StrokeColor = color.Transparent, color.Transparent
	}
}

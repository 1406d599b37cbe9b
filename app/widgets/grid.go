package widgets

import (
	"reflect"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/planmodel"
)

// GridModel is what a Grid shows and edits: a table of cells under a row
// of column headings.
type GridModel interface {
	// Size is the number of rows and columns, headings not counted.
	Size() (rows, cols int)
	// Heading is the heading of column col.
	Heading(col int) string
	// Cell is what the cell at row, col shows.
	Cell(row, col int) GridCell
	// Set stores text typed into an editable cell, or says why it cannot
	// and leaves the stored value as it was.
	Set(row, col int, text string) error
}

// GridCell is one cell of a Grid: its text and how it is drawn.
type GridCell struct {
	Text       string
	Edit       string // the text the editor starts with, for an editable cell
	Editable   bool
	Bold       bool
	Leading    bool // aligned to the leading edge, as a name; figures trail
	Importance widget.Importance
}

// maxGridRows is the most rows a grid shows at once; a longer grid scrolls
// inside itself.
const maxGridRows = 14

// Grid is a spreadsheet-like table: every cell is a label, and one entry
// edits the cell being edited. A click on an editable cell or typing into
// the selected one starts an edit; Enter and Shift+Enter keep it and move
// down or up, Tab and Shift+Tab to the next or previous editable cell, the
// up and down arrows keep it and move; Escape puts the old value back. The
// arrow keys move between cells when nothing is edited. Valid text is
// stored as it is typed, so that totals follow; while the text is invalid
// the cell keeps the value it had, and leaving it says why under the grid.
type Grid struct {
	widget.BaseWidget

	// OnChanged is called after a typed value changed what the model holds,
	// before the grid shows the model anew.
	OnChanged func()
	// OnSelected is called when the cursor moves to another cell.
	OnSelected func(row, col int)

	model     GridModel
	widths    []float32
	rowHeight float32
	table     *gridTable
	editor    *gridEditor
	message   *widget.Label

	cursor  widget.TableCellID
	editing bool   // whether the editor is over the cell at cursor
	before  string // the cell's text when its edit began
	problem error  // why the editor's text cannot be stored, nil when it can
	loading bool   // the editor's text is being set by the grid, not typed
	shift   bool   // a shift key is held
	moving  bool   // the grid is moving the keyboard between its table and editor
	off     bool   // disabled: cells can be selected but not edited
}

// NewGrid shows model in columns of the given widths; the first sticky
// columns stay in view when the grid scrolls sideways.
func NewGrid(model GridModel, sticky int, widths ...float32) *Grid {
	g := &Grid{model: model, widths: widths, message: widget.NewLabel(""), rowHeight: widget.NewLabel("0").MinSize().Height}
	g.message.Wrapping = fyne.TextWrapWord
	g.message.Importance = widget.DangerImportance
	g.message.Hide()
	g.editor = &gridEditor{g: g}
	g.editor.ExtendBaseWidget(g.editor)
	PassWheel(&g.editor.Entry)
	g.editor.OnChanged = g.onTyped
	t := &gridTable{g: g}
	t.Length, t.CreateCell, t.UpdateCell = model.Size, g.newCell, g.updateCell
	t.CreateHeader, t.UpdateHeader = g.newHeader, g.updateHeader
	t.OnSelected = g.onSelected
	t.ShowHeaderRow = true
	t.StickyColumnCount = sticky
	t.ExtendBaseWidget(t)
	for i, w := range widths {
		t.SetColumnWidth(i, w)
	}
	g.table = t
	g.ExtendBaseWidget(g)
	return g
}

// CreateRenderer shows the table with the message above it. A grid with
// cells to edit keeps a line for the message even when there is none, so
// that the table does not move as a message comes and goes.
func (g *Grid) CreateRenderer() fyne.WidgetRenderer {
	box := container.NewBorder(container.New(messageLine{g}, g.message), nil, nil, nil, container.New(gridLayout{g}, g.table))
	return widget.NewSimpleRenderer(box)
}

// messageLine lays out the grid's message, at least a line high when some
// cell of the grid can be edited (and so can be refused).
type messageLine struct{ g *Grid }

func (l messageLine) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	objects[0].Resize(size)
}

func (l messageLine) MinSize(objects []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(0, 0)
	if objects[0].Visible() {
		s = objects[0].MinSize()
	}
	if l.g.editable() {
		s.Height = max(s.Height, l.g.rowHeight)
	}
	return s
}

// editable reports whether some cell of the grid can be edited.
func (g *Grid) editable() bool {
	rows, cols := g.model.Size()
	for r := range rows {
		for c := range cols {
			if g.model.Cell(r, c).Editable {
				return true
			}
		}
	}
	return false
}

// Refresh shows the model's values anew, keeping the cell being edited.
func (g *Grid) Refresh() {
	if g.table != nil {
		g.table.Refresh()
	}
	g.BaseWidget.Refresh()
}

// takeWheel scrolls the table by the wheel, each way only as far as it
// can, and reports whether it moved. Unlike the table's own scroll, a
// vertical turn never scrolls it sideways: over a grid that is wide but
// not tall, the wheel scrolls the page.
func (g *Grid) takeWheel(ev *fyne.ScrollEvent) bool {
	before := tableOffset(&g.table.Table)
	g.table.ScrollToOffset(fyne.NewPos(before.X-ev.Scrolled.DX, before.Y-ev.Scrolled.DY))
	return tableOffset(&g.table.Table) != before
}

// tableOffset is how far t is scrolled. Fyne 2.7's Table keeps this to
// itself, and the wheel must know whether the table moved; a change in
// Fyne that renames the field fails TestGridWheelScrollsTheGridThenThePage,
// and in the window leaves the wheel to the page instead of panicking.
func tableOffset(t *widget.Table) fyne.Position {
	off := reflect.ValueOf(t).Elem().FieldByName("offset")
	if !off.IsValid() || off.NumField() < 2 {
		return fyne.Position{}
	}
	return fyne.NewPos(float32(off.Field(0).Float()), float32(off.Field(1).Float()))
}

// Disable stops the cells from being edited; they can still be selected
// and read. An edit under way ends, keeping what was stored.
func (g *Grid) Disable() {
	g.off = true
	g.closeEdit()
}

// Enable lets the cells be edited again.
func (g *Grid) Enable() { g.off = false }

// Disabled reports whether the cells cannot be edited.
func (g *Grid) Disabled() bool { return g.off }

// Problem says why the text being edited cannot be stored, nil when it can.
func (g *Grid) Problem() error { return g.problem }

// Editor is the entry that edits a cell, for tests that type into it.
func (g *Grid) Editor() *widget.Entry { return &g.editor.Entry }

// Selected is the cell the cursor is on.
func (g *Grid) Selected() (row, col int) { return g.cursor.Row, g.cursor.Col }

// Message is what the grid says under the table, "" when nothing.
func (g *Grid) Message() string {
	if !g.message.Visible() {
		return ""
	}
	return g.message.Text
}

// Select moves the cursor to row, col, brings the cell into view and gives
// the grid the keyboard.
func (g *Grid) Select(row, col int) {
	g.table.Select(widget.TableCellID{Row: row, Col: col})
	g.focusTable()
}

// Edit starts editing the cell at row, col with its current text, if it
// is editable, all of it selected so that typing replaces it.
func (g *Grid) Edit(row, col int) {
	g.Select(row, col)
	g.startEdit(g.model.Cell(row, col).Edit)
	if g.editing {
		g.editor.TypedShortcut(&fyne.ShortcutSelectAll{})
	}
}

// gridLayout gives the table the height of its rows, up to maxGridRows,
// and the width of its columns.
type gridLayout struct{ g *Grid }

func (l gridLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	objects[0].Resize(size)
}

func (l gridLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	row := l.g.rowHeight + pad
	rows, _ := l.g.model.Size()
	var w float32 // the sticky columns and two more: the table scrolls sideways
	for _, c := range l.g.widths[:min(len(l.g.widths), l.g.table.StickyColumnCount+2)] {
		w += c + pad
	}
	return fyne.NewSize(w, row*float32(min(rows, maxGridRows)+1))
}

func (g *Grid) newCell() fyne.CanvasObject {
	l := widget.NewLabel("")
	return container.NewStack(l, container.NewStack())
}

func (g *Grid) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	l, slot := c.Objects[0].(*widget.Label), c.Objects[1].(*fyne.Container)
	if g.editing && id == g.cursor {
		if len(slot.Objects) == 0 {
			slot.Objects = []fyne.CanvasObject{g.editor}
			slot.Refresh()
		}
		l.Hide()
		return
	}
	if len(slot.Objects) > 0 {
		slot.Objects = nil
		slot.Refresh()
	}
	l.Show()
	setCellLabel(l, g.model.Cell(id.Row, id.Col))
}

// setCellLabel draws cell in l, refreshing it only when something changed.
func setCellLabel(l *widget.Label, cell GridCell) {
	align, cut := fyne.TextAlignTrailing, fyne.TextTruncateOff
	if cell.Leading { // a name, which may be longer than its column; figures fit
		align, cut = fyne.TextAlignLeading, fyne.TextTruncateEllipsis
	}
	if l.Text == cell.Text && l.Alignment == align && l.TextStyle.Bold == cell.Bold && l.Importance == cell.Importance {
		return
	}
	l.Text, l.Alignment, l.Truncation, l.TextStyle.Bold, l.Importance = cell.Text, align, cut, cell.Bold, cell.Importance
	l.Refresh()
}

func (g *Grid) newHeader() fyne.CanvasObject {
	return widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
}

func (g *Grid) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	if id.Row >= 0 || id.Col < 0 {
		l.SetText("")
		return
	}
	l.Alignment = fyne.TextAlignTrailing
	if rows, _ := g.model.Size(); rows > 0 && g.model.Cell(min(1, rows-1), id.Col).Leading {
		l.Alignment = fyne.TextAlignLeading
	}
	l.SetText(g.model.Heading(id.Col))
}

// onSelected follows the table's selection: a click or a move. An edit
// left with invalid text ends with the old value and its message kept.
func (g *Grid) onSelected(id widget.TableCellID) {
	if g.editing && id != g.cursor {
		if g.problem != nil {
			g.showMessage(g.problemText())
		}
		g.closeEdit()
	}
	g.cursor = id
	if g.OnSelected != nil {
		g.OnSelected(id.Row, id.Col)
	}
}

// startEdit puts the editor over the cell at the cursor with text.
func (g *Grid) startEdit(text string) {
	cell := g.model.Cell(g.cursor.Row, g.cursor.Col)
	if !cell.Editable || g.off {
		return
	}
	g.editing, g.before, g.problem = true, cell.Edit, nil
	g.loading = true
	g.editor.SetText(text)
	g.loading = false
	g.editor.CursorColumn = len([]rune(text))
	g.table.RefreshItem(g.cursor)
	g.focus(g.editor)
	if text != cell.Edit {
		g.onTyped(text)
	}
}

// onTyped stores the editor's text as it is typed, or the value from
// before the edit when the text is not valid.
func (g *Grid) onTyped(text string) {
	if !g.editing || g.loading {
		return
	}
	r, c := g.cursor.Row, g.cursor.Col
	was := g.model.Cell(r, c).Edit
	if g.problem = g.model.Set(r, c, text); g.problem != nil {
		_ = g.model.Set(r, c, g.before) // it was stored before, so it is valid
	} else {
		g.showMessage("")
	}
	if g.OnChanged != nil && g.model.Cell(r, c).Edit != was {
		g.OnChanged()
	}
	g.table.Refresh()
}

// problemText names the cell, what is wrong and what the cell keeps.
func (g *Grid) problemText() string {
	r, c := g.cursor.Row, g.cursor.Col
	name := g.model.Heading(c)
	if lead := g.model.Cell(r, 0).Text; c > 0 && lead != "" {
		name = lead + ", " + name
	}
	kept := g.model.Cell(r, c).Text
	if strings.TrimSpace(kept) == "" {
		kept = "0"
	}
	return lang.L("{{.Cell}}: {{.Problem}} The cell keeps {{.Value}}.", map[string]any{"Cell": name, "Problem": MessageText(g.problem), "Value": kept})
}

func (g *Grid) showMessage(text string) {
	if text == g.Message() {
		return
	}
	g.message.SetText(text)
	if text == "" {
		g.message.Hide()
	} else {
		g.message.Show()
	}
	g.BaseWidget.Refresh()
}

// finish keeps the edit and moves by dr rows or to the next editable cell
// (tab), unless the text is not valid: then the editor stays with its message.
func (g *Grid) finish(dr int, tab bool) {
	if g.problem != nil {
		g.showMessage(g.problemText())
		return
	}
	g.closeEdit()
	switch {
	case tab:
		g.tabTo(g.shift)
	case dr != 0:
		g.moveDown(dr)
	}
	g.focusTable()
}

// cancel ends the edit and puts the value from before it back.
func (g *Grid) cancel() {
	if !g.editing {
		return
	}
	changed := g.model.Cell(g.cursor.Row, g.cursor.Col).Edit != g.before
	_ = g.model.Set(g.cursor.Row, g.cursor.Col, g.before)
	g.showMessage("")
	g.closeEdit()
	if changed && g.OnChanged != nil {
		g.OnChanged()
	}
	g.table.Refresh()
	g.focusTable()
}

// closeEdit takes the editor away, forgetting any problem with its text,
// and shows the cell's label again.
func (g *Grid) closeEdit() {
	if !g.editing {
		return
	}
	g.editing, g.problem = false, nil
	g.table.RefreshItem(g.cursor)
}

// onEditorLeft ends the edit when focus leaves the editor for elsewhere:
// invalid text is dropped and its message stays, so the user knows.
func (g *Grid) onEditorLeft() {
	if !g.editing {
		return
	}
	if g.problem != nil {
		g.showMessage(g.problemText())
	}
	g.closeEdit()
}

func (g *Grid) focusTable() { g.focus(g.table) }

// focus gives o, the table or the editor, the keyboard.
func (g *Grid) focus(o fyne.Focusable) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(g.table); c != nil {
		g.moving = true
		c.Focus(o)
		g.moving = false
	}
}

// keyboardLeft forgets the shift key when the keyboard leaves the grid, as
// its release then goes elsewhere.
func (g *Grid) keyboardLeft() {
	if !g.moving {
		g.shift = false
	}
}

// moveBy moves the cursor by dr rows and dc columns, staying inside the grid.
func (g *Grid) moveBy(dr, dc int) {
	rows, cols := g.model.Size()
	r := min(max(g.cursor.Row+dr, 0), rows-1)
	c := min(max(g.cursor.Col+dc, 0), cols-1)
	g.Select(r, c)
}

// moveDown moves the cursor dr rows (-1 up) to the next editable cell of its
// column, or one row when there is none.
func (g *Grid) moveDown(dr int) {
	rows, _ := g.model.Size()
	for r := g.cursor.Row + dr; r >= 0 && r < rows; r += dr {
		if g.model.Cell(r, g.cursor.Col).Editable {
			g.Select(r, g.cursor.Col)
			return
		}
	}
	g.moveBy(dr, 0)
}

// tabTo moves the cursor to the next (back: previous) editable cell in
// reading order; from the last it leaves the grid for the next field.
func (g *Grid) tabTo(back bool) {
	rows, cols := g.model.Size()
	step := 1
	if back {
		step = -1
	}
	for i := g.cursor.Row*cols + g.cursor.Col + step; i >= 0 && i < rows*cols; i += step {
		if g.model.Cell(i/cols, i%cols).Editable {
			g.Select(i/cols, i%cols)
			return
		}
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(g.table); c != nil {
		if back {
			c.FocusPrevious()
		} else {
			c.FocusNext()
		}
	}
}

// trackShift follows the shift keys, for Shift+Tab and Shift+Enter.
func (g *Grid) trackShift(k *fyne.KeyEvent, down bool) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		g.shift = down
	}
}

// gridTable is the grid's table, with the keyboard of a spreadsheet.
type gridTable struct {
	widget.Table
	g *Grid
}

// AcceptsTab keeps Tab in the grid, to move between its cells.
func (t *gridTable) AcceptsTab() bool { return true }

// KeyDown follows the shift keys.
func (t *gridTable) KeyDown(k *fyne.KeyEvent) { t.g.trackShift(k, true) }

// KeyUp follows the shift keys.
func (t *gridTable) KeyUp(k *fyne.KeyEvent) { t.g.trackShift(k, false) }

// FocusLost forgets the shift key when the keyboard leaves the grid.
func (t *gridTable) FocusLost() {
	t.Table.FocusLost()
	t.g.keyboardLeft()
}

// TypedKey moves between cells, starts an edit (Enter, F2) or clears a cell (Delete).
func (t *gridTable) TypedKey(k *fyne.KeyEvent) {
	g := t.g
	switch k.Name {
	case fyne.KeyUp:
		g.moveBy(-1, 0)
	case fyne.KeyDown:
		g.moveBy(1, 0)
	case fyne.KeyLeft:
		g.moveBy(0, -1)
	case fyne.KeyRight:
		g.moveBy(0, 1)
	case fyne.KeyTab:
		g.tabTo(g.shift)
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyF2:
		g.startEdit(g.model.Cell(g.cursor.Row, g.cursor.Col).Edit)
	case fyne.KeyDelete, fyne.KeyBackspace:
		g.startEdit("")
	}
}

// TypedRune starts an edit of the selected cell with the rune typed.
func (t *gridTable) TypedRune(r rune) { t.g.startEdit(string(r)) }

// Tapped selects the cell clicked and, when it is editable, edits it.
func (t *gridTable) Tapped(e *fyne.PointEvent) {
	t.Table.Tapped(e)
	if !t.g.editing {
		t.g.Edit(t.g.cursor.Row, t.g.cursor.Col)
	}
}

// gridEditor is the entry over the cell being edited.
type gridEditor struct {
	widget.Entry
	g *Grid
}

// AcceptsTab keeps Tab for moving to the next cell.
func (e *gridEditor) AcceptsTab() bool { return true }

// KeyDown follows the shift keys.
func (e *gridEditor) KeyDown(k *fyne.KeyEvent) {
	e.g.trackShift(k, true)
	e.Entry.KeyDown(k)
}

// KeyUp follows the shift keys.
func (e *gridEditor) KeyUp(k *fyne.KeyEvent) {
	e.g.trackShift(k, false)
	e.Entry.KeyUp(k)
}

// TypedKey keeps or cancels the edit and moves, as a spreadsheet does.
func (e *gridEditor) TypedKey(k *fyne.KeyEvent) {
	g := e.g
	down := 1
	if g.shift {
		down = -1
	}
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		g.finish(down, false)
	case fyne.KeyTab:
		g.finish(0, true)
	case fyne.KeyUp:
		g.finish(-1, false)
	case fyne.KeyDown:
		g.finish(1, false)
	case fyne.KeyEscape:
		g.cancel()
	default:
		e.Entry.TypedKey(k)
	}
}

// FocusLost ends the edit when the user clicks elsewhere.
func (e *gridEditor) FocusLost() {
	e.Entry.FocusLost()
	e.g.keyboardLeft()
	e.g.onEditorLeft()
}

// ParseWhole reads a whole number from min to max, written the Norwegian
// way ("1 250 000", "1250000", "1.250.000") with or without unit after it;
// empty text is 0.
func ParseWhole(s, unit string, min, max int64) (int64, bool) {
	s = strings.TrimSpace(s)
	if unit != "" {
		s = strings.TrimSuffix(s, unit)
	}
	if strings.TrimSpace(strings.ReplaceAll(s, planmodel.NBSP, "")) == "" {
		return 0, true
	}
	v, err := planmodel.ParseInt(s)
	return v, err == nil && v >= min && v <= max
}

// WholeText writes v grouped the Norwegian way with unit after it, and 0 as "".
func WholeText(v int64, unit string) string {
	if v == 0 {
		return ""
	}
	if unit == "" {
		return planmodel.FormatInt(v)
	}
	return planmodel.FormatInt(v) + planmodel.NBSP + unit
}

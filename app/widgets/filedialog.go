package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// placeName is the translated name of one of the places Fyne's file
// dialog lists on its left, or name itself when it is not one of them.
// Fyne 2.7 shows these names as they are in its source, never through its
// translations ("Home", "Computer", …).
func placeName(name string) string {
	switch name {
	case "Home":
		return lang.L("Home")
	case "Computer":
		return lang.L("Computer")
	case "App Files":
		return lang.L("App Files")
	case "Desktop":
		return lang.L("Desktop")
	case "Documents":
		return lang.L("Documents")
	case "Downloads":
		return lang.L("Downloads")
	case "Music":
		return lang.L("Music")
	case "Pictures":
		return lang.L("Pictures")
	case "Videos":
		return lang.L("Videos")
	case "Movies":
		return lang.L("Movies")
	}
	return name
}

// translatePlaces makes the file dialog just shown in win name its places
// in the interface language: it wraps the update of the dialog's list of
// places, reached through the public fields of the dialog's pop-up, its
// containers and its split.
func translatePlaces(win fyne.Window) {
	pop, ok := win.Canvas().Overlays().Top().(*widget.PopUp)
	if !ok {
		return
	}
	for _, l := range lists(pop.Content) {
		update := l.UpdateItem
		l.UpdateItem = func(id widget.ListItemID, item fyne.CanvasObject) {
			update(id, item)
			if row, ok := item.(*fyne.Container); ok && len(row.Objects) == 2 {
				if label, ok := row.Objects[1].(*widget.Label); ok {
					if name := placeName(label.Text); name != label.Text {
						label.SetText(name)
					}
				}
			}
		}
		l.Refresh()
	}
}

// lists returns the lists inside o, through containers, splits and scrolls.
func lists(o fyne.CanvasObject) []*widget.List {
	switch w := o.(type) {
	case *widget.List:
		return []*widget.List{w}
	case *fyne.Container:
		var out []*widget.List
		for _, c := range w.Objects {
			out = append(out, lists(c)...)
		}
		return out
	case *container.Split:
		return append(lists(w.Leading), lists(w.Trailing)...)
	case *container.Scroll:
		return lists(w.Content)
	}
	return nil
}

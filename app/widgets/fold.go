package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// FoldHeight is the window height, in Fyne units, below which the window's
// headers fold to leave the stage most of the height: a window on a
// 1024×600 screen folds, one on a 1366×768 screen does not.
const FoldHeight float32 = 640

// NewSizeWatcher returns content in a container that calls onResize with
// its new size, before laying content out in it, whenever its size changes.
// Filling the window, it tells the window's size: Fyne has no event for it.
func NewSizeWatcher(content fyne.CanvasObject, onResize func(fyne.Size)) *fyne.Container {
	return container.New(&sizeWatcher{onResize: onResize}, content)
}

type sizeWatcher struct {
	onResize func(fyne.Size)
	size     fyne.Size
}

func (w *sizeWatcher) MinSize(objects []fyne.CanvasObject) fyne.Size { return objects[0].MinSize() }

func (w *sizeWatcher) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	if size != w.size {
		w.size = size
		w.onResize(size)
	}
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(size)
}

// SetVisible shows o when visible is set, and hides it otherwise.
func SetVisible(o fyne.CanvasObject, visible bool) {
	if visible {
		o.Show()
	} else {
		o.Hide()
	}
}

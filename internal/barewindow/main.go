// Command barewindow opens a Fyne window with one label and nothing else:
// the floor that `make bench` compares Regionplan's start-up with. Build it
// with the same tags as Regionplan.
package main

import (
	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := fyneapp.NewWithID("no.regionplan.barewindow")
	w := a.NewWindow("Barewindow")
	w.SetContent(widget.NewLabel("Regionplan"))
	w.Resize(fyne.NewSize(1100, 720))
	w.ShowAndRun()
}

// Command barewindow opens a Fyne window with one label and nothing else:
// the floor that `make bench` compares Regionplan's start-up with. With
// -button it adds one button, whose bold text makes Fyne load a second font
// style as every real window does. Build it with the same tags as Regionplan.
package main

import (
	"flag"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

func main() {
	button := flag.Bool("button", false, "add a button under the label")
	flag.Parse()
	a := fyneapp.NewWithID("no.regionplan.barewindow")
	w := a.NewWindow("Barewindow")
	var content fyne.CanvasObject = widget.NewLabel("Regionplan")
	if *button {
		content = container.NewVBox(content, widget.NewButton("Åpne", func() {}))
	}
	w.SetContent(content)
	w.Resize(fyne.NewSize(1100, 720))
	w.ShowAndRun()
}

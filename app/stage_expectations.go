package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// The working tool of stage 1 is the municipality editor: the municipalities
// that take part, with the facts their council papers need.

func (e *municipalityEditor) title() string { return lang.L("Participating municipalities") }

func (e *municipalityEditor) canvas() fyne.CanvasObject { return e.content }

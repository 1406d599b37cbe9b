package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"regionplan/planmodel"
)

// A table pasted from a spreadsheet (tabs, Windows line breaks) and a text
// with a bell and a direction override reach apply as the user meant them,
// so the plan takes them instead of asking to remove invisible characters.
func TestFormDialogCleansPastedText(t *testing.T) {
	test.NewTempApp(t)
	win := test.NewWindow(nil)
	defer win.Close()
	win.Resize(fyne.NewSize(800, 600))
	title := widget.NewEntry()
	findings := widget.NewMultiLineEntry()
	form := widget.NewForm(widget.NewFormItem("Tittel", title), widget.NewFormItem("Funn", findings))
	var got [2]string
	var problems planmodel.Problems
	d := ShowFormDialog(win, "Ny kilde", "Lagre", form, func() error {
		got = [2]string{title.Text, findings.Text}
		k := planmodel.Source{Title: title.Text, Kind: planmodel.SourceKinds[0], Status: planmodel.SourcePlanned, Findings: findings.Text}
		problems = k.Validate()
		return nil
	})
	title.SetText("Bedrifter i Valdres\a \u202eæøå\r\n2027")
	findings.SetText("Bransje\tAntall\r\nReiseliv\t120\rLandbruk\t340\x1b")
	d.Submit()
	if want := "Bedrifter i Valdres æøå 2027"; got[0] != want {
		t.Errorf("title %q, want %q", got[0], want)
	}
	if want := "Bransje Antall\nReiseliv 120\nLandbruk 340"; got[1] != want {
		t.Errorf("findings %q, want %q", got[1], want)
	}
	if len(problems) > 0 {
		t.Errorf("the cleaned texts are refused: %v", problems)
	}
}

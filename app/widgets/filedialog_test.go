package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"regionplan/internal/uitest"
)

// The folder dialog names its places in the interface language: Fyne 2.7
// shows "Home" and "Computer" as they stand in its source.
func TestFolderDialogNamesItsPlacesInNorwegian(t *testing.T) {
	test.NewTempApp(t)
	t.Setenv("HOME", t.TempDir())
	if err := SetLanguage("nb"); err != nil {
		t.Fatal(err)
	}
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(900, 600))
	ShowFolderOpen(w, func(fyne.ListableURI, error) {})
	texts := uitest.Texts(w.Canvas().Overlays().Top())
	for _, want := range []string{"Hjem", "Datamaskin"} {
		if !uitest.ContainsText(texts, want) {
			t.Errorf("no place %q among %q", want, texts)
		}
	}
	for _, english := range []string{"Home", "Computer"} {
		for _, s := range texts {
			if s == english {
				t.Errorf("the dialog still says %q", english)
			}
		}
	}
}

// The file dialog's title says what to do in the interface language, as the
// folder dialog's does: Fyne's own reads "Open" + "File", "Åpne Fil" in
// Norwegian, with a capital in mid-sentence.
func TestFileDialogTitleIsNorwegian(t *testing.T) {
	test.NewTempApp(t)
	t.Setenv("HOME", t.TempDir())
	for _, c := range []struct{ code, title, fyne string }{
		{"nb", "Velg fil", "Åpne Fil"},
		{"nn", "Vel fil", "Opne Fil"},
	} {
		if err := SetLanguage(c.code); err != nil {
			t.Fatal(err)
		}
		w := test.NewWindow(nil)
		w.Resize(fyne.NewSize(900, 600))
		ShowOpenFile(w, ".json", 10, func(string, []byte) {}, func(error) {})
		texts := uitest.Texts(w.Canvas().Overlays().Top())
		if !uitest.ContainsText(texts, c.title) {
			t.Errorf("%s: no title %q among %q", c.code, c.title, texts)
		}
		for _, s := range texts {
			if s == c.fyne || s == "Open File" {
				t.Errorf("%s: the dialog still says %q", c.code, s)
			}
		}
		w.Close()
	}
}

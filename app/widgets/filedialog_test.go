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

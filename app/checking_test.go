package app

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"regionplan/internal/uitest"
	"regionplan/storage"
)

// A file opened as the window opens it (storage.OpenChecking) is checked
// after the first frame. Until the check is done the start screen says so;
// when it finds damage the plans listed did not show (here in a snapshot),
// the start screen is drawn again with the damage banner.
func TestStartScreenShowsTheCheck(t *testing.T) {
	a := test.NewTempApp(t)
	if err := SetLanguage("en"); err != nil {
		t.Fatal(err)
	}
	path, _, _ := fileWithDamagedSnapshot(t)
	u, s, release, wait := checkingWindow(t, a, path)
	texts := uitest.RichText(u.win.Content())
	if !strings.Contains(texts, "Checking the plan file…") || strings.Contains(texts, "Part of the plan file is damaged") {
		t.Errorf("while checking, the start screen says: %s", texts)
	}
	close(release)
	wait()
	if !errors.Is(s.Damaged(), storage.ErrDamaged) {
		t.Fatal("the check found no damage")
	}
	texts = uitest.RichText(u.win.Content())
	if !strings.Contains(texts, "Part of the plan file is damaged") || strings.Contains(texts, "Checking the plan file…") {
		t.Errorf("after the check, the start screen says: %s", texts)
	}
}

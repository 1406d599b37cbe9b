package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"regionplan/internal/platform"
	"regionplan/internal/uitest"
	"regionplan/storage"
)

// A plan file inside a Dropbox folder gets the warning on the start screen;
// one in an ordinary folder does not.
func TestSyncedFolderWarning(t *testing.T) {
	const warning = "Synkronisering og fillåsing der"
	u, _ := newTestUI(t)
	if uitest.ContainsText(uitest.Texts(u.start.content), warning) {
		t.Error("a plan file in an ordinary folder is warned about")
	}

	dir := filepath.Join(t.TempDir(), "Dropbox (Regionrådet)")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	s, err := storage.Open(filepath.Join(dir, storage.FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	synced, err := New(test.NewTempApp(t), s)
	if err != nil {
		t.Fatal(err)
	}
	if !uitest.ContainsText(uitest.Texts(synced.start.content), "ligger i Dropbox. "+warning) {
		t.Errorf("no warning for a plan file in Dropbox; the start screen says %q", uitest.Texts(synced.start.content))
	}
}

// A network share is named as one, in the window's language.
func TestSyncedBannerNamesNetworkFolder(t *testing.T) {
	newTestUI(t)
	sys := platform.System{GOOS: "linux", Getenv: func(string) string { return "" },
		Mounts: "/dev/sda1 / ext4 rw 0 0\nfiler:/plans /mnt/plans nfs4 rw 0 0\n"}
	b := syncedBanner("/mnt/plans/regionplan.db", sys)
	if b == nil || !uitest.ContainsText(uitest.Texts(b), "ligger i en nettverksmappe") {
		t.Fatalf("banner for an NFS folder: %v", b)
	}
	if syncedBanner("/home/kari/regionplan.db", sys) != nil {
		t.Error("a banner for a folder on the local disk")
	}
}

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	fyneapp "fyne.io/fyne/v2/app"

	"regionplan/app"
)

// printRootEnv makes TestPrintFyneStorageRoot print Fyne's storage folder.
const printRootEnv = "REGIONPLAN_PRINT_FYNE_ROOT"

// TestPrintFyneStorageRoot is run as its own process by
// TestDefaultPlanFileIsInFyneStorage, since Fyne's preference watcher keeps
// writing into that folder for as long as the process lives.
func TestPrintFyneStorageRoot(t *testing.T) {
	if os.Getenv(printRootEnv) == "" {
		t.Skip("only run as TestDefaultPlanFileIsInFyneStorage's second process")
	}
	fmt.Println(fyneapp.NewWithID(app.ID).Storage().RootURI().Path())
}

// The commands' default plan file lies in the folder Fyne itself gives the
// window as its storage on this system.
func TestDefaultPlanFileIsInFyneStorage(t *testing.T) {
	home := t.TempDir()
	for _, xdg := range []string{"", filepath.Join(home, "xdg")} {
		t.Setenv("HOME", home)
		t.Setenv("XDG_CONFIG_HOME", xdg)
		path, err := defaultDBPath()
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(os.Args[0], "-test.run=^TestPrintFyneStorageRoot$", "-test.count=1")
		cmd.Env = append(os.Environ(), printRootEnv+"=1")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("asking Fyne: %v", err)
		}
		root, _, _ := strings.Cut(string(out), "\n")
		if filepath.Dir(path) != filepath.Clean(root) {
			t.Errorf("XDG_CONFIG_HOME=%q: plan file %s, Fyne's storage %s", xdg, path, root)
		}
	}
}

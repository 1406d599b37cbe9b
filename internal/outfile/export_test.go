package outfile

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestExportWritesAllFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	ex, err := Begin(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ex.Abort()
	for _, name := range []string{"Nes/Gol", "Nes:Gol", "Ål"} {
		if _, err := ex.Add(name, ".pdf", []byte(name)); err != nil {
			t.Fatal(err)
		}
	}
	if names := listDir(t, dir); len(names) != 3 || slices.Contains(names, "Ål.pdf") {
		t.Fatalf("before Commit the folder holds %q, want three temporary files", names)
	}
	paths, err := ex.Commit()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Nes-Gol.pdf", "Nes-Gol (2).pdf", "Ål.pdf"}
	for i, p := range paths {
		if filepath.Base(p) != want[i] {
			t.Errorf("path %d = %s, want %s", i, p, want[i])
		}
	}
	if got, _ := os.ReadFile(paths[1]); string(got) != "Nes:Gol" {
		t.Errorf("second file holds %q", got)
	}
	if names := listDir(t, dir); !slices.Equal(names, []string{"Nes-Gol (2).pdf", "Nes-Gol.pdf", "Ål.pdf"}) {
		t.Errorf("folder holds %q", names)
	}
}

func TestFailedExportKeepsEarlierFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "A.pdf"), []byte("earlier A"), 0o644); err != nil {
		t.Fatal(err)
	}
	ex, err := Begin(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ex.Add("A", ".pdf", []byte("new A")); err != nil {
		t.Fatal(err)
	}
	full := errors.New("no space left on device")
	_, err = ex.AddFunc("B", ".pdf", func(w io.Writer) error {
		w.Write([]byte("half"))
		return full
	})
	if !errors.Is(err, full) {
		t.Fatalf("AddFunc = %v, want the write error", err)
	}
	ex.Abort()
	if names := listDir(t, dir); !slices.Equal(names, []string{"A.pdf"}) {
		t.Errorf("after the failed export the folder holds %q", names)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "A.pdf")); string(got) != "earlier A" {
		t.Errorf("A.pdf holds %q", got)
	}
}

func TestFailedCommitSetsBackEarlierFiles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "A.pdf"), []byte("earlier A"), 0o644)
	ex, err := Begin(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	ex.Add("A", ".pdf", []byte("new A"))
	ex.Add("New", ".pdf", []byte("new"))
	// A folder where the last file should go makes its rename fail.
	if err := os.Mkdir(filepath.Join(dir, "C.pdf"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "C.pdf", "x"), []byte("x"), 0o644)
	ex.Add("C", ".pdf", []byte("new C"))
	if _, err := ex.Commit(); err == nil {
		t.Fatal("Commit over a folder succeeded")
	}
	if names := listDir(t, dir); !slices.Equal(names, []string{"A.pdf", "C.pdf"}) {
		t.Errorf("after the failed commit the folder holds %q", names)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "A.pdf")); string(got) != "earlier A" {
		t.Errorf("A.pdf holds %q", got)
	}
}

func TestWriteFileThatFailsKeepsFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.pdf")
	os.WriteFile(path, []byte("earlier"), 0o644)
	full := errors.New("no space left on device")
	err := Write(path, 0o644, func(w io.Writer) error {
		w.Write([]byte("half"))
		return full
	})
	if !errors.Is(err, full) {
		t.Fatalf("Write = %v, want the write error", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "earlier" || len(listDir(t, dir)) != 1 {
		t.Errorf("file holds %q, folder %q", got, listDir(t, dir))
	}
	if err := WriteFile(path, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" || len(listDir(t, dir)) != 1 {
		t.Errorf("file holds %q, folder %q", got, listDir(t, dir))
	}
}

// A cancelled export writes nothing more, and leaves neither its files nor
// its temporary files, while an earlier file of the same name stays.
func TestCancelledExportLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "A.pdf"), []byte("earlier A"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	ex, err := Begin(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ex.Abort()
	for _, name := range []string{"A", "B"} {
		if _, err := ex.Add(name, ".pdf", []byte("new "+name)); err != nil {
			t.Fatal(err)
		}
	}
	cancel()
	if _, err := ex.Add("C", ".pdf", []byte("new C")); !errors.Is(err, ErrCancelled) {
		t.Errorf("Add after cancel = %v, want ErrCancelled", err)
	}
	if _, err := ex.Commit(); !errors.Is(err, ErrCancelled) {
		t.Fatalf("Commit after cancel = %v, want ErrCancelled", err)
	}
	if names := listDir(t, dir); !slices.Equal(names, []string{"A.pdf"}) {
		t.Errorf("after the cancelled export the folder holds %q", names)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "A.pdf")); string(got) != "earlier A" {
		t.Errorf("A.pdf holds %q", got)
	}
}

// failLinks makes hard links fail for the rest of the test, as they do on
// FAT32, exFAT and some network shares; after is run at each failed link.
func failLinks(t *testing.T, after func()) {
	t.Helper()
	saved := link
	t.Cleanup(func() { link = saved })
	link = func(string, string) error {
		after()
		return &os.LinkError{Op: "link", Err: errors.ErrUnsupported}
	}
}

// Where hard links fail, a commit that fails still sets back the earlier file.
func TestFailedCommitWithoutLinksSetsBackEarlierFiles(t *testing.T) {
	failLinks(t, func() {})
	TestFailedCommitSetsBackEarlierFiles(t)
}

// Where hard links fail, an export cancelled while its files are being put
// in place sets back the earlier file it had already replaced.
func TestCancelledCommitWithoutLinksKeepsEarlierFiles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "A.pdf"), []byte("earlier A"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	failLinks(t, cancel)
	ex, err := Begin(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	ex.Add("A", ".pdf", []byte("new A"))
	ex.Add("B", ".pdf", []byte("new B"))
	if _, err := ex.Commit(); !errors.Is(err, ErrCancelled) {
		t.Fatalf("Commit cancelled midway = %v, want ErrCancelled", err)
	}
	if names := listDir(t, dir); !slices.Equal(names, []string{"A.pdf"}) {
		t.Errorf("after the cancelled export the folder holds %q", names)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "A.pdf")); string(got) != "earlier A" {
		t.Errorf("A.pdf holds %q", got)
	}
}

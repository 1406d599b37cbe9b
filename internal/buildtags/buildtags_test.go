package buildtags

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCurrentNamesTheTagsOfABuild builds a program with tags and without,
// and reads what Current says in each.
func TestCurrentNamesTheTagsOfABuild(t *testing.T) {
	dir := t.TempDir()
	for _, tags := range []string{"one_tag,another_tag", ""} {
		bin := filepath.Join(dir, "tags"+strings.ReplaceAll(tags, ",", "_"))
		build := exec.Command("go", "build", "-tags", tags, "-o", bin, "./testdata/printtags")
		if out, err := build.CombinedOutput(); err != nil {
			t.Fatalf("building with tags %q: %v: %s", tags, err, out)
		}
		out, err := exec.Command(bin).Output()
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSpace(string(out)); got != tags {
			t.Errorf("built with tags %q, Current says %q", tags, got)
		}
	}
}

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Each document command writes PDF and DOCX side by side, or the formats
// --format names; the same export twice gives the same bytes.
func TestExportDocumentFormats(t *testing.T) {
	bin := binary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "plans.db")
	cli := func(args ...string) (string, error) {
		t.Helper()
		cmd := exec.Command(bin, append([]string{"--db", db}, args...)...)
		cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1789300800")
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		if err != nil {
			return errOut.String(), err
		}
		return out.String(), nil
	}
	out, err := cli("demo", "hallingdal")
	if err != nil {
		t.Fatal(out)
	}
	id := strings.TrimSpace(out)
	exts := func(listing string) []string {
		var got []string
		for _, f := range strings.Fields(listing) {
			if e := filepath.Ext(f); e == ".pdf" || e == ".docx" {
				got = append(got, e)
			}
		}
		slices.Sort(got)
		return slices.Compact(got)
	}
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"decisions", "--out", filepath.Join(dir, "d")}, []string{".docx", ".pdf"}},
		{[]string{"summary", "--out", filepath.Join(dir, "s"), "--format", "docx"}, []string{".docx"}},
		{[]string{"resources", "--out", filepath.Join(dir, "r", "ressursplan.pdf")}, []string{".docx", ".pdf"}},
		{[]string{"press", "--activity", "1", "--out", filepath.Join(dir, "p"), "--format", "pdf"}, []string{".pdf"}},
	} {
		args := append([]string{"export", c.args[0], "--plan", id}, c.args[1:]...)
		out, err := cli(args...)
		if err != nil {
			t.Errorf("%v: %v %s", c.args, err, out)
			continue
		}
		if got := exts(out); !slices.Equal(got, c.want) {
			t.Errorf("%v wrote %v, want %v:\n%s", c.args, got, c.want, out)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "r", "ressursplan.docx")); err != nil {
		t.Errorf("the resource plan's DOCX is not beside its PDF: %v", err)
	}
	first, _ := os.ReadFile(filepath.Join(dir, "r", "ressursplan.docx"))
	if out, err := cli("export", "resources", "--plan", id, "--out", filepath.Join(dir, "r2", "ressursplan.pdf")); err != nil {
		t.Fatal(out)
	}
	second, _ := os.ReadFile(filepath.Join(dir, "r2", "ressursplan.docx"))
	if len(first) == 0 || !bytes.Equal(first, second) {
		t.Error("the same plan exported twice gives different DOCX files")
	}
	for _, bad := range [][]string{{"press", "--activity", "99"}, {"decisions", "--format", "odt"}} {
		args := append([]string{"export", bad[0], "--plan", id, "--out", dir}, bad[1:]...)
		if msg, err := cli(args...); err == nil || strings.Count(msg, "\n") != 1 {
			t.Errorf("%v: %v, %q; want one line and status 1", bad, err, msg)
		}
	}
	// A plan with no activity of stage 8 has no press release yet: one line
	// saying so and what to do, not a range "from 1 to 0".
	out, err = cli("new", "--name", "Tom", "--period", "2026-2029", "--municipalities", "3301,3303")
	if err != nil {
		t.Fatal(out)
	}
	msg, err := cli("export", "press", "--plan", strings.TrimSpace(out), "--activity", "1", "--out", dir)
	if err == nil || strings.Count(msg, "\n") != 1 || !strings.Contains(msg, "no communication activities yet") || strings.Contains(msg, "from 1 to 0") {
		t.Errorf("press export of a plan without activities: %v, %q; want one line saying there are none yet, and status 1", err, msg)
	}
}

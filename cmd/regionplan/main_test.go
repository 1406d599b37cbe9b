package main

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"regionplan/internal/buildtags"
	"regionplan/internal/xvfb"
	"regionplan/storage"
)

func TestDemoAndList(t *testing.T) {
	db := filepath.Join(t.TempDir(), "plans.db")
	var ids []string
	for _, name := range []string{"kristiansand", "hallingdal"} {
		var out bytes.Buffer
		if err := run([]string{"--db", db, "demo", name}, &out, &out); err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSpace(out.String())
		if strings.Count(out.String(), "\n") != 1 || len(id) != 12 {
			t.Fatalf("demo printed %q, want one ID line", out.String())
		}
		ids = append(ids, id)
	}
	var out bytes.Buffer
	if err := run([]string{"--db", db, "list"}, &out, &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("list printed %q", out.String())
	}
	seen := map[string]bool{}
	for _, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 3 || f[2] != "0" {
			t.Errorf("list line %q, want ID, name and progress", l)
		}
		seen[f[0]] = true
	}
	for _, id := range ids {
		if !seen[id] {
			t.Errorf("plan %s not listed", id)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "plans.db")
	for _, args := range [][]string{
		{"--db", db, "bogus"},
		{"--db", db, "demo", "oslo"},
		{"--db", db, "demo", "a", "b"},
		{"--db", db, "list", "extra"},
		{"--lang", "sv", "list"},
		{"--nope"},
	} {
		var out bytes.Buffer
		err := run(args, &out, &out)
		if err == nil || out.Len() != 0 {
			t.Errorf("%v: err %v, output %q", args, err, out.String())
		}
	}
}

func TestLockedFileGivesClearErrorQuickly(t *testing.T) {
	db := filepath.Join(t.TempDir(), "plans.db")
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	err = run([]string{"--db", db, "list"}, os.Stdout, os.Stderr)
	if !errors.Is(err, storage.ErrLocked) {
		t.Fatalf("list on a locked file: %v", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %v", d)
	}
}

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds the real command once per test run.
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "regionplan-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "regionplan")
		out, err := exec.Command("go", "build", "-tags", buildtags.Current(), "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("building regionplan: %v", buildErr)
	}
	return binPath
}

// TestErrorsAreOneSentence runs the real binary in a bare server's locale
// and checks that an error is one line on stderr with status 1.
func TestErrorsAreOneSentence(t *testing.T) {
	bin := binary(t)
	bad := filepath.Join(t.TempDir(), "bad.db")
	os.WriteFile(bad, []byte("not a plan file at all, just some words in a text file\n"), 0o600)
	for _, args := range [][]string{{"--db", bad, "list"}, {"--db", bad, "bogus"}} {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(xvfb.CleanEnv(), "LANG=C.UTF-8")
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 1 {
			t.Errorf("%v: %v, want exit status 1", args, err)
		}
		if lines := strings.Count(stderr.String(), "\n"); lines != 1 || !strings.HasPrefix(stderr.String(), "regionplan: ") {
			t.Errorf("%v: stderr %q, want one line", args, stderr.String())
		}
		if stdout.Len() != 0 {
			t.Errorf("%v: stdout %q", args, stdout.String())
		}
	}
}

func TestNoDisplayIsExplained(t *testing.T) {
	cmd := exec.Command(binary(t), "--db", filepath.Join(t.TempDir(), "p.db"))
	cmd.Env = xvfb.CleanEnv()
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "DISPLAY") || strings.Count(string(out), "\n") != 1 {
		t.Errorf("without a display: %v, %q", err, out)
	}
}

// TestMetadataMatchesFyneAppToml keeps the metadata compiled into the
// program in step with FyneApp.toml, which a plain go build does not read.
func TestMetadataMatchesFyneAppToml(t *testing.T) {
	f, err := os.Open("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	vals := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok {
			vals[strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	want := map[string]string{"ID": metadata.ID, "Name": metadata.Name, "Version": metadata.Version, "fyneDo": "true"}
	for k, v := range want {
		if vals[k] != v {
			t.Errorf("FyneApp.toml %s = %q, program says %q", k, vals[k], v)
		}
	}
	if _, err := os.Stat("../../" + vals["Icon"]); err != nil {
		t.Errorf("icon: %v", err)
	}
}

func TestExportImportCheckBackupRestore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "plans.db")
	runOK := func(args ...string) string {
		t.Helper()
		var out bytes.Buffer
		if err := run(append([]string{"--db", db}, args...), &out, &out); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		return out.String()
	}
	id := strings.TrimSpace(runOK("demo", "hallingdal"))
	t.Setenv("SOURCE_DATE_EPOCH", "1789000000")
	exported := filepath.Join(dir, "plan.json")
	runOK("export", "plan", "--plan", id, "--out", exported)
	first, _ := os.ReadFile(exported)
	runOK("export", "plan", "--plan", id, "--out", exported)
	if second, _ := os.ReadFile(exported); !bytes.Equal(first, second) {
		t.Error("two exports with SOURCE_DATE_EPOCH set differ")
	}
	if !bytes.Contains(first, []byte(`"exported": "2026-09-10T00:26:40Z"`)) {
		t.Errorf("export date not taken from SOURCE_DATE_EPOCH: %.200s", first)
	}
	out := runOK("import", exported)
	newID := strings.TrimSpace(out)
	if strings.Count(out, "\n") != 1 || newID == id || len(newID) != 12 {
		t.Errorf("import printed %q", out)
	}
	if got := runOK("check"); !strings.Contains(got, "sound") {
		t.Errorf("check: %q", got)
	}
	backupPath := filepath.Join(dir, "copy.db")
	runOK("backup", "--out", backupPath)
	runOK("demo", "kristiansand")
	runOK("restore", backupPath)
	if lines := strings.Count(runOK("list"), "\n"); lines != 2 {
		t.Errorf("after restore, %d plans; want the 2 in the backup", lines)
	}

	// A broken import names every problem and changes nothing.
	broken := bytes.Replace(first, []byte(`"population": 4621`), []byte(`"population": "mange"`), 1)
	broken = bytes.Replace(broken, []byte(`"lastYear": 2019`), []byte(`"lastYear": 2001`), 1)
	os.WriteFile(exported, broken, 0o600)
	var buf bytes.Buffer
	err := run([]string{"--db", db, "import", exported}, &buf, &buf)
	if err == nil || !strings.Contains(err.Error(), "municipalities[2].population: Must be a whole number.") || !strings.Contains(err.Error(), "lastYear: The period ends before it starts.") {
		t.Errorf("broken import: %v", err)
	}
	if lines := strings.Count(runOK("list"), "\n"); lines != 2 {
		t.Errorf("a refused import changed the plans")
	}

	// A damaged file fails check with status 1 and says what to do.
	os.WriteFile(db, []byte("ødelagt"), 0o600)
	err = run([]string{"--db", db, "check"}, &buf, &buf)
	if err == nil || !strings.Contains(err.Error(), "restore the newest backup") {
		t.Errorf("check of a damaged file: %v", err)
	}
}

func TestSnapshotCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "plans.db")
	var out bytes.Buffer
	run([]string{"--db", db, "demo", "hallingdal"}, &out, &out)
	id := strings.TrimSpace(out.String())
	for _, name := range []string{"Før valet 2019", "Etter Hallingtinget"} {
		out.Reset()
		if err := run([]string{"--db", db, "snapshot", "--plan", id, "--name", name}, &out, &out); err != nil {
			t.Fatal(err)
		}
		if len(strings.TrimSpace(out.String())) != 12 {
			t.Errorf("snapshot printed %q", out.String())
		}
	}
	out.Reset()
	if err := run([]string{"--db", db, "snapshots", "--plan", id}, &out, &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.HasSuffix(lines[0]+lines[1], "Før valet 2019") && !strings.Contains(out.String(), "\tFør valet 2019") {
		t.Errorf("snapshots printed %q", out.String())
	}
	for _, args := range [][]string{{"snapshot", "--plan", id}, {"snapshots"}, {"snapshots", "--plan", "nope"}} {
		if err := run(append([]string{"--db", db}, args...), &out, &out); err == nil {
			t.Errorf("%v succeeded", args)
		}
	}
}

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"regionplan/internal/xvfb"
)

// On a display without OpenGL (Xvfb without GLX) the window does not start:
// the program says so in one sentence on stderr and in the log file in the
// app's folder, leaves the plan file as it was and free, and the commands
// still work there, since they never touch OpenGL.
func TestNoOpenGLIsExplained(t *testing.T) {
	bin := binary(t)
	home := t.TempDir()
	env := append(displayWithoutGL(t), "HOME="+home, "XDG_CONFIG_HOME=")
	db := filepath.Join(t.TempDir(), "plans.db")
	var out bytes.Buffer
	if err := run([]string{"--db", db, "demo", "hallingdal"}, &out, &out); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(db)

	msg, err := runFor(t, 30*time.Second, env, bin, "--db", db)
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Errorf("exit: %v, want status 1", err)
	}
	if strings.Count(msg, "\n") != 1 || !strings.Contains(msg, "OpenGL") || !strings.Contains(msg, "regionplan.log") {
		t.Errorf("stderr %q, want one sentence naming OpenGL and the log file", msg)
	}
	logFile := filepath.Join(home, ".config", "fyne", "no.regionplan.app", "regionplan.log")
	logged, err := os.ReadFile(logFile)
	if err != nil {
		t.Fatalf("no log file: %v", err)
	}
	if !strings.Contains(string(logged), "GLX") || !strings.Contains(string(logged), "OpenGL 2.1") {
		t.Errorf("the log file does not say what happened:\n%s", logged)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("the plan file changed")
	}

	list := exec.Command(bin, "--db", db, "list")
	list.Env = env
	var stdout, stderr bytes.Buffer
	list.Stdout, list.Stderr = &stdout, &stderr
	if err := list.Run(); err != nil || !strings.Contains(stdout.String(), "Hallingdal") || stderr.Len() != 0 {
		t.Errorf("list on the same display: %v, stdout %q, stderr %q", err, stdout.String(), stderr.String())
	}
}

// displayWithoutGL starts Xvfb without its GLX extension, as a machine whose
// graphics driver has no OpenGL, and returns the environment for it.
func displayWithoutGL(t *testing.T) []string {
	t.Helper()
	if _, err := exec.LookPath("Xvfb"); err != nil {
		t.Skip("Xvfb is not installed; `make test` installs it")
	}
	x, err := xvfb.Start("-extension", "GLX")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(x.Stop)
	return x.Env()
}

// runFor runs the program in env and returns its stderr and how it ended,
// failing the test when it is still running after limit.
func runFor(t *testing.T, limit time.Duration, env []string, name string, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Env = env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return stderr.String(), err
	case <-time.After(limit):
		cmd.Process.Kill()
		<-done
		t.Fatalf("%s kept running; stderr %q", name, stderr.String())
		return "", nil
	}
}

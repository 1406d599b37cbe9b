package main

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"regionplan/internal/xvfb"
)

// TestWindowSmoke starts the real program on an Xvfb display and checks that
// its window appears within 20 seconds and shows more than a blank screen.
// Set REGIONPLAN_SMOKE_PNG to keep the screenshot.
func TestWindowSmoke(t *testing.T) {
	for _, tool := range []string{"Xvfb", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed, so the window cannot be checked here; `make test` installs xvfb, xdotool and imagemagick", tool)
		}
	}
	if testing.Short() {
		t.Skip("the window smoke test does not run with -short")
	}
	bin := binary(t)
	x, err := xvfb.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(x.Stop)
	db := filepath.Join(t.TempDir(), "plans.db")
	var out bytes.Buffer
	if err := run([]string{"--db", db, "demo", "hallingdal"}, &out, &out); err != nil {
		t.Fatal(err)
	}

	env := x.Env()
	start := time.Now()
	prog := exec.Command(bin, "--db", db)
	prog.Env = env
	var progOut bytes.Buffer
	prog.Stdout, prog.Stderr = &progOut, &progOut
	if err := prog.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		prog.Process.Kill()
		prog.Wait()
	}()

	var win string
	for time.Since(start) < 20*time.Second {
		search := exec.Command("xdotool", "search", "--onlyvisible", "--name", "^Regionplan$")
		search.Env = env
		if o, err := search.Output(); err == nil && len(bytes.TrimSpace(o)) > 0 {
			win = strings.Fields(string(o))[0]
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if win == "" {
		t.Fatalf("no window within 20 s; the program said: %s", progOut.String())
	}
	t.Logf("window mapped after %v", time.Since(start).Round(time.Millisecond))

	// Give the first frame time to be drawn, then look at it.
	var img image.Image
	for time.Since(start) < 25*time.Second {
		time.Sleep(300 * time.Millisecond)
		shot := exec.Command("import", "-window", "root", "png:-")
		shot.Env = env
		data, err := shot.Output()
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		if img, err = png.Decode(bytes.NewReader(data)); err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		if xvfb.Colours(img, 1000) > 50 {
			if path := os.Getenv("REGIONPLAN_SMOKE_PNG"); path != "" {
				os.WriteFile(path, data, 0o644)
			}
			t.Logf("first frame with content after %v", time.Since(start).Round(time.Millisecond))
			prog.Process.Kill()
			prog.Wait() // the output is complete and no longer written to
			if strings.Contains(progOut.String(), "locale") {
				t.Errorf("in the C.UTF-8 locale the window logs locale errors: %s", progOut.String())
			}
			return
		}
	}
	t.Fatalf("the window stayed blank (%d colours); the program said: %s", xvfb.Colours(img, 1000), progOut.String())
}

package main

import (
	"bufio"
	"bytes"
	"image"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
	display := startXvfb(t)
	db := filepath.Join(t.TempDir(), "plans.db")
	var out bytes.Buffer
	if err := run([]string{"--db", db, "demo", "hallingdal"}, &out, &out); err != nil {
		t.Fatal(err)
	}

	env := append(cleanEnv(), "DISPLAY="+display, "LANG=C.UTF-8")
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
		if colours(img) > 50 {
			if path := os.Getenv("REGIONPLAN_SMOKE_PNG"); path != "" {
				os.WriteFile(path, data, 0o644)
			}
			t.Logf("first frame with content after %v", time.Since(start).Round(time.Millisecond))
			return
		}
	}
	t.Fatalf("the window stayed blank (%d colours); the program said: %s", colours(img), progOut.String())
}

// colours counts the distinct colours in img, up to 1000.
func colours(img image.Image) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, a}] = true
			if len(seen) >= 1000 {
				return len(seen)
			}
		}
	}
	return len(seen)
}

// startXvfb starts a virtual display on a free number and returns its name.
func startXvfb(t *testing.T) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	x := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w}
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() {
		x.Process.Kill()
		x.Wait()
	})
	num := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		num <- strings.TrimSpace(line)
		io.Copy(io.Discard, r)
	}()
	select {
	case n := <-num:
		if n == "" {
			t.Fatal("Xvfb did not report a display number")
		}
		return ":" + n
	case <-time.After(10 * time.Second):
		t.Fatal("Xvfb did not start within 10 s")
	}
	return ""
}

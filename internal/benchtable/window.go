package main

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"regionplan/internal/xvfb"
)

// display is the virtual display the programs are timed on.
type display struct{ *xvfb.Display }

// firstFrame starts bin with args on the display and returns the time until
// its window, found by title, is mapped and shows more than a blank area, and
// the program's peak resident memory in MB at that moment.
func (d *display) firstFrame(title, bin string, args ...string) (time.Duration, float64, error) {
	env := d.Env()
	start := time.Now()
	prog := exec.Command(bin, args...)
	prog.Env = env
	var out bytes.Buffer
	prog.Stdout, prog.Stderr = &out, &out
	if err := prog.Start(); err != nil {
		return 0, 0, err
	}
	defer func() {
		prog.Process.Kill()
		prog.Wait()
	}()
	deadline := start.Add(30 * time.Second)
	var win string
	for win == "" {
		if time.Now().After(deadline) {
			return 0, 0, fmt.Errorf("%s: no window within 30 s: %s", bin, out.String())
		}
		search := exec.Command("xdotool", "search", "--onlyvisible", "--name", "^"+title+"$")
		search.Env = env
		if o, err := search.Output(); err == nil && len(bytes.TrimSpace(o)) > 0 {
			win = strings.Fields(string(o))[0]
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	for time.Now().Before(deadline) {
		shot := exec.Command("import", "-window", win, "png:-")
		shot.Env = env
		data, err := shot.Output()
		if err != nil {
			continue // the window may not be ready to be read yet
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err == nil && xvfb.Colours(img, 100) > 8 {
			took := time.Since(start)
			return took, peakRSS(prog.Process.Pid), nil
		}
	}
	return 0, 0, fmt.Errorf("%s: the window stayed blank for 30 s: %s", bin, out.String())
}

// peakRSS reads a process's peak resident set size (VmHWM) in MB, or 0.
func peakRSS(pid int) float64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return float64(kb) / 1024
		}
	}
	return 0
}

// Package xvfb starts virtual X displays for the checks that run the real
// window: the smoke test and the start-up measurement of `make bench`.
package xvfb

import (
	"bufio"
	"errors"
	"fmt"
	"image"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"
)

// Display is a virtual X display started with Xvfb.
type Display struct {
	Name string // e.g. ":12"
	cmd  *exec.Cmd
}

// Start starts Xvfb (1280×800, 24 bits) on a number it chooses itself
// (-displayfd), so it never takes a display another program uses. Extra
// arguments go to Xvfb, such as "-extension", "GLX" for a display without
// OpenGL.
func Start(extra ...string) (*Display, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	x := exec.Command("Xvfb", append([]string{"-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp"}, extra...)...)
	x.ExtraFiles = []*os.File{w}
	if err := x.Start(); err != nil {
		return nil, fmt.Errorf("cannot start Xvfb: %w", err)
	}
	w.Close()
	num := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		num <- strings.TrimSpace(line)
		io.Copy(io.Discard, r)
	}()
	select {
	case n := <-num:
		if n != "" {
			return &Display{Name: ":" + n, cmd: x}, nil
		}
	case <-time.After(10 * time.Second):
	}
	x.Process.Kill()
	x.Wait()
	return nil, errors.New("no display number from Xvfb within 10 s")
}

// Stop ends the display's Xvfb.
func (d *Display) Stop() {
	d.cmd.Process.Kill()
	d.cmd.Wait()
}

// Env is the environment for a program on the display, in the C.UTF-8 locale.
func (d *Display) Env() []string {
	return append(CleanEnv(), "DISPLAY="+d.Name, "LANG=C.UTF-8")
}

// CleanEnv is this process's environment without locale and display settings.
func CleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		switch strings.SplitN(kv, "=", 2)[0] {
		case "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "DISPLAY", "WAYLAND_DISPLAY":
			continue
		}
		env = append(env, kv)
	}
	return env
}

// Colours counts the distinct colours in every other pixel of img, up to
// most: a blank window has one or two.
func Colours(img image.Image, most int) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, a}] = true
			if len(seen) >= most {
				return len(seen)
			}
		}
	}
	return len(seen)
}

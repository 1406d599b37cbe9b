package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2/lang"
)

// graphicsMarks are what Fyne 2.7.1 and GLFW log when the window cannot get
// OpenGL: Fyne logs "failed to initialise GLFW", "window creation error" or
// "failed to initialise OpenGL" with the GLFW error as the cause (on Windows
// "APIUnavailable: WGL: The driver does not appear to support OpenGL" or
// "VersionUnavailable: … got version 1.1"), and then quits or shows no window;
// GLFW's own platform errors about the context name WGL, GLX, EGL or NSGL.
var graphicsMarks = []string{
	"GLFW", "window creation error", "failed to initialise OpenGL",
	"WGL:", "GLX:", "EGL:", "NSGL:",
}

// startupLog takes the standard logger's lines while the window starts, so
// that a missing OpenGL is noticed: Fyne does not return such errors, it
// only logs them. The lines go on to stderr once the window has started, and
// only to the log file when it has not (stderr then gets one sentence).
type startupLog struct {
	out   io.Writer
	mu    sync.Mutex
	lines []string
}

// watchStartup puts a startupLog in place of the standard logger's output.
func watchStartup() *startupLog {
	l := &startupLog{out: log.Writer()}
	log.SetOutput(l)
	return l
}

func (l *startupLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.lines) < 200 {
		l.lines = append(l.lines, strings.Split(strings.TrimRight(string(p), "\n"), "\n")...)
	}
	return len(p), nil
}

// stop gives the logger its own output back; passOn also writes the lines
// kept so far to it.
func (l *startupLog) stop(passOn bool) {
	log.SetOutput(l.out)
	if passOn {
		l.mu.Lock()
		defer l.mu.Unlock()
		for _, line := range l.lines {
			fmt.Fprintln(l.out, line)
		}
	}
}

// graphicsFailure returns what was logged about the graphics, or nothing
// when the window's start logged no graphics failure.
func (l *startupLog) graphicsFailure() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, line := range l.lines {
		for _, m := range graphicsMarks {
			if strings.Contains(line, m) {
				return append([]string(nil), l.lines...)
			}
		}
	}
	return nil
}

// startWindow runs start and returns what it panicked with, if it did:
// GLFW panics on some failures, such as an uninitialised library. The panic
// is logged too, so that graphicsFailure sees it.
func startWindow(start func()) (panicked any) {
	defer func() {
		if panicked = recover(); panicked != nil {
			log.Printf("the window did not start: %v", panicked)
		}
	}()
	start()
	return nil
}

// reportNoGraphics tells the user that the window cannot open for want of
// OpenGL, in a message box where the system has one (Windows) and in
// regionplan.log in the app's folder, and returns the error for stderr.
func reportNoGraphics(lines []string) error {
	logPath := filepath.Join(os.TempDir(), "regionplan.log")
	if db, err := defaultDBPath(); err == nil {
		logPath = filepath.Join(filepath.Dir(db), "regionplan.log")
	}
	data := map[string]any{"Log": logPath}
	var text string
	if runtime.GOOS == "windows" {
		text = lang.L("Regionplan needs OpenGL 2.1 to draw its window, and this computer's graphics driver does not offer it (common over remote desktop, Citrix and in virtual machines). No plan was changed. Put Mesa's software OpenGL (opengl32.dll) in the folder of regionplan.exe, or start Regionplan on the computer itself. The command line works as before. Details are in {{.Log}}.", data)
	} else {
		text = lang.L("Regionplan needs OpenGL 2.1 to draw its window, and this computer's graphics driver does not offer it (common over remote desktop and in virtual machines). No plan was changed. Install the system's OpenGL (Mesa), or start Regionplan in a desktop session with graphics. The command line works as before. Details are in {{.Log}}.", data)
	}
	werr := writeGraphicsLog(logPath, text, lines)
	showAlert(lang.L("Regionplan cannot open its window"), text) // alert_windows.go
	if werr != nil {
		return fmt.Errorf("the window cannot open because the graphics driver offers no OpenGL 2.1 (common over remote desktop and Citrix), and the details could not be written to %s (%w); the command line still works", logPath, werr)
	}
	return fmt.Errorf("the window cannot open because the graphics driver offers no OpenGL 2.1 (common over remote desktop and Citrix); the command line still works, and the details are in %s", logPath)
}

// writeGraphicsLog appends what happened to the log file.
func writeGraphicsLog(path, text string, lines []string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	fmt.Fprintf(f, "%s Regionplan %s (%s/%s): the window could not start.\n%s\nWhat the graphics libraries said:\n",
		time.Now().Format(time.RFC3339), metadata.Version, runtime.GOOS, runtime.GOARCH, text)
	for _, line := range lines {
		fmt.Fprintf(f, "    %s\n", line)
	}
	fmt.Fprintln(f)
	return f.Close()
}

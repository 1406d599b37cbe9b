// Command benchtable runs Regionplan's benchmarks and prints one table of
// every measured figure against its budget: `make bench` runs it from the
// module's root. It builds the real program and a bare Fyne window, times
// both from start to first frame under Xvfb, and runs the Go benchmarks of
// storage, report and app with -count, taking medians.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"time"

	"regionplan/examples"
	"regionplan/internal/buildtags"
	"regionplan/internal/xvfb"
	"regionplan/planmodel"
	"regionplan/storage"
)

// tags are the build tags of every Regionplan build: those benchtable was
// built with, which `make bench` gives from the Makefile's TAGS.
var tags = buildtags.Current()

func main() {
	count := flag.Int("count", 3, "runs of each Go benchmark; the table shows the median")
	runs := flag.Int("runs", 7, "starts of each program under Xvfb; the table shows the median")
	goBenches := flag.Bool("go", true, "run the Go benchmarks; -go=false times only the start-up")
	flag.Parse()
	if tags == "" {
		fmt.Fprintln(os.Stderr, "benchtable: built without Regionplan's build tags; run it with make bench")
		os.Exit(2)
	}
	if err := run(*count, *runs, *goBenches); err != nil {
		fmt.Fprintf(os.Stderr, "benchtable: %v\n", err)
		os.Exit(1)
	}
}

func run(count, runs int, goBenches bool) error {
	work, err := os.MkdirTemp("", "regionplan-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	start, err := measureStart(work, runs)
	if err != nil {
		return err
	}
	r := results{}
	c := fmt.Sprint(count)
	for _, args := range [][]string{
		{"-bench", ".", "-benchtime", "0.5s", "-count", c, "./storage", "./report", "./workbook"},
		{"-bench", "OpenLarge|StageSwitch|StageFirstVisit", "-benchtime", "5x", "-count", c, "./app"},
		{"-bench", "Keystroke", "-benchtime", "50x", "-count", c, "./app"},
		{"-bench", "^BenchmarkPeakMemory$", "-benchtime", "1x", "-count", "1", "./app"},
	} {
		if !goBenches {
			break
		}
		if err := goBench(r, ".", args...); err != nil {
			return err
		}
	}
	printTable(os.Stdout, tableRows(r, start))
	return nil
}

// startTimes are the medians of the start-to-first-frame runs.
type startTimes struct {
	app, bare, button          time.Duration
	appRSS, bareRSS, buttonRSS float64 // peak memory at the first frame, MB
	runs                       int
}

// firstFrames is one run's start of each program: the bare window, the bare
// window with a button, and Regionplan.
type firstFrames [3]struct {
	took time.Duration
	rss  float64
}

// measureStart builds Regionplan and the bare window and starts each runs
// times, alternately, on one Xvfb display. Regionplan opens a plan file
// holding the large plan and both examples, so its start screen lists them.
func measureStart(work string, runs int) (startTimes, error) {
	app, bare := filepath.Join(work, "regionplan"), filepath.Join(work, "barewindow")
	for bin, pkg := range map[string]string{app: "./cmd/regionplan", bare: "./internal/barewindow"} {
		if out, err := exec.Command("go", "build", "-tags", tags, "-o", bin, pkg).CombinedOutput(); err != nil {
			return startTimes{}, fmt.Errorf("building %s: %v: %s", pkg, err, out)
		}
	}
	db := filepath.Join(work, storage.FileName)
	if err := fillPlanFile(db); err != nil {
		return startTimes{}, err
	}
	x, err := xvfb.Start()
	if err != nil {
		return startTimes{}, fmt.Errorf("%w (make bench installs xvfb)", err)
	}
	defer func() { x.Stop() }()
	var times [3][]time.Duration
	var rss [3][]float64
	for i := range runs + 1 { // the first run of each only warms the caches
		fmt.Fprintf(os.Stderr, "start to first frame, run %d of %d\n", i, runs)
		f, err := startAll(x, app, bare, db)
		if err != nil { // a display can be lost on a shared machine: one more try on a new one
			fmt.Fprintf(os.Stderr, "%v; trying again on a new display\n", err)
			x.Stop()
			if x, err = xvfb.Start(); err != nil {
				return startTimes{}, err
			}
			if f, err = startAll(x, app, bare, db); err != nil {
				return startTimes{}, err
			}
		}
		for k := range f {
			if i > 0 {
				times[k], rss[k] = append(times[k], f[k].took), append(rss[k], f[k].rss)
			}
		}
	}
	return startTimes{
		bare: medianDuration(times[0]), button: medianDuration(times[1]), app: medianDuration(times[2]),
		bareRSS: medianFloat(rss[0]), buttonRSS: medianFloat(rss[1]), appRSS: medianFloat(rss[2]),
		runs: runs,
	}, nil
}

// startAll times the bare window, the bare window with a button, then
// Regionplan, on display x, and reads the peak memory of each at its first
// frame.
func startAll(x *xvfb.Display, app, bare, db string) (f firstFrames, err error) {
	d := display{x}
	if f[0].took, f[0].rss, err = d.firstFrame("Barewindow", bare); err != nil {
		return f, err
	}
	if f[1].took, f[1].rss, err = d.firstFrame("Barewindow", bare, "-button"); err != nil {
		return f, err
	}
	f[2].took, f[2].rss, err = d.firstFrame("Regionplan", app, "--db", db)
	return f, err
}

// fillPlanFile makes the plan file the program starts with.
func fillPlanFile(path string) error {
	s, err := storage.Open(path)
	if err != nil {
		return err
	}
	defer s.Close()
	now := time.Now()
	plans := []*planmodel.Plan{examples.Large(now)}
	for _, name := range examples.Names {
		p, err := examples.Plan(name, now)
		if err != nil {
			return err
		}
		plans = append(plans, p)
	}
	for _, p := range plans {
		if err := s.Create(p); err != nil {
			return err
		}
	}
	return nil
}

func medianFloat(vs []float64) float64 {
	s := append([]float64(nil), vs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

func medianDuration(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

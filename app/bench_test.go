package app

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"regionplan/app/stages"
	"regionplan/app/widgets"
	"regionplan/examples"
	"regionplan/internal/uitest"
	"regionplan/planmodel"
	"regionplan/report"
)

// openLarge stores the large plan in a fresh file and opens its plan screen.
func openLarge(b testing.TB) *UI {
	b.Helper()
	u, _ := newTestUI(b)
	p := examples.Large(time.Now())
	if err := u.store.Create(p); err != nil {
		b.Fatal(err)
	}
	u.openPlan(p.ID)
	if u.plan == nil {
		b.Fatal("the large plan did not open")
	}
	return u
}

// BenchmarkOpenLarge measures opening the large plan from the start screen:
// loading it from the file and building the plan screen with its first stage.
func BenchmarkOpenLarge(b *testing.B) {
	u := openLarge(b)
	id := u.plan.plan.ID
	for b.Loop() {
		u.showStart()
		u.openPlan(id)
	}
}

// BenchmarkStageSwitch measures switching to each of the eight stages of the
// large plan (from the plan's settings, which are quick to build): building
// the stage's screen and laying it out in the window; drawing is left to the
// driver's next frame.
func BenchmarkStageSwitch(b *testing.B) {
	u := openLarge(b)
	for i, s := range u.guide.Stages {
		b.Run(fmt.Sprintf("%d-%s", i+1, s.ID), func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				u.plan.show(settingsView)
				b.StartTimer()
				u.plan.selectStage(i)
			}
		})
	}
}

// BenchmarkStageFirstVisit measures the first visit of stage 7 of the large
// plan after a change: building its screen anew and laying it out, as
// BenchmarkStageSwitch does for a return.
func BenchmarkStageFirstVisit(b *testing.B) {
	u := openLarge(b)
	for b.Loop() {
		b.StopTimer()
		u.plan.show(settingsView)
		u.plan.views = map[int]*stages.View{}
		b.StartTimer()
		u.plan.selectStage(6)
	}
}

// BenchmarkKeystrokeDecisionEditor measures one typed character in the
// middle paragraph of the decision editor's assessment field holding 10 000
// characters, with everything the editor does on a change (storing the
// text, autosave scheduling, progress and warnings countdowns).
func BenchmarkKeystrokeDecisionEditor(b *testing.B) {
	u := openLarge(b)
	d := &u.plan.plan.Decisions[0]
	text := longText(10_000)
	t := d.Texts[planmodel.Bokmal]
	t.Assessment = text
	d.Texts[planmodel.Bokmal] = t
	stages.ShowDecision(u.plan, d.ID)
	var field *widgets.Paragraphs
	uitest.Walk(u.win.Content(), func(o fyne.CanvasObject) {
		if p, ok := o.(*widgets.Paragraphs); ok && p.Text() == text {
			field = p
		}
	})
	if field == nil {
		b.Fatal("no field holds the assessment")
	}
	_, n := field.Paragraph(0)
	field.Edit(n / 2)
	typed := u.win.Canvas().Focused()
	if typed == nil {
		b.Fatal("the assessment did not take the keyboard")
	}
	for b.Loop() {
		typed.TypedRune('x')
	}
	if d.Texts[planmodel.Bokmal].Assessment == text {
		b.Fatal("what was typed was not stored")
	}
}

// BenchmarkPeakMemory opens the large plan, shows every stage and every
// decision editor, and writes all drafts of one decision and the resource
// plan, then reports the process's peak resident memory (VmHWM) and the
// heap. Run it alone (-bench PeakMemory) so no other benchmark adds to the peak.
func BenchmarkPeakMemory(b *testing.B) {
	for b.Loop() {
		u := openLarge(b)
		for i := range u.guide.Stages {
			u.plan.selectStage(i)
		}
		for _, d := range u.plan.plan.Decisions {
			stages.ShowDecision(u.plan, d.ID)
		}
		p := u.plan.plan
		if _, err := report.DecisionDrafts(p, &p.Decisions[0], time.Now()); err != nil {
			b.Fatal(err)
		}
		if _, err := report.ResourcePlan(p, time.Now()); err != nil {
			b.Fatal(err)
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapSys)/(1<<20), "MB-heap-sys")
	if hwm, err := peakRSS(); err == nil {
		b.ReportMetric(hwm, "MB-peak-rss")
	}
}

// peakRSS reads the process's peak resident set size in MB from /proc.
func peakRSS() (float64, error) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return float64(kb) / 1024, err
		}
	}
	return 0, fmt.Errorf("no VmHWM in /proc/self/status")
}

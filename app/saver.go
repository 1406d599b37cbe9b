package app

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"regionplan/planmodel"
	"regionplan/storage"
)

// defaultAutosaveDelay is how long the saver waits after the last change
// before it writes, so that a burst of typing becomes one save.
const defaultAutosaveDelay = 400 * time.Millisecond

// timer is a started countdown that can be restarted or stopped, as a *time.Timer.
type timer interface {
	Reset(d time.Duration) bool
	Stop() bool
}

// startTimer starts a countdown of d after which fire runs on Fyne's goroutine.
type startTimer func(d time.Duration, fire func()) timer

// afterOnFyne is the window's startTimer: fire is handed to Fyne's goroutine with fyne.Do.
func afterOnFyne(d time.Duration, fire func()) timer {
	return time.AfterFunc(d, func() { fyne.Do(fire) })
}

// saver writes a plan to the store shortly after it changes. All its methods
// run on Fyne's goroutine; the timer hands the save back to it.
type saver struct {
	store   *storage.Store
	plan    *planmodel.Plan
	now     func() time.Time
	delay   time.Duration
	start   startTimer
	onSaved func(at time.Time, err error)

	mu    sync.Mutex
	timer timer
	dirty bool
}

func newSaver(store *storage.Store, p *planmodel.Plan, now func() time.Time, delay time.Duration, start startTimer, onSaved func(time.Time, error)) *saver {
	return &saver{store: store, plan: p, now: now, delay: delay, start: start, onSaved: onSaved}
}

// changed marks the plan as changed now and schedules a save.
func (s *saver) changed() {
	s.plan.Updated = s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dirty = true
	if s.timer == nil {
		s.timer = s.start(s.delay, s.flush)
	} else {
		s.timer.Reset(s.delay)
	}
}

// flush saves the plan now if it has unsaved changes.
func (s *saver) flush() {
	s.mu.Lock()
	if !s.dirty {
		s.mu.Unlock()
		return
	}
	s.dirty = false
	s.mu.Unlock()
	err := s.store.Save(s.plan)
	if err != nil {
		s.mu.Lock()
		s.dirty = true // try again with the next change or flush
		s.mu.Unlock()
	}
	if s.onSaved != nil {
		s.onSaved(s.now(), err)
	}
}

// pending reports whether there are changes not yet saved.
func (s *saver) pending() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.dirty
}

// stop cancels a scheduled save; call flush first to keep the changes.
func (s *saver) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.timer != nil {
		s.timer.Stop()
	}
}

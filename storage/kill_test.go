package storage

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"regionplan/examples"
)

// The kill test runs this test binary again as a writer that saves plans as
// fast as it can and prints each plan's ID once Save has returned.
const writerEnv = "REGIONPLAN_KILLTEST_WRITER"

func TestMain(m *testing.M) {
	if path := os.Getenv(writerEnv); path != "" {
		os.Exit(runWriter(path))
	}
	os.Exit(m.Run())
}

func runWriter(path string) int {
	var s *Store
	var err error
	for i := 0; i < 50; i++ { // the previous writer's lock may linger for a moment
		if s, err = Open(path); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	base, _ := examples.Plan("kristiansand", time.Now())
	for i := 0; ; i++ {
		p := *base
		p.ID = fmt.Sprintf("%d-%06d", os.Getpid(), i)
		p.Name = "Plan " + p.ID
		if err := s.Save(&p); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Println(p.ID)
	}
}

// TestKillNeverLosesAcknowledgedSaves kills a writing process with SIGKILL
// again and again, then checks that the file opens and holds every plan whose
// save the writer acknowledged, intact.
func TestKillNeverLosesAcknowledgedSaves(t *testing.T) {
	cycles := 30
	if testing.Short() {
		cycles = 5
	}
	path := filepath.Join(t.TempDir(), FileName)
	rng := rand.New(rand.NewSource(1))
	var acked []string
	for c := 0; c < cycles; c++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), writerEnv+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string)
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		// The writer is killed a random while after its first acknowledged
		// save, however long a loaded machine takes to start it.
		select {
		case id, ok := <-lines:
			if !ok {
				t.Fatalf("writer stopped before its first save: %s", stderr.String())
			}
			acked = append(acked, id)
		case <-time.After(time.Minute):
			cmd.Process.Kill()
			t.Fatalf("cycle %d: the writer acknowledged no save within a minute", c)
		}
		deadline := time.After(time.Duration(20+rng.Intn(150)) * time.Millisecond)
	read:
		for {
			select {
			case id, ok := <-lines:
				if !ok {
					t.Fatalf("writer stopped by itself: %s", stderr.String())
				}
				acked = append(acked, id)
			case <-deadline:
				break read
			}
		}
		cmd.Process.Signal(syscall.SIGKILL)
		for id := range lines { // IDs printed before the kill were acknowledged too
			acked = append(acked, id)
		}
		cmd.Wait()

		s, err := Open(path)
		if err != nil {
			t.Fatalf("cycle %d: the file does not open after SIGKILL: %v", c, err)
		}
		list, err := s.List()
		if err != nil {
			t.Fatalf("cycle %d: %v", c, err)
		}
		have := map[string]bool{}
		for _, e := range list {
			if e.Err != nil {
				t.Fatalf("cycle %d: plan %s damaged: %v", c, e.ID, e.Err)
			}
			have[e.ID] = true
		}
		for _, id := range acked {
			if !have[id] {
				t.Fatalf("cycle %d: acknowledged save of %s lost", c, id)
			}
		}
		s.Close()
	}
	if len(acked) < cycles {
		t.Fatalf("only %d saves acknowledged in %d cycles; the test proved little", len(acked), cycles)
	}
	t.Logf("%d cycles, %d acknowledged saves, none lost", cycles, len(acked))
}

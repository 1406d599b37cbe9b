package storage

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// lockHolderEnv names the file TestLockHolder locks when this test binary is
// run again as the second process.
const lockHolderEnv = "REGIONPLAN_LOCK_HOLDER"

// TestLockHolder is the other process of TestLockTwoProcesses: it locks the
// file, says so, and keeps the lock until its standard input closes.
func TestLockHolder(t *testing.T) {
	path := os.Getenv(lockHolderEnv)
	if path == "" {
		t.Skip("only run as TestLockTwoProcesses' second process")
	}
	unlock, err := lockFile(path)
	if err != nil {
		t.Fatalf("holder: %v", err)
	}
	defer unlock()
	os.Stdout.WriteString("locked\n")
	bufio.NewReader(os.Stdin).ReadString('\n') // until the parent closes it
}

// A second process that holds the lock makes lockFile refuse with ErrLocked;
// once that process has ended the lock is free again.
func TestLockTwoProcesses(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	holder := exec.Command(os.Args[0], "-test.run=^TestLockHolder$", "-test.count=1")
	holder.Env = append(os.Environ(), lockHolderEnv+"="+path)
	holder.Stderr = os.Stderr
	stdin, err := holder.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := holder.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer holder.Wait()
	defer stdin.Close()
	if line, err := bufio.NewReader(stdout).ReadString('\n'); err != nil || line != "locked\n" {
		t.Fatalf("the holder did not lock the file: %q, %v", line, err)
	}

	if unlock, err := lockFile(path); !errors.Is(err, ErrLocked) {
		if err == nil {
			unlock()
		}
		t.Fatalf("lock while another process holds it: %v, want ErrLocked", err)
	}
	if _, err := Open(path); !errors.Is(err, ErrLocked) {
		t.Errorf("Open while another process holds the lock: %v, want ErrLocked", err)
	}

	stdin.Close()
	if err := holder.Wait(); err != nil {
		t.Fatalf("holder: %v", err)
	}
	unlock, err := lockFile(path)
	if err != nil {
		t.Fatalf("lock after the holder ended: %v", err)
	}
	unlock()
}

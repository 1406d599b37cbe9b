// Package testfs gives tests real file systems that fail as media do: a
// small one that fills up, and one that cannot be written. They are tmpfs
// mounts, so they need root; elsewhere the test is skipped with the reason.
package testfs

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// Small mounts a tmpfs of the given size in kilobytes under the test's
// temporary folder and returns its path; it is unmounted when the test ends.
func Small(t *testing.T, kilobytes int) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("a small file system for this test needs root to mount a tmpfs")
	}
	dir := filepath.Join(t.TempDir(), "disk")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	size := "size=" + strconv.Itoa(kilobytes) + "k"
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here (%v: %s)", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	return dir
}

// ReadOnly remounts a folder made by Small read-only.
func ReadOnly(t *testing.T, dir string) {
	t.Helper()
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Fatalf("cannot remount %s read-only: %v: %s", dir, err, out)
	}
}

// Fill writes a file into dir until the file system has about leave bytes
// free, and returns how many bytes it wrote.
func Fill(t *testing.T, dir string, leave int64) int64 {
	t.Helper()
	f, err := os.Create(filepath.Join(dir, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := make([]byte, 1024)
	var n int64
	for {
		if _, err := f.Write(chunk); err != nil {
			break
		}
		n += int64(len(chunk))
	}
	f.Sync()
	f.Truncate(max(0, n-leave))
	return n - leave
}

// ReadOnlyCopy returns a folder that cannot be written, holding a copy of
// the file at src under the same name: a read-only tmpfs for root (who
// ignores permissions), a folder without write permission for others.
func ReadOnlyCopy(t *testing.T, src string) string {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(src)
	if os.Geteuid() != 0 {
		dir := filepath.Join(t.TempDir(), "stick")
		os.Mkdir(dir, 0o755)
		os.WriteFile(filepath.Join(dir, name), data, 0o444)
		os.Chmod(dir, 0o555)
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
		return dir
	}
	dir := Small(t, 8<<10)
	os.WriteFile(filepath.Join(dir, name), data, 0o644)
	ReadOnly(t, dir)
	return dir
}

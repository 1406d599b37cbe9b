package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"regionplan/examples"
	"regionplan/planmodel"
)

// goodFile writes a sound plan file with 30 plans (8 with -short, which
// make test uses under the race detector; the full size runs without it)
// and returns its bytes and the plans' JSON by ID, for comparing what a
// damaged copy yields.
func goodFile(t *testing.T) ([]byte, map[string][]byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), FileName)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]byte{}
	plans := 30
	if testing.Short() {
		plans = 8
	}
	for i := range plans {
		p, _ := examples.Plan([]string{"kristiansand", "hallingdal"}[i%2], now)
		p.Name = fmt.Sprintf("%s %d", p.Name, i)
		if err := s.Save(p); err != nil {
			t.Fatal(err)
		}
		want[p.ID], _ = json.Marshal(p)
	}
	s.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data, want
}

// TestCorruptFiles damages copies of a sound file in many ways and checks
// that each ends in a clear error or in correct data: never a crash, never
// wrong data.
func TestCorruptFiles(t *testing.T) {
	good, want := goodFile(t)
	const page = 4096
	pages := len(good) / page
	rng := rand.New(rand.NewSource(7))
	random := func(n int) []byte { b := make([]byte, n); rng.Read(b); return b }
	overwrite := func(at int, with []byte) []byte {
		d := append([]byte(nil), good...)
		copy(d[at:], with)
		return d
	}
	cases := map[string][]byte{
		"zero length":          {},
		"text file":            []byte("Kommunestyret vedtar planen.\n"),
		"sqlite file":          append([]byte("SQLite format 3\x00"), make([]byte, 8176)...),
		"header overwritten":   overwrite(0, random(64)),
		"first meta zeroed":    overwrite(0, make([]byte, page)),
		"second meta zeroed":   overwrite(page, make([]byte, page)),
		"both metas zeroed":    overwrite(0, make([]byte, 2*page)),
		"truncated to 1 page":  good[:page],
		"truncated to 3 pages": good[:3*page],
		"truncated in half":    good[:len(good)/2],
		"last page cut":        good[:len(good)-page],
		"odd length":           good[:len(good)-100],
	}
	for i := range 20 {
		p := 2 + rng.Intn(pages-2)
		cases[fmt.Sprintf("page %d random (%d)", p, i)] = overwrite(p*page, random(page))
	}
	for range 20 {
		at := 2*page + rng.Intn(len(good)-2*page-1)
		cases[fmt.Sprintf("byte %d flipped", at)] = overwrite(at, []byte{good[at] ^ 0x5a})
	}
	leaves := treePages(t, good, "plans")
	for _, id := range leaves[:min(3, len(leaves))] {
		for _, mask := range []byte{0x01, 0x5a} {
			cases[fmt.Sprintf("overflow count of plans page %d ^%#x", id, mask)] = overflowFlipped(good, id, 0, mask)
		}
	}
	fl := int(freelistPage(good)) * page
	cases["freelist count flipped"] = overwrite(fl+10, []byte{good[fl+10] ^ 0x01})
	cases["freelist entry out of range"] = overwrite(fl+16, []byte{0xff, 0xff, 0xff, 0, 0, 0, 0, 0})
	cases["freelist entry in use"] = overwrite(fl+16, []byte{byte(leaves[0]), byte(leaves[0] >> 8), 0, 0, 0, 0, 0, 0})
	cases["freelist zeroed"] = overwrite(fl, make([]byte, page))
	outcomes := map[string]int{}
	var figures []string
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), FileName)
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			defer func() { figures = append(figures, salvageCase(t, name, path, data, want)) }()
			s, err := Open(path)
			if err != nil {
				if !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrForeign) {
					t.Fatalf("Open: %v is neither damaged nor foreign", err)
				}
				after, _ := os.ReadFile(path)
				if !bytes.Equal(after, data) {
					t.Error("Open wrote into a file it refused")
				}
				outcomes["refused at open"]++
				return
			}
			defer s.Close()
			list, err := s.List()
			if err != nil && !errors.Is(err, ErrDamaged) {
				t.Fatalf("List: %v", err)
			}
			bad := 0
			for _, e := range list {
				if e.Err != nil {
					if !errors.Is(e.Err, ErrDamaged) {
						t.Errorf("plan %s: %v is not ErrDamaged", e.ID, e.Err)
					}
					bad++
					continue
				}
				got, _ := json.Marshal(e.Plan)
				if w, ok := want[e.ID]; !ok || !bytes.Equal(got, w) {
					t.Errorf("plan %s came back different from what was saved", e.ID)
				}
			}
			if bad > 0 || len(list) < len(want) {
				if s.Damaged() == nil {
					t.Errorf("%d plans damaged and %d missing, but the store is not marked damaged", bad, len(want)-len(list))
				}
				if bad > 0 && !errors.Is(s.Save(planmodel.New("ny", now)), ErrDamaged) {
					t.Error("a save into a damaged file was not refused")
				}
				outcomes["opened, damage reported"]++
				return
			}
			if s.Damaged() != nil {
				if !errors.Is(s.Save(planmodel.New("ny", now)), ErrDamaged) {
					t.Error("a save into a file with a broken structure was not refused")
				}
				outcomes["opened read-only, structure damage named, data correct"]++
				return
			}
			outcomes["opened, data correct"]++
		})
	}
	t.Logf("%d cases: %v", len(cases), outcomes)
	sort.Strings(figures)
	t.Logf("salvage per case (plans saved of %d):\n%s", len(want), strings.Join(figures, "\n"))
}

// freelistPage returns the freelist page named by the newer header of a
// sound file.
func freelistPage(data []byte) uint64 {
	a, b := readMeta(data), readMeta(data[4096:])
	m := data[pageHeaderSize:]
	if b.txid > a.txid {
		m = data[4096+pageHeaderSize:]
	}
	return le.Uint64(m[32:])
}

// salvageCase salvages the damaged file at path and checks that every plan
// saved is exactly as stored, that nothing is made up, that at least the
// plans a normal open reads come back, and that the damaged file is not
// touched. It returns the case's figures for the log.
func salvageCase(t *testing.T, name, path string, data []byte, want map[string][]byte) string {
	t.Helper()
	readable := 0
	if s, err := Open(path); err == nil {
		list, _ := s.List()
		for _, e := range list {
			if e.Err == nil {
				readable++
			}
		}
		s.Close()
	}
	os.RemoveAll(BackupDir(path))
	out := filepath.Join(t.TempDir(), "saved.db")
	rep, err := Salvage(path, out)
	if after, _ := os.ReadFile(path); !bytes.Equal(after, data) {
		t.Error("salvage wrote into the damaged file")
	}
	if err != nil {
		if readable > 0 {
			t.Errorf("salvage saved nothing (%v) from a file where %d plans can be read", err, readable)
		}
		return fmt.Sprintf("%-45s salvage: none (%v)", name, err)
	}
	if err := Verify(out); err != nil {
		t.Errorf("the salvaged file is not sound: %v", err)
	}
	s, err := Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	list, _ := s.List()
	for _, e := range list {
		got, _ := json.Marshal(e.Plan)
		if w, ok := want[e.ID]; e.Err != nil || !ok || !bytes.Equal(got, w) {
			t.Errorf("salvaged plan %s is not the plan that was saved", e.ID)
		}
	}
	if len(list) != rep.Plans || len(list) < readable {
		t.Errorf("salvage saved %d plans (report says %d), a normal open reads %d", len(list), rep.Plans, readable)
	}
	return fmt.Sprintf("%-45s salvage: %2d saved, %d lost, %d older (normal open reads %d)", name, rep.Plans, len(rep.Lost), len(rep.Older), readable)
}

func TestCheck(t *testing.T) {
	s, _ := openTemp(t)
	p, _ := examples.Plan("hallingdal", now)
	s.Save(p)
	q, _ := examples.Plan("kristiansand", now)
	s.Save(q)
	s.Delete(q.ID, now)
	if problems := s.Check(); len(problems) != 0 {
		t.Fatalf("a sound file: %v", problems)
	}
	corruptRecord(t, s, p.ID)
	problems := s.Check()
	if len(problems) != 1 || !errors.Is(problems[0], ErrDamaged) {
		t.Fatalf("one damaged plan: %v", problems)
	}
}

func TestDamageMakesTheFileReadOnly(t *testing.T) {
	s, path := openTemp(t)
	p, _ := examples.Plan("hallingdal", now)
	q, _ := examples.Plan("kristiansand", now)
	s.Save(p)
	s.Save(q)
	corruptRecord(t, s, p.ID)
	s.Close()
	before, _ := os.ReadFile(path)

	s2, err := Open(path)
	if err != nil {
		t.Fatalf("a file with one damaged plan should open for reading: %v", err)
	}
	defer s2.Close()
	if !errors.Is(s2.Damaged(), ErrDamaged) {
		t.Fatalf("Damaged() = %v", s2.Damaged())
	}
	if got, err := s2.Load(q.ID); err != nil || got.Name != q.Name {
		t.Errorf("the sound plan: %v, %v", got, err)
	}
	if err := s2.Save(q); !errors.Is(err, ErrDamaged) {
		t.Errorf("Save into a damaged file: %v", err)
	}
	if err := s2.Delete(q.ID, now); !errors.Is(err, ErrDamaged) {
		t.Errorf("Delete in a damaged file: %v", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("the damaged file was written to")
	}
}

// corruptRecord changes one byte of a stored plan behind the store's back.
func corruptRecord(t *testing.T, s *Store, id string) {
	t.Helper()
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPlans)
		v := append([]byte(nil), b.Get([]byte(id))...)
		v[len(v)-10] ^= 1
		return b.Put([]byte(id), v)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestDiskFull(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	s, err := open(path, options{maxSize: 256 << 10})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var saved []*planmodel.Plan
	var full error
	for i := 0; i < 1000 && full == nil; i++ {
		p, _ := examples.Plan("kristiansand", now)
		p.SetItem("x", planmodel.Done, string(bytes.Repeat([]byte("x"), 8000)), now)
		if err := s.Save(p); err != nil {
			full = err
			break
		}
		saved = append(saved, p)
	}
	if !errors.Is(full, ErrDiskFull) {
		t.Fatalf("filling the disk gave %v, want ErrDiskFull", full)
	}
	if len(saved) == 0 {
		t.Fatal("nothing could be saved at all")
	}
	if s.Damaged() != nil {
		t.Errorf("a full disk marked the file damaged: %v", s.Damaged())
	}
	for _, p := range saved {
		if got, err := s.Load(p.ID); err != nil || got.Name != p.Name {
			t.Fatalf("plan saved before the disk filled: %v", err)
		}
	}
	if problems := s.Check(); len(problems) > 0 {
		t.Errorf("after a full disk: %v", problems)
	}
}

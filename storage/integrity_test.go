package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"regionplan/planmodel"
)

// goodFile writes a sound plan file with a few plans and returns its bytes
// and the plans' JSON by ID, for comparing what a damaged copy yields.
func goodFile(t *testing.T) ([]byte, map[string][]byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), FileName)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]byte{}
	for i := range 30 {
		p, _ := planmodel.Example([]string{"kristiansand", "hallingdal"}[i%2], now)
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
	outcomes := map[string]int{}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), FileName)
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
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
			outcomes["opened, data correct"]++
		})
	}
	t.Logf("%d cases: %v", len(cases), outcomes)
}

func TestCheck(t *testing.T) {
	s, _ := openTemp(t)
	p, _ := planmodel.Example("hallingdal", now)
	s.Save(p)
	q, _ := planmodel.Example("kristiansand", now)
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
	p, _ := planmodel.Example("hallingdal", now)
	q, _ := planmodel.Example("kristiansand", now)
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
		p, _ := planmodel.Example("kristiansand", now)
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

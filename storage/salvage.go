package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SalvageReport tells what Salvage copied into the new file and what it
// found but could not save.
type SalvageReport struct {
	Plans     int      // live plans saved
	Deleted   int      // deleted plans saved
	Snapshots int      // snapshots saved
	Lost      []string // the records found that fail their checksum, by kind and key
	Older     []string // records saved from an older copy, since the newest fails its checksum
	Outside   []string // records found only outside the file's index: a change whose header was lost, or a plan deleted for good
	Partial   bool     // the file's index could not be read whole, so records may be lost unseen
}

// salvaged is one record that verified, with what Salvage needs to pick
// among copies of the same key.
type salvaged struct {
	bucket []byte
	key    string
	value  []byte // the sealed record, as stored
	when   time.Time
	inTree bool // read through the file's index, not found among loose pages
}

// Salvage copies every plan, deleted plan and snapshot of the damaged file
// at damaged whose checksum verifies into a new plan file at out, and says
// what was saved and what was lost. It reads the damaged file without
// changing it: first through the file's own index where bbolt can still read
// it, then page by page, so that records under a broken index are found too.
// out must not exist yet.
func Salvage(damaged, out string) (SalvageReport, error) {
	var rep SalvageReport
	if SamePath(damaged, out) {
		return rep, errors.New("the new file must not be the damaged file; choose another name")
	}
	if _, err := os.Stat(out); err == nil {
		return rep, fmt.Errorf("%s exists already; choose a new name for the saved plans", out)
	}
	chosen, rep, err := salvageSelect(damaged)
	if err != nil {
		return rep, err
	}
	return rep, writeSalvaged(out, chosen, &rep)
}

// SalvageToBackups salvages the damaged file at path (see Salvage) into a
// new file in its backup folder, listed among its backups as "salvaged",
// and returns the report and the new file's path, ready for RestoreFile.
func SalvageToBackups(path string) (SalvageReport, string, error) {
	dest, err := backupName(path, KindSalvaged, time.Now())
	if err != nil {
		return SalvageReport{}, "", err
	}
	rep, err := Salvage(path, dest)
	return rep, dest, err
}

// salvageSelect finds the records Salvage would save from the damaged file.
func salvageSelect(damaged string) (map[string]salvaged, SalvageReport, error) {
	var rep SalvageReport
	data, err := os.ReadFile(damaged)
	if err != nil {
		return nil, rep, fmt.Errorf("cannot read %s: %w", damaged, err)
	}
	found, lost := scanPages(data)
	tree, treeLost, treeOK := map[string]salvaged{}, map[string]bool{}, false
	if checkHeader(damaged, int64(len(data))) == nil {
		tree, treeLost, treeOK = readTree(damaged)
	}
	rep.Partial = !treeOK
	chosen := choose(tree, treeLost, found, &rep)
	if !treeOK {
		treeLost = lost
	}
	for k := range treeLost {
		if _, ok := chosen[k]; !ok {
			rep.Lost = append(rep.Lost, k)
		}
	}
	sort.Strings(rep.Lost)
	sort.Strings(rep.Older)
	sort.Strings(rep.Outside)
	if len(chosen) == 0 {
		return nil, rep, fmt.Errorf("no plan in %s could be saved: none of its records verifies", damaged)
	}
	return chosen, rep, nil
}

// recordKey names a record for the report: its kind and key.
func recordKey(bucket []byte, key string) string {
	switch string(bucket) {
	case string(bucketTrash):
		return "deleted plan " + key
	case string(bucketSnapshots):
		return "snapshot " + key
	}
	return "plan " + key
}

// classify tells which bucket a loose record belongs to and when it was
// written, or ok false when it is not a verified record of Regionplan.
func classify(key, v []byte) (bucket []byte, when time.Time, ok bool) {
	if bytes.HasPrefix(v, recordMark) {
		if p, err := decodePlan(string(key), v); err == nil && p.ID == string(key) {
			return bucketPlans, p.Updated, true
		}
	}
	data, err := unseal(v)
	if err != nil {
		return nil, time.Time{}, false
	}
	if bytes.Contains(key, []byte("/")) {
		var rec snapshotRecord
		if json.Unmarshal(data, &rec) == nil && string(snapshotKey(rec.PlanID, rec.ID)) == string(key) {
			return bucketSnapshots, rec.Taken, true
		}
		return nil, time.Time{}, false
	}
	var trash trashRecord
	if json.Unmarshal(data, &trash) == nil && !trash.Deleted.IsZero() && trash.Plan != nil {
		if _, err := decodePlan(string(key), trash.Plan); err == nil {
			return bucketTrash, trash.Deleted, true
		}
	}
	p, err := decodePlan(string(key), v)
	if err != nil || p.ID != string(key) {
		return nil, time.Time{}, false
	}
	return bucketPlans, p.Updated, true
}

// looksLikeRecord reports whether a value that fails its checksum was a
// record of Regionplan (and is lost) rather than some other value.
func looksLikeRecord(key, v []byte) bool {
	id, _, _ := strings.Cut(string(key), "/")
	return len(v) > 64 && ValidID(id)
}

// scanPages reads every leaf page of the file, whatever the index says,
// and returns the verified records found by bucket and key (every copy)
// and the keys of records that fail their checksum.
func scanPages(data []byte) (map[string][]salvaged, map[string]bool) {
	sc := scan{found: map[string][]salvaged{}, lost: map[string]bool{}}
	ps := filePageSize(data)
	for off := 2 * ps; off+pageHeaderSize <= len(data); off += ps {
		p := rawPage{id: le.Uint64(data[off:]), flags: le.Uint16(data[off+8:]), count: int(le.Uint16(data[off+10:])), data: data[off:]}
		if p.flags != flagLeaf || p.id != uint64(off/ps) {
			continue
		}
		if elems, _, err := p.leaves(); err == nil {
			sc.visit(elems, 0)
		}
	}
	return sc.found, sc.lost
}

// filePageSize is the page size a valid header of the file gives, or 4096.
func filePageSize(data []byte) int {
	for _, off := range []int{0, os.Getpagesize(), 4096} {
		if off+pageHeaderSize+64 <= len(data) {
			if m := readMeta(data[off:]); m.valid {
				return int(m.pageSize)
			}
		}
	}
	return 4096
}

// scan collects the records of loose leaf pages.
type scan struct {
	found map[string][]salvaged
	lost  map[string]bool
}

// visit takes the records among a leaf's elements, and those of the
// buckets stored inline in it.
func (sc scan) visit(elems []leafElement, depth int) {
	for _, e := range elems {
		if e.bucket {
			if depth < 8 && len(e.value) > bucketHeader+pageHeaderSize && le.Uint64(e.value) == 0 {
				inline := rawPage{data: e.value[bucketHeader:], count: int(le.Uint16(e.value[bucketHeader+10:]))}
				if sub, _, err := inline.leaves(); err == nil {
					sc.visit(sub, depth+1)
				}
			}
			continue
		}
		if b, when, ok := classify(e.key, e.value); ok {
			k := recordKey(b, string(e.key))
			sc.found[k] = append(sc.found[k], salvaged{bucket: b, key: string(e.key), value: bytes.Clone(e.value), when: when})
		} else if looksLikeRecord(e.key, e.value) {
			sc.lost[recordKey(guessBucket(e.key, e.value), string(e.key))] = true
		}
	}
}

// guessBucket says which kind a damaged record most likely was.
func guessBucket(key, v []byte) []byte {
	switch {
	case bytes.Contains(key, []byte("/")):
		return bucketSnapshots
	case bytes.Contains(v, []byte(`"deleted":`)) && bytes.Contains(v, []byte(`"plan":`)):
		return bucketTrash
	}
	return bucketPlans
}

// readTree reads the three buckets through bbolt, read-only, and returns
// the verified records, the keys that fail their checksum, and whether the
// whole index could be read.
func readTree(path string) (map[string]salvaged, map[string]bool, bool) {
	found := map[string]salvaged{}
	lost := map[string]bool{}
	var db *bolt.DB
	err := guard(path, func() (err error) {
		db, err = bolt.Open(path, 0o400, &bolt.Options{ReadOnly: true, Timeout: LockTimeout})
		return err
	})
	if err != nil {
		return found, lost, false
	}
	defer guard(path, db.Close)
	err = guard(path, func() error {
		return db.View(func(tx *bolt.Tx) error {
			for _, name := range [][]byte{bucketPlans, bucketTrash, bucketSnapshots} {
				b := tx.Bucket(name)
				if b == nil {
					continue
				}
				err := b.ForEach(func(k, v []byte) error {
					key := recordKey(name, string(k))
					if got, when, ok := classify(k, v); ok && string(got) == string(name) {
						found[key] = salvaged{bucket: name, key: string(k), value: bytes.Clone(v), when: when, inTree: true}
					} else {
						lost[key] = true
					}
					return nil
				})
				if err != nil {
					return err
				}
			}
			return nil
		})
	})
	return found, lost, err == nil
}

// choose picks one copy per record: the one in the file's index where that
// verifies, otherwise the newest loose copy found among the pages. A loose
// copy of a plan the index holds in another bucket (a live plan since
// deleted, or the reverse) is left out; one the index does not hold at all
// is kept and reported (a change whose header was lost, or a plan deleted
// for good), since leaving it out could lose the newest work.
func choose(tree map[string]salvaged, treeLost map[string]bool, loose map[string][]salvaged, rep *SalvageReport) map[string]salvaged {
	out := map[string]salvaged{}
	indexed := map[string]bool{} // plan IDs the index holds, live or deleted
	for k, r := range tree {
		out[k] = r
		indexed[r.key] = true
	}
	for k := range treeLost {
		_, key, _ := strings.Cut(k, " ")
		indexed[strings.TrimPrefix(key, "plan ")] = true
	}
	for k, copies := range loose {
		if _, ok := out[k]; ok {
			continue
		}
		sort.Slice(copies, func(i, j int) bool { return copies[i].when.After(copies[j].when) })
		c := copies[0]
		switch {
		case treeLost[k]:
			rep.Older = append(rep.Older, k)
		case string(c.bucket) != string(bucketSnapshots) && indexed[c.key]:
			continue
		default:
			rep.Outside = append(rep.Outside, k)
		}
		out[k] = c
	}
	// A plan both live and deleted among loose pages only: the later event wins.
	for k, r := range out {
		if r.inTree || string(r.bucket) != string(bucketTrash) {
			continue
		}
		live := recordKey(bucketPlans, r.key)
		if l, ok := out[live]; ok && !l.inTree {
			if l.when.After(r.when) {
				delete(out, k)
			} else {
				delete(out, live)
			}
		}
	}
	return out
}

// putRecords writes records into the plan file at path.
func putRecords(path string, records map[string]salvaged) error {
	db, err := openBolt(path, 0, false)
	if err != nil {
		return err
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, r := range records {
			if err := tx.Bucket(r.bucket).Put([]byte(r.key), r.value); err != nil {
				return err
			}
		}
		// The records may come from a file of schema 2 or older, whose plans
		// refer to municipalities by name; the step changes nothing in the
		// others.
		return migrateMunicipalityIDs(tx)
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("cannot write the saved plans to %s: %w", path, err)
	}
	return nil
}

// writeSalvaged writes the chosen records into a new plan file at out.
func writeSalvaged(out string, chosen map[string]salvaged, rep *SalvageReport) error {
	if err := create(out); err != nil {
		return err
	}
	if err := putRecords(out, chosen); err != nil {
		os.Remove(out)
		return err
	}
	for _, r := range chosen {
		switch string(r.bucket) {
		case string(bucketPlans):
			rep.Plans++
		case string(bucketTrash):
			rep.Deleted++
		default:
			rep.Snapshots++
		}
	}
	return nil
}

package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"

	"regionplan/planmodel"
)

var bucketSnapshots = []byte("snapshots")

// Snapshot describes a named copy of a whole plan as it was at one moment.
type Snapshot struct {
	ID       string    `json:"id"`
	PlanID   string    `json:"planId"`
	Name     string    `json:"name"`
	Taken    time.Time `json:"taken"`
	Reason   string    `json:"reason"`
	Election int       `json:"election,omitempty"` // the election year, for planmodel.SnapshotElection
}

type snapshotRecord struct {
	Snapshot
	Plan json.RawMessage `json:"plan"`
}

func snapshotKey(planID, id string) []byte { return []byte(planID + "/" + id) }

// migrateAddSnapshots is the step from schema 1 to 2: the snapshots bucket.
func migrateAddSnapshots(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists(bucketSnapshots)
	return err
}

// TakeSnapshot stores a copy of the plan as it is now under the given name.
func (s *Store) TakeSnapshot(p *planmodel.Plan, name, reason string, election int, now time.Time) (Snapshot, error) {
	snap := Snapshot{ID: planmodel.NewID(), PlanID: p.ID, Name: name, Taken: now, Reason: reason, Election: election}
	data, err := json.Marshal(p)
	if err != nil {
		return Snapshot{}, fmt.Errorf("cannot encode plan %s: %w", p.ID, err)
	}
	rec, err := json.Marshal(snapshotRecord{Snapshot: snap, Plan: data})
	if err != nil {
		return Snapshot{}, err
	}
	if len(rec) > MaxPlanBytes {
		return Snapshot{}, fmt.Errorf("snapshot of plan %s: %w", p.ID, ErrTooLarge)
	}
	err = s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSnapshots).Put(snapshotKey(p.ID, snap.ID), seal(rec))
	})
	if err != nil {
		return Snapshot{}, err
	}
	return snap, nil
}

func decodeSnapshot(key, v []byte) (snapshotRecord, error) {
	var rec snapshotRecord
	data, err := unseal(v)
	if err == nil {
		err = json.Unmarshal(data, &rec)
	}
	if err != nil {
		return rec, fmt.Errorf("snapshot %s is damaged: %w", key, ErrDamaged)
	}
	return rec, nil
}

// Snapshots lists the snapshots of a plan, newest first.
func (s *Store) Snapshots(planID string) ([]Snapshot, error) {
	var out []Snapshot
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSnapshots)
		if b == nil { // a schema-1 file read without upgrading: no snapshots
			return nil
		}
		prefix := []byte(planID + "/")
		c := b.Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			rec, err := decodeSnapshot(k, v)
			if err != nil {
				return err
			}
			out = append(out, rec.Snapshot)
		}
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Taken.After(out[j].Taken) })
	return out, err
}

// LoadSnapshot returns the plan as it was in the snapshot.
func (s *Store) LoadSnapshot(planID, id string) (*planmodel.Plan, Snapshot, error) {
	var rec snapshotRecord
	err := s.view(func(tx *bolt.Tx) error {
		key := snapshotKey(planID, id)
		v := tx.Bucket(bucketSnapshots).Get(key)
		if v == nil {
			return fmt.Errorf("snapshot %s of plan %s: %w", id, planID, ErrNotFound)
		}
		var err error
		rec, err = decodeSnapshot(key, v)
		return err
	})
	if err != nil {
		return nil, Snapshot{}, err
	}
	var p planmodel.Plan
	if err := json.Unmarshal(rec.Plan, &p); err != nil {
		return nil, Snapshot{}, fmt.Errorf("snapshot %s cannot be decoded: %w", id, ErrDamaged)
	}
	p.ResolveNames() // a file of schema 2 or older opened read-only refers by name
	return &p, rec.Snapshot, nil
}

// checkSnapshots decodes every snapshot and checks its checksum.
func (s *Store) checkSnapshots() []error {
	var problems []error
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSnapshots)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			if _, err := decodeSnapshot(k, v); err != nil {
				problems = append(problems, err)
			}
			return nil
		})
	})
	if err != nil {
		problems = append(problems, err)
	}
	return problems
}

// deleteSnapshots removes every snapshot of a plan inside tx.
func deleteSnapshots(tx *bolt.Tx, planID string) error {
	b := tx.Bucket(bucketSnapshots)
	prefix := []byte(planID + "/")
	var keys [][]byte
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		keys = append(keys, append([]byte(nil), k...))
	}
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

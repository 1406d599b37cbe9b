package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"

	bolt "go.etcd.io/bbolt"

	"regionplan/planmodel"
)

// migrations[i] upgrades a file from schema version i+1 to i+2. A step gets
// the whole write transaction; all steps of one open run in the same
// transaction, so a failure leaves the file as it was. Every version that has
// shipped keeps a fixture in testdata/ that the tests open.
var migrations = []func(tx *bolt.Tx) error{
	migrateAddSnapshots,    // 1 → 2
	migrateMunicipalityIDs, // 2 → 3
	migrateSections,        // 3 → 4
}

// SchemaVersion returns the schema version this build writes: one more than
// the number of migration steps.
func SchemaVersion() int { return len(migrations) + 1 }

// migrate brings a file of schema version from up to SchemaVersion, after
// writing a backup copy of it into the backup folder.
func (s *Store) migrate(from int) error {
	to := SchemaVersion()
	if _, err := s.backup(KindBeforeUpgrade); err != nil {
		return fmt.Errorf("the plan file needs an upgrade from schema %d to %d, but no backup could be made first, so it was not changed: %w", from, to, err)
	}
	err := s.update(func(tx *bolt.Tx) error {
		for v := from; v < to; v++ {
			if err := migrations[v-1](tx); err != nil {
				return fmt.Errorf("upgrading from schema %d to %d: %w", v, v+1, err)
			}
		}
		return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(to)))
	})
	if err != nil {
		return fmt.Errorf("%s could not be upgraded and is unchanged: %w", s.path, err)
	}
	return nil
}

// migrateMunicipalityIDs is the step from schema 2 to 3: every municipality
// gets an ID, and every reference to a municipality in the plans, the
// deleted plans and the snapshots holds its ID instead of its name (see
// planmodel.Plan.ResolveNames). The IDs are made from the names, so a plan's
// snapshots get the same IDs as the plan and still compare municipality by
// municipality. A value that cannot be read is left as it is, for Check to
// name, and so is one whose municipalities have IDs already (Salvage runs
// the step over what it saves).
func migrateMunicipalityIDs(tx *bolt.Tx) error {
	err := rewriteValues(tx.Bucket(bucketPlans), func(_, data []byte) ([]byte, error) {
		return withIDs(data)
	})
	if err != nil {
		return err
	}
	err = rewriteValues(tx.Bucket(bucketSnapshots), func(_, data []byte) ([]byte, error) {
		var rec map[string]json.RawMessage
		if err := json.Unmarshal(data, &rec); err != nil {
			return nil, err
		}
		plan, err := withIDs(rec["plan"])
		if err != nil {
			return nil, err
		}
		rec["plan"] = plan
		return json.Marshal(rec)
	})
	if err != nil {
		return err
	}
	return rewriteValues(tx.Bucket(bucketTrash), func(_, data []byte) ([]byte, error) {
		var rec trashRecord
		if err := json.Unmarshal(data, &rec); err != nil {
			return nil, err
		}
		inner, err := unseal(rec.Plan)
		if err != nil {
			return nil, err
		}
		if inner, err = withIDs(inner); err != nil {
			return nil, err
		}
		rec.Plan = seal(inner)
		return json.Marshal(rec)
	})
}

// rewriteValues replaces each sealed value of bucket b (which may be
// missing) by what rewrite makes of its unsealed data, sealed again. A value
// that does not unseal, or that rewrite fails on, stays as it was.
func rewriteValues(b *bolt.Bucket, rewrite func(k, data []byte) ([]byte, error)) error {
	if b == nil {
		return nil
	}
	var keys, values [][]byte
	err := b.ForEach(func(k, v []byte) error {
		data, err := unseal(v)
		if err != nil {
			return nil
		}
		if data, err = rewrite(k, data); err == nil {
			keys, values = append(keys, bytes.Clone(k)), append(values, seal(data))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i, k := range keys { // bbolt allows no Put inside ForEach
		if err := b.Put(k, values[i]); err != nil {
			return err
		}
	}
	return nil
}

// errHasIDs says that a value needs no IDs: it has them, or it is no plan.
var errHasIDs = errors.New("the plan has municipality IDs")

// withIDs returns the plan in data with municipality IDs and references by
// ID, or errHasIDs when no municipality of it lacks an ID.
func withIDs(data []byte) ([]byte, error) {
	var p planmodel.Plan
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, err
	}
	if !slices.ContainsFunc(p.Municipalities, func(m planmodel.Municipality) bool { return m.ID == "" }) {
		return nil, errHasIDs // written with IDs, or not a plan: left as it is
	}
	p.ResolveNames()
	return json.Marshal(&p)
}

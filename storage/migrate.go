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
// planmodel.Plan.ResolveNames). A plan's snapshots and deleted copy take the
// live plan's IDs where the names agree, so that comparing a snapshot with
// the plan still pairs the same municipalities. A value that cannot be read
// is left as it is, for Check to name, and so is one whose municipalities
// have IDs already (Salvage runs the step over what it saves).
func migrateMunicipalityIDs(tx *bolt.Tx) error {
	known := map[string]map[string]planmodel.MunicipalityID{} // plan ID → name → municipality ID
	err := rewriteValues(tx.Bucket(bucketPlans), func(k, data []byte) ([]byte, error) {
		return withIDs(data, known, string(k))
	})
	if err != nil {
		return err
	}
	err = rewriteValues(tx.Bucket(bucketSnapshots), func(k, data []byte) ([]byte, error) {
		var rec map[string]json.RawMessage
		if err := json.Unmarshal(data, &rec); err != nil {
			return nil, err
		}
		planID, _, _ := bytes.Cut(k, []byte("/"))
		plan, err := withIDs(rec["plan"], known, string(planID))
		if err != nil {
			return nil, err
		}
		rec["plan"] = plan
		return json.Marshal(rec)
	})
	if err != nil {
		return err
	}
	return rewriteValues(tx.Bucket(bucketTrash), func(k, data []byte) ([]byte, error) {
		var rec trashRecord
		if err := json.Unmarshal(data, &rec); err != nil {
			return nil, err
		}
		inner, err := unseal(rec.Plan)
		if err != nil {
			return nil, err
		}
		if inner, err = withIDs(inner, known, string(k)); err != nil {
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
// ID, or errHasIDs when no municipality of it lacks an ID. A municipality
// takes the ID known for its name in the plan planID, when there is one; the
// IDs of the plan are added to known.
func withIDs(data []byte, known map[string]map[string]planmodel.MunicipalityID, planID string) ([]byte, error) {
	var p planmodel.Plan
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, err
	}
	ids := known[planID]
	if ids == nil {
		ids = map[string]planmodel.MunicipalityID{}
		known[planID] = ids
	}
	legacy := slices.ContainsFunc(p.Municipalities, func(m planmodel.Municipality) bool { return m.ID == "" })
	if legacy {
		for i := range p.Municipalities {
			if m := &p.Municipalities[i]; m.ID == "" && p.IndexOf(ids[m.Name]) < 0 {
				m.ID = ids[m.Name]
			}
		}
		p.ResolveNames()
	}
	for _, m := range p.Municipalities {
		if _, ok := ids[m.Name]; !ok {
			ids[m.Name] = m.ID
		}
	}
	if !legacy {
		return nil, errHasIDs // written with IDs, or not a plan: left as it is
	}
	return json.Marshal(&p)
}

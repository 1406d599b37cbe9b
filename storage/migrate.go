package storage

import (
	"fmt"
	"strconv"

	bolt "go.etcd.io/bbolt"
)

// migrations[i] upgrades a file from schema version i+1 to i+2. A step gets
// the whole write transaction; all steps of one open run in the same
// transaction, so a failure leaves the file as it was. Every version that has
// shipped keeps a fixture in testdata/ that the tests open.
var migrations = []func(tx *bolt.Tx) error{
	migrateAddSnapshots, // 1 → 2
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

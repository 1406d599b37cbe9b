package planmodel

// Why a snapshot of a whole plan was taken, as stored with the snapshot.
const (
	SnapshotManual        = "manual"
	SnapshotElection      = "election"       // on the first open after an election
	SnapshotBeforeRestore = "before-restore" // before a plan was set back to a snapshot
	SnapshotBeforeMerge   = "before-merge"   // before municipalities were merged
	SnapshotBeforeImport  = "before-import"  // before an imported plan file replaced the plan
)

// Package memlimit holds the soft memory limit Regionplan runs with, so that
// the program and `make bench` use the same figure.
package memlimit

// Limit is the soft limit of the memory Go manages, in bytes: a third above
// the live heap of the heaviest work measured (380 MB: the large plan open
// with every stage and all 40 decisions shown, drafts written), so the heap
// no longer grows to twice what it holds, yet the collector does not run
// without pause (docs/performance.md).
const Limit = 512 << 20

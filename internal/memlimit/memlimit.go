// Package memlimit holds the soft memory limit Regionplan runs with, so that
// the program and `make bench` use the same figure.
package memlimit

// Limit is the soft limit of the memory Go manages, in bytes: 1 GiB, 2.7
// times the live heap of the heaviest work measured (380 MB: the large plan
// open with every stage and all 40 decisions shown, drafts written). The
// collector then keeps its own pace (a heap of twice what is live) up to a
// live heap of about 500 MB, and the limit only bounds the garbage of
// heavier work; a limit close above the live heap makes it collect without
// pause (docs/performance.md).
const Limit = 1 << 30

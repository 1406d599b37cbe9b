// Package memlimit holds the soft memory limit Regionplan runs with, so that
// the program and `make bench` use the same figure.
package memlimit

// Limit is the soft limit of the memory Go manages, in bytes: 256 MiB, 3.6
// times the live heap of the heaviest work measured (70 MB: the large plan
// open with every stage and all 40 decisions shown, drafts being written;
// 27 MB once they are). The collector then keeps its own pace (a heap of
// twice what is live) up to a live heap of about 120 MB, and the limit only
// bounds the garbage of heavier work; a limit close above the live heap
// makes it collect without pause (docs/decisions.md).
const Limit = 256 << 20

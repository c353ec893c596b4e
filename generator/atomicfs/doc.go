// Package atomicfs puts files and folders in their place so that a
// reader, or a crash, sees the old one or the new one and never a mix:
// a folder exchanged whole (renameat2 RENAME_EXCHANGE on Linux, two
// renames elsewhere), a file replaced through a temporary file and a
// rename. A build's output and a count of tickets both go through it.
package atomicfs

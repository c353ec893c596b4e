package site

// ReplaceFolder puts the complete folder tmp in the place of dir, as a
// build does with its output: atomically where the system allows it, so a
// reader or a crash sees the old folder or the new one, never a mix. Other
// commands that write a folder of results use it too.
func ReplaceFolder(tmp, dir string) error { return swap(tmp, dir) }

package main

import (
	"flag"
	"os"
	"path/filepath"
)

// findSite sets the site folder of a command that was given neither -s
// nor --content: like git, werkboek looks for the folder that holds
// content/ from the working folder upwards, so a command works from
// content/, a priority folder or any other folder of the edition. A
// folder above the working folder counts only when its content/ looks
// like a workbook's (with _index.md or prioriteiten/). The site folder
// becomes a relative path ("../.."), so messages name files as they are
// seen from where the editor is.
func findSite(fs *flag.FlagSet, site *string) {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == "s" || f.Name == "content" })
	if given || *site != "." {
		return
	}
	if dir, ok := siteAbove("."); ok {
		*site = dir
	}
}

// siteAbove returns the nearest folder, from start upwards, that holds a
// content/ folder; start itself counts with any content/ folder.
func siteAbove(start string) (string, bool) {
	if isDir(filepath.Join(start, "content")) {
		return start, true
	}
	abs, err := filepath.Abs(start)
	if err != nil {
		return "", false
	}
	rel := start
	for dir := abs; ; {
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir, rel = parent, filepath.Join(rel, "..")
		c := filepath.Join(dir, "content")
		if isDir(c) && (exists(filepath.Join(c, "_index.md")) || isDir(filepath.Join(c, "prioriteiten"))) {
			return rel, true
		}
	}
}

func isDir(name string) bool {
	st, err := os.Stat(name)
	return err == nil && st.IsDir()
}

func exists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

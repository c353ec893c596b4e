package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
	"time"
)

// version, revision and date describe this build. Releases set them at
// link time (see .ci/release):
//
//	go build -ldflags "-X main.version=v1.2.0 -X main.revision=<commit> -X main.date=<RFC 3339>"
//
// Left empty, they come from the build information Go stamps into the
// binary (the module version of go install, and the commit and its time
// when built inside a git clone).
var (
	version  string
	revision string
	date     string
)

// buildInfo is what werkboek version prints.
type buildInfo struct {
	version  string // "v1.2.0", or "" for a development build
	revision string // the commit, or ""
	modified bool   // built with changes that were not committed
	date     time.Time
	goVer    string
	platform string
}

// readBuildInfo combines the link-time values with Go's build
// information; the link-time values win.
func readBuildInfo(bi *debug.BuildInfo, ok bool) buildInfo {
	info := buildInfo{goVer: runtime.Version(), platform: runtime.GOOS + "/" + runtime.GOARCH}
	if ok && bi != nil {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			info.version = v
		}
		info.goVer = bi.GoVersion
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				info.revision = s.Value
			case "vcs.time":
				info.date, _ = time.Parse(time.RFC3339, s.Value)
			case "vcs.modified":
				info.modified = s.Value == "true"
			}
		}
	}
	if version != "" {
		info.version = version
	}
	if revision != "" {
		info.revision, info.modified = strings.TrimSuffix(revision, "-dirty"), strings.HasSuffix(revision, "-dirty")
	}
	if date != "" {
		if t, err := time.Parse(time.RFC3339, date); err == nil {
			info.date = t
		}
	}
	return info
}

// printVersion writes the version, the commit and its date, in Dutch.
func printVersion(w io.Writer, info buildInfo) {
	v := info.version
	if v == "" {
		v = "ontwikkelversie"
	}
	fmt.Fprintf(w, "werkboek %s\n", v)
	switch {
	case info.revision == "":
		fmt.Fprintln(w, "revisie:  onbekend (niet gebouwd uit een git-kopie)")
	case info.modified:
		fmt.Fprintf(w, "revisie:  %s, met wijzigingen die niet zijn vastgelegd\n", info.revision)
	default:
		fmt.Fprintf(w, "revisie:  %s\n", info.revision)
	}
	if info.date.IsZero() {
		fmt.Fprintln(w, "datum:    onbekend")
	} else {
		fmt.Fprintf(w, "datum:    %s\n", dutchDate(info.date.UTC()))
	}
	fmt.Fprintf(w, "gebouwd:  met %s voor %s\n", info.goVer, info.platform)
}

var months = [...]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}

// dutchDate writes a time as "2 december 2025, 20:19 UTC".
func dutchDate(t time.Time) string {
	return fmt.Sprintf("%d %s %d, %02d:%02d UTC", t.Day(), months[t.Month()-1], t.Year(), t.Hour(), t.Minute())
}

func cmdVersion(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		if isHelp(args[0]) {
			fmt.Fprint(stdout, versionHelp)
			return exitOK
		}
		fmt.Fprintf(stderr, "werkboek version: onverwacht argument %q; werkboek version heeft geen opties\n", args[0])
		return exitUsage
	}
	bi, ok := debug.ReadBuildInfo()
	printVersion(stdout, readBuildInfo(bi, ok))
	return exitOK
}

const versionHelp = `Gebruik: werkboek version

Toont de versie van werkboek, de revisie (commit) waaruit hij is gebouwd
en de datum daarvan. Noem deze regels als u een probleem meldt.
`

func isHelp(arg string) bool { return arg == "-h" || arg == "-help" || arg == "--help" }

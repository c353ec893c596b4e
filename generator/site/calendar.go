package site

import "github.com/probiblio/werkboek/generator/render"

// calendarFiles returns the event's calendar file, when the event has a
// date; Build adds it beside the sitemap, and Session with addCalendar.
func calendarFiles(b *render.Book) []file {
	if name := b.CalendarFile(); name != "" {
		return []file{{name, render.Calendar(b)}}
	}
	return nil
}

// addCalendar puts the calendar file, if any, among a session's files.
func addCalendar(files map[string][]byte, b *render.Book) {
	for _, f := range calendarFiles(b) {
		files[f.name] = f.data
	}
}

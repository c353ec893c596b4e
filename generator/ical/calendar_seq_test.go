package ical

import (
	"bytes"
	"regexp"
	"strconv"
	"testing"
	"time"
)

// utcStamp is the form RFC 5545 requires of DTSTAMP and LAST-MODIFIED: a
// date-time in UTC, ending in Z.
var utcStamp = regexp.MustCompile(`^\d{8}T\d{6}Z$`)

// TestCalendarSequenceFollowsTheContent checks that the calendar's
// DTSTAMP, LAST-MODIFIED and SEQUENCE come from Book.Modified: the same
// moment gives the same bytes, a later one a higher SEQUENCE and a newer
// LAST-MODIFIED, so a calendar that imported the file takes the change.
func TestCalendarSequenceFollowsTheContent(t *testing.T) {
	event := "  name: Projectendag\n  date: 2099-09-21\n  start: \"09:30\"\n  end: \"17:00\"\n"
	at := func(m time.Time) (icalProp, icalProp, int64, []byte) {
		b := modifiedBook(t, event, m)
		data := Calendar(b)
		ev := readICal(t, data).subs[0]
		stamp, last := ev.one(t, "DTSTAMP"), ev.one(t, "LAST-MODIFIED")
		for _, p := range []icalProp{stamp, last} {
			if !utcStamp.MatchString(p.value) {
				t.Errorf("%q is not a UTC date-time such as 20990921T073000Z", p.value)
			}
		}
		seq, err := strconv.ParseInt(ev.one(t, "SEQUENCE").value, 10, 32)
		if err != nil || seq < 0 {
			t.Fatalf("SEQUENCE %q is not a non-negative 32-bit integer", ev.one(t, "SEQUENCE").value)
		}
		return stamp, last, seq, data
	}
	first := time.Date(2026, 5, 1, 12, 0, 0, 500, time.FixedZone("CEST", 7200))
	stamp, last, seq, data := at(first)
	if stamp.value != "20260501T100000Z" || last.value != stamp.value {
		t.Errorf("DTSTAMP:%s LAST-MODIFIED:%s, want both the moment in UTC, 20260501T100000Z", stamp.value, last.value)
	}
	if _, _, _, again := at(first); !bytes.Equal(again, data) {
		t.Error("the same content and moment give other bytes")
	}
	_, last2, seq2, _ := at(first.Add(time.Second))
	if seq2 <= seq || last2.value <= last.value {
		t.Errorf("a change a second later gives SEQUENCE %d after %d and LAST-MODIFIED %s after %s; want both higher", seq2, seq, last2.value, last.value)
	}
	// Without a known moment: the event's date, and SEQUENCE 0.
	ev := readICal(t, Calendar(calendarBook(t, event))).subs[0]
	if ev.one(t, "DTSTAMP").value != "20990921T000000Z" || ev.one(t, "SEQUENCE").value != "0" {
		t.Errorf("without Modified: DTSTAMP:%s SEQUENCE:%s", ev.one(t, "DTSTAMP").value, ev.one(t, "SEQUENCE").value)
	}
	if len(ev.props["LAST-MODIFIED"]) != 0 {
		t.Error("LAST-MODIFIED without a known moment")
	}
}

package dutch

import (
	"strings"
	"testing"
	"time"
)

// TestAtMatchesTheTimeZoneDatabase checks the EU summer time rule
// against Go's Europe/Amsterdam for every day of 2000 to 2040, including
// the hour that does not exist in spring and the one that comes twice
// in autumn.
func TestAtMatchesTheTimeZoneDatabase(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Skipf("no time zone database: %v", err)
	}
	for d := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2041; d = d.AddDate(0, 0, 1) {
		for _, hm := range [][2]int{{0, 30}, {2, 30}, {9, 30}, {17, 0}, {23, 59}} {
			got, exists := At(d, hm[0], hm[1])
			want := time.Date(d.Year(), d.Month(), d.Day(), hm[0], hm[1], 0, 0, ams)
			wantExists := want.Hour() == hm[0]
			if first := want.Add(-time.Hour); first.In(ams).Format("15:04") == want.Format("15:04") {
				want = first // the hour that comes twice in autumn: the first
			}
			if exists != wantExists || exists && !got.Equal(want) {
				t.Fatalf("%s %02d:%02d: got %v (%v), want %v (%v)", d.Format("2006-01-02"), hm[0], hm[1], got, exists, want.UTC(), wantExists)
			}
			if in := In(got); exists && !strings.HasPrefix(in.Format("15:04"), want.Format("15:04")) {
				t.Fatalf("%v on the Dutch clock is %v, want %v", got, in, want)
			}
		}
	}
}

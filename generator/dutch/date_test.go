package dutch

import "testing"

func TestDate(t *testing.T) {
	for in, want := range map[string]string{"2016-09-19": "maandag 19 september 2016", "2099-01-01": "donderdag 1 januari 2099", "morgen": "morgen"} {
		if got := Date(in); got != want {
			t.Errorf("Date(%q) = %q, want %q", in, got, want)
		}
	}
}

package pdf

import (
	"slices"
	"testing"
)

func TestBookletOrder(t *testing.T) {
	for n, want := range map[int][]int{
		4:  {4, 1, 2, 3},
		8:  {8, 1, 2, 7, 6, 3, 4, 5},
		12: {12, 1, 2, 11, 10, 3, 4, 9, 8, 5, 6, 7},
	} {
		got, err := bookletOrder(n)
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("bookletOrder(%d) = %v, %v; want %v", n, got, err, want)
		}
	}
	for _, n := range []int{0, 2, 6, 33} {
		if _, err := bookletOrder(n); err == nil {
			t.Errorf("bookletOrder(%d) accepts a count that is no multiple of 4", n)
		}
	}
}

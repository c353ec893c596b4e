package search

// WordShards is the number of word shards (zoek/w<i>.json) of the index;
// 0 when the index is one file.
func (s *Index) WordShards() int {
	if s.buckets == 1 {
		return 0
	}
	return s.buckets
}

// ChangedWordShards compares the index with prev, the index of the
// rebuild before, whose documents must be in the same places (the same
// priorities, cards and libraries in the same order: the caller knows).
// It reports which word shards may hold other words or postings now: the
// shards of every word whose presence or fields changed in a card whose
// file changed. One edit then makes the few shards of its words again,
// not all of them. ok is false when the two cannot be compared that way.
func (s *Index) ChangedWordShards(prev *Index) (changed map[int]bool, ok bool) {
	if prev == nil || prev.buckets != s.buckets || len(prev.cards) != len(s.cards) || len(prev.b.Priorities) != len(s.b.Priorities) || prev.libraries() != s.libraries() {
		return nil, false
	}
	changed = map[int]bool{}
	for i, c := range s.cards {
		old := prev.cards[i]
		if old.Card.Path != c.Card.Path {
			return nil, false
		}
		if old.Card.Hash == c.Card.Hash {
			continue
		}
		was, is := docWords(cardDoc(old)), docWords(cardDoc(c))
		for w, f := range is {
			if was[w] != f {
				changed[bucket(w, s.buckets)] = true
			}
		}
		for w := range was {
			if _, still := is[w]; !still {
				changed[bucket(w, s.buckets)] = true
			}
		}
	}
	return changed, true
}

package serve

import (
	"fmt"
	"net/http"
	"slices"
)

// event is one Server-Sent Event.
type event struct{ name, data string }

// stream is one browser's live-reload connection.
type stream struct {
	events  chan event
	dropped chan struct{} // closed when a newer stream took its place
}

func (s *Server) broadcast(ev event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.streams {
		select {
		case c.events <- ev:
		default: // a slow client misses an event; it reloads on the next
		}
	}
}

// open adds a stream; at the cap the oldest one is dropped, so open
// streams never use up the files a process may open.
func (s *Server) open() *stream {
	c := &stream{events: make(chan event, 8), dropped: make(chan struct{})}
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(s.streams) >= s.maxStreams {
		close(s.streams[0].dropped)
		s.streams = s.streams[1:]
	}
	s.streams = append(s.streams, c)
	return c
}

// close removes a stream that ended.
func (s *Server) close(c *stream) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if i := slices.Index(s.streams, c); i >= 0 {
		s.streams = slices.Delete(s.streams, i, i+1)
	}
}

// Streams is the number of open live-reload streams.
func (s *Server) Streams() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.streams)
}

// events streams Server-Sent Events to one browser until it goes away,
// the server stops or a newer stream takes its place; a dropped browser
// gets a "stop" event so it does not connect again. The connection is
// closed when the stream ends, so no idle connection keeps its file.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "Deze verbinding kan geen meldingen doorgeven.", http.StatusInternalServerError)
		return
	}
	c := s.open()
	defer s.close(c)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Connection", "close")
	fmt.Fprintf(w, "retry: 500\nevent: hello\ndata: %d\n\n", s.st.Load().version)
	fl.Flush()
	for {
		select {
		case ev := <-c.events:
			fmt.Fprintf(w, "event: %s\ndata: %s\n\n", ev.name, ev.data)
			fl.Flush()
		case <-c.dropped:
			fmt.Fprint(w, "event: stop\ndata: te veel open vensters\n\n")
			fl.Flush()
			return
		case <-r.Context().Done():
			return
		case <-s.done:
			return
		}
	}
}

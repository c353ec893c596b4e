// Package quality holds the checks of a built site that readers rely on:
// valid HTML (the W3C Nu checker), accessibility (axe-core in headless
// Chromium), working links and anchors, titles and Open Graph tags, page
// weight, and the site's behaviour in a real browser: search, checklist,
// tickets and notes. It has no code of its own, only tests.
package quality

// Package quality holds the checks of a built site that readers rely on:
// valid HTML (the W3C Nu checker), accessibility (axe-core in headless
// Chromium), working links and anchors, titles and Open Graph tags, page
// weight, the site's behaviour in a real browser (search, checklist,
// tickets and notes), every page at phone and tablet widths, and
// Lighthouse's mobile scores. It has no code of its own, only tests (and
// testdata/lighthouse.mjs, which drives Lighthouse from Node).
package quality

// Fills page numbers into the print edition loaded in the browser, before
// it is printed again: `pages` maps element ids to the page on which each
// element began in the previous print. Run once per print; running it again
// with other numbers only changes the numbers.
//
// - every empty placeholder <span data-page-of="ID"> of the layout (the
//   contents) gets the number of ID's page;
// - every link from a card to a card (href="#k-…") is followed by
//   "(zie p. N)", the link itself untouched;
// - the checklist gets a column "p." with the page of each priority's
//   opening ("p-<priority>", which also holds its programme) and of each
//   card (a card's row has data-key "<priority>/<card>", its id is
//   "k-<priority>-<card>").
//
// It resolves, once the fonts are ready, to the ids it filled in and
// those it found no page for.
(pages) => {
  const edition = document.querySelector('.edition');
  if (!edition) return {filled: [], missing: []};
  const placeholder = (id) => {
    const s = document.createElement('span');
    s.dataset.pageOf = id;
    return s;
  };
  const target = (a) => {
    try { return decodeURIComponent(a.getAttribute('href').slice(1)); } catch { return ''; }
  };

  for (const a of edition.querySelectorAll('.p-card a[href^="#k-"]:not([data-see-page])')) {
    const id = target(a);
    if (!(id in pages)) continue;
    a.dataset.seePage = '';
    const see = document.createElement('span');
    see.className = 'see-page';
    see.append(' (zie p.\u00a0', placeholder(id), ')');
    a.after(see);
  }

  const table = edition.querySelector('.p-checklist table.checklist');
  if (table && !table.classList.contains('with-pages')) {
    table.classList.add('with-pages');
    const head = document.createElement('th');
    head.scope = 'col';
    head.className = 'col-page';
    head.textContent = 'p.';
    table.querySelector('thead tr')?.append(head);
    for (const body of table.tBodies) {
      const prio = [...body.classList].find((c) => c.startsWith('prio-'))?.slice(5) ?? '';
      for (const row of body.rows) {
        const key = row.dataset.key ?? '';
        let id = '';
        if (row.classList.contains('checklist-priority')) id = 'p-' + prio;
        else if (row.classList.contains('checklist-card')) id = 'k-' + prio + '-' + key.slice(key.indexOf('/') + 1);
        const cell = document.createElement('td');
        cell.className = 'col-page';
        if (id in pages) cell.append(placeholder(id));
        row.append(cell);
      }
    }
  }

  const filled = new Set();
  const missing = [];
  for (const el of edition.querySelectorAll('[data-page-of]')) {
    const id = el.dataset.pageOf;
    if (id in pages) {
      el.textContent = String(pages[id]);
      filled.add(id);
    } else {
      missing.push(id);
    }
  }
  // New text may need a font not yet loaded: print once it is.
  return document.fonts.ready.then(() => ({filled: [...filled], missing}));
}

// Prepares the print edition loaded in the browser for werkboek's PDF and
// fills in its page numbers. Called with null before the first print, and
// then before every next print with `pages`, which maps element ids to the
// page on which each element began in the previous print. Calling it again
// with other numbers only changes what depends on them.
//
// Before the first print, the end of every card and its question (or
// "Notities") get ids and hidden links to them: Chromium writes a named
// destination for every link target, so the PDF tells on which page each
// begins. With the pages known:
//
// - every empty placeholder <span data-page-of="ID"> of the layout (the
//   contents) gets the number of ID's page;
// - every link from a card to a card (href="#k-…") is followed by
//   "(zie p. N)", the link itself untouched;
// - the checklist gets a column "p." with the page of each priority's
//   opening ("p-<priority>", which also holds its programme) and of each
//   card (a card's row has data-key "<priority>/<card>", its id is
//   "k-<priority>-<card>");
// - a question that a long card pushed onto the next page gets that whole
//   page for notes (class question-apart).
//
// It resolves, once the fonts are ready, to the ids whose pages it used
// and those of placeholders it found no page for.
(pages) => {
  const edition = document.querySelector('.edition');
  if (!edition) return {used: [], missing: []};
  const sheets = [];
  for (const sheet of edition.querySelectorAll('.p-sheet')) {
    const card = sheet.querySelector('.p-card');
    const question = sheet.querySelector('.question');
    if (card?.id && question) sheets.push({sheet, card, question});
  }
  if (pages === null) {
    const anchors = document.createElement('div');
    anchors.hidden = true;
    for (const {card, question} of sheets) {
      const end = document.createElement('span');
      end.id = 'einde-' + card.id;
      card.append(end);
      question.id ||= 'vraag-' + card.id;
      for (const id of [end.id, question.id]) {
        const a = document.createElement('a');
        a.href = '#' + id;
        anchors.append(a);
      }
    }
    edition.append(anchors);
    return {used: [], missing: []};
  }

  const used = new Set();
  const placeholder = (id) => {
    const s = document.createElement('span');
    s.dataset.pageOf = id;
    return s;
  };
  const target = (a) => {
    try { return decodeURIComponent(a.getAttribute('href').slice(1)); } catch { return ''; }
  };

  for (const {sheet, card, question} of sheets) {
    const end = 'einde-' + card.id;
    if (!(end in pages) || !(question.id in pages)) continue;
    sheet.classList.toggle('question-apart', pages[question.id] > pages[end]);
    used.add(end).add(question.id);
  }

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

  const missing = [];
  for (const el of edition.querySelectorAll('[data-page-of]')) {
    const id = el.dataset.pageOf;
    if (id in pages) {
      el.textContent = String(pages[id]);
      used.add(id);
    } else {
      missing.push(id);
    }
  }
  // New text may need a font not yet loaded: print once it is.
  return document.fonts.ready.then(() => ({used: [...used], missing}));
}

// Prepares the print edition loaded in the browser for werkboek's PDF and
// fills in its page numbers. Called with null before the first print, and
// then before every next print with {pages, count}: pages maps element ids
// to the page on which each element began in the previous print, count is
// that print's number of pages. Calling it again with other numbers only
// changes what depends on them.
//
// Before the first print, the end of every card and its question (or
// "Notities") get ids and hidden links to them: Chromium writes a named
// destination for every link target, so the PDF tells on which page each
// begins. With the pages known:
//
// - every element marked data-recto (a priority's divider, the tickets)
//   starts on a right-hand, odd page: a blank page (div.p-blank) is put
//   before it or taken away again; Chromium's print ignores
//   break-before: right;
// - blank pages before the back cover make the page count a multiple of
//   four, so the sheets fold into a booklet;
// - the pages of everything after a blank page that was added or taken
//   away are corrected, and what follows uses the corrected pages:
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
// It resolves, once the fonts are ready, to the ids whose pages it used,
// those of placeholders it found no page for, the pages it expects in the
// next print and its page count.
(arg) => {
  const none = {used: [], missing: [], pages: {}, count: 0};
  const edition = document.querySelector('.edition');
  if (!edition) return none;
  const sheets = [];
  for (const sheet of edition.querySelectorAll('.p-sheet')) {
    const card = sheet.querySelector('.p-card');
    const question = sheet.querySelector('.question');
    if (card?.id && question) sheets.push({sheet, card, question});
  }
  if (arg === null) {
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
    return none;
  }

  const used = new Set();
  const {pages, count} = blanks(edition, arg.pages, arg.count, used);
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
  return document.fonts.ready.then(() => ({used: [...used], missing, pages, count}));

  // blanks adds or takes away the blank pages before right-hand starts
  // and the back cover, and returns the pages and count to expect then.
  function blanks(edition, pages, count, used) {
    const changes = []; // [first element after a change, pages added so far]
    let added = 0;
    const blank = (kind) => {
      const div = document.createElement('div');
      div.className = 'p-blank';
      div.dataset[kind] = '';
      div.setAttribute('aria-hidden', 'true');
      return div;
    };
    for (const el of edition.querySelectorAll('[data-recto]')) {
      if (!(el.id in pages)) continue;
      used.add(el.id);
      if ((pages[el.id] + added) % 2 === 1) continue;
      const prev = el.previousElementSibling;
      if (prev?.matches('.p-blank[data-filler]')) {
        prev.remove();
        added--;
      } else {
        el.before(blank('filler'));
        added++;
      }
      changes.push([el, added]);
    }
    const back = edition.querySelector('.back-cover');
    if (back) {
      const pads = edition.querySelectorAll('.p-blank[data-pad]');
      const want = (4 - (count + added - pads.length) % 4) % 4;
      for (let i = pads.length; i < want; i++) back.before(blank('pad'));
      for (let i = want; i < pads.length; i++) pads[i].remove();
      added += want - pads.length;
      changes.push([back, added]);
    }
    const out = {};
    for (const [id, page] of Object.entries(pages)) {
      const el = document.getElementById(id);
      let shift = 0;
      for (const [at, n] of changes) {
        if (el && (at === el || at.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) shift = n;
      }
      out[id] = page + shift;
    }
    return {pages: out, count: count + added};
  }
}

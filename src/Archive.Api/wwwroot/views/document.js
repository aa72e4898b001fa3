// The document view (/documents/{id}): its paragraphs with permalinks, alone or beside its other-language version.
import { api, citationBlock, conferenceList, conferenceName, copyCitation, el, formatDate, languageName, ocrNote, sampleBadge, t } from '../shared.js';

export async function documentPage(id, params) {
  await conferenceList().catch(() => []);
  const doc = await api(`/api/documents/${encodeURIComponent(id)}`);
  const parallel = params.get('view') === 'parallel' && doc.counterpartId;
  const other = parallel ? await api(`/api/documents/${encodeURIComponent(doc.counterpartId)}`) : null;
  const toggle = doc.counterpartId
    ? el('a', { class: 'button', 'data-link': true, href: `/documents/${id}${parallel ? '' : '?view=parallel'}${location.hash}` }, parallel ? t('singleView') : t('sideBySide'))
    : null;
  const header = el('header', { class: 'doc-header' },
    el('h1', { lang: doc.language }, doc.title, ' ', sampleBadge(doc.sample)),
    el('p', { class: 'meta' }, [doc.conference ? conferenceName(doc.conference) : null, doc.place, formatDate(doc.date), languageName(doc.language)].filter(Boolean).join(' · ')),
    issuedLine(doc),
    citationBlock(doc.citation, null, doc.id, doc.ocrConfidence),
    toggle);
  const body = parallel ? parallelView(doc, other) : singleView(doc);
  return el('div', { class: `document${parallel ? ' parallel' : ''}` }, header, body);
}

// Who issued the document, its symbol and its session, as the document itself spells them; nothing when none is known.
function issuedLine(doc) {
  const parts = [['issuerLabel', doc.issuer], ['symbolLabel', doc.symbol], ['sessionLabel', doc.session]]
    .filter(([, value]) => value)
    .map(([label, value]) => el('span', {}, `${t(label)}: `, el('span', { lang: doc.language }, value)));
  return parts.length ? el('p', { class: 'issued' }, parts.flatMap((part, i) => (i ? [' · ', part] : [part]))) : null;
}

function headingsBefore(paragraph, previous, language) {
  const nodes = [];
  if (paragraph.attachment && paragraph.attachment !== previous?.attachment) nodes.push(el('h2', { lang: language }, t('attachment', paragraph.attachment)));
  if (paragraph.section && paragraph.section !== previous?.section) nodes.push(el('h3', { lang: language }, paragraph.section));
  return nodes;
}

// The notes a paragraph cites, under it, each with its marker as printed; the document keeps their texts.
function notesOf(paragraph, notes, language) {
  const cited = (paragraph.footnotes ?? []).filter((marker) => notes.has(marker));
  if (!cited.length) return null;
  return el('ol', { class: 'note footnotes', lang: language, 'aria-label': t('footnotes') },
    cited.map((marker) => el('li', { value: /^\d+$/.test(marker) ? marker : null }, el('sup', {}, marker), ' ', notes.get(marker).text)));
}

function noteMap(doc) {
  return new Map((doc.footnotes ?? []).map((note) => [note.marker, note]));
}

function paragraphBlock(paragraph, language, notes, withAnchor = true) {
  const label = paragraph.number ?? '¶';
  return el('section', { class: 'para', id: withAnchor ? paragraph.anchor : null, lang: language, 'data-id': paragraph.id },
    el('a', { class: 'num', href: `#${paragraph.anchor}`, 'aria-label': t('permalink', paragraph.number ?? t('unnumbered')) }, label),
    el('div', { class: 'para-body' },
      el('p', {}, paragraph.text),
      notesOf(paragraph, notes, language),
      ocrNote(paragraph.ocrConfidence),
      el('button', { type: 'button', class: 'copy small', onclick: (e) => copyCitation(paragraph.citation, e.currentTarget) }, t('copyCitation'))));
}

function singleView(doc) {
  const nodes = [];
  const notes = noteMap(doc);
  doc.paragraphs.forEach((p, i) => {
    nodes.push(...headingsBefore(p, doc.paragraphs[i - 1], doc.language), paragraphBlock(p, doc.language, notes));
  });
  return el('div', { class: 'paragraphs' }, nodes);
}

function parallelView(doc, other) {
  const byId = new Map(other.paragraphs.map((p) => [p.id, p]));
  const [notes, otherNotes] = [noteMap(doc), noteMap(other)];
  const [left, right] = doc.language === 'en' ? ['en', 'id'] : ['id', 'en'];
  const rows = [el('div', { class: 'row heading', role: 'row' },
    el('div', { role: 'columnheader', lang: left }, languageName(left)),
    el('div', { role: 'columnheader', lang: right }, languageName(right)))];
  doc.paragraphs.forEach((p, i) => {
    const twin = byId.get(p.counterpartId);
    const headings = headingsBefore(p, doc.paragraphs[i - 1], doc.language);
    // A heading row is a row of the table too: a table may own rows only, so its headings sit in cells.
    if (headings.length) rows.push(el('div', { class: 'row', role: 'row' }, el('div', { role: 'cell' }, headings), el('div', { role: 'cell' }, twin ? headingsBefore(twin, other.paragraphs[other.paragraphs.indexOf(twin) - 1], other.language) : null)));
    rows.push(el('div', { class: 'row', role: 'row', id: p.anchor },
      el('div', { role: 'cell' }, paragraphBlock(p, doc.language, notes, false)),
      el('div', { role: 'cell' }, twin ? paragraphBlock(twin, other.language, otherNotes, false) : el('p', { class: 'note' }, t('noCounterpart')))));
  });
  return el('div', { class: 'side-by-side', role: 'table', 'aria-label': t('sideBySide') }, rows);
}

// The archive's page: plain modules calling the API, no build step. Each route renders into <main>; the URL holds
// the state (query, filters, page, view) so that any view can be shared and reloaded.
import { strings } from './i18n.js';

const PAGE_SIZE = 10;
// The interface language: ?ui=id|en in the address (a shared link), else the reader's last choice, else the browser's.
let ui = new URLSearchParams(location.search).get('ui') ?? localStorage.getItem('ui') ?? (navigator.language?.toLowerCase().startsWith('id') ? 'id' : 'en');
if (!(ui in strings)) ui = 'en';
let conferences = null;

const t = (key, ...args) => {
  const value = strings[ui][key];
  return typeof value === 'function' ? value(...args) : value;
};

// ---------- helpers ----------

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'html') node.innerHTML = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

class ApiError extends Error {
  constructor(problem, status) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.problem = problem;
    this.status = status;
  }
}

async function api(path, options) {
  const response = await fetch(path, options);
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const errors = body?.errors ? Object.values(body.errors).flat().join(' ') : null;
    throw new ApiError({ ...body, detail: errors ?? body?.detail }, response.status);
  }
  return body;
}

function formatDate(value) {
  if (!value) return '';
  const [year, month, day] = value.split('-').map(Number);
  const locale = ui === 'id' ? 'id-ID' : 'en-GB';
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options = day ? { day: 'numeric', month: 'long', year: 'numeric' } : month ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
}

const languageName = (code) => (code === 'id' ? t('langId') : t('langEn'));
const sampleBadge = (sample) => (sample ? el('span', { class: 'badge sample' }, t('sample')) : null);

async function conferenceList() {
  conferences ??= await api('/api/conferences');
  return conferences;
}

function conferenceName(number) {
  const conference = conferences?.find((c) => c.number === number);
  return conference ? t('conferenceName', conference) : String(number);
}

function announce(message) {
  const status = document.getElementById('status');
  status.textContent = '';
  requestAnimationFrame(() => { status.textContent = message; });
}

async function copyCitation(text, button) {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = t('copied');
    announce(t('copied'));
    setTimeout(() => { button.textContent = t('copyCitation'); }, 2000);
  } catch {
    announce(t('copyFailed'));
  }
}

// Text read by OCR may hold misread words: the citation says so, with the recogniser's confidence (0-1).
function ocrNote(ocrConfidence) {
  return ocrConfidence == null ? null : el('span', { class: 'ocr-note', lang: ui }, t('readByOcr', Math.round(ocrConfidence * 100)));
}

function citationBlock(citation, paragraphId, documentId, ocrConfidence) {
  const citeBase = paragraphId ? `/api/paragraphs/${paragraphId}/cite` : `/api/documents/${documentId}/cite`;
  const lang = ui;
  return el('div', { class: 'citation' },
    el('cite', {}, citation),
    ocrNote(ocrConfidence),
    el('button', { type: 'button', class: 'copy', 'data-citation': citation, onclick: (e) => copyCitation(citation, e.currentTarget) }, t('copyCitation')),
    el('span', { class: 'exports' }, `${t('exportAs')}: `,
      ...[['bibtex', 'BibTeX'], ['ris', 'RIS'], ['csl-json', 'CSL-JSON']].flatMap(([format, label], i) => [
        i > 0 ? ' · ' : null,
        el('a', { href: `${citeBase}?format=${format}&lang=${lang}`, download: '' }, label),
      ])));
}

function errorBox(error) {
  return el('div', { class: 'error', role: 'alert' }, el('strong', {}, error.status === 404 ? t('notFound') : t('error')), ' ', error.message);
}

// The service's detail is in English; the reason is said in the reader's language too, by refusal code or status.
function refusalBox(error, heading, reasons) {
  const reason = reasons[error.problem?.refusal] ?? reasons[error.status] ?? '';
  return el('div', { class: 'error', role: 'alert' }, el('strong', {}, heading), ' ', reason, ' ', el('span', { lang: 'en' }, error.message));
}

function navigate(url) {
  history.pushState(null, '', url);
  render();
}

function field(label, control) {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 8)}`;
  control.id = id;
  return el('div', { class: 'field' }, el('label', { for: id }, label), control);
}

function select(name, value, options) {
  return el('select', { name }, ...options.map(([v, label]) => el('option', { value: v, selected: v === (value ?? '') }, label)));
}

// ---------- search ----------

// Filters stay folded on a narrow screen unless one is set, so that results come first.
const filtersOpen = (params, names) => window.matchMedia('(min-width: 700px)').matches || names.some((n) => params.get(n));

async function searchPage(params) {
  const main = el('div', { class: 'search' });
  const list = await conferenceList().catch(() => []);
  const form = el('form', { role: 'search', class: 'search-form' },
    el('h1', {}, t('searchHeading')),
    el('div', { class: 'query' },
      field(t('searchLabel'), el('input', { type: 'search', name: 'q', id: 'q', value: params.get('q') ?? '', autocomplete: 'off', required: true })),
      el('button', { type: 'submit' }, t('searchButton'))),
    el('details', { class: 'filter-panel', open: filtersOpen(params, ['type', 'conference', 'lang', 'from', 'to', 'mode']) },
      el('summary', {}, t('filters')),
      el('div', { class: 'filters' },
      field(t('filterType'), select('type', params.get('type'), [['', t('any')], ['co-chairs-statement', t('typeCoChairs')], ['declaration', t('typeDeclaration')], ['framework', t('typeFramework')], ['strategy', t('typeStrategy')]])),
      field(t('filterConference'), select('conference', params.get('conference'), [['', t('any')], ...list.map((c) => [String(c.number), t('conferenceName', c)])])),
      field(t('filterLanguage'), select('lang', params.get('lang'), [['', t('any')], ['en', t('langEn')], ['id', t('langId')]])),
      field(t('filterFrom'), el('input', { type: 'number', name: 'from', min: 2002, max: 2100, value: params.get('from') ?? '', inputmode: 'numeric' })),
      field(t('filterTo'), el('input', { type: 'number', name: 'to', min: 2002, max: 2100, value: params.get('to') ?? '', inputmode: 'numeric' })),
      field(t('filterMode'), select('mode', params.get('mode'), [['', t('modeHybrid')], ['lexical', t('modeLexical')], ['semantic', t('modeSemantic')]])))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (value) next.set(name, value);
    navigate(`/?${next}`);
  });
  for (const control of form.querySelectorAll('select')) control.addEventListener('change', () => { if (form.q.value) form.requestSubmit(); });
  main.append(form);
  const results = el('section', { class: 'results', 'aria-live': 'polite' });
  main.append(results);
  if (params.get('q')) results.append(...await searchResults(params));
  return main;
}

async function searchResults(params) {
  const offset = Number(params.get('offset') ?? 0);
  // The page shows each hit's title, number, date, highlighted text and translation: not its scores or clauses.
  const query = new URLSearchParams({ k: PAGE_SIZE, offset, fields: 'document,paragraph,highlight,counterpart' });
  for (const name of ['q', 'lang', 'type', 'conference', 'from', 'to', 'mode']) if (params.get(name)) query.set(name, params.get(name));
  let result;
  try {
    result = await api(`/api/search?${query}`);
  } catch (error) {
    return [errorBox(error)];
  }
  const nodes = [el('h2', { class: 'count' }, t('results', result.total))];
  if (result.relaxed) nodes.push(el('p', { class: 'note' }, t('relaxed')));
  if (result.fallback) nodes.push(el('p', { class: 'note' }, t('fallback', result.fallback)));
  if (result.hits.length === 0) nodes.push(el('p', {}, t('noResults')));
  nodes.push(el('ol', { class: 'hits', start: offset + 1 }, ...result.hits.map(hitItem)));
  if (result.total > PAGE_SIZE) nodes.push(pager(params, offset, result.total));
  return nodes;
}

function hitItem(hit) {
  const other = hit.language === 'en' ? 'id' : 'en';
  return el('li', { class: 'hit' },
    el('article', { lang: hit.language },
      el('header', {},
        el('a', { href: hit.permalink, 'data-link': true, class: 'hit-title' }, hit.title),
        ' ', sampleBadge(hit.sample),
        el('p', { class: 'meta', lang: ui }, [
          hit.paragraph ? `¶ ${hit.paragraph}` : null,
          hit.conference ? conferenceName(hit.conference) : null,
          formatDate(hit.date),
          languageName(hit.language)].filter(Boolean).join(' · '))),
      el('p', { class: 'text', html: hit.highlight }),
      citationBlock(hit.citation, hit.id, null, hit.ocrConfidence),
      hit.counterpart ? el('details', { class: 'counterpart', lang: other },
        el('summary', { lang: ui }, t('counterpart', languageName(other))),
        el('p', {}, hit.counterpart.text),
        el('p', { class: 'small' }, el('cite', {}, hit.counterpart.citation))) : null));
}

function pager(params, offset, total) {
  const link = (to, label, rel) => {
    const next = new URLSearchParams(params);
    next.set('offset', to);
    return el('a', { href: `/?${next}`, 'data-link': true, rel }, label);
  };
  return el('nav', { class: 'pager', 'aria-label': 'Pages' },
    offset > 0 ? link(Math.max(0, offset - PAGE_SIZE), t('previous'), 'prev') : null,
    el('span', {}, t('page', offset + 1, Math.min(offset + PAGE_SIZE, total), total)),
    offset + PAGE_SIZE < total ? link(offset + PAGE_SIZE, t('next'), 'next') : null);
}

// ---------- document ----------

async function documentPage(id, params) {
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
    citationBlock(doc.citation, null, doc.id, doc.ocrConfidence),
    toggle);
  const body = parallel ? parallelView(doc, other) : singleView(doc);
  return el('div', { class: `document${parallel ? ' parallel' : ''}` }, header, body);
}

function headingsBefore(paragraph, previous, language) {
  const nodes = [];
  if (paragraph.attachment && paragraph.attachment !== previous?.attachment) nodes.push(el('h2', { lang: language }, t('attachment', paragraph.attachment)));
  if (paragraph.section && paragraph.section !== previous?.section) nodes.push(el('h3', { lang: language }, paragraph.section));
  return nodes;
}

function paragraphBlock(paragraph, language, withAnchor = true) {
  const label = paragraph.number ?? '¶';
  return el('section', { class: 'para', id: withAnchor ? paragraph.anchor : null, lang: language, 'data-id': paragraph.id },
    el('a', { class: 'num', href: `#${paragraph.anchor}`, 'aria-label': t('permalink', paragraph.number ?? t('unnumbered')) }, label),
    el('div', { class: 'para-body' },
      el('p', {}, paragraph.text),
      ocrNote(paragraph.ocrConfidence),
      el('button', { type: 'button', class: 'copy small', onclick: (e) => copyCitation(paragraph.citation, e.currentTarget) }, t('copyCitation'))));
}

function singleView(doc) {
  const nodes = [];
  doc.paragraphs.forEach((p, i) => {
    nodes.push(...headingsBefore(p, doc.paragraphs[i - 1], doc.language), paragraphBlock(p, doc.language));
  });
  return el('div', { class: 'paragraphs' }, nodes);
}

function parallelView(doc, other) {
  const byId = new Map(other.paragraphs.map((p) => [p.id, p]));
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
      el('div', { role: 'cell' }, paragraphBlock(p, doc.language, false)),
      el('div', { role: 'cell' }, twin ? paragraphBlock(twin, other.language, false) : el('p', { class: 'note' }, t('noCounterpart')))));
  });
  return el('div', { class: 'side-by-side', role: 'table', 'aria-label': t('sideBySide') }, rows);
}

// ---------- conferences ----------

async function conferencesPage() {
  const list = await conferenceList();
  return el('div', { class: 'conferences' },
    el('h1', {}, t('conferencesHeading')),
    el('ol', { class: 'timeline' }, ...[...list].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')).map((c) =>
      el('li', { class: 'event' },
        el('h2', {}, t('conferenceName', c)),
        el('p', { class: 'meta' }, [formatDate(c.date), c.place].filter(Boolean).join(' · ')),
        el('ul', { class: 'docs', 'aria-label': t('documents') }, ...c.documents.map((d) =>
          el('li', {}, el('a', { href: `/documents/${d.id}`, 'data-link': true, lang: d.language }, d.title), ' ',
            el('span', { class: 'badge' }, languageName(d.language)), ' ', sampleBadge(d.sample))))))));
}

// ---------- commitments ----------

async function commitmentsPage(params) {
  await conferenceList().catch(() => []);
  const [topics, addressees] = await Promise.all([api('/api/topics'), api('/api/addressees')]);
  const strengths = ['decision', 'commitment', 'tasking', 'encouragement', 'acknowledgement'];
  const form = el('form', { class: 'commitment-filters' },
    el('h1', {}, t('commitmentsHeading')),
    el('fieldset', { class: 'filters' }, el('legend', {}, t('filters')),
      field(t('filterTopic'), select('topic', params.get('topic'), [['', t('any')], ...topics.map((x) => [x.id, ui === 'id' ? x.indonesian : x.english])])),
      field(t('filterAddressee'), select('addressee', params.get('addressee'), [['', t('any')], ...addressees.map((x) => [x.id, ui === 'id' ? x.indonesian : x.english])])),
      field(t('filterStrength'), select('strength', params.get('strength'), [['', t('any')], ...strengths.map((s) => [s, t('strength')[s]])])),
      field(t('filterCommitLanguage'), select('lang', params.get('lang') ?? ui, [['en', t('langEn')], ['id', t('langId')]])),
      el('button', { type: 'submit' }, t('show'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (value) next.set(name, value);
    navigate(`/commitments?${next}`);
  });
  const query = new URLSearchParams({ k: 50, lang: params.get('lang') ?? ui });
  for (const name of ['topic', 'addressee', 'strength']) if (params.get(name)) query.set(name, params.get(name));
  const result = await api(`/api/commitments?${query}`);
  return el('div', { class: 'commitments' }, form,
    el('p', { class: 'small' }, el('a', { href: '/api/follow-up.csv', download: 'follow-up.csv' }, t('followUpCsv'))),
    el('h2', { class: 'count' }, t('commitmentsFound', result.total)),
    el('ol', { class: 'commitment-list' }, ...result.commitments.map((c) => el('li', { class: 'commitment', lang: c.language },
      el('p', {}, el('span', { class: `badge strength-${c.strength}`, lang: ui }, t('strength')[c.strength]), ' ',
        el('span', { class: `badge status-${c.status}`, lang: ui }, t('status')[c.status]), ' ', c.action),
      el('p', { class: 'small evidence', lang: ui }, c.strengthFrom ? t('strengthFromCounterpart') : t('strengthBy', c.triggers)),
      el('p', { class: 'small' }, el('a', { href: c.permalink, 'data-link': true }, c.citation), ' · ',
        el('a', { href: `/commitments/${c.id}`, 'data-link': true, lang: ui }, t('lineage')))))));
}

async function lineagePage(id) {
  await conferenceList().catch(() => []);
  const detail = await api(`/api/commitments/${id}`);
  const steps = detail.lineage?.steps ?? [];
  // Each step (one conference's paragraph) has its own record; a commitment with no lineage is its own step.
  const records = await Promise.all([...steps.map((s) => s.commitmentId), steps.length ? null : detail.commitment.id]
    .map((commitmentId) => (commitmentId ? api(followUpUrl(commitmentId)).catch((error) => error) : null)));
  const items = steps.map((s, i) => el('li', { class: `step status-${s.status}`, 'data-status': s.status },
    el('h2', {}, conferenceName(s.conference), el('span', { class: 'meta' }, ` · ${formatDate(s.date)}`)),
    el('p', {}, el('span', { class: `badge status-${s.status}` }, t('status')[s.status]), ' ',
      el('span', { class: `badge strength-${s.strength}` }, t('strength')[s.strength])),
    el('blockquote', { lang: detail.commitment.language }, s.action),
    el('p', { class: 'small' }, el('a', { href: s.permalink, 'data-link': true }, s.citation)),
    followUpSection(s.commitmentId, records[i], `fu${i}`)));
  if (detail.lineage?.droppedAfter) {
    items.push(el('li', { class: 'step status-dropped', 'data-status': 'dropped' },
      el('h2', {}, el('span', { class: 'badge status-dropped' }, t('status').dropped)),
      el('p', {}, t('droppedAfter', conferenceName(detail.lineage.droppedAfter)))));
  }
  return el('div', { class: 'lineage' },
    el('h1', {}, t('lineageHeading')),
    el('p', {}, t('lineageIntro')),
    el('ol', { class: 'timeline lineage-steps' }, items),
    steps.length ? null : followUpSection(detail.commitment.id, records.at(-1), 'fu'));
}

// ---------- follow-up record of a lineage step ----------

const followUpUrl = (commitmentId) => `/api/commitments/${commitmentId}/follow-up`;
const FOLLOW_UP_STATUSES = ['not-started', 'in-progress', 'implemented', 'superseded'];

// A paragraph id (bpmc6-2016-cochairs-en/p5) is its document's id and its anchor.
function paragraphPermalink(paragraphId) {
  const slash = paragraphId.lastIndexOf('/');
  return `/documents/${paragraphId.slice(0, slash)}#${paragraphId.slice(slash + 1)}`;
}

function formatTime(value) {
  const locale = ui === 'id' ? 'id-ID' : 'en-GB';
  return `${new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(value))} UTC`;
}

function evidenceLinks(evidence) {
  if (!evidence.length) return null;
  return el('ul', { class: 'evidence', 'aria-label': t('followUpEvidence') }, ...evidence.map((item) => el('li', {},
    /^https?:\/\//i.test(item) ? el('a', { href: item, rel: 'noopener noreferrer' }, item) : el('a', { href: paragraphPermalink(item), 'data-link': true }, item))));
}

function followUpEntry(entry) {
  return [
    el('p', { class: 'follow-up-head' },
      el('span', { class: `badge follow-up-${entry.status}` }, t('followUpStatus')[entry.status]), ' ',
      el('span', { class: 'small' }, t('followUpBy', entry.by, formatTime(entry.at)))),
    entry.note ? el('p', { class: 'follow-up-note' }, entry.note) : null,
    evidenceLinks(entry.evidence),
  ];
}

function followUpRecord(record) {
  if (record instanceof Error) return errorBox(record);
  const history = [...record.history].reverse();
  return el('div', { class: 'follow-up-record' },
    record.current ? el('div', { class: 'follow-up-current' }, followUpEntry(record.current)) : el('p', { class: 'note' }, t('followUpNone')),
    history.length ? el('details', { class: 'follow-up-history' },
      el('summary', {}, t('followUpHistory', history.length)),
      el('ol', { reversed: true }, ...history.map((entry) => el('li', {},
        followUpEntry(entry),
        entry.changed.length ? el('p', { class: 'small' }, t('followUpChanged', entry.changed.map((c) => t('followUpField')[c] ?? c).join(', '))) : null)))) : null);
}

function followUpSection(commitmentId, record, prefix) {
  const heading = el('h3', { id: `${prefix}-h` }, t('followUpHeading'));
  const shown = el('div', { class: 'follow-up-shown' }, followUpRecord(record));
  const output = el('div', { class: 'follow-up-output', 'aria-live': 'polite' });
  const current = record instanceof Error ? null : record.current;
  const key = sessionStorage.getItem(KEY);
  const keyInput = key ? null : el('input', { type: 'password', name: 'key', required: true, autocomplete: 'off', 'aria-describedby': `${prefix}-key-help` });
  const form = el('form', { class: 'follow-up-form' },
    el('div', { class: 'row-controls' },
      field(t('followUpStatusLabel'), select('status', current?.status ?? 'in-progress', FOLLOW_UP_STATUSES.map((code) => [code, t('followUpStatus')[code]])))),
    field(t('followUpNoteLabel'), el('textarea', { name: 'note', rows: 3, maxlength: 4000 })),
    el('div', { class: 'field' },
      el('label', { for: `${prefix}-evidence` }, t('followUpEvidenceLabel')),
      el('textarea', { name: 'evidence', id: `${prefix}-evidence`, rows: 2, 'aria-describedby': `${prefix}-evidence-help` }),
      el('p', { class: 'small', id: `${prefix}-evidence-help` }, t('followUpEvidenceHelp'))),
    keyInput ? [field(t('keyLabel'), keyInput), el('p', { class: 'small', id: `${prefix}-key-help` }, t('keyHelp'))] : null,
    el('div', { class: 'row-controls' },
      el('button', { type: 'submit' }, t('followUpSave')),
      key ? el('button', { type: 'button', class: 'secondary', onclick: () => { sessionStorage.removeItem(KEY); render(); } }, t('forgetKey')) : null));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (keyInput) sessionStorage.setItem(KEY, keyInput.value.trim());
    const body = {
      status: form.status.value,
      note: form.note.value,
      evidence: form.evidence.value.split('\n').map((line) => line.trim()).filter(Boolean),
    };
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const saved = await api(followUpUrl(commitmentId), {
        method: 'PUT', headers: { 'content-type': 'application/json', 'X-Api-Key': sessionStorage.getItem(KEY) ?? '' }, body: JSON.stringify(body),
      });
      shown.replaceChildren(followUpRecord(saved));
      output.replaceChildren(el('p', { class: 'follow-up-saved' }, t('followUpSaved')));
      form.note.value = '';
      form.evidence.value = '';
    } catch (error) {
      output.replaceChildren(refusalBox(error, t('followUpRefused'), t('followUpRefusal')));
    } finally {
      button.disabled = false;
    }
  });
  return el('section', { class: 'follow-up', 'aria-labelledby': heading.id, 'data-commitment': commitmentId },
    heading, shown,
    el('details', { class: 'follow-up-edit' }, el('summary', {}, t('followUpRecord')), form, output));
}

// ---------- changes between two conferences ----------

async function changesPage(params) {
  const list = (await conferenceList()).filter((c) => c.documents.length > 0);
  const topics = await api('/api/topics');
  const numbers = list.map((c) => c.number);
  const to = params.get('to') ?? String(numbers.at(-1));
  const from = params.get('from') ?? String(numbers.at(-2) ?? numbers[0]);
  const lang = params.get('lang') ?? ui;
  const conferenceOptions = list.map((c) => [String(c.number), t('conferenceName', c)]);
  const form = el('form', { class: 'changes-form' },
    el('h1', {}, t('changesHeading')),
    el('p', {}, t('changesIntro')),
    el('div', { class: 'row-controls' },
      field(t('fieldFrom'), select('from', from, conferenceOptions)),
      field(t('fieldTo'), select('to', to, conferenceOptions)),
      field(t('filterCommitLanguage'), select('lang', lang, [['en', t('langEn')], ['id', t('langId')]])),
      field(t('filterTopic'), select('topic', params.get('topic'), [['', t('any')], ...topics.map((x) => [x.id, ui === 'id' ? x.indonesian : x.english])])),
      el('button', { type: 'submit' }, t('compare'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (value) next.set(name, value);
    navigate(`/changes?${next}`);
  });
  const query = new URLSearchParams({ from, to, lang });
  if (params.get('topic')) query.set('topic', params.get('topic'));
  const result = await api(`/api/changes?${query}`);
  const name = (number) => conferenceName(number);
  const side = (clause, number) => (clause
    ? el('div', { class: 'change-side' },
      el('p', { class: 'small' }, el('span', { class: `badge strength-${clause.strength}`, lang: ui }, t('strength')[clause.strength]), ' ', sampleBadge(clause.sample)),
      el('p', { lang: result.language }, clause.text),
      el('p', { class: 'small' }, el('a', { href: clause.permalink, 'data-link': true }, clause.citation)))
    : el('div', { class: 'change-side absent' }, el('p', { class: 'note' }, t('notMentioned', name(number)))));
  return el('div', { class: 'changes' }, form,
    el('h2', { class: 'count' }, t('changesFound', result.changes.length)),
    el('p', { class: 'change-counts' }, ...Object.entries(result.counts).flatMap(([status, n]) => [el('span', { class: `badge status-${status}` }, `${t('status')[status]}: ${n}`), ' '])),
    el('div', { class: 'change-columns', 'aria-hidden': 'true' }, el('p', {}, name(result.from)), el('p', {}, name(result.to))),
    el('ol', { class: 'change-list' }, ...result.changes.map((c) => el('li', { class: `change status-${c.status}` },
      el('p', { class: 'change-head' }, el('span', { class: `badge status-${c.status}` }, t('status')[c.status]),
        c.before && c.after && c.before.strength !== c.after.strength
          ? el('span', { class: 'strength-change' }, ` ${t('strength')[c.before.strength]} → ${t('strength')[c.after.strength]}`) : null,
        c.topics.length ? el('span', { class: 'small' }, ` · ${c.topics.map((id) => { const x = topics.find((y) => y.id === id); return x ? (ui === 'id' ? x.indonesian : x.english) : id; }).join(', ')}`) : null),
      el('div', { class: 'change-sides' }, side(c.before, result.from), side(c.after, result.to))))));
}

// ---------- precedent ----------

async function precedentPage() {
  const output = el('section', { class: 'precedents', 'aria-live': 'polite' });
  const textarea = el('textarea', { name: 'text', rows: 8, required: true, maxlength: 5000, id: 'draft' });
  textarea.value = sessionStorage.getItem('draft') ?? '';
  const form = el('form', { class: 'precedent-form' },
    el('h1', {}, t('precedentHeading')),
    el('p', {}, t('precedentIntro')),
    field(t('draftLabel'), textarea),
    el('div', { class: 'row-controls' },
      field(t('draftLanguage'), select('lang', '', [['', t('detect')], ['en', t('langEn')], ['id', t('langId')]])),
      el('button', { type: 'submit' }, t('check'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    sessionStorage.setItem('draft', textarea.value);
    output.replaceChildren(el('p', {}, t('checking')));
    const body = { text: textarea.value, k: 5 };
    if (form.lang.value) body.lang = form.lang.value;
    try {
      const result = await api('/api/precedent', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      output.replaceChildren(...precedentResults(result, textarea.value));
    } catch (error) {
      output.replaceChildren(errorBox(error));
    }
  });
  return el('div', { class: 'precedent' }, form, output);
}

function precedentResults(result, draft) {
  const other = result.language === 'en' ? 'id' : 'en';
  return [
    el('h2', {}, t('precedentsFound', result.precedents.length, languageName(result.language))),
    el('p', { class: 'note' }, t('legend')),
    el('ol', { class: 'precedent-list' }, ...result.precedents.map((p) => el('li', { class: 'precedent-hit' },
      el('h3', {}, el('a', { href: p.permalink, 'data-link': true }, p.citation), ' ', sampleBadge(p.sample)),
      el('p', { class: 'meta' }, t('alike', Math.round(p.similarity * 100))),
      el('p', { class: 'diff', lang: result.language }, ...p.diff.flatMap((run, i) => [i > 0 && !/^[,.;:)\]]/.test(run.text) ? ' ' : null,
        run.op === 'deleted' ? el('del', {}, run.text) : run.op === 'inserted' ? el('ins', {}, run.text) : run.text])),
      el('h4', {}, t('agreedWording')),
      p.verbatim.length ? el('p', { class: 'draft-marked', lang: result.language }, ...markSpans(draft, p.verbatim)) : el('p', { class: 'note' }, t('noAgreedWording')),
      citationBlock(p.citation, p.id),
      p.counterpart ? el('details', { class: 'counterpart', lang: other },
        el('summary', { lang: ui }, t('counterpart', languageName(other))),
        el('p', {}, p.counterpart.text),
        el('p', { class: 'small' }, el('cite', {}, p.counterpart.citation))) : null))),
  ];
}

function markSpans(text, spans) {
  const nodes = [];
  let at = 0;
  for (const span of spans) {
    nodes.push(text.slice(at, span.start), el('mark', { title: `${span.words}` }, text.slice(span.start, span.end)));
    at = span.end;
  }
  nodes.push(text.slice(at));
  return nodes;
}

// ---------- adding a document ----------

// The key stays in this tab's session storage: never in localStorage, a cookie or the address.
const KEY = 'archive-api-key';

async function addPage() {
  const main = el('div', { class: 'add' }, el('h1', {}, t('addHeading')), el('p', {}, t('addIntro')));
  const key = sessionStorage.getItem(KEY);
  if (!key) {
    const input = el('input', { type: 'password', name: 'key', required: true, autocomplete: 'off', 'aria-describedby': 'key-help' });
    const form = el('form', { class: 'key-form' },
      field(t('keyLabel'), input),
      el('p', { class: 'small', id: 'key-help' }, t('keyHelp')),
      el('button', { type: 'submit' }, t('useKey')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      sessionStorage.setItem(KEY, input.value.trim());
      render();
    });
    main.append(form);
    return main;
  }

  const documents = await api('/api/documents').catch(() => []);
  const list = await conferenceList().catch(() => []);
  const output = el('section', { class: 'add-report', 'aria-live': 'polite' });
  const text = (name, attributes = {}) => el('input', { type: 'text', name, ...attributes });
  const form = el('form', { class: 'add-form' },
    field(t('fileLabel'), el('input', { type: 'file', name: 'file', required: true, accept: '.pdf,.html,.htm,.txt,.md,.markdown,application/pdf,text/html,text/plain,text/markdown' })),
    el('fieldset', {},
      el('legend', {}, t('metadataLegend')),
      el('div', { class: 'row-controls' },
        field(t('fieldLanguage'), select('language', '', [['', t('detect')], ['en', t('langEn')], ['id', t('langId')]])),
        field(t('fieldType'), select('type', '', [['', t('detect')], ['co-chairs-statement', t('typeCoChairs')], ['declaration', t('typeDeclaration')],
          ['framework', t('typeFramework')], ['strategy', t('typeStrategy')], ['other', t('typeOther')]])),
        field(t('fieldConference'), select('conference', '', [['', t('detect')], ...list.map((c) => [String(c.number), t('conferenceName', c)])])),
        field(t('fieldDate'), text('date', { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', inputmode: 'numeric' }))),
      field(t('fieldTitle'), text('title', { maxlength: 500 })),
      field(t('fieldPlace'), text('place', { maxlength: 500 })),
      field(t('fieldCounterpart'), select('counterpart', '', [['', t('noCounterpart')],
        ...documents.filter((d) => !d.counterpartId).map((d) => [d.id, `${d.title} (${languageName(d.language)})`])]))),
    el('div', { class: 'row-controls' },
      el('button', { type: 'submit' }, t('upload')),
      el('button', { type: 'button', class: 'secondary', onclick: () => { sessionStorage.removeItem(KEY); render(); } }, t('forgetKey'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = new FormData(form);
    for (const [name, value] of [...body.entries()]) if (value === '') body.delete(name);
    output.replaceChildren(el('p', {}, t('uploading')));
    form.querySelector('button[type=submit]').disabled = true;
    try {
      const headers = { 'X-Api-Key': sessionStorage.getItem(KEY) ?? '' };
      let result = await api('/api/documents', { method: 'POST', headers, body });
      // A large archive answers 202 before its rebuild ends: follow the write to its end.
      while (result.state === 'pending') {
        await new Promise((resolve) => { setTimeout(resolve, 1000); });
        result = await api(result.statusUrl, { headers });
      }
      if (result.state === 'refused') throw new ApiError(result.problem, result.problem.status);
      output.replaceChildren(...addedReport(result.result ?? result));
      form.reset();
    } catch (error) {
      output.replaceChildren(refusalBox(error, t('refused'), t('refusal')));
    } finally {
      form.querySelector('button[type=submit]').disabled = false;
    }
  });
  main.append(form, output);
  return main;
}

function addedReport(result) {
  return [
    el('h2', {}, t('added', result.id)),
    el('p', {}, t('addedSummary', result.paragraphs, result.document.pages), ' ',
      el('a', { href: result.permalink, 'data-link': true }, t('openDocument'))),
    result.warnings.length
      ? [el('h3', {}, t('warningsHeading')), el('ul', { class: 'warnings', lang: 'en' }, ...result.warnings.map((w) => el('li', {}, w)))]
      : el('p', { class: 'note' }, t('noWarnings')),
  ];
}

// ---------- routing ----------

const routes = [
  [/^\/$/, 'search', (m, params) => searchPage(params)],
  [/^\/documents\/([^/]+)$/, 'document', (m, params) => documentPage(decodeURIComponent(m[1]), params)],
  [/^\/conferences$/, 'conferences', () => conferencesPage()],
  [/^\/commitments$/, 'commitments', (m, params) => commitmentsPage(params)],
  [/^\/commitments\/(.+)$/, 'commitments', (m) => lineagePage(m[1])],
  [/^\/changes$/, 'changes', (m, params) => changesPage(params)],
  [/^\/precedent$/, 'precedent', () => precedentPage()],
  [/^\/add$/, 'add', () => addPage()],
];

function applyLanguage() {
  document.documentElement.lang = ui;
  document.title = t('title');
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  for (const button of document.querySelectorAll('[data-ui]')) button.setAttribute('aria-pressed', button.dataset.ui === ui ? 'true' : 'false');
}

async function render() {
  applyLanguage();
  const main = document.getElementById('main');
  const params = new URLSearchParams(location.search);
  const route = routes.find(([pattern]) => pattern.test(location.pathname));
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (route && link.dataset.nav === route[1]) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
  main.setAttribute('aria-busy', 'true');
  let content;
  try {
    content = route ? await route[2](location.pathname.match(route[0]), params) : errorBox({ status: 404, message: location.pathname });
  } catch (error) {
    content = errorBox(error);
  }
  main.replaceChildren(content);
  main.removeAttribute('aria-busy');
  document.body.dataset.ready = route ? route[1] : 'none';
  focusTarget();
}

// A permalink (#p4) lands on its paragraph: scrolled to, marked and focused for keyboard and screen-reader users.
function focusTarget() {
  for (const node of document.querySelectorAll('.targeted')) node.classList.remove('targeted');
  if (!location.hash) return;
  const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!target) return;
  target.classList.add('targeted');
  target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-link]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  if (url.pathname === location.pathname && url.search === location.search && url.hash) {
    history.pushState(null, '', url.hash);
    focusTarget();
    return;
  }
  navigate(url.pathname + url.search + url.hash);
});

for (const button of document.querySelectorAll('[data-ui]')) {
  button.addEventListener('click', () => {
    ui = button.dataset.ui;
    localStorage.setItem('ui', ui);
    render();
  });
}

window.addEventListener('popstate', render);
window.addEventListener('hashchange', focusTarget);
render();

// The search view (/): the query and its filters in the address, a page of hits with citations and translations.
import { api, citationBlock, conferenceList, conferenceName, counterpartDetails, el, errorBox, field, formatDate, languageName, sampleBadge, select, submitToAddress, t, ui } from '../shared.js';

const PAGE_SIZE = 10;

// Filters stay folded on a narrow screen unless one is set, so that results come first.
const filtersOpen = (params, names) => window.matchMedia('(min-width: 700px)').matches || names.some((n) => params.get(n));

export async function searchPage(params) {
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
  submitToAddress(form, '/');
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
  const nodes = [el('h2', { class: 'count' }, t('results', result.total)), followLink(params)];
  if (result.relaxed) nodes.push(el('p', { class: 'note' }, t('relaxed')));
  if (result.fallback) nodes.push(el('p', { class: 'note' }, t('fallback', result.fallback)));
  if (result.hits.length === 0) nodes.push(el('p', {}, t('noResults')));
  nodes.push(el('ol', { class: 'hits', start: offset + 1 }, ...result.hits.map(hitItem)));
  if (result.total > PAGE_SIZE) nodes.push(pager(params, offset, result.total));
  return nodes;
}

// The search's feed takes the search's own parameters, and the page's language for its title; the head names it too,
// for a browser or reader that discovers feeds there (app.js removes it when the view changes).
function followLink(params) {
  const query = new URLSearchParams({ ui });
  for (const name of ['q', 'lang', 'type', 'conference', 'from', 'to', 'mode']) if (params.get(name)) query.set(name, params.get(name));
  const href = `/api/search/feed?${query}`;
  document.head.append(el('link', { rel: 'alternate', type: 'application/atom+xml', title: t('followTitle', params.get('q')), href, 'data-view': 'search' }));
  return el('p', { class: 'follow' }, el('a', { href, type: 'application/atom+xml' }, t('follow')));
}

function hitItem(hit) {
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
      hit.counterpart ? counterpartDetails(hit.counterpart, hit.language === 'en' ? 'id' : 'en') : null));
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

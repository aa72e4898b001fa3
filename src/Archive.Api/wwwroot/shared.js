// What every view shares: the interface language, the API client, the DOM builder, form fields, error boxes,
// dates, citations and the API key. It imports no view and not the router, so dependencies run one way.
import { strings } from './i18n.js';

// The interface language: ?ui=id|en in the address (a shared link), else the reader's last choice, else the browser's.
export let ui = new URLSearchParams(location.search).get('ui') ?? localStorage.getItem('ui') ?? (navigator.language?.toLowerCase().startsWith('id') ? 'id' : 'en');
if (!(ui in strings)) ui = 'en';

export function chooseLanguage(code) {
  ui = code;
  localStorage.setItem('ui', ui);
}

export const t = (key, ...args) => {
  const value = strings[ui][key];
  return typeof value === 'function' ? value(...args) : value;
};

// A vocabulary entry (topic, addressee) in the interface language.
export const localName = (entry) => (ui === 'id' ? entry.indonesian : entry.english);
// A meeting (a conference, senior officials, a forum) as the API names it in each language.
export const meetingName = (meeting) => (ui === 'id' ? meeting.nameId : meeting.name);
export const languageName = (code) => (code === 'id' ? t('langId') : t('langEn'));

// ---------- rendering and navigation ----------

// The router registers its render here, so that views can re-render or move on without importing the router.
let renderAddress = () => {};
export function setRenderer(render) { renderAddress = render; }
export const rerender = () => renderAddress();

export function navigate(url) {
  history.pushState(null, '', url);
  renderAddress();
}

// A filter form's values go into the address, so that the view it shows can be shared and reloaded.
export function submitToAddress(form, path) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (value) next.set(name, value);
    navigate(`${path}?${next}`);
  });
}

// ---------- DOM ----------

export function el(tag, attributes = {}, ...children) {
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

export function field(label, control) {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 8)}`;
  control.id = id;
  return el('div', { class: 'field' }, el('label', { for: id }, label), control);
}

export function select(name, value, options) {
  return el('select', { name }, ...options.map(([v, label]) => el('option', { value: v, selected: v === (value ?? '') }, label)));
}

function announce(message) {
  const status = document.getElementById('status');
  status.textContent = '';
  requestAnimationFrame(() => { status.textContent = message; });
}

export const sampleBadge = (sample) => (sample ? el('span', { class: 'badge sample' }, t('sample')) : null);
export const strengthBadge = (strength) => el('span', { class: `badge strength-${strength}`, lang: ui }, t('strength')[strength]);
export const statusBadge = (status) => el('span', { class: `badge status-${status}`, lang: ui }, t('status')[status]);

// ---------- API ----------

export class ApiError extends Error {
  constructor(problem, status) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.problem = problem;
    this.status = status;
  }
}

async function readBody(response) {
  const type = response.headers.get('content-type') ?? '';
  return type.includes('json') ? response.json() : response.text();
}

function failure(body, status) {
  const errors = body?.errors ? Object.values(body.errors).flat().join(' ') : null;
  return new ApiError({ ...body, detail: errors ?? body?.detail }, status);
}

export async function api(path, options) {
  const response = await fetch(path, options);
  const body = await readBody(response);
  if (!response.ok) throw failure(body, response.status);
  return body;
}

// A file the API answers with (a Word file, say), saved by the browser under the name the API gives it.
export async function download(path, options, fallbackName) {
  const response = await fetch(path, options);
  if (!response.ok) throw failure(await readBody(response), response.status);
  const name = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = el('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function errorBox(error) {
  return el('div', { class: 'error', role: 'alert' }, el('strong', {}, error.status === 404 ? t('notFound') : t('error')), ' ', error.message);
}

// The service's detail is in English; the reason is said in the reader's language too, by refusal code or status.
export function refusalBox(error, heading, reasons) {
  const reason = reasons[error.problem?.refusal] ?? reasons[error.status] ?? '';
  return el('div', { class: 'error', role: 'alert' }, el('strong', {}, heading), ' ', reason, ' ', el('span', { lang: 'en' }, error.message));
}

let conferences = null;

export async function conferenceList() {
  conferences ??= await api('/api/conferences');
  return conferences;
}

export function conferenceName(number) {
  const conference = conferences?.find((c) => c.number === number);
  return conference ? t('conferenceName', conference) : String(number);
}

// ---------- the API key of the write forms (/add, follow-up) ----------

// The key stays in this tab's session storage: never in localStorage, a cookie or the address.
const API_KEY = 'archive-api-key';
export const storedApiKey = () => sessionStorage.getItem(API_KEY);
export const rememberApiKey = (value) => sessionStorage.setItem(API_KEY, value.trim());
export const apiKeyHeader = () => ({ 'X-Api-Key': storedApiKey() ?? '' });

export const apiKeyInput = (helpId) => el('input', { type: 'password', name: 'key', required: true, autocomplete: 'off', 'aria-describedby': helpId });
export const apiKeyField = (input, helpId) => [field(t('keyLabel'), input), el('p', { class: 'small', id: helpId }, t('keyHelp'))];

export function forgetKeyButton() {
  return el('button', { type: 'button', class: 'secondary', onclick: () => { sessionStorage.removeItem(API_KEY); rerender(); } }, t('forgetKey'));
}

// ---------- dates ----------

export function formatDate(value) {
  if (!value) return '';
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options = day ? { day: 'numeric', month: 'long', year: 'numeric' } : month ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(dateLocale(), { ...options, timeZone: 'UTC' }).format(date);
}

export function formatTime(value) {
  return `${new Intl.DateTimeFormat(dateLocale(), { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(value))} UTC`;
}

const dateLocale = () => (ui === 'id' ? 'id-ID' : 'en-GB');

// ---------- citations ----------

// A paragraph id (bpmc6-2016-cochairs-en/p5) is its document's id and its anchor.
export function paragraphPermalink(paragraphId) {
  const slash = paragraphId.lastIndexOf('/');
  return `/documents/${paragraphId.slice(0, slash)}#${paragraphId.slice(slash + 1)}`;
}

export async function copyCitation(text, button) {
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
export function ocrNote(ocrConfidence) {
  return ocrConfidence == null ? null : el('span', { class: 'ocr-note', lang: ui }, t('readByOcr', Math.round(ocrConfidence * 100)));
}

export function citationBlock(citation, paragraphId, documentId, ocrConfidence) {
  const citeBase = paragraphId ? `/api/paragraphs/${paragraphId}/cite` : `/api/documents/${documentId}/cite`;
  return el('div', { class: 'citation' },
    el('cite', {}, citation),
    ocrNote(ocrConfidence),
    el('button', { type: 'button', class: 'copy', 'data-citation': citation, onclick: (e) => copyCitation(citation, e.currentTarget) }, t('copyCitation')),
    el('span', { class: 'exports' }, `${t('exportAs')}: `,
      ...[['bibtex', 'BibTeX'], ['ris', 'RIS'], ['csl-json', 'CSL-JSON']].flatMap(([format, label], i) => [
        i > 0 ? ' · ' : null,
        el('a', { href: `${citeBase}?format=${format}&lang=${ui}`, download: '' }, label),
      ])));
}

// A search hit's or precedent's other-language version, folded.
export function counterpartDetails(counterpart, language) {
  return el('details', { class: 'counterpart', lang: language },
    el('summary', { lang: ui }, t('counterpart', languageName(language))),
    el('p', {}, counterpart.text),
    el('p', { class: 'small' }, el('cite', {}, counterpart.citation)));
}

// ---------- draft against agreed text (precedent, review) ----------

// A word diff: agreed words the draft drops struck out, words it adds underlined.
export function diffRuns(diff) {
  return diff.flatMap((run, i) => [i > 0 && !/^[,.;:)\]]/.test(run.text) ? ' ' : null,
    run.op === 'deleted' ? el('del', {}, run.text) : run.op === 'inserted' ? el('ins', {}, run.text) : run.text]);
}

// The draft with the runs it shares word for word with agreed text marked (spans are character offsets in it).
export function markSpans(text, spans) {
  const nodes = [];
  let at = 0;
  for (const span of spans) {
    nodes.push(text.slice(at, span.start), el('mark', { title: `${span.words}` }, text.slice(span.start, span.end)));
    at = span.end;
  }
  nodes.push(text.slice(at));
  return nodes;
}

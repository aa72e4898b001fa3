// The draft review view (/review): a whole draft, uploaded or pasted, checked paragraph by paragraph against agreed
// text, and the same draft downloaded back as a Word file with a comment on each paragraph.
import { api, diffRuns, download, el, field, languageName, markSpans, paragraphPermalink, refusalBox, sampleBadge, select, t, ui } from '../shared.js';

// The last review, kept while the page is open: switching the interface language shows it again in the other one.
let last = null;

const STRENGTHS = ['acknowledgement', 'encouragement', 'tasking', 'commitment', 'decision'];
const strongest = (commitments) => commitments.map((c) => c.strength).sort((a, b) => STRENGTHS.indexOf(b) - STRENGTHS.indexOf(a))[0];

export function reviewPage() {
  const output = el('section', { class: 'review-results', 'aria-live': 'polite' });
  const file = el('input', { type: 'file', name: 'file', id: 'review-file', accept: '.docx,.pdf,.html,.htm,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf,text/html,text/plain' });
  const textarea = el('textarea', { name: 'text', rows: 10, id: 'review-text', 'aria-describedby': 'review-text-help' });
  textarea.value = sessionStorage.getItem('review-draft') ?? '';
  const form = el('form', { class: 'review-form' },
    el('h1', {}, t('reviewHeading')),
    el('p', {}, t('reviewIntro')),
    field(t('reviewFileLabel'), file),
    el('p', { class: 'or' }, t('reviewOr')),
    field(t('reviewTextLabel'), textarea),
    el('p', { class: 'small', id: 'review-text-help' }, t('reviewTextHelp')),
    el('div', { class: 'row-controls' },
      field(t('draftLanguage'), select('lang', last?.draft.lang ?? '', [['', t('detect')], ['en', t('langEn')], ['id', t('langId')]])),
      el('button', { type: 'submit' }, t('reviewButton'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    sessionStorage.setItem('review-draft', textarea.value);
    const chosen = file.files[0];
    if (!chosen && !textarea.value.trim()) {
      output.replaceChildren(el('div', { class: 'error', role: 'alert' }, t('reviewNeither')));
      return;
    }
    const draft = { file: chosen ?? null, text: chosen ? null : textarea.value, lang: form.lang.value, name: chosen?.name ?? null };
    output.replaceChildren(el('p', {}, t('reviewing')));
    form.querySelector('button[type=submit]').disabled = true;
    try {
      last = { draft, result: await api(...draftRequest(draft, 'json')) };
      output.replaceChildren(...reviewResults(last));
    } catch (error) {
      output.replaceChildren(refusalBox(error, t('reviewRefused'), t('reviewRefusal')));
    } finally {
      form.querySelector('button[type=submit]').disabled = false;
    }
  });
  if (last) output.replaceChildren(...reviewResults(last));
  return el('div', { class: 'review' }, form, output);
}

// A file goes as multipart (its language a form field), a paste as text/plain (its language in the address).
function draftRequest(draft, format) {
  const query = new URLSearchParams({ format });
  if (draft.file) {
    const body = new FormData();
    body.append('file', draft.file, draft.file.name);
    if (draft.lang) body.append('lang', draft.lang);
    return [`/api/drafts/review?${query}`, { method: 'POST', body }];
  }
  if (draft.lang) query.set('lang', draft.lang);
  return [`/api/drafts/review?${query}`, { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: draft.text }];
}

function reviewResults({ draft, result }) {
  const s = result.summary;
  const problem = el('div', { class: 'download-problem' });
  const button = el('button', { type: 'button', class: 'download' }, t('reviewDownload'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    problem.replaceChildren(el('p', { class: 'small' }, t('reviewPreparing')));
    try {
      await download(...draftRequest(draft, 'docx'), 'reviewed-draft.docx');
      problem.replaceChildren();
    } catch (error) {
      problem.replaceChildren(refusalBox(error, t('reviewRefused'), t('reviewRefusal')));
    } finally {
      button.disabled = false;
    }
  });
  const counts = [['verbatim', s.verbatim], ['edited', s.edited], ['new', s.new], ['skipped', s.skipped]]
    .map(([key, n]) => [key, n, t('reviewStatus')[key]]).concat([['weakened', s.weakened, t('reviewWeakenedCount')]]);
  return [
    el('h2', {}, t('reviewOf', result.title ?? draft.name ?? t('reviewPasted'), s.paragraphs, languageName(result.language))),
    el('ul', { class: 'review-summary' }, ...counts.map(([key, n, label]) => el('li', { 'data-count': key }, el('strong', {}, String(n)), ' ', label))),
    result.warnings.length
      ? [el('h3', {}, t('reviewWarnings')), el('ul', { class: 'warnings' }, ...result.warnings.map(warning))]
      : null,
    result.meaningProblem ? el('p', { class: 'note' }, t('reviewWordsOnly'), ' ', el('span', { lang: 'en' }, result.meaningProblem)) : null,
    el('div', { class: 'row-controls' }, button),
    problem,
    el('p', { class: 'note' }, t('legend')),
    el('ol', { class: 'review-list' }, ...result.paragraphs.map((p) => reviewedParagraph(p, result.language))),
  ].flat().filter(Boolean);
}

// Tracked changes are said in the reader's language; any other note of the reader as the service words it.
function warning(text) {
  const tracked = /tracked changes \((\d+) insertions, (\d+) deletions\)/.exec(text);
  return tracked ? el('li', {}, t('reviewTracked', Number(tracked[1]), Number(tracked[2]))) : el('li', { lang: 'en' }, text);
}

function reviewedParagraph(p, language) {
  const other = language === 'en' ? 'id' : 'en';
  const source = p.precedents[0];
  const head = el('h3', { class: 'review-head' }, p.number ? `${p.number}.` : t('reviewOrdinal', p.ordinal), ' ',
    el('span', { class: `badge review-${p.status}`, lang: ui }, t('reviewStatus')[p.status]));
  const cited = (label) => el('p', { class: 'review-source' }, `${label} `,
    el('a', { href: source.permalink, 'data-link': true }, source.citation), ' ', sampleBadge(source.sample),
    el('span', { class: 'meta' }, ` · ${t('alike', Math.round(source.similarity * 100))}`));
  const body = [];
  if (p.status === 'skipped') {
    body.push(el('p', { lang: language }, p.text), el('p', { class: 'note' }, t('reviewSkipped'), ' ', el('span', { lang: 'en' }, p.note)));
  } else if (p.status === 'new') {
    body.push(el('p', { class: 'draft-marked', lang: language }, ...(source ? markSpans(p.text, source.verbatim) : [p.text])));
    body.push(source
      ? [cited(t('reviewClosest')), el('blockquote', { lang: language }, source.text)]
      : el('p', { class: 'note' }, t('reviewNoneClose')));
  } else {
    body.push(cited(t('reviewSource')), el('p', { class: 'diff', lang: language }, ...diffRuns(source.diff)));
    body.push(strengthChange(p));
    if (source.counterpart) {
      const c = source.counterpart;
      body.push(el('div', { class: 'agreed-other' },
        el('h4', {}, t('reviewAgreedIn', languageName(other))),
        el('p', { lang: other }, c.text),
        el('p', { class: 'small' }, el('a', { href: paragraphPermalink(c.id), 'data-link': true }, c.citation))));
    }
  }
  return el('li', { class: `review-paragraph status-${p.status}`, id: `r${p.ordinal}` }, head, ...body.flat());
}

// "decision in the source, encouragement here": the strongest commitment of each.
function strengthChange(p) {
  if (!p.strengthChange || p.strengthChange === 'same') return null;
  const name = (strength) => (strength ? t('strength')[strength] : t('reviewNoCommitment'));
  return el('p', { class: `strength-change change-${p.strengthChange}` },
    t('reviewChange')[p.strengthChange], ': ', t('reviewChangeWords', name(p.precedentStrength), name(strongest(p.commitments))));
}

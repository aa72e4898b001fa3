// The precedent view (/precedent): a draft paragraph checked against agreed wording, with what differs marked.
import { api, citationBlock, counterpartDetails, diffRuns, el, errorBox, field, languageName, markSpans, sampleBadge, select, t } from '../shared.js';

export async function precedentPage() {
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
      el('p', { class: 'diff', lang: result.language }, ...diffRuns(p.diff)),
      el('h4', {}, t('agreedWording')),
      p.verbatim.length ? el('p', { class: 'draft-marked', lang: result.language }, ...markSpans(draft, p.verbatim)) : el('p', { class: 'note' }, t('noAgreedWording')),
      citationBlock(p.citation, p.id),
      p.counterpart ? counterpartDetails(p.counterpart, other) : null))),
  ];
}

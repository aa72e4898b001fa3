// The add view (/add): the API key, then a file and its metadata, written to the archive and reported on.
import { api, ApiError, apiKeyField, apiKeyHeader, apiKeyInput, conferenceList, el, field, forgetKeyButton, languageName, refusalBox, rememberApiKey, rerender, select, storedApiKey, t } from '../shared.js';

export async function addPage() {
  const main = el('div', { class: 'add' }, el('h1', {}, t('addHeading')), el('p', {}, t('addIntro')));
  if (!storedApiKey()) {
    const input = apiKeyInput('key-help');
    const form = el('form', { class: 'key-form' }, apiKeyField(input, 'key-help'), el('button', { type: 'submit' }, t('useKey')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      rememberApiKey(input.value);
      rerender();
    });
    main.append(form);
    return main;
  }

  const documents = await api('/api/documents').catch(() => []);
  const list = await conferenceList().catch(() => []);
  const output = el('section', { class: 'add-report', 'aria-live': 'polite' });
  const text = (name, attributes = {}) => el('input', { type: 'text', name, ...attributes });
  const form = el('form', { class: 'add-form' },
    field(t('fileLabel'), el('input', { type: 'file', name: 'file', required: true, accept: '.pdf,.docx,.html,.htm,.txt,.md,.markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,text/plain,text/markdown' })),
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
      field(t('fieldIssuer'), text('issuer', { maxlength: 500 })),
      field(t('fieldCounterpart'), select('counterpart', '', [['', t('counterpartNone')],
        ...documents.filter((d) => !d.counterpartId).map((d) => [d.id, `${d.title} (${languageName(d.language)})`])]))),
    el('div', { class: 'row-controls' },
      el('button', { type: 'submit' }, t('upload')),
      forgetKeyButton()));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = new FormData(form);
    for (const [name, value] of [...body.entries()]) if (value === '') body.delete(name);
    output.replaceChildren(el('p', {}, t('uploading')));
    form.querySelector('button[type=submit]').disabled = true;
    try {
      const headers = apiKeyHeader();
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

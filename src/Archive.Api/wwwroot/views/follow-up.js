// The follow-up record of a lineage step: its current status, its history, and a form to record a new status.
import { api, apiKeyField, apiKeyHeader, apiKeyInput, el, errorBox, field, forgetKeyButton, formatTime, paragraphPermalink, refusalBox, rememberApiKey, select, storedApiKey, t } from '../shared.js';

export const followUpUrl = (commitmentId) => `/api/commitments/${commitmentId}/follow-up`;
const FOLLOW_UP_STATUSES = ['not-started', 'in-progress', 'implemented', 'superseded'];

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

export function followUpSection(commitmentId, record, prefix) {
  const heading = el('h3', { id: `${prefix}-h` }, t('followUpHeading'));
  const shown = el('div', { class: 'follow-up-shown' }, followUpRecord(record));
  const output = el('div', { class: 'follow-up-output', 'aria-live': 'polite' });
  const current = record instanceof Error ? null : record.current;
  const key = storedApiKey();
  const keyInput = key ? null : apiKeyInput(`${prefix}-key-help`);
  const form = el('form', { class: 'follow-up-form' },
    el('div', { class: 'row-controls' },
      field(t('followUpStatusLabel'), select('status', current?.status ?? 'in-progress', FOLLOW_UP_STATUSES.map((code) => [code, t('followUpStatus')[code]])))),
    field(t('followUpNoteLabel'), el('textarea', { name: 'note', rows: 3, maxlength: 4000 })),
    el('div', { class: 'field' },
      el('label', { for: `${prefix}-evidence` }, t('followUpEvidenceLabel')),
      el('textarea', { name: 'evidence', id: `${prefix}-evidence`, rows: 2, 'aria-describedby': `${prefix}-evidence-help` }),
      el('p', { class: 'small', id: `${prefix}-evidence-help` }, t('followUpEvidenceHelp'))),
    keyInput ? apiKeyField(keyInput, `${prefix}-key-help`) : null,
    el('div', { class: 'row-controls' },
      el('button', { type: 'submit' }, t('followUpSave')),
      key ? forgetKeyButton() : null));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (keyInput) rememberApiKey(keyInput.value);
    const body = {
      status: form.status.value,
      note: form.note.value,
      evidence: form.evidence.value.split('\n').map((line) => line.trim()).filter(Boolean),
    };
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const saved = await api(followUpUrl(commitmentId), {
        method: 'PUT', headers: { 'content-type': 'application/json', ...apiKeyHeader() }, body: JSON.stringify(body),
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

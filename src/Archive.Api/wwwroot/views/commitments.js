// The commitments view (/commitments) and a commitment's lineage (/commitments/{id}) with each step's follow-up.
import { api, el, field, formatDate, localName, meetingName, select, statusBadge, strengthBadge, submitToAddress, t, ui } from '../shared.js';
import { followUpSection, followUpUrl } from './follow-up.js';

const STRENGTHS = ['decision', 'commitment', 'tasking', 'encouragement', 'acknowledgement'];

export async function commitmentsPage(params) {
  const [topics, addressees] = await Promise.all([api('/api/topics'), api('/api/addressees')]);
  const form = el('form', { class: 'commitment-filters' },
    el('h1', {}, t('commitmentsHeading')),
    el('fieldset', { class: 'filters' }, el('legend', {}, t('filters')),
      field(t('filterTopic'), select('topic', params.get('topic'), [['', t('any')], ...topics.map((x) => [x.id, localName(x)])])),
      field(t('filterAddressee'), select('addressee', params.get('addressee'), [['', t('any')], ...addressees.map((x) => [x.id, localName(x)])])),
      field(t('filterStrength'), select('strength', params.get('strength'), [['', t('any')], ...STRENGTHS.map((s) => [s, t('strength')[s]])])),
      field(t('filterCommitLanguage'), select('lang', params.get('lang') ?? ui, [['en', t('langEn')], ['id', t('langId')]])),
      el('button', { type: 'submit' }, t('show'))));
  submitToAddress(form, '/commitments');
  const query = new URLSearchParams({ k: 50, lang: params.get('lang') ?? ui });
  for (const name of ['topic', 'addressee', 'strength']) if (params.get(name)) query.set(name, params.get(name));
  const result = await api(`/api/commitments?${query}`);
  return el('div', { class: 'commitments' }, form,
    el('p', { class: 'small' }, el('a', { href: '/api/follow-up.csv', download: 'follow-up.csv' }, t('followUpCsv')), ' · ',
      el('a', { href: '/commitments/disagreements', 'data-link': true }, t('disagreements'))),
    el('h2', { class: 'count' }, t('commitmentsFound', result.total)),
    el('ol', { class: 'commitment-list' }, ...result.commitments.map((c) => el('li', { class: 'commitment', lang: c.language },
      el('p', {}, strengthBadge(c.strength), ' ', statusBadge(c.status), ' ', leadIn(c)),
      c.parts?.length ? el('ol', { class: 'clause-parts' }, ...c.parts.map((part) => el('li', {}, part))) : null,
      el('p', { class: 'small evidence', lang: ui }, c.strengthFrom ? t('strengthFromCounterpart') : t('strengthBy', c.triggers)),
      el('p', { class: 'small' }, el('a', { href: c.permalink, 'data-link': true }, c.citation), ' · ',
        el('a', { href: `/commitments/${c.id}`, 'data-link': true, lang: ui }, t('lineage')))))));
}

// A lead-in's clause carries its sub-items as parts: the lead-in is the action's first line, the parts follow as a list.
function leadIn(c) {
  return c.parts?.length ? c.action.split('\n')[0] : c.action;
}

export async function lineagePage(id) {
  const detail = await api(`/api/commitments/${id}`);
  const steps = detail.lineage?.steps ?? [];
  // Each step (one meeting's paragraph) has its own record; a commitment with no lineage is its own step.
  const records = await Promise.all([...steps.map((s) => s.commitmentId), steps.length ? null : detail.commitment.id]
    .map((commitmentId) => (commitmentId ? api(followUpUrl(commitmentId)).catch((error) => error) : null)));
  const items = steps.map((s, i) => el('li', { class: `step status-${s.status}`, 'data-status': s.status, 'data-meeting': s.meeting.id },
    el('h2', {}, meetingName(s.meeting), el('span', { class: 'meta' }, ` · ${formatDate(s.meeting.date)}`)),
    el('p', {}, statusBadge(s.status), ' ', strengthBadge(s.strength)),
    el('blockquote', { lang: detail.commitment.language }, s.action),
    el('p', { class: 'small' }, el('a', { href: s.permalink, 'data-link': true }, s.citation)),
    followUpSection(s.commitmentId, records[i], `fu${i}`)));
  if (detail.lineage?.droppedAfter) {
    items.push(el('li', { class: 'step status-dropped', 'data-status': 'dropped' },
      el('h2', {}, statusBadge('dropped')),
      el('p', {}, t('droppedAfter', meetingName(detail.lineage.droppedAfter)))));
  }
  return el('div', { class: 'lineage' },
    el('h1', {}, t('lineageHeading')),
    el('p', {}, t('lineageIntro')),
    el('ol', { class: 'timeline lineage-steps' }, items),
    steps.length ? null : followUpSection(detail.commitment.id, records.at(-1), 'fu'));
}

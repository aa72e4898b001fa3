// The changes view (/changes): how the undertakings of one conference became those of another, clause beside clause.
import { api, conferenceList, conferenceName, el, field, localName, sampleBadge, select, statusBadge, strengthBadge, submitToAddress, t, ui } from '../shared.js';

export async function changesPage(params) {
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
      field(t('filterTopic'), select('topic', params.get('topic'), [['', t('any')], ...topics.map((x) => [x.id, localName(x)])])),
      el('button', { type: 'submit' }, t('compare'))));
  submitToAddress(form, '/changes');
  const query = new URLSearchParams({ from, to, lang });
  if (params.get('topic')) query.set('topic', params.get('topic'));
  const result = await api(`/api/changes?${query}`);
  const topicName = (id) => { const x = topics.find((y) => y.id === id); return x ? localName(x) : id; };
  const side = (clause, number) => (clause
    ? el('div', { class: 'change-side' },
      el('p', { class: 'small' }, strengthBadge(clause.strength), ' ', sampleBadge(clause.sample)),
      el('p', { lang: result.language }, clause.text),
      el('p', { class: 'small' }, el('a', { href: clause.permalink, 'data-link': true }, clause.citation)))
    : el('div', { class: 'change-side absent' }, el('p', { class: 'note' }, t('notMentioned', conferenceName(number)))));
  return el('div', { class: 'changes' }, form,
    el('h2', { class: 'count' }, t('changesFound', result.changes.length)),
    el('p', { class: 'change-counts' }, ...Object.entries(result.counts).flatMap(([status, n]) => [el('span', { class: `badge status-${status}` }, `${t('status')[status]}: ${n}`), ' '])),
    el('div', { class: 'change-columns', 'aria-hidden': 'true' }, el('p', {}, conferenceName(result.from)), el('p', {}, conferenceName(result.to))),
    el('ol', { class: 'change-list' }, ...result.changes.map((c) => el('li', { class: `change status-${c.status}` },
      el('p', { class: 'change-head' }, statusBadge(c.status),
        c.before && c.after && c.before.strength !== c.after.strength
          ? el('span', { class: 'strength-change' }, ` ${t('strength')[c.before.strength]} → ${t('strength')[c.after.strength]}`) : null,
        c.topics.length ? el('span', { class: 'small' }, ` · ${c.topics.map(topicName).join(', ')}`) : null),
      el('div', { class: 'change-sides' }, side(c.before, result.from), side(c.after, result.to))))));
}

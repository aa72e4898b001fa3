// The changes view (/changes): how the undertakings of one meeting (or date) became those of another, clause beside clause.
import { api, el, field, localName, meetingName, sampleBadge, select, statusBadge, strengthBadge, submitToAddress, t, ui } from '../shared.js';

// A conference is offered by its number, so that /changes?from=7&to=8 selects it; any other meeting by its id.
const meetingValue = (m) => (m.conference ? String(m.conference) : m.id);

export async function changesPage(params) {
  const [meetings, topics] = await Promise.all([api('/api/meetings'), api('/api/topics')]);
  const conferences = meetings.filter((m) => m.conference);
  const to = params.get('to') ?? meetingValue(conferences.at(-1) ?? meetings.at(-1));
  const from = params.get('from') ?? meetingValue(conferences.at(-2) ?? meetings[0]);
  const lang = params.get('lang') ?? ui;
  const options = meetings.map((m) => [meetingValue(m), meetingName(m)]);
  // A date or document id in the address is offered as written, so the form shows what is compared.
  const withAsked = (value) => (options.some(([v]) => v === value) ? options : [[value, value], ...options]);
  const form = el('form', { class: 'changes-form' },
    el('h1', {}, t('changesHeading')),
    el('p', {}, t('changesIntro')),
    el('div', { class: 'row-controls' },
      field(t('fieldFrom'), select('from', from, withAsked(from))),
      field(t('fieldTo'), select('to', to, withAsked(to))),
      field(t('filterCommitLanguage'), select('lang', lang, [['en', t('langEn')], ['id', t('langId')]])),
      field(t('filterTopic'), select('topic', params.get('topic'), [['', t('any')], ...topics.map((x) => [x.id, localName(x)])])),
      el('button', { type: 'submit' }, t('compare'))));
  submitToAddress(form, '/changes');
  const query = new URLSearchParams({ from, to, lang });
  if (params.get('topic')) query.set('topic', params.get('topic'));
  const result = await api(`/api/changes?${query}`);
  const topicName = (id) => { const x = topics.find((y) => y.id === id); return x ? localName(x) : id; };
  const pointName = (point) => point.meetings.map(meetingName).join(', ');
  const clause = (side) => [
    el('p', { class: 'small' }, strengthBadge(side.strength), ' ', sampleBadge(side.sample)),
    el('p', { lang: result.language }, side.text),
    el('p', { class: 'small' }, el('a', { href: side.permalink, 'data-link': true }, side.citation))];
  const side = (found, point, resumes) => {
    if (found) return el('div', { class: 'change-side' }, clause(found));
    const absent = el('p', { class: 'note' }, t('notMentioned', pointName(point)));
    return resumes
      ? el('div', { class: 'change-side absent resumes' }, absent, el('p', { class: 'small' }, t('lastMentioned', meetingName(resumes.meeting))), clause(resumes))
      : el('div', { class: 'change-side absent' }, absent);
  };
  return el('div', { class: 'changes' }, form,
    el('h2', { class: 'count' }, t('changesFound', result.changes.length)),
    el('p', { class: 'change-counts' }, ...Object.entries(result.counts).flatMap(([status, n]) => [el('span', { class: `badge status-${status}` }, `${t('status')[status]}: ${n}`), ' '])),
    el('div', { class: 'change-columns', 'aria-hidden': 'true' }, el('p', {}, pointName(result.from)), el('p', {}, pointName(result.to))),
    el('ol', { class: 'change-list' }, ...result.changes.map((c) => {
      const earlier = c.before ?? c.resumes;
      return el('li', { class: `change status-${c.status}` },
        el('p', { class: 'change-head' }, statusBadge(c.status),
          earlier && c.after && earlier.strength !== c.after.strength
            ? el('span', { class: 'strength-change' }, ` ${t('strength')[earlier.strength]} → ${t('strength')[c.after.strength]}`) : null,
          c.topics.length ? el('span', { class: 'small' }, ` · ${c.topics.map(topicName).join(', ')}`) : null),
        el('div', { class: 'change-sides' }, side(c.before, result.from, c.resumes), side(c.after, result.to)));
    })));
}

// The conferences view (/conferences): every Ministerial Conference in date order with its documents.
import { conferenceList, el, formatDate, languageName, sampleBadge, t } from '../shared.js';

export async function conferencesPage() {
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

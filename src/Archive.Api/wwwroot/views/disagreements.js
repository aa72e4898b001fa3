// The disagreements view (/commitments/disagreements): clauses whose English and Indonesian versions were read with
// a different strength or addressee, the two versions side by side with their citations.
import { api, el, languageName, localName, strengthBadge, t } from '../shared.js';

export async function disagreementsPage() {
  const [pairs, addressees] = await Promise.all([api('/api/commitments/disagreements'), api('/api/addressees')]);
  // The list names each clause by id only: its citation and paragraph permalink come with the commitment.
  const details = await Promise.all(pairs.flatMap((pair) => [pair.english, pair.indonesian])
    .map((side) => api(`/api/commitments/${side.id}`).then((detail) => detail.commitment)));
  const addresseeName = (id) => {
    const entry = addressees.find((a) => a.id === id);
    return entry ? localName(entry) : id ?? t('noAddressee');
  };
  const side = (clause, commitment, language, showAddressee) => el('div', { class: 'disagreement-side', 'data-language': language },
    el('p', { class: 'small' }, el('span', { class: 'meta' }, languageName(language)), ' ', strengthBadge(clause.strength)),
    showAddressee ? el('p', { class: 'small addressee' }, t('addressedTo', addresseeName(clause.addressee))) : null,
    el('p', { class: 'clause', lang: language }, clause.action),
    el('p', { class: 'small', lang: language }, el('a', { href: commitment.permalink, 'data-link': true }, commitment.citation)));
  return el('div', { class: 'disagreements' },
    el('p', { class: 'small' }, el('a', { href: '/commitments', 'data-link': true }, t('allCommitments'))),
    el('h1', {}, t('disagreements')),
    el('p', {}, t('disagreementsIntro')),
    pairs.length
      ? [el('h2', { class: 'count' }, t('disagreementsFound', pairs.length)),
        el('ol', { class: 'disagreement-list' }, ...pairs.map((pair, i) => {
          const addresseesDiffer = pair.english.addressee !== pair.indonesian.addressee;
          return el('li', { class: 'disagreement' }, el('div', { class: 'disagreement-sides' },
            side(pair.english, details[2 * i], 'en', addresseesDiffer),
            side(pair.indonesian, details[2 * i + 1], 'id', addresseesDiffer)));
        }))]
      : el('p', { class: 'note no-disagreements' }, t('noDisagreements')));
}

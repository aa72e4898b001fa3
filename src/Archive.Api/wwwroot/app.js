// The archive's page: plain modules calling the API, no build step. Each route renders into <main>; the URL holds
// the state (query, filters, page, view) so that any view can be shared and reloaded. This module is the router:
// it imports the views, which import ./shared.js and never this module.
import { chooseLanguage, errorBox, navigate, setRenderer, t, ui } from './shared.js';
import { addPage } from './views/add.js';
import { changesPage } from './views/changes.js';
import { commitmentsPage, lineagePage } from './views/commitments.js';
import { conferencesPage } from './views/conferences.js';
import { disagreementsPage } from './views/disagreements.js';
import { documentPage } from './views/document.js';
import { precedentPage } from './views/precedent.js';
import { reviewPage } from './views/review.js';
import { searchPage } from './views/search.js';

const routes = [
  [/^\/$/, 'search', (m, params) => searchPage(params)],
  [/^\/documents\/([^/]+)$/, 'document', (m, params) => documentPage(decodeURIComponent(m[1]), params)],
  [/^\/conferences$/, 'conferences', () => conferencesPage()],
  [/^\/commitments$/, 'commitments', (m, params) => commitmentsPage(params)],
  // Before a commitment's lineage: commitment ids hold slashes, so /commitments/(.+) would take this address too.
  [/^\/commitments\/disagreements$/, 'commitments', () => disagreementsPage()],
  [/^\/commitments\/(.+)$/, 'commitments', (m) => lineagePage(m[1])],
  [/^\/changes$/, 'changes', (m, params) => changesPage(params)],
  [/^\/precedent$/, 'precedent', () => precedentPage()],
  [/^\/review$/, 'review', () => reviewPage()],
  [/^\/add$/, 'add', () => addPage()],
];

function applyLanguage() {
  document.documentElement.lang = ui;
  document.title = t('title');
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  for (const button of document.querySelectorAll('[data-ui]')) button.setAttribute('aria-pressed', button.dataset.ui === ui ? 'true' : 'false');
}

async function render() {
  applyLanguage();
  for (const link of document.head.querySelectorAll('link[data-view]')) link.remove();
  const main = document.getElementById('main');
  const params = new URLSearchParams(location.search);
  const route = routes.find(([pattern]) => pattern.test(location.pathname));
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (route && link.dataset.nav === route[1]) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
  main.setAttribute('aria-busy', 'true');
  let content;
  try {
    content = route ? await route[2](location.pathname.match(route[0]), params) : errorBox({ status: 404, message: location.pathname });
  } catch (error) {
    content = errorBox(error);
  }
  main.replaceChildren(content);
  main.removeAttribute('aria-busy');
  document.body.dataset.ready = route ? route[1] : 'none';
  focusTarget();
}

// A permalink (#p4) lands on its paragraph: scrolled to, marked and focused for keyboard and screen-reader users.
function focusTarget() {
  for (const node of document.querySelectorAll('.targeted')) node.classList.remove('targeted');
  if (!location.hash) return;
  const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!target) return;
  target.classList.add('targeted');
  target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-link]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  if (url.pathname === location.pathname && url.search === location.search && url.hash) {
    history.pushState(null, '', url.hash);
    focusTarget();
    return;
  }
  navigate(url.pathname + url.search + url.hash);
});

for (const button of document.querySelectorAll('[data-ui]')) {
  button.addEventListener('click', () => {
    chooseLanguage(button.dataset.ui);
    render();
  });
}

setRenderer(render);
window.addEventListener('popstate', render);
window.addEventListener('hashchange', focusTarget);
render();

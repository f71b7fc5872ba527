/*
 * The public pages' masthead, one copy for all of them: the site's name (with the organisation's, from
 * /api/site), the same navigation everywhere with the current page marked, and the language switch.
 * Runs before DOMContentLoaded (a deferred script), so i18n.js finds the switch and translates the links.
 */
'use strict';
(() => {
  const LINKS = [
    ['/', 'nav.home'], ['/disclosure.html', 'nav.disclosure'], ['/apply.html', 'nav.request'], ['/write.html', 'nav.write'], ['/follow.html', 'nav.follow'],
    ['/published.html', 'nav.published'], ['/stats.html', 'nav.stats'], ['/results.html', 'nav.motions'], ['/calendar.html', 'nav.calculator'], ['/login.html', 'nav.staff'],
  ];
  const here = window.location.pathname === '/index.html' ? '/' : window.location.pathname;
  const header = document.querySelector('header[data-masthead]');
  header.className = 'masthead';
  header.replaceChildren(el('div', { class: 'bar' },
    el('a', { class: 'brand', href: '/' }, el('span', { 'data-site': 'organisationName' }), ' ',
      el('span', { 'data-i18n': 'site.title' })),
    el('nav', {},
      LINKS.map(([href, key]) => el('a', { href, 'data-i18n': key, 'aria-current': href === here ? 'page' : null })),
      el('button', { type: 'button', class: 'link', 'data-action': 'toggle-language', 'data-i18n': 'lang.switch' }))));
  document.addEventListener('DOMContentLoaded', async () => {
    try {
      const site = await Api.get('/site');
      document.querySelectorAll('[data-site="organisationName"]').forEach((node) => { node.textContent = site.organisationName; });
    } catch (e) {
      /* the pages work without the name */
    }
  });
})();

/*
 * The public pages' masthead and footer, one copy for all of them: the site's name (with the organisation's, from
 * /api/site), the same navigation everywhere with the current page marked (folded behind a 菜单 button on a
 * phone), the column's own links on the pages of a column (政府信息公开, 互动交流), the language switch, and the
 * footer's lines from configuration. Runs before DOMContentLoaded (a deferred script), so i18n.js finds the switch
 * and translates the links.
 */
'use strict';
(() => {
  const LINKS = [
    ['/', 'nav.home'], ['/disclosure.html', 'nav.disclosure'], ['/apply.html', 'nav.request'], ['/write.html', 'nav.write'], ['/follow.html', 'nav.follow'],
    ['/published.html', 'nav.published'], ['/stats.html', 'nav.stats'], ['/results.html', 'nav.motions'], ['/calendar.html', 'nav.calculator'], ['/login.html', 'nav.staff'],
  ];
  /** The columns of a government site (政府网站发展指引) and their pages. */
  const COLUMNS = {
    disclosure: ['column.disclosure', [['/guide.html', 'column.guide'], ['/disclosure.html', 'column.catalogue'],
      ['/disclosure.html#domains-title', 'column.domains'], ['/normative.html', 'column.normative'],
      ['/disclosure.html?domain=ANNUAL_REPORTS', 'column.annual'], ['/apply.html', 'column.request']]],
    interaction: ['column.interaction', [['/write.html#notice', 'column.notice'], ['/write.html', 'column.write'],
      ['/follow.html', 'column.follow'], ['/published.html', 'column.published'], ['/stats.html', 'column.stats']]],
  };
  const here = window.location.pathname === '/index.html' ? '/' : window.location.pathname;
  const header = document.querySelector('header[data-masthead]');
  header.className = 'masthead';
  const nav = el('nav', { id: 'site-nav', 'aria-label': '网站导航' },
    LINKS.map(([href, key]) => el('a', { href, 'data-i18n': key, 'aria-current': href === here ? 'page' : null })),
    el('button', { type: 'button', class: 'link', 'data-action': 'toggle-language', 'data-i18n': 'lang.switch' }));
  const toggle = el('button', { type: 'button', class: 'menu-toggle', 'aria-expanded': 'false', 'aria-controls': 'site-nav', 'data-i18n': 'nav.menu' });
  toggle.addEventListener('click', () => {
    const open = header.classList.toggle('open');
    toggle.setAttribute('aria-expanded', String(open));
  });
  header.replaceChildren(el('div', { class: 'bar' },
    el('a', { class: 'brand', href: '/' }, el('span', { 'data-site': 'organisationName' }), ' ',
      el('span', { 'data-i18n': 'site.title' })),
    toggle, nav));
  const column = COLUMNS[document.body.dataset.column];
  if (column) {
    const where = here + window.location.search;
    header.after(el('nav', { class: 'columns', 'aria-label': column[0] }, el('div', { class: 'bar' },
      el('strong', { 'data-i18n': column[0] }),
      column[1].map(([href, key]) => el('a', { href, 'data-i18n': key, 'aria-current': href === where ? 'page' : null })))));
  }

  // pages people read at length (an item, a letter): a print view and larger text (适老化), remembered here
  const LARGE = 'govinbox.large-text';
  if (localStorage.getItem(LARGE) === 'on') document.documentElement.classList.add('large-text');
  const main = document.querySelector('main[data-reading]');
  if (main) {
    const larger = el('button', { type: 'button', class: 'small', 'aria-pressed': String(document.documentElement.classList.contains('large-text')), 'data-i18n': 'reading.larger' });
    larger.addEventListener('click', () => {
      const on = document.documentElement.classList.toggle('large-text');
      localStorage.setItem(LARGE, on ? 'on' : 'off');
      larger.setAttribute('aria-pressed', String(on));
    });
    const print = el('button', { type: 'button', class: 'small', 'data-i18n': 'reading.print' });
    print.addEventListener('click', () => window.print());
    main.prepend(el('div', { class: 'reading-tools' }, larger, print));
  }

  const footer = document.querySelector('footer.footer');
  const lines = footer ? el('div', { 'data-footer': '' }) : null;
  if (footer) footer.prepend(lines);

  function drawFooter(site) {
    const f = (site && site.footer) || {};
    const part = (key, value) => (value ? el('span', {}, el('span', { 'data-i18n': key, text: I18n.t(key) }), '：', value) : null);
    lines.replaceChildren(
      el('p', {}, part('footer.host', f.host || (site && site.organisationName)), part('footer.operator', f.operator), part('footer.contact', f.contact)),
      f.siteCode || f.icp || f.police ? el('p', {}, part('footer.siteCode', f.siteCode), f.icp ? el('span', { text: f.icp }) : null,
        f.police ? el('span', { text: f.police }) : null) : null);
    lines.dataset.footer = 'drawn';
  }

  document.addEventListener('DOMContentLoaded', async () => {
    let site = null;
    try {
      site = await Api.get('/site');
      document.querySelectorAll('[data-site="organisationName"]').forEach((node) => { node.textContent = site.organisationName; });
    } catch (e) {
      /* the pages work without the name */
    }
    if (lines) {
      drawFooter(site);
      I18n.onChange(() => drawFooter(site));
    }
  });
})();

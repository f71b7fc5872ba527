/*
 * Published letters and replies as a numbered list, newest first: searched by words of the title, filtered by
 * mailbox and category, paged, the choice kept in the address; each letter has a page of its own (letter.html).
 * Names and numbers arrive already masked from the server.
 */
'use strict';
(() => {
  const t = (key, params) => I18n.t(key, params);
  let page = null;
  let form = null;

  function wanted() {
    const query = new URLSearchParams(window.location.search);
    return { q: query.get('q') || '', mailbox: query.get('mailbox') || '', category: query.get('category') || '',
      page: Math.max(1, Number(query.get('page')) || 1) };
  }

  async function load() {
    const w = wanted();
    const query = new URLSearchParams({ page: w.page, size: 20 });
    ['q', 'mailbox', 'category'].forEach((name) => { if (w[name]) query.set(name, w[name]); });
    try {
      page = await Api.get(`/letters/published?${query}`);
    } catch (problem) {
      page = null;
      document.getElementById('published').replaceChildren(el('p', { class: 'notice error', text: problem.detail || problem.title }));
      return;
    }
    render();
  }

  function go(change) {
    const w = Object.assign(wanted(), change);
    const query = new URLSearchParams();
    ['q', 'mailbox', 'category'].forEach((name) => { if (w[name]) query.set(name, w[name]); });
    if (w.page > 1) query.set('page', w.page);
    window.history.pushState(null, '', `/published.html${query.toString() ? `?${query}` : ''}`);
    load();
  }

  function options(select, choices, value) {
    select.replaceChildren(el('option', { value: '', text: t('disclosure.any') }),
      ...choices.map((c) => el('option', { value: c.code, text: c.name, selected: c.code === value })));
  }

  function render() {
    const section = document.getElementById('published');
    if (!page) return;
    const w = wanted();
    form.q.value = w.q;
    if (form.dataset.choices) {
      const choices = JSON.parse(form.dataset.choices);
      options(form.mailbox, choices.mailboxes, w.mailbox);
      options(form.category, choices.categories, w.category);
    }
    if (!page.items.length) {
      section.replaceChildren(el('p', { class: 'empty', text: t(w.q || w.mailbox || w.category ? 'published.none' : 'published.empty') }));
      return;
    }
    const heads = ['published.number', 'published.subject', 'write.mailbox', 'write.category', 'published.received', 'published.replied', 'published.department'];
    const day = (instant) => (instant ? new Date(instant).toLocaleDateString(I18n.lang) : '—');
    section.replaceChildren(el('div', { class: 'table-wrap' }, el('table', { class: 'catalogue letters' },
      el('thead', {}, el('tr', {}, heads.map((key) => el('th', { scope: 'col', text: t(key) })))),
      el('tbody', {}, page.items.map((letter) => el('tr', {},
        el('td', { 'data-label': t(heads[0]), text: String(letter.id) }),
        el('td', { 'data-label': t(heads[1]) }, el('a', { href: `/letter.html?id=${letter.id}`, class: 'letter-link', text: letter.title })),
        el('td', { 'data-label': t(heads[2]), text: letter.mailboxName }),
        el('td', { 'data-label': t(heads[3]), text: letter.categoryName }),
        el('td', { 'data-label': t(heads[4]), text: day(letter.receivedAt) }),
        el('td', { 'data-label': t(heads[5]), text: day(letter.repliedAt) }),
        el('td', { 'data-label': t(heads[6]), text: letter.departmentName || '—' })))))),
    listPager(page, (n) => go({ page: n })));
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await I18n.load();
    I18n.onChange(render);
    form = document.getElementById('published-filter');
    try {
      const choices = await Api.get('/letters/form');
      form.dataset.choices = JSON.stringify({ mailboxes: choices.mailboxes, categories: choices.categories });
    } catch (e) {
      /* the list works without the filters' names */
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      go({ q: form.q.value.trim(), mailbox: form.mailbox.value, category: form.category.value, page: 1 });
    });
    window.addEventListener('popstate', load);
    await load();
  });
})();

/*
 * The public list of normative documents (规范性文件): registration number, name, document number, publisher, dates
 * and validity, newest first, filtered by validity, paged; the filter and page are kept in the address.
 */
'use strict';
(() => {
  const t = (key, params) => I18n.t(key, params);
  let list = null;
  let filters = null;

  function state() {
    const query = new URLSearchParams(window.location.search);
    return { validity: query.get('validity') || '', page: Math.max(1, Number(query.get('page')) || 1) };
  }

  async function load() {
    const s = state();
    const query = new URLSearchParams({ page: s.page, size: 20 });
    if (s.validity) query.set('validity', s.validity);
    try {
      [list, filters] = await Promise.all([Api.get(`/disclosures/normative?${query}`), filters ? filters : Api.get('/disclosures/filters')]);
      render();
    } catch (problem) {
      document.getElementById('normative').replaceChildren(el('p', { class: 'notice error', text: problem.detail || problem.title }));
    }
  }

  function go(change) {
    const s = Object.assign(state(), change);
    const query = new URLSearchParams();
    if (s.validity) query.set('validity', s.validity);
    if (s.page > 1) query.set('page', s.page);
    window.history.pushState(null, '', `/normative.html${query.toString() ? `?${query}` : ''}`);
    load();
  }

  function render() {
    if (!list) return;
    const s = state();
    const select = document.getElementById('n-validity');
    select.replaceChildren(el('option', { value: '', text: t('disclosure.any') }),
      ...filters.validities.map((v) => el('option', { value: v.code, text: v.name, selected: v.code === s.validity })));
    const section = document.getElementById('normative');
    if (!list.items.length) {
      section.replaceChildren(el('p', { class: 'empty', text: t('normative.empty') }));
      return;
    }
    const heads = ['normative.number', 'item.name', 'item.documentNumber', 'item.publisher', 'item.writtenOn', 'item.validity'];
    section.replaceChildren(el('div', { class: 'table-wrap' }, el('table', { class: 'catalogue normative' },
      el('thead', {}, el('tr', {}, heads.map((key) => el('th', { scope: 'col', text: t(key) })))),
      el('tbody', {}, list.items.map((d) => el('tr', {},
        el('td', { 'data-label': t(heads[0]), text: d.registrationNumber || '—' }),
        el('td', { 'data-label': t(heads[1]) }, el('a', { href: `/item.html?id=${d.id}`, text: d.title })),
        el('td', { 'data-label': t(heads[2]), text: d.documentNumber || '—' }),
        el('td', { 'data-label': t(heads[3]), text: d.publisher }),
        el('td', { 'data-label': t(heads[4]), text: d.writtenOn }),
        el('td', { 'data-label': t(heads[5]), text: d.statusName ? `${d.validityName}（${d.statusName}）` : d.validityName })))))),
    listPager(list, (n) => go({ page: n })));
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await I18n.load();
    I18n.onChange(render);
    document.getElementById('n-validity').addEventListener('change', (event) => go({ validity: event.target.value, page: 1 }));
    window.addEventListener('popstate', load);
    await load();
  });
})();

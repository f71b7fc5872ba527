/* The public list of a sitting's suggestions or proposals: number, title, lead unit, class, state, published result. */
'use strict';
(() => {
  const t = (key, params) => I18n.t(key, params);
  let sittings = [];
  let current = null;
  const COLUMNS = ['results.number', 'results.itemTitle', 'results.lead', 'results.class', 'results.state', 'results.result'];

  function render() {
    const box = document.getElementById('results');
    if (sittings.length === 0) { box.replaceChildren(el('p', { class: 'empty', text: t('results.none') })); return; }
    if (!current) { box.replaceChildren(); return; }
    if (current.items.length === 0) { box.replaceChildren(el('p', { class: 'empty', text: t('results.empty') })); return; }
    const dash = (v) => (v === null || v === undefined || v === '' ? '—' : v);
    box.replaceChildren(el('p', { class: 'hint', text: t('results.count', { n: current.items.length }) }),
      el('div', { class: 'table-wrap' }, el('table', { id: 'results-table' },
        el('thead', {}, el('tr', {}, COLUMNS.map((k) => el('th', { scope: 'col', text: t(k) })))),
        el('tbody', {}, current.items.map((i) => el('tr', {}, [
          `第${i.number}号`, i.title, dash(i.units.join('、')), dash(i.replyClass), i.stateName,
          i.resultItem ? el('a', { href: `/item.html?id=${i.resultItem}`, text: t('results.view') }) : t('results.notPublished'),
        ].map((value, n) => el('td', { 'data-label': t(COLUMNS[n]) }, value))))))));
  }

  async function show(id) {
    current = await Api.get(`/motion-results/${id}`);
    render();
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await I18n.load();
    I18n.onChange(render);
    sittings = await Api.get('/motion-results');
    const select = document.getElementById('sitting');
    select.replaceChildren(...sittings.map((s) => el('option', { value: s.id, text: `${s.name}（${s.assemblyName}）` })));
    select.addEventListener('change', () => show(select.value));
    if (sittings.length > 0) await show(sittings[0].id); else render();
  });
})();

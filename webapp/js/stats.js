/*
 * The public statistics of the mailboxes (办件统计 / 办件公示): per month and mailbox, received, replied, the on-time
 * rate and satisfaction, and the handled letters with their dates and the replying department. No personal data
 * arrives from the server; a letter's subject only when it was published with its writer's consent.
 * The year is in the address (?year=2026), so a link shows the same year.
 */
'use strict';
(() => {
  const t = (key, params) => I18n.t(key, params);
  const pct = (rate) => (rate === null || rate === undefined ? '—' : `${Math.round(rate * 1000) / 10}%`);
  let figures = null;
  let letters = null;
  let chartInstance = null;

  function year() {
    const wanted = Number(new URLSearchParams(window.location.search).get('year'));
    const now = new Date().getFullYear();
    return wanted >= 2000 && wanted <= now ? wanted : now;
  }

  function cells(row) {
    return [String(row.received), String(row.replied), pct(row.onTimeRate), pct(row.satisfactionRate)];
  }

  function statsTable(headers, rows) {
    return el('div', { class: 'table-wrap' }, el('table', { class: 'stats-table' },
      el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: t(h) })))),
      el('tbody', {}, rows.map((r) => el('tr', {}, r.map((value, i) => el('td', { 'data-label': t(headers[i]), text: value })))))));
  }

  function renderFigures() {
    const section = document.getElementById('stats-figures');
    if (!figures) return;
    const mailboxes = figures.mailboxes.rows;
    const monthRows = figures.months.rows;
    const names = [...new Set(monthRows.map((r) => r.key.split('|')[1]))];
    const mailboxName = (code) => (mailboxes.find((m) => m.key === code) || { name: code }).name;
    const headers = ['stats.month', 'stats.mailbox', 'stats.received', 'stats.replied', 'stats.onTimeRate', 'stats.satisfaction'];
    const rows = monthRows.map((r) => {
      const [month, mailbox] = r.key.split('|');
      return [`${Number(month.slice(4))}${t('dash.monthSuffix')}`, mailboxName(mailbox), ...cells(r)];
    });
    const totals = mailboxes.map((m) => [t('stats.total'), m.name, ...cells(m)]);
    const chart = el('div', { id: 'stats-chart', class: 'chart', role: 'img', 'aria-label': t('stats.chart') });
    section.replaceChildren(
      el('div', { class: 'figures', id: 'stats-total' },
        el('div', { class: 'figure' }, el('span', { class: 'figure-value', text: String(figures.mailboxes.total.received) }), el('span', { class: 'figure-label', text: t('stats.received') })),
        el('div', { class: 'figure' }, el('span', { class: 'figure-value', text: String(figures.mailboxes.total.replied) }), el('span', { class: 'figure-label', text: t('stats.replied') })),
        el('div', { class: 'figure' }, el('span', { class: 'figure-value', text: pct(figures.mailboxes.total.onTimeRate) }), el('span', { class: 'figure-label', text: t('stats.onTimeRate') })),
        el('div', { class: 'figure' }, el('span', { class: 'figure-value', text: pct(figures.mailboxes.total.satisfactionRate) }), el('span', { class: 'figure-label', text: t('stats.satisfaction') }))),
      el('h2', { text: t('stats.chart') }), chart,
      figures.mailboxes.total.received ? statsTable(headers, rows.filter((r, i) => monthRows[i].received > 0).concat(totals)) : el('p', { class: 'empty', text: t('stats.noLetters') }),
      el('p', { class: 'exports' }, t('dash.export'), ' ',
        el('a', { href: `/api/stats/public/export?year=${figures.year}&format=xlsx`, text: 'XLSX' }), ' · ',
        el('a', { href: `/api/stats/public/export?year=${figures.year}&format=csv`, text: 'CSV' })),
      el('details', {}, el('summary', { text: t('stats.definitions') }),
        el('ul', {}, Object.values(figures.definitions).map((d) => el('li', { text: d })))));
    if (window.echarts) {
      if (chartInstance) chartInstance.dispose();
      chartInstance = window.echarts.init(chart, null, { locale: I18n.lang === 'en' ? 'EN' : 'ZH' });
      const months = Array.from({ length: 12 }, (x, i) => `${i + 1}${t('dash.monthSuffix')}`);
      const byMonth = (code, field) => months.map((m, i) => {
        const row = monthRows.find((r) => r.key === `${figures.year * 100 + i + 1}|${code}`);
        return row ? row[field] : 0;
      });
      // the on-time rate of each month over both mailboxes: on time ÷ (on time + late), none when nothing counts
      const rate = months.map((m, i) => {
        const rows = monthRows.filter((r) => r.key.startsWith(`${figures.year * 100 + i + 1}|`));
        const onTime = rows.reduce((sum, r) => sum + r.onTime, 0);
        const counted = onTime + rows.reduce((sum, r) => sum + r.late, 0);
        return counted ? Math.round((1000 * onTime) / counted) / 10 : null;
      });
      chartInstance.setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { data: names.map(mailboxName).concat([t('stats.onTimeRate')]) },
        grid: { left: 40, right: 40, bottom: 32 },
        xAxis: { type: 'category', data: months },
        yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, name: '%' }],
        series: names.map((code) => ({ name: mailboxName(code), type: 'bar', data: byMonth(code, 'received') }))
          .concat([{ name: t('stats.onTimeRate'), type: 'line', yAxisIndex: 1, connectNulls: false, data: rate, itemStyle: { color: '#b3141c' } }]),
      });
    }
  }

  function renderLetters() {
    const section = document.getElementById('stats-letters');
    if (!letters) return;
    if (!letters.items.length) {
      section.replaceChildren(el('p', { class: 'empty', text: t('stats.empty') }));
      return;
    }
    const headers = ['stats.number', 'stats.mailbox', 'stats.category', 'stats.subject', 'stats.receivedOn', 'stats.acceptedOn', 'stats.repliedOn', 'stats.department'];
    const pages = Math.max(1, Math.ceil(letters.total / letters.size));
    section.replaceChildren(statsTable(headers, letters.items.map((l) => [String(l.number), l.mailbox, l.category,
      l.title || t('stats.notPublished'), l.receivedOn, l.acceptedOn || '—', l.repliedOn, l.department || '—'])),
    el('div', { class: 'pager' },
      el('button', { type: 'button', disabled: letters.page <= 1, onclick: () => loadLetters(letters.page - 1), text: t('paging.previous') }),
      el('span', { text: t('paging.summary', { page: letters.page, pages, total: letters.total }) }),
      el('button', { type: 'button', disabled: letters.page >= pages, onclick: () => loadLetters(letters.page + 1), text: t('paging.next') })));
  }

  async function loadLetters(page) {
    letters = await Api.get(`/stats/public/letters?year=${year()}&page=${page}&size=20`);
    renderLetters();
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await I18n.load();
    const select = document.getElementById('s-year');
    const now = new Date().getFullYear();
    for (let y = now; y >= now - 5; y--) select.append(el('option', { value: y, text: String(y) }));
    select.value = String(year());
    select.addEventListener('change', () => { window.location.search = `?year=${select.value}`; });
    I18n.onChange(() => { renderFigures(); renderLetters(); });
    window.addEventListener('resize', () => { if (chartInstance) chartInstance.resize(); });
    try {
      figures = await Api.get(`/stats/public?year=${year()}`);
      renderFigures();
      await loadLetters(1);
    } catch (problem) {
      document.getElementById('stats-figures').replaceChildren(el('p', { class: 'notice error', text: problem.detail || problem.title }));
    }
  });
})();

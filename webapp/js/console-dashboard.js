/*
 * The dashboard part of the console: the work queue on the home page, the on-time figures with their charts
 * (ECharts) and exports, the portal's figures, the year's figures with the report paragraph, and the import of
 * history from an earlier system.
 */
'use strict';
(() => {
  const C = window.Console;
  const { t, view, heading, notice, form, table, guarded } = C;
  const has = (...roles) => roles.some((role) => C.session().roles.includes(role));
  const pct = (rate) => (rate === null || rate === undefined ? '—' : `${Math.round(rate * 1000) / 10}%`);
  const thisYear = () => new Date().getFullYear();
  const charts = [];

  window.addEventListener('resize', () => charts.forEach((chart) => chart.resize()));

  function chart(id) {
    const box = el('div', { id, class: 'chart', role: 'img' });
    return box;
  }

  function draw(box, option) {
    if (!window.echarts) { box.replaceChildren(el('p', { class: 'empty', text: t('dash.noCharts') })); return; }
    const existing = window.echarts.getInstanceByDom(box);
    if (existing) existing.dispose();
    const instance = window.echarts.init(box, null, { locale: I18n.lang === 'en' ? 'EN' : 'ZH', renderer: 'canvas' });
    instance.setOption(Object.assign({ animation: false, textStyle: { fontFamily: getComputedStyle(document.body).fontFamily } }, option));
    charts.push(instance);
  }

  /** A link to the staff list with these filters (#cases/… keeps them in the address). */
  function listLink(query, text) {
    return el('a', { href: `#cases/${new URLSearchParams(query)}`, text });
  }

  // ------------------------------------------------------------------ home: the work queue
  C.views.home = async () => {
    const session = C.session();
    view().append(el('h1', {}, t('home.hello'), session.displayName),
      el('p', { class: 'hint' }, t('home.yourRoles'), session.roles.map((role) => t(`role.${role}`)).join('、'), '　',
        t('home.yourDepartment'), session.departmentName || t('home.noDepartment')));
    if (has('ADMIN')) {
      await guarded(async () => {
        const mail = await Api.get('/outbox');
        if (mail.dead) {
          view().append(el('a', { class: 'queue-tile overdue', href: '#mail', 'data-queue': 'MAIL_DEAD' },
            el('span', { class: 'queue-count', text: String(mail.dead) }), el('span', { class: 'queue-label', text: t('home.mailDead') })));
        }
      });
    }
    if (!has('DISPATCHER', 'HANDLER')) {
      view().append(el('p', { class: 'empty', text: t('home.pick') }));
      return;
    }
    await guarded(async () => {
      const queue = await Api.get('/stats/queue');
      const tile = (key, label, count, query, kind) => el('a', { class: `queue-tile ${kind || ''}`, href: `#cases/${new URLSearchParams(query)}`, 'data-queue': key },
        el('span', { class: 'queue-count', text: String(count) }), el('span', { class: 'queue-label', text: label }));
      const tiles = [
        tile('DUE_SOON', t('queue.dueSoon'), queue.dueSoon, { due: 'SOON' }, queue.dueSoon ? 'soon' : ''),
        tile('OVERDUE', t('queue.overdue'), queue.overdue, { due: 'OVERDUE' }, queue.overdue ? 'overdue' : ''),
        tile('RED_LINE', t('queue.redLine'), queue.redLine, { due: 'RED_LINE' }, queue.redLine ? 'overdue' : ''),
        ...queue.entries.map((e) => tile(e.key, `${e.typeName} · ${e.label}`, e.count, { type: e.type, state: e.state })),
      ];
      view().append(...[el('h2', { text: t('queue.title') }), el('div', { class: 'queue', id: 'queue' }, tiles),
        queue.entries.length ? null : el('p', { class: 'empty', text: t('queue.empty') })].filter(Boolean));
    });
  };

  // ------------------------------------------------------------------ the dashboard
  C.views.dashboard = async () => {
    view().append(heading('dash.title'));
    const types = await Api.get('/cases/types').catch(() => []);
    const showCases = has('DISPATCHER', 'HANDLER', 'AUDITOR');
    const showPortal = has('DISPATCHER', 'AUDITOR', 'PUBLISHER');
    const typeSelect = el('select', { id: 'd-type', name: 'type' }, el('option', { value: '', text: t('dash.allTypes') }),
      types.map((type) => el('option', { value: type.type, text: type.typeName })));
    const fromInput = el('input', { id: 'd-from', name: 'from', type: 'date', value: `${thisYear()}-01-01` });
    const toInput = el('input', { id: 'd-to', name: 'to', type: 'date', value: `${thisYear()}-12-31` });
    const groupSelect = el('select', { id: 'd-group', name: 'groupBy' },
      ['department', 'month', 'channel', 'category', 'type'].map((g) => el('option', { value: g, text: t(`dash.by.${g}`) })));
    const box = el('div', { id: 'dash-cases' });
    if (showCases) {
      const filters = el('form', { class: 'inline', novalidate: true },
        el('label', { for: 'd-type', text: t('dash.type') }), typeSelect,
        el('label', { for: 'd-from', text: t('dash.from') }), fromInput,
        el('label', { for: 'd-to', text: t('dash.to') }), toInput,
        el('label', { for: 'd-group', text: t('dash.groupBy') }), groupSelect,
        el('button', { type: 'submit', text: t('dash.show') }));
      filters.addEventListener('submit', (event) => { event.preventDefault(); guarded(load); });
      view().append(filters, box);
    }
    const portalBox = el('div', { id: 'dash-portal' });
    if (showPortal) view().append(portalBox);

    async function load() {
      const query = new URLSearchParams({ from: fromInput.value, to: toInput.value, groupBy: groupSelect.value });
      if (typeSelect.value) query.set('type', typeSelect.value);
      const trendQuery = new URLSearchParams(query);
      trendQuery.set('groupBy', 'month');
      const [stats, trend] = await Promise.all([Api.get(`/stats/cases?${query}`), Api.get(`/stats/cases?${trendQuery}`)]);
      const total = stats.total;
      const listQuery = { from: fromInput.value, to: toInput.value };
      if (typeSelect.value) listQuery.type = typeSelect.value;
      const figure = (key, value, link) => el('div', { class: 'figure', 'data-figure': key },
        el('span', { class: 'figure-value', text: value }), el('span', { class: 'figure-label' }, link || t(`dash.${key}`)));
      const summary = el('div', { class: 'figures', id: 'dash-figures' },
        figure('onTimeRate', pct(total.onTimeRate)),
        figure('received', String(total.received), listLink(listQuery, t('dash.received'))),
        figure('replied', String(total.replied)),
        figure('onTime', String(total.onTime)),
        figure('late', String(total.late)),
        figure('pending', String(total.pending)),
        figure('overdue', String(total.overdue), listLink(Object.assign({ due: 'OVERDUE' }, listQuery), t('dash.overdue'))),
        figure('acceptRate', pct(total.acceptRate)),
        figure('rehandled', String(total.rehandled)),
        figure('satisfactionRate', pct(total.satisfactionRate)),
        figure('dissatisfied', String(total.dissatisfied), listLink(Object.assign({ satisfaction: 'DISSATISFIED' }, listQuery), t('dash.dissatisfied'))));
      const lists = el('p', { class: 'lists' }, t('dash.lists'), ' ',
        listLink({ due: 'SOON' }, t('queue.dueSoon')), ' · ', listLink({ due: 'OVERDUE' }, t('queue.overdue')), ' · ',
        listLink({ due: 'RED_LINE' }, t('queue.redLine')), ' · ', listLink(Object.assign({ satisfaction: 'DISSATISFIED' }, listQuery), t('dash.dissatisfied')));
      const groupsChart = chart('chart-groups');
      const trendChart = chart('chart-trend');
      const exportLinks = el('p', { class: 'exports' }, t('dash.export'), ' ',
        el('a', { href: `/api/stats/cases/export?${query}&format=xlsx`, 'data-export': 'xlsx', text: 'XLSX' }), ' · ',
        el('a', { href: `/api/stats/cases/export?${query}&format=csv`, 'data-export': 'csv', text: 'CSV' }));
      const rows = stats.rows.concat([total]);
      box.replaceChildren(summary, lists,
        el('h2', { text: t('dash.byGroup', { group: t(`dash.by.${groupSelect.value}`) }) }), groupsChart,
        table([
          { label: `dash.by.${groupSelect.value}`, value: (r) => r.name },
          { label: 'dash.received', value: (r) => String(r.received) },
          { label: 'dash.replied', value: (r) => String(r.replied) },
          { label: 'dash.onTime', value: (r) => String(r.onTime) },
          { label: 'dash.late', value: (r) => String(r.late) },
          { label: 'dash.pending', value: (r) => String(r.pending) },
          { label: 'dash.onTimeRate', value: (r) => pct(r.onTimeRate) },
          { label: 'dash.acceptRate', value: (r) => pct(r.acceptRate) },
          { label: 'dash.rehandled', value: (r) => String(r.rehandled) },
          { label: 'dash.satisfactionRate', value: (r) => pct(r.satisfactionRate) },
        ], rows, 'dash.empty'), exportLinks,
        el('h2', { text: t('dash.trend') }), trendChart,
        el('details', { id: 'dash-definitions' }, el('summary', { text: t('dash.definitions') }),
          el('ul', {}, Object.values(stats.definitions).map((d) => el('li', { text: d })))));
      const names = stats.rows.map((r) => r.name);
      draw(groupsChart, {
        tooltip: { trigger: 'axis' },
        legend: { data: [t('dash.onTime'), t('dash.late'), t('dash.pending'), t('dash.onTimeRate')] },
        grid: { left: 48, right: 48, bottom: 72 },
        xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 4 ? 30 : 0 } },
        yAxis: [{ type: 'value', name: t('dash.count'), minInterval: 1 }, { type: 'value', name: '%', min: 0, max: 100 }],
        series: [
          { name: t('dash.onTime'), type: 'bar', stack: 'n', data: stats.rows.map((r) => r.onTime), itemStyle: { color: '#1a7f37' } },
          { name: t('dash.late'), type: 'bar', stack: 'n', data: stats.rows.map((r) => r.late), itemStyle: { color: '#b3141c' } },
          { name: t('dash.pending'), type: 'bar', stack: 'n', data: stats.rows.map((r) => r.pending), itemStyle: { color: '#8c959f' } },
          { name: t('dash.onTimeRate'), type: 'line', yAxisIndex: 1, data: stats.rows.map((r) => (r.onTimeRate === null ? null : Math.round(r.onTimeRate * 1000) / 10)) },
        ],
      });
      draw(trendChart, {
        tooltip: { trigger: 'axis' },
        legend: { data: [t('dash.received'), t('dash.onTimeRate'), t('dash.satisfactionRate')] },
        grid: { left: 48, right: 48, bottom: 48 },
        xAxis: { type: 'category', data: trend.rows.map((r) => r.name) },
        yAxis: [{ type: 'value', name: t('dash.count'), minInterval: 1 }, { type: 'value', name: '%', min: 0, max: 100 }],
        series: [
          { name: t('dash.received'), type: 'bar', data: trend.rows.map((r) => r.received), itemStyle: { color: '#0b5cad' } },
          { name: t('dash.onTimeRate'), type: 'line', yAxisIndex: 1, connectNulls: false, data: trend.rows.map((r) => (r.onTimeRate === null ? null : Math.round(r.onTimeRate * 1000) / 10)) },
          { name: t('dash.satisfactionRate'), type: 'line', yAxisIndex: 1, connectNulls: false, data: trend.rows.map((r) => (r.satisfactionRate === null ? null : Math.round(r.satisfactionRate * 1000) / 10)) },
        ],
      });
    }

    async function loadPortal() {
      const year = Number(fromInput.value.slice(0, 4)) || thisYear();
      const portal = await Api.get(`/stats/portal?year=${year}`);
      const domains = [...new Map(portal.published.map((p) => [p.domain, p.domainName])).entries()];
      const months = Array.from({ length: 12 }, (x, i) => `${i + 1}${t('dash.monthSuffix')}`);
      const publishedChart = chart('chart-portal');
      portalBox.replaceChildren(el('h2', { text: t('dash.portal', { year }) }),
        domains.length ? publishedChart : el('p', { class: 'empty', text: t('dash.portalEmpty') }),
        el('h3', { text: t('dash.timeliness') }),
        table([
          { label: 'timeliness.publisher', value: (r) => r.publisherName },
          { label: 'timeliness.published', value: (r) => String(r.published) },
          { label: 'timeliness.inTime', value: (r) => String(r.inTime) },
          { label: 'timeliness.late', value: (r) => String(r.late) },
          { label: 'timeliness.average', value: (r) => String(r.averageWorkingDays) },
        ], portal.timeliness, 'timeliness.empty'),
        el('p', { class: 'exports' }, t('dash.export'), ' ',
          el('a', { href: `/api/stats/portal/export?year=${year}&format=xlsx`, text: 'XLSX' }), ' · ',
          el('a', { href: `/api/stats/portal/export?year=${year}&format=csv`, text: 'CSV' })));
      if (domains.length) {
        draw(publishedChart, {
          tooltip: { trigger: 'axis' },
          legend: { type: 'scroll', data: domains.map(([, name]) => name) },
          grid: { left: 48, right: 24, bottom: 32, top: 56 },
          xAxis: { type: 'category', data: months },
          yAxis: { type: 'value', name: t('dash.items'), minInterval: 1 },
          series: domains.map(([code, name]) => ({ name, type: 'bar', stack: 'p',
            data: portal.published.filter((p) => p.domain === code).map((p) => p.published) })),
        });
      }
    }
    // suggestions and proposals: the inspectors' rates per unit over every sitting (per sitting: the 建议提案 view)
    const motionsBox = el('div', { id: 'dash-motions' });
    const motionTypes = types.filter((type) => type.type === 'SUGGESTION' || type.type === 'PROPOSAL');
    if (has('DISPATCHER', 'AUDITOR') && motionTypes.length) view().append(motionsBox);
    async function loadMotions() {
      const pctOf = (v) => (v === null || v === undefined ? '—' : `${v}%`);
      const parts = [el('h2', { text: t('dash.motions') }), el('p', { class: 'hint' }, t('dash.motionsHint'), ' ',
        el('a', { href: '#motions', text: t('menu.motions') }))];
      for (const type of motionTypes) {
        const stats = await Api.get(`/stats/proposals?type=${type.type}`);
        parts.push(el('h3', { text: `${type.typeName}（${t('dash.motionsAll', { n: stats.total })}）` }), table([
          { label: 'cases.department', value: (d) => d.departmentName || d.department },
          { label: 'motions.assigned', value: (d) => String(d.assigned) },
          { label: 'motions.replyRate', value: (d) => pctOf(d.rates.replyRate) },
          { label: 'motions.onTimeRate', value: (d) => pctOf(d.rates.onTimeRate) },
          { label: 'motions.contactRate', value: (d) => pctOf(d.rates.contactRate) },
          { label: 'motions.satisfactionRate', value: (d) => pctOf(d.rates.satisfactionRate) },
          { label: 'motions.firstSatisfactionRate', value: (d) => pctOf(d.rates.firstSatisfactionRate) },
        ], stats.departments.concat([{ departmentName: t('stats.total'), assigned: stats.assigned, rates: stats.rates }]), 'motions.noDepartments'));
      }
      motionsBox.replaceChildren(...parts);
    }
    if (showCases) await guarded(load);
    if (showPortal) await guarded(loadPortal);
    if (has('DISPATCHER', 'AUDITOR') && motionTypes.length) await guarded(loadMotions);
  };

  // ------------------------------------------------------------------ the year's figures
  C.views.year = async () => {
    view().append(heading('year.title'));
    const yearInput = el('input', { id: 'y-year', name: 'year', type: 'number', min: 2000, max: 2100, value: thisYear() });
    const box = el('div', { id: 'year-figures' });
    const filters = el('form', { class: 'inline', novalidate: true },
      el('label', { for: 'y-year', text: t('year.year') }), yearInput, el('button', { type: 'submit', text: t('dash.show') }));
    filters.addEventListener('submit', (event) => { event.preventDefault(); guarded(load); });
    view().append(filters, box);
    async function load() {
      const y = await Api.get(`/stats/year/${yearInput.value}`);
      const paragraph = el('p', { class: 'report-paragraph', id: 'year-paragraph', text: y.paragraph });
      const copy = el('button', { type: 'button', class: 'small', text: t('year.copy') });
      copy.addEventListener('click', async () => {
        try { await navigator.clipboard.writeText(y.paragraph); copy.textContent = t('year.copied'); } catch (e) { window.getSelection().selectAllChildren(paragraph); }
      });
      const cases = (list) => table([
        { label: 'year.item', value: (c) => c.name },
        { label: 'dash.received', value: (c) => String(c.received) },
        { label: 'dash.onTime', value: (c) => String(c.onTime) },
        { label: 'dash.late', value: (c) => String(c.late) },
        { label: 'dash.pending', value: (c) => String(c.pending) },
        { label: 'dash.onTimeRate', value: (c) => pct(c.onTimeRate) },
        { label: 'dash.satisfactionRate', value: (c) => pct(c.satisfactionRate) },
      ], list, 'dash.empty');
      box.replaceChildren(
        el('dl', { class: 'facts' },
          el('dt', { text: t('year.published') }), el('dd', { 'data-year': 'itemsPublished', text: String(y.itemsPublished) }),
          el('dt', { text: t('year.normativeIssued') }), el('dd', { 'data-year': 'normativeIssued', text: String(y.normativeIssued) }),
          el('dt', { text: t('year.cleanedUp') }), el('dd', { 'data-year': 'cleanedUp', text: t('year.cleanup', { total: y.cleanedUp, kept: y.kept, amended: y.amended, repealed: y.repealed }) })),
        el('h2', { text: t('year.mailboxes') }), cases(y.mailboxes),
        el('h2', { text: t('year.others') }), cases(y.others),
        el('h2', { text: t('year.paragraph') }), paragraph, copy,
        el('p', { class: 'exports' }, t('dash.export'), ' ',
          el('a', { href: `/api/stats/year/${y.year}/export?format=xlsx`, text: 'XLSX' }), ' · ',
          el('a', { href: `/api/stats/year/${y.year}/export?format=csv`, text: 'CSV' })));
    }
    await guarded(load);
  };

  // ------------------------------------------------------------------ history from an earlier system
  C.views.history = async () => {
    view().append(heading('history.title'), el('p', { class: 'hint', text: t('history.hint') }),
      el('p', {}, t('history.template'), ' ', el('a', { href: '/api/cases/imports/template?format=xlsx', text: 'XLSX' }), ' · ',
        el('a', { href: '/api/cases/imports/template?format=csv', text: 'CSV' })));
    const types = await Api.get('/cases/types').catch(() => []);
    const status = el('div', { id: 'history-status' });
    const upload = form(async (f) => {
      const file = f.file.files[0];
      if (!file) { Api.showProblem(f, { errors: [{ field: 'file', message: t('motions.chooseFile') }] }); return; }
      let job = await Api.upload(`/cases/imports${f.type.value ? `?type=${encodeURIComponent(f.type.value)}` : ''}`, file);
      const progress = el('progress', { max: 100, value: 0, id: 'history-progress' });
      status.replaceChildren(progress, el('span', { id: 'history-state', text: job.stateName }));
      while (job.state === 'CHECKING' || job.state === 'IMPORTING') {
        await new Promise((resolve) => { setTimeout(resolve, 500); });
        job = await Api.get(`/cases/imports/${job.id}`);
        progress.value = job.totalRows ? Math.round((100 * job.processed) / job.totalRows) : 10;
        status.querySelector('#history-state').textContent = job.stateName;
      }
      progress.value = 100;
      status.replaceChildren(...[job.state === 'DONE'
        ? notice(t('history.done', { n: job.imported }), 'ok')
        : notice(t('history.rejected', { state: job.stateName, n: job.rejected }), 'error'),
      job.errors.length ? table([
        { label: 'history.row', value: (e) => String(e.row) },
        { label: 'history.column', value: (e) => e.column },
        { label: 'history.reason', value: (e) => e.message },
      ], job.errors, 'dash.empty') : null].filter(Boolean));
      await loadRecent();
    }, el('h2', { text: t('history.upload') }),
    el('div', { class: 'field' }, el('label', { for: 'h-type', text: t('history.type') }),
      el('select', { id: 'h-type', name: 'type' }, el('option', { value: '', text: t('history.typeFromFile') }),
        types.map((type) => el('option', { value: type.type, text: type.typeName })))),
    el('div', { class: 'field' }, el('label', { for: 'h-file', text: t('motions.file') }),
      el('input', { id: 'h-file', name: 'file', type: 'file', accept: '.csv,.xlsx' }),
      el('p', { class: 'field-error', 'data-error-for': 'file', hidden: true })),
    el('button', { type: 'submit', text: t('history.start') }));
    const recent = el('div', { id: 'history-recent' });
    view().append(upload, status, el('h2', { text: t('history.recent') }), recent);
    async function loadRecent() {
      const jobs = await Api.get('/cases/imports');
      recent.replaceChildren(table([
        { label: 'history.file', value: (j) => j.filename },
        { label: 'cases.state', value: (j) => j.stateName },
        { label: 'history.imported', value: (j) => String(j.imported) },
        { label: 'history.rejectedRows', value: (j) => String(j.rejected) },
        { label: 'history.startedAt', value: (j) => new Date(j.startedAt).toLocaleString(I18n.lang) },
      ], jobs, 'history.none'));
    }
    await guarded(loadRecent);
  };
})();

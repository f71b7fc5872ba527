/* The public deadline calculator: GET /api/calendar/deadline, and the listed days the period crossed. */
'use strict';
(() => {
  const t = (key, params) => I18n.t(key, params);
  let last = null;

  function weekday(isoDate) {
    const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
    return t(`weekday.${day === 0 ? 7 : day}`);
  }

  function render() {
    const result = document.getElementById('result');
    if (!last) { result.replaceChildren(); return; }
    const parts = [
      el('div', { class: 'card due' },
        el('p', {}, t('calc.due'), '：', el('strong', { id: 'due', text: last.due }), ` （${weekday(last.due)}）`),
        el('p', { class: 'hint', text: `${last.start} + ${last.amount} ${t(`calc.${last.clock}`)}` })),
    ];
    if (last.provisional) parts.push(el('p', { class: 'notice warn', id: 'provisional', text: t('calc.provisional') }));
    parts.push(el('h2', { text: t('calc.crossed') }));
    if (!last.crossed.length) {
      parts.push(el('p', { class: 'empty', text: t('calc.none') }));
    } else {
      parts.push(el('div', { class: 'table-wrap' }, el('table', { id: 'crossed' },
        el('thead', {}, el('tr', {}, ['calc.date', 'calc.weekday', 'calc.kind', 'calc.name'].map((k) => el('th', { text: t(k) })))),
        el('tbody', {}, last.crossed.map((day) => el('tr', { class: day.kind === 'HOLIDAY' ? 'holiday' : 'makeup' },
          el('td', { 'data-label': t('calc.date'), text: day.date }),
          el('td', { 'data-label': t('calc.weekday'), text: weekday(day.date) }),
          el('td', { 'data-label': t('calc.kind'), text: t(day.kind === 'HOLIDAY' ? 'cal.legend.holiday' : 'cal.legend.makeup') }),
          el('td', { 'data-label': t('calc.name'), text: day.name })))))));
    }
    result.replaceChildren(...parts);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await I18n.load();
    I18n.onChange(render);
    const form = document.getElementById('calc-form');
    const params = new URLSearchParams(window.location.search);
    form.start.value = params.get('start') || new Date().toISOString().slice(0, 10);
    const clock = ['workingDays', 'days', 'months'].find((name) => params.has(name));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      Api.clearProblem(form);
      const query = new URLSearchParams({ start: form.start.value, [form.clock.value]: form.amount.value });
      try {
        last = await Api.get(`/calendar/deadline?${query}`);
      } catch (problem) {
        last = null;
        Api.showProblem(form, problem);
      }
      render();
      const link = new URLSearchParams({ start: form.start.value, [form.clock.value]: form.amount.value });
      window.history.replaceState(null, '', `?${link}`);
    });
    if (clock) {
      // a shared link such as calendar.html?start=2026-02-10&workingDays=20 computes at once
      form.clock.value = clock;
      form.amount.value = params.get(clock);
      form.requestSubmit();
    }
  });
})();

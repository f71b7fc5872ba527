/*
 * Disclosure requests in the console: the request's own record on its case page (applicant, delivery, correction,
 * fee, decision letter to print, deliveries, remedies), registering an application that came by post, in person
 * or by fax, and the annual disclosure report — its tables as the national template has them, the figures staff
 * enter, the XLSX and publishing it.
 */
'use strict';
(() => {
  const C = window.Console;
  const { t, view, heading, notice, form, table, guarded } = C;
  const OUTCOME_GROUPS = { 三: '（三）不予公开', 四: '（四）无法提供', 五: '（五）不予处理', 六: '（六）其他处理' };
  const COLUMNS = ['PERSON', 'COMMERCIAL', 'RESEARCH', 'NON_PROFIT', 'LEGAL_SERVICE', 'OTHER', 'TOTAL'];

  // ------------------------------------------------------------------ the case page's panel
  C.casePanels.DISCLOSURE_REQUEST = async (c, after) => {
    let r;
    try {
      r = await Api.get(`/requests/${c.id}`);
    } catch (problem) {
      after.after(notice(problem.detail || problem.title, 'error'));
      return;
    }
    const fact = (label, value) => (value === null || value === undefined || value === '' ? [] : [el('dt', { text: t(label) }), el('dd', { text: String(value) })]);
    const panel = el('section', { id: 'request-record' }, el('h2', { text: t('request.record') }),
      el('dl', { class: 'facts' },
        fact('request.applicantType', r.applicantTypeName),
        fact(r.idKind === 'ORGANISATION' ? 'request.orgCode' : 'request.idNumber', r.idNumber),
        fact('request.contactPerson', r.contactPerson), fact('request.address', r.address), fact('request.purpose', r.purpose),
        fact('request.form', r.formName), fact('request.delivery', r.deliveryName),
        fact('request.feeWaiverAsked', r.feeWaiver ? `${t('request.yes')}${r.feeWaiverReason ? `：${r.feeWaiverReason}` : ''}` : t('request.no')),
        fact('request.via', `${r.viaName} · ${r.receivedOn}`),
        r.correctionAsked ? fact('request.correctionText', `${r.correctionAsked}：${r.correctionText}${r.correctedOn ? ` → ${r.correctedOn}` : ''}`) : [],
        r.feeAmount ? fact('request.fee', `${r.feeAmount} 元（${r.feeNoticedOn}${r.feePaidOn ? ` → ${r.feePaidOn}` : ''}）`) : [],
        fact('request.outcome', r.outcomeName), fact('field.legalBasis', r.legalBasis), fact('request.decidedOn', r.decidedOn)));
    if (r.letter) {
      // the letter itself is the case's reply, shown above: here it is printed
      panel.append(el('p', {}, el('button', { type: 'button', id: 'print-letter', text: t('request.print'), onclick: () => printOnly(document.getElementById('case-reply')) })));
    }
    if (r.deliveries.length) {
      panel.append(el('h3', { text: t('request.deliveries') }), table([
        { label: 'field.record-delivery.method', value: (d) => d.methodName },
        { label: 'field.on', value: (d) => d.on },
        { label: 'field.note', value: (d) => d.note || '—' }], r.deliveries, 'case.noActions'));
    }
    if (r.remedies.length) {
      panel.append(el('h3', { text: t('request.remedies') }), table([
        { label: 'field.kind', value: (x) => x.kindName },
        { label: 'field.filedOn', value: (x) => x.filedOn },
        { label: 'field.result', value: (x) => `${x.resultName}${x.concludedOn ? `（${x.concludedOn}）` : ''}` },
        { label: 'field.note', value: (x) => x.note || '—' }], r.remedies, 'case.noActions'));
    }
    after.after(panel);
  };

  // ------------------------------------------------------------------ registering an application
  C.views.requests = async () => {
    let options;
    await guarded(async () => { options = await Api.get('/requests/form'); });
    if (!options) return;
    const select = (name, label, list, chosen) => el('div', { class: 'field' }, el('label', { for: `r-${name}`, text: t(label) }),
      el('select', { id: `r-${name}`, name }, list.map((o) => el('option', { value: o.code, text: o.name, selected: o.code === chosen }))),
      el('p', { class: 'field-error', 'data-error-for': name, hidden: true }));
    const input = (name, label, attributes) => el('div', { class: 'field' }, el('label', { for: `r-${name}`, text: t(label) }),
      el(attributes && attributes.rows ? 'textarea' : 'input', Object.assign({ id: `r-${name}`, name }, attributes || {})),
      el('p', { class: 'field-error', 'data-error-for': name, hidden: true }));
    const result = el('div', { id: 'register-result' });
    const f = form(async (formElement) => {
      const body = {};
      ['applicantType', 'name', 'idKind', 'idNumber', 'contactPerson', 'phone', 'email', 'address', 'description', 'purpose',
        'form', 'delivery', 'via', 'receivedOn'].forEach((name) => { body[name] = formElement[name].value || null; });
      if (body.applicantType !== 'PERSON') body.idKind = null;
      const r = await Api.post('/requests/registrations', body);
      result.replaceChildren(notice(t('request.registered', { code: r.queryCode, secret: r.querySecret, due: r.dueOn }), 'ok'),
        el('p', {}, el('a', { href: `#case/${r.id}`, text: t('case.open') })));
      formElement.reset();
    }, el('h2', { text: t('request.register') }), el('p', { class: 'hint', text: t('request.registerHint') }),
    el('div', { class: 'row' }, select('via', 'request.via', options.vias.filter((v) => v.code !== 'ONLINE'), 'POST'),
      input('receivedOn', 'request.receivedOn', { type: 'date', value: new Date().toISOString().slice(0, 10) })),
    el('div', { class: 'row' }, select('applicantType', 'request.applicantType', options.applicantTypes, 'PERSON'),
      input('name', 'request.name', { maxlength: 100 })),
    el('div', { class: 'row' }, select('idKind', 'request.idKind', options.idKinds, 'ID_CARD'), input('idNumber', 'request.idNumber', { maxlength: 40 })),
    el('div', { class: 'row' }, input('contactPerson', 'request.contactPerson', { maxlength: 50 }), input('phone', 'request.phone', { maxlength: 14 })),
    el('div', { class: 'row' }, input('email', 'request.email', { type: 'email', maxlength: 200 }), input('address', 'request.address', { maxlength: 200 })),
    input('description', 'request.description', { rows: 5 }), input('purpose', 'request.purpose', { maxlength: 500 }),
    el('div', { class: 'row' }, select('form', 'request.form', options.forms, 'PAPER'), select('delivery', 'request.delivery', options.deliveries, 'POST')),
    el('button', { type: 'submit', 'data-action-button': 'register', text: t('request.register') }));
    view().append(heading('menu.requests'),
      el('p', {}, el('a', { href: `#cases/${new URLSearchParams({ type: 'DISCLOSURE_REQUEST' })}`, text: t('request.list') })), result, f);
  };

  // ------------------------------------------------------------------ the annual report
  function row(label, cells) {
    return el('tr', {}, el('th', { scope: 'row', text: label }), COLUMNS.map((k) => el('td', { text: cells ? String(cells[k]) : '' })));
  }

  function table3(report) {
    const t3 = report.table3;
    const rows = [row('一、本年新收政府信息公开申请数量', t3.newThisYear), row('二、上年结转政府信息公开申请数量', t3.carriedOver)];
    let group = null;
    Object.entries(report.outcomes).forEach(([code, label]) => {
      const g = code.includes('.') ? code.split('.')[0] : null;
      if (g && g !== group) {
        group = g;
        rows.push(row(`三、本年度办理结果 ${OUTCOME_GROUPS[{ 3: '三', 4: '四', 5: '五', 6: '六' }[g]]}`, null));
      }
      rows.push(row(g ? `　　${label.replace(/^（.）\S+ /, '')}` : `三、本年度办理结果 ${label}`, t3.results[code]));
    });
    rows.push(row('三、本年度办理结果 （七）总计', t3.results.total), row('四、结转下年度继续办理', t3.carriedForward));
    return el('div', { class: 'table-wrap' }, el('table', { id: 'report-table3', class: 'report' },
      el('thead', {}, el('tr', {}, el('th', { rowspan: 2, text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）' }),
        el('th', { text: '申请人情况' }), el('th', { colspan: 5, text: '法人或其他组织' }), el('th', { rowspan: 2, text: '总计' })),
      el('tr', {}, ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((l) => el('th', { text: l })))),
      el('tbody', {}, rows)));
  }

  function table2(report) {
    const t2 = report.table2;
    return el('div', { class: 'table-wrap' }, el('table', { id: 'report-table2', class: 'report' },
      el('tbody', {},
        el('tr', {}, ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'].map((l) => el('th', { text: l }))),
        el('tr', {}, el('th', { text: '规章' }), ['issued', 'repealed', 'valid'].map((k) => el('td', { text: String(t2.rules[k]) }))),
        el('tr', {}, el('th', { text: '行政规范性文件' }), ['issued', 'repealed', 'valid'].map((k) => el('td', { text: String(t2.normativeDocuments[k]) }))),
        el('tr', {}, el('th', { text: '信息内容' }), el('th', { colspan: 3, text: '本年处理决定数量' })),
        el('tr', {}, el('th', { text: '行政许可' }), el('td', { colspan: 3, text: String(t2.licensing.decisions) })),
        el('tr', {}, el('th', { text: '行政处罚' }), el('td', { colspan: 3, text: String(t2.penalty.decisions) })),
        el('tr', {}, el('th', { text: '行政强制' }), el('td', { colspan: 3, text: String(t2.enforcement.decisions) })),
        el('tr', {}, el('th', { text: '信息内容' }), el('th', { colspan: 3, text: '本年收费金额（单位：万元）' })),
        el('tr', {}, el('th', { text: '行政事业性收费' }), el('td', { colspan: 3, text: String(t2.fees.amount) })))));
  }

  function table4(report) {
    const kinds = ['reconsideration', 'litigation', 'litigationAfterReconsideration'];
    const results = ['MAINTAINED', 'CORRECTED', 'OTHER', 'PENDING', 'TOTAL'];
    const labels = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    return el('div', { class: 'table-wrap' }, el('table', { id: 'report-table4', class: 'report' },
      el('thead', {}, el('tr', {}, el('th', { colspan: 5, text: '行政复议' }), el('th', { colspan: 5, text: '行政诉讼：未经复议直接起诉' }),
        el('th', { colspan: 5, text: '行政诉讼：复议后起诉' })),
      el('tr', {}, kinds.flatMap(() => labels.map((l) => el('th', { text: l }))))),
      el('tbody', {}, el('tr', {}, kinds.flatMap((k) => results.map((r) => el('td', { text: String(report.table4[k][r]) })))))));
  }

  C.views.report = async () => {
    const thisYear = new Date().getFullYear();
    const chosen = Number(sessionStorage.getItem('report-year')) || thisYear - 1;
    const picker = el('select', { id: 'report-year', 'aria-label': t('report.year') },
      Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => el('option', { value: y, text: `${y} 年`, selected: y === chosen })));
    const body = el('div', { id: 'report-body' });
    view().append(heading('report.title'), el('p', { class: 'toolbar' }, el('label', { for: 'report-year', text: t('report.year') }), ' ', picker), body);
    async function show(year) {
      sessionStorage.setItem('report-year', year);
      const report = await Api.get(`/annual-reports/${year}`);
      const figures = form(async (f) => {
        const values = {};
        ['rulesIssued', 'rulesRepealed', 'rulesValid', 'licensing', 'penalty', 'enforcement', 'fees'].forEach((name) => {
          if (f[name].value !== '') values[name] = Number(f[name].value);
        });
        await Api.put(`/annual-reports/${year}/figures`, values);
        await show(year);
        body.prepend(notice(t('report.saved'), 'ok'));
      }, el('h2', { text: t('report.figures') }),
      el('div', { class: 'row wrap' }, [['rulesIssued', '规章 本年制发', report.table2.rules.issued], ['rulesRepealed', '规章 本年废止', report.table2.rules.repealed],
        ['rulesValid', '规章 现行有效', report.table2.rules.valid], ['licensing', '行政许可', report.table2.licensing.decisions],
        ['penalty', '行政处罚', report.table2.penalty.decisions], ['enforcement', '行政强制', report.table2.enforcement.decisions],
        ['fees', '行政事业性收费（万元）', report.table2.fees.amount]].map(([name, label, value]) => el('div', { class: 'field' },
        el('label', { for: `fig-${name}`, text: label }),
        el('input', { id: `fig-${name}`, name, type: 'number', min: 0, step: name === 'fees' ? '0.0001' : '1', value }),
        el('p', { class: 'field-error', 'data-error-for': name, hidden: true })))),
      el('button', { type: 'submit', text: t('report.save') }));
      const publish = report.publishedItem
        ? notice(t('report.published', { id: report.publishedItem }), 'ok')
        : year < thisYear ? el('button', { type: 'button', id: 'publish-report', text: t('report.publish'), onclick: () => guarded(async () => {
          if (!window.confirm(t('report.confirmPublish'))) return;
          await Api.post(`/annual-reports/${year}/publish`);
          await show(year);
        }) }) : null;
      body.replaceChildren(
        el('h2', { text: `${report.organisation}${year}年政府信息公开工作年度报告（统计表）` }),
        el('p', { class: 'exports' }, el('a', { href: `/api/annual-reports/${year}.xlsx`, 'data-export': 'xlsx', text: t('report.xlsx') }), ' ', publish),
        el('h3', { text: '二、主动公开政府信息情况' }), table2(report),
        el('h3', { text: '三、收到和处理政府信息公开申请情况' }), table3(report),
        notice(report.balanced ? t('report.balanced') : t('report.unbalanced'), report.balanced ? 'ok' : 'error'),
        el('h3', { text: '四、政府信息公开行政复议、行政诉讼情况' }), table4(report), figures);
    }
    picker.addEventListener('change', () => guarded(() => show(Number(picker.value))));
    await guarded(() => show(chosen));
  };
})();

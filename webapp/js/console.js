/*
 * The staff console: a menu that follows the caller's roles and one view per menu entry (#hash routes).
 * An account that must change its password sees only the password view.
 */
'use strict';
(() => {
  const MENU = [
    { id: 'home', label: 'menu.home', roles: null },
    { id: 'cases', label: 'menu.cases', roles: ['DISPATCHER', 'HANDLER'] },
    { id: 'dashboard', label: 'menu.dashboard', roles: ['DISPATCHER', 'HANDLER', 'AUDITOR', 'PUBLISHER'] },
    { id: 'year', label: 'menu.year', roles: ['DISPATCHER', 'AUDITOR', 'PUBLISHER', 'ADMIN'] },
    { id: 'history', label: 'menu.history', roles: ['DISPATCHER'] },
    { id: 'requests', label: 'menu.requests', roles: ['DISPATCHER'] },
    { id: 'report', label: 'menu.report', roles: ['DISPATCHER', 'PUBLISHER'] },
    { id: 'motions', label: 'menu.motions', roles: ['DISPATCHER', 'ADMIN'] },
    { id: 'publish', label: 'menu.publish', roles: ['PUBLISHER'] },
    { id: 'imports', label: 'menu.imports', roles: ['PUBLISHER'] },
    { id: 'cleanup', label: 'menu.cleanup', roles: ['PUBLISHER'] },
    { id: 'guide', label: 'menu.guide', roles: ['PUBLISHER'] },
    { id: 'departments', label: 'menu.departments', roles: ['ADMIN'] },
    { id: 'users', label: 'menu.users', roles: ['ADMIN'] },
    { id: 'calendar', label: 'menu.calendar', roles: ['ADMIN'] },
    { id: 'mail', label: 'menu.mail', roles: ['ADMIN'] },
    { id: 'retention', label: 'menu.retention', roles: ['ADMIN'] },
    { id: 'audit', label: 'menu.audit', roles: ['AUDITOR'] },
    { id: 'password', label: 'menu.password', roles: null },
    { id: 'secondFactor', label: 'menu.secondFactor', roles: ['ADMIN', 'AUDITOR'] },
  ];
  const t = (key, params) => I18n.t(key, params);
  let session = null;
  const view = () => document.getElementById('view');

  function allowed(entry) {
    if (session.mustChangePassword) return entry.id === 'password';
    if (session.mustEnrollSecondFactor) return entry.id === 'secondFactor';
    return !entry.roles || entry.roles.some((role) => session.roles.includes(role));
  }

  function renderMenu() {
    const menu = document.getElementById('menu');
    menu.replaceChildren(el('ul', {}, MENU.filter(allowed).map((entry) => el('li', {},
      el('a', { href: `#${entry.id}`, 'data-menu': entry.id, text: t(entry.label) })))));
    const who = document.getElementById('who');
    who.textContent = `${session.displayName}（${session.username}）`;
  }

  function route() {
    const wanted = (window.location.hash || '#home').slice(1);
    const detail = /^case\/(\d+)$/.exec(wanted);
    if (detail && !session.mustChangePassword && ['DISPATCHER', 'HANDLER'].some((r) => session.roles.includes(r))) {
      document.querySelectorAll('#menu a').forEach((a) => {
        if (a.dataset.menu === 'cases') a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
      });
      view().replaceChildren();
      caseView(Number(detail[1]));
      return;
    }
    const sub = /^([a-z]+)\/(.+)$/.exec(wanted);
    const parent = sub && MENU.find((candidate) => candidate.id === sub[1] && allowed(candidate));
    if (parent && DETAILS[parent.id]) {
      document.querySelectorAll('#menu a').forEach((a) => {
        if (a.dataset.menu === parent.id) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
      });
      view().replaceChildren();
      DETAILS[parent.id](sub[2]);
      return;
    }
    const entry = MENU.find((candidate) => candidate.id === wanted && allowed(candidate))
      || MENU.find(allowed);
    document.querySelectorAll('#menu a').forEach((a) => {
      if (a.dataset.menu === entry.id) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
    view().replaceChildren();
    VIEWS[entry.id](entry);
  }

  function heading(key) { return el('h1', { text: t(key) }); }

  function notice(text, kind) { return el('p', { class: `notice ${kind || ''}`, role: 'status', text }); }

  function field(name, labelKey, attributes) {
    const id = `f-${name}`;
    return el('div', { class: 'field' },
      el('label', { for: id, text: t(labelKey) }),
      el('input', Object.assign({ id, name }, attributes || {})),
      el('p', { class: 'field-error', 'data-error-for': name, hidden: true }));
  }

  function form(onSubmit, ...children) {
    const f = el('form', { class: 'card', novalidate: true }, el('p', { class: 'form-error', role: 'alert', hidden: true }), ...children);
    f.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (typeof RichEditor !== 'undefined') RichEditor.save();
      Api.clearProblem(f);
      const button = f.querySelector('button[type=submit]');
      button.disabled = true;
      try {
        await onSubmit(f);
      } catch (problem) {
        if (problem.status === 401) { signedOut(); return; }
        Api.showProblem(f, problem);
      } finally {
        button.disabled = false;
      }
    });
    return f;
  }

  function table(columns, rows, emptyKey) {
    if (!rows.length) return el('p', { class: 'empty', text: t(emptyKey) });
    return el('div', { class: 'table-wrap' }, el('table', {},
      el('thead', {}, el('tr', {}, columns.map((column) => el('th', { scope: 'col', text: t(column.label) })))),
      el('tbody', {}, rows.map((row) => el('tr', {}, columns.map((column) =>
        el('td', { 'data-label': t(column.label) }, column.value(row))))))));
  }

  function pager(page, onPage) {
    const pages = Math.max(1, Math.ceil(page.total / page.size));
    return el('div', { class: 'pager' },
      el('button', { type: 'button', disabled: page.page <= 1, onclick: () => onPage(page.page - 1), text: t('paging.previous') }),
      el('span', { text: t('paging.summary', { page: page.page, pages, total: page.total }) }),
      el('button', { type: 'button', disabled: page.page >= pages, onclick: () => onPage(page.page + 1), text: t('paging.next') }));
  }

  /**
   * In English, a state's or a step's English name (the server's names are the type's own, in Chinese); in Chinese the
   * server's name as it is.
   */
  function stateName(code, name) { return I18n.lang === 'en' ? known(`state.${code}`, name) : name; }
  function stepName(code, name) { return I18n.lang === 'en' ? known(`action.${String(code).toLowerCase().replace(/_/g, '-')}`, name) : name; }

  /** The text of a key, or {@code fallback} when there is none. */
  function known(key, fallback) { return t(key) !== key ? t(key) : fallback; }

  /** An audit row's action as a person reads it: 登录, 事项：受理, 公开信息：发布 … */
  function auditAction(code) {
    if (t(`audit.action.${code}`) !== `audit.action.${code}`) return t(`audit.action.${code}`);
    const casework = /^case\.(.+)$/.exec(code);
    if (casework) return `${t('audit.kind.case')}：${known(`action.${casework[1]}`, casework[1])}`;
    const request = /^(GET|POST|PUT|DELETE|PATCH) (\/.*)$/.exec(code);
    if (request) return t('audit.request', { path: request[2] });
    const disclosure = /^DISCLOSURE_(.+)$/.exec(code);
    if (disclosure) return `${t('audit.kind.disclosure')}：${known(`publish.action.${disclosure[1].toLowerCase().replace(/_/g, '-')}`, known(`audit.action.${disclosure[1]}`, disclosure[1]))}`;
    return code;
  }

  /** A client address as people write it: the loopback as 本机, IPv6 shortened. */
  function address(value) {
    if (!value) return '—';
    if (value === '0:0:0:0:0:0:0:1' || value === '::1' || value === '127.0.0.1') return t('audit.localhost');
    return value.includes(':') ? value.replace(/(^|:)0(:0)+(:|$)/, '::').replace(/:{3,}/, '::') : value;
  }

  /**
   * A step that tells the citizen or cannot be taken back is said once more in words and confirmed: false the first
   * time (the question is shown in the form), true when the form is sent again by its confirm button.
   */
  function confirmed(formElement, action, label) {
    if (formElement.dataset.confirmed) return true;
    const box = el('div', { class: 'notice warn confirm', role: 'alertdialog' },
      el('p', { text: t('case.confirm', { action: label }) }),
      el('button', { type: 'button', 'data-confirm-button': action, text: t('case.confirmYes', { action: label }), onclick: () => {
        formElement.dataset.confirmed = 'yes';
        formElement.requestSubmit();
        delete formElement.dataset.confirmed;
        box.remove();
      } }), ' ',
      el('button', { type: 'button', class: 'small', text: t('case.confirmNo'), onclick: () => box.remove() }));
    formElement.querySelectorAll('.confirm').forEach((old) => old.remove());
    formElement.append(box);
    box.querySelector('button').focus();
    return false;
  }

  async function guarded(work) {
    try {
      await work();
    } catch (problem) {
      if (problem.status === 401) { signedOut(); return; }
      view().append(notice(problem.detail || problem.title, 'error'));
    }
  }

  const NUMBER_FIELDS = ['days', 'duplicateOf', 'months', 'party', 'pages'];

  function badges(item) {
    return [
      item.overdue ? el('span', { class: 'badge overdue', text: t('cases.overdue') }) : null,
      item.dueSoon ? el('span', { class: 'badge soon', text: t('cases.dueSoon') }) : null,
      item.provisional ? el('span', { class: 'badge', text: t('cases.provisional') }) : null,
    ];
  }

  /** The step a case usually takes next, in order: shown first and whole on the case page. */
  const NEXT_STEPS = ['accept', 'assign', 'reply', 'reply-part', 'approve-reply', 'decide', 'approve-extension',
    'consultation-done', 'record-payment', 'record-correction', 'record-delivery', 'record-rating', 'opinion', 'publish'];
  /** Steps that tell the citizen or cannot be taken back: confirmed before they go. */
  const DANGEROUS = ['reject', 'return', 'reply', 'reply-part', 'publish', 'mark-duplicate', 'decide', 'send-back-reply',
    'refuse-extension'];

  /** P1: a party's consent to publication as staff read it: when, to which notice, or when it was withdrawn. */
  function consentOf(p) {
    const when = (at) => new Date(at).toLocaleString(I18n.lang);
    if (!p) return '—';
    if (p.consentWithdrawnAt) return t('case.consentWithdrawn', { at: when(p.consentWithdrawnAt) });
    if (!p.consent) return t('cal.no');
    return [t('cal.yes'), p.consentAt ? `（${when(p.consentAt)}${p.noticeVersion ? `，${t('case.noticeVersion', { v: p.noticeVersion })}` : ''}）` : ''].join('');
  }

  async function caseView(id) {
    let policy;
    let departments;
    let c;
    try {
      [departments, c] = await Promise.all([Api.get('/departments'), Api.get(`/cases/${id}`)]);
      policy = await Api.get(`/cases/types/${encodeURIComponent(c.type)}`);
    } catch (problem) {
      if (problem.status === 401) { signedOut(); return; }
      view().append(el('p', { class: 'notice error', text: problem.detail || problem.title }),
        el('a', { href: '#cases', text: t('case.back') }));
      return;
    }
    const status = el('div', { id: 'case-status' });
    function fact(label, value) { return [el('dt', { text: t(label) }), el('dd', {}, value === null || value === undefined || value === '' ? '—' : value)]; }
    // rows a type has no use for are left out: units for a type that assigns none, consent for one that publishes none
    const does = (action) => policy.actions.some((a) => a.action === action);
    const repliesShown = c.replies.length > 1 || c.replies.some((r) => r.replyClass);
    const facts = el('dl', { class: 'facts' },
      fact('cases.state', el('strong', { id: 'case-state', text: stateName(c.state, c.stateName) })),
      fact('cases.channel', c.channelName), fact('cases.category', c.categoryName),
      fact(c.type === 'LETTER' ? 'case.submitter' : 'case.firstParty', [c.submitter.name, c.submitter.phone, c.submitter.email].filter(Boolean).join(' · ')),
      does('publish') ? fact('case.consent', consentOf(c.parties[0])) : null,
      fact('cases.received', new Date(c.receivedAt).toLocaleString(I18n.lang)),
      does('assign') || c.departmentName ? fact('cases.department', c.departmentName) : null,
      !does('assign') && !c.coHandlers.length ? null : fact('case.coHandlers', c.coHandlers.map((h) => `${h.departmentName || h.department}${h.opinion ? `：${h.opinion}` : ''}`).join('；')),
      fact('cases.due', [c.dueOn || '—', ' ', ...badges(c)]),
      c.extensionRequested ? fact('case.extension', `${c.extensionRequested} · ${c.extensionReason || ''}`) : null,
      c.reply && !repliesShown ? fact('case.reply', el('span', { class: 'reply-text', id: 'case-reply' }, c.reply.text,
        c.reply.onTime == null ? '' : ` （${c.reply.onTime ? t('case.onTime') : t('case.late')}）`)) : null,
      c.satisfaction ? fact('case.rating', `${t(`follow.${c.satisfaction}`)}${c.ratingComment ? `：${c.ratingComment}` : ''}`) : null);
    const parties = c.parties.length > 1 || c.parties.some((p) => p.affiliation) ? el('div', {},
      el('h2', { text: t('case.parties') }), table([
        { label: 'case.partyName', value: (p) => `${p.name}（${t(`role.party.${p.role}`)}）` },
        { label: 'case.affiliation', value: (p) => p.affiliation || '—' },
        { label: 'case.contactDetails', value: (p) => [p.phone, p.email].filter(Boolean).join(' · ') || '—' },
        { label: 'case.contacts', value: (p) => p.contacts.map((k) => `${k.on} ${k.how}${k.note ? `：${k.note}` : ''}`).join('；') || '—' },
        { label: 'case.ratings', value: (p) => p.ratings.map((r) => `${t('feedback.round', { n: r.round })} ${t(`follow.${r.satisfaction}`)}`).join('；') || '—' },
      ], c.parties, 'case.noActions')) : null;
    const replies = repliesShown ? el('div', {},
      el('h2', { text: t('case.replies') }), table([
        { label: 'case.round', value: (r) => String(r.round) },
        { label: 'cases.department', value: (r) => (departments.find((d) => d.code === r.department) || { name: r.department || '—' }).name },
        { label: 'case.replyClass', value: (r) => r.replyClass || '—' },
        { label: 'case.sentAt', value: (r) => new Date(r.sentAt).toLocaleString(I18n.lang) },
        { label: 'case.timeliness', value: (r) => `${r.dueOn || '—'} ${r.onTime ? t('case.onTime') : t('case.late')}` },
        { label: 'case.reply', value: (r) => el('span', { class: 'reply-text', text: r.text }) },
      ], c.replies, 'case.noActions')) : null;
    const clocks = c.clocks.length > 1 ? el('div', {}, el('h2', { text: t('case.clocks') }), table([
      { label: 'case.clock', value: (k) => (t(`clock.${k.purpose}`) !== `clock.${k.purpose}` ? t(`clock.${k.purpose}`) : k.purpose) },
      { label: 'cases.department', value: (k) => (k.department ? (departments.find((d) => d.code === k.department) || { name: k.department }).name : '—') },
      { label: 'case.startedOn', value: (k) => k.startedOn },
      { label: 'cases.due', value: (k) => [k.dueOn, ' ', k.provisional ? el('span', { class: 'badge', text: t('cases.provisional') }) : null,
        k.overdue ? el('span', { class: 'badge overdue', text: t('cases.overdue') }) : null] },
      { label: 'cases.state', value: (k) => `${t(`clock.status.${k.status}`)}${k.onTime === true ? `（${t('case.onTime')}）` : k.onTime === false ? `（${t('case.late')}）` : ''}` },
    ], c.clocks, 'case.noActions')) : null;
    const attachments = c.attachments.length ? el('div', {}, el('h2', { text: t('case.attachments') }),
      el('ul', {}, c.attachments.map((a) => el('li', {}, el('a', { href: `/api/cases/${c.id}/attachments/${a.id}`, text: a.filename }),
        ` （${Math.ceil(a.size / 1024)} KB）`)))) : null;
    const history = el('div', {}, el('h2', { text: t('case.history') }), table([
      { label: 'case.time', value: (e) => new Date(e.at).toLocaleString(I18n.lang) },
      { label: 'case.actor', value: (e) => e.actorName || e.actor },
      { label: 'case.step', value: (e) => stepName(e.action, e.actionName) },
      { label: 'case.toState', value: (e) => stateName(e.toState, e.toStateName) },
      { label: 'cases.department', value: (e) => e.departmentName || '' },
      { label: 'case.note', value: (e) => el('span', { class: 'reply-text', text: e.note || '' }) },
    ], c.history, 'case.noActions'));

    const row = (action) => policy.actions.find((a) => a.action === action) || { label: action, fields: [] };
    const actionLabel = (action) => (t(`action.${action}`) !== `action.${action}` ? t(`action.${action}`) : row(action).label);
    // the fields of an action's body come from its type; a reject reason is chosen from the configured ones
    const fieldsOf = (action) => row(action).fields.map((name) => (action === 'reject' && name === 'reason' ? 'reasonChoice' : name));
    const choices = policy.choices || {};
    function actionForm(action) {
      const fields = fieldsOf(action).map((name) => {
        const own = `field.${action}.${name}`;
        const label = t(own) !== own ? t(own) : t(`field.${name}`) !== `field.${name}` ? t(`field.${name}`) : name;
        if (name === 'party' && c.type === 'DISCLOSURE_REQUEST') {
          // whom a disclosure request's office consults: a third party or another agency, not one of the case's parties
          return el('div', { class: 'field' }, el('label', { for: `a-${action}-party`, text: t('field.consulted') }),
            el('input', { id: `a-${action}-party`, name: 'party', maxlength: 200 }),
            el('p', { class: 'field-error', 'data-error-for': 'party', hidden: true }));
        }
        if (/On$/.test(name)) {
          return el('div', { class: 'field' }, el('label', { for: `a-${action}-${name}`, text: label }),
            el('input', { id: `a-${action}-${name}`, name, type: 'date', value: name === 'concludedOn' ? '' : new Date().toISOString().slice(0, 10) }),
            el('p', { class: 'field-error', 'data-error-for': name, hidden: true }));
        }
        if (name === 'pages' || name === 'approvedBy') {
          return el('div', { class: 'field' }, el('label', { for: `a-${action}-${name}`, text: label }),
            el('input', Object.assign({ id: `a-${action}-${name}`, name }, name === 'pages' ? { type: 'number', min: 1 } : { maxlength: 50 })),
            el('p', { class: 'field-error', 'data-error-for': name, hidden: true }));
        }
        if (choices[name]) {
          return el('div', { class: 'field' }, el('label', { for: `a-${action}-${name}`, text: label }),
            el('select', { id: `a-${action}-${name}`, name },
              action === 'approve-reply' ? el('option', { value: '', text: t('field.unchanged') }) : null,
              choices[name].map((o) => el('option', { value: o.code, text: name === 'replyClass' ? `${o.code} 类：${o.name}` : o.name }))),
            el('p', { class: 'field-error', 'data-error-for': name, hidden: true }));
        }
        switch (name) {
          case 'party':
            return el('div', { class: 'field' }, el('label', { for: `a-${action}-party`, text: label }),
              el('select', { id: `a-${action}-party`, name: 'party' }, c.parties.map((p) => el('option', { value: p.seq, text: `${p.name}（${t(`role.party.${p.role}`)}）` }))),
              el('p', { class: 'field-error', 'data-error-for': 'party', hidden: true }));
          case 'on':
            return el('div', { class: 'field' }, el('label', { for: `a-${action}-on`, text: label }),
              el('input', { id: `a-${action}-on`, name: 'on', type: 'date', value: new Date().toISOString().slice(0, 10) }),
              el('p', { class: 'field-error', 'data-error-for': 'on', hidden: true }));
          case 'months':
            return el('div', { class: 'field' }, el('label', { for: `a-${action}-months`, text: label }),
              el('input', { id: `a-${action}-months`, name: 'months', type: 'number', min: 1, max: policy.maxExtension }),
              el('p', { class: 'field-error', 'data-error-for': 'months', hidden: true }));
          case 'reasonChoice':
            return el('div', { class: 'field' }, el('label', { for: `a-${action}-reason`, text: t('field.reason') }),
              el('select', { id: `a-${action}-reason`, name: 'reason' }, policy.rejectReasons.map((r) => el('option', { value: r, text: r }))));
          case 'lead':
            return el('div', { class: 'field' }, el('label', { for: 'a-lead', text: t('field.lead') }),
              el('select', { id: 'a-lead', name: 'lead', required: true, onchange: (event) => {
                // a unit does not co-handle what it leads
                event.target.form.querySelectorAll('input[name=coHandlers]').forEach((box) => {
                  const lead = box.value === event.target.value;
                  box.disabled = lead;
                  if (lead) box.checked = false;
                  box.closest('label').hidden = lead;
                });
              } }, el('option', { value: '', text: t('field.chooseLead') }), departments.map((d) => el('option', { value: d.code, text: d.name }))),
              el('p', { class: 'field-error', 'data-error-for': 'lead', hidden: true }));
          case 'coHandlers':
            return el('fieldset', { class: 'roles' }, el('legend', { text: t('field.coHandlers') }),
              departments.map((d) => el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'coHandlers', value: d.code }), d.name)));
          case 'duplicateOf':
            return el('div', { class: 'field' }, el('label', { for: 'a-duplicateOf', text: t('field.duplicateOf') }),
              el('input', { id: 'a-duplicateOf', name: 'duplicateOf', type: 'number', min: 1 }),
              el('p', { class: 'field-error', 'data-error-for': 'duplicateOf', hidden: true }));
          case 'days':
            return el('div', { class: 'field' }, el('label', { for: `a-${action}-days`, text: t('field.days') }),
              el('input', { id: `a-${action}-days`, name: 'days', type: 'number', min: 1, max: policy.maxExtension }),
              el('p', { class: 'field-error', 'data-error-for': 'days', hidden: true }));
          case 'publishedTitle':
            return el('div', { class: 'field' }, el('label', { for: 'a-publishedTitle', text: t('field.publishedTitle') }),
              el('input', { id: 'a-publishedTitle', name: 'publishedTitle', maxlength: 200 }),
              el('p', { class: 'field-error', 'data-error-for': 'publishedTitle', hidden: true }));
          case 'publishedContent':
          case 'publishedReply':
            return el('div', { class: 'field' }, el('label', { for: `a-${name}`, text: t(`field.${name}`) }),
              el('textarea', { id: `a-${name}`, name, rows: name === 'publishedReply' ? 6 : 5 }),
              el('p', { class: 'field-error', 'data-error-for': name, hidden: true }));
          default:
            return el('div', { class: 'field' }, el('label', { for: `a-${action}-${name}`, text: label }),
              el('textarea', { id: `a-${action}-${name}`, name, rows: 4 }),
              el('p', { class: 'field-error', 'data-error-for': name, hidden: true }));
        }
      });
      const outcome = fields.map((f) => f.querySelector && f.querySelector('select[name=outcome]')).find(Boolean);
      const basis = fields.map((f) => f.querySelector && f.querySelector('textarea[name=legalBasis]')).find(Boolean);
      if (outcome && basis && choices.outcomeBasis) {
        // the usual legal basis of the chosen outcome, as a start the staff edit
        let suggested = '';
        const suggest = () => {
          if (basis.value === '' || basis.value === suggested) basis.value = suggested = choices.outcomeBasis.find((o) => o.code === outcome.value)?.name || '';
        };
        outcome.addEventListener('change', suggest);
        suggest();
      }
      const f = form(async (formElement) => {
        // P2: what becomes public is shown, as the server masks it, before the step is confirmed
        if (row(action).preview && !formElement.dataset.confirmed) await showPreview(formElement, action);
        if (DANGEROUS.includes(action) && !confirmed(formElement, action, actionLabel(action))) return;
        const body = bodyOf(formElement, action);
        await Api.postVersion(`/cases/${c.id}/${action}`, body, c.version);
        view().replaceChildren();
        await caseView(c.id);
        document.getElementById('case-status').append(notice(t('case.done', { action: actionLabel(action) }), 'ok'));
      }, el('h3', { text: actionLabel(action) }), ...fields,
      row(action).preview ? el('p', { class: 'hint', text: t('case.previewHint') }) : null,
      row(action).preview ? el('div', { class: 'preview', id: `preview-${action}`, 'aria-live': 'polite' }) : null,
      row(action).preview ? el('button', { type: 'button', class: 'small', 'data-preview-button': action, text: t('case.preview'),
        onclick: (event) => guarded(() => showPreview(event.target.form, action)) }) : null, ' ',
      el('button', { type: 'submit', class: DANGEROUS.includes(action) ? 'secondary' : null, 'data-action-button': action, 'data-confirm': DANGEROUS.includes(action) ? 'yes' : null, text: actionLabel(action) }));
      if (row(action).preview) {
        // the fields start as the server would publish them untouched (masked), for the dispatcher to edit
        Api.post(`/cases/${c.id}/${action}/preview`, {}).then((p) => {
          if (f.publishedTitle && !f.publishedTitle.value) f.publishedTitle.value = p.title || '';
          if (f.publishedContent && !f.publishedContent.value) f.publishedContent.value = p.content || '';
          if (f.publishedReply && !f.publishedReply.value) f.publishedReply.value = p.reply || '';
        }).catch(() => {});
      }
      return f;
    }

    /** P2: exactly what the public page will show, from the server's own masking of the form's text. */
    async function showPreview(formElement, action) {
      Api.clearProblem(formElement);
      let p;
      try {
        p = await Api.post(`/cases/${c.id}/${action}/preview`, bodyOf(formElement, action));
      } catch (problem) {
        Api.showProblem(formElement, problem);
        throw problem;
      }
      formElement.querySelector(`#preview-${action}`).replaceChildren(el('div', { class: 'card public-preview' },
        el('p', { class: 'hint', text: t('case.previewTitle') }),
        el('h4', { text: p.title }),
        el('p', { class: 'hint', text: `${t('published.from')}：${p.writer}` }),
        el('h4', { text: t('published.letter') }),
        el('p', { class: 'letter-text', text: p.content }),
        el('h4', { text: t('follow.reply') }),
        el('p', { class: 'reply-text', text: p.reply || '—' })));
    }

    function bodyOf(formElement, action) {
      const body = {};
      fieldsOf(action).forEach((name) => {
        if (name === 'coHandlers') {
          body.coHandlers = [...formElement.querySelectorAll('input[name=coHandlers]:checked')].map((box) => box.value);
        } else if (name === 'reasonChoice') {
          body.reason = formElement.reason.value;
        } else if (NUMBER_FIELDS.includes(name) && !(name === 'party' && c.type === 'DISCLOSURE_REQUEST')) {
          body[name] = formElement[name].value ? Number(formElement[name].value) : null;
        } else {
          body[name] = formElement[name].value === '' && choices[name] ? null : formElement[name].value;
        }
      });
      return body;
    }

    const stateOpen = (policy.states.find((st) => st.code === c.state) || {}).open;
    const upload = stateOpen && c.actions.length ? form(async (f) => {
      const file = f.file.files[0];
      if (!file) { Api.showProblem(f, { errors: [{ field: 'file', message: t('motions.chooseFile') }] }); return; }
      await Api.upload(`/cases/${c.id}/attachments`, file);
      view().replaceChildren();
      await caseView(c.id);
      document.getElementById('case-status').append(notice(t('case.attached'), 'ok'));
    }, el('h3', { text: t('case.attach') }), el('p', { class: 'hint', text: t('case.attachHint') }),
    el('div', { class: 'field' }, el('label', { for: 'a-file', text: t('motions.file') }),
      el('input', { id: 'a-file', name: 'file', type: 'file', accept: '.pdf,image/*' }),
      el('p', { class: 'field-error', 'data-error-for': 'file', hidden: true })),
    el('button', { type: 'submit', 'data-action-button': 'attach', text: t('case.attach') })) : null;
    // the usual next step first, whole; the others folded away, each under its name
    const next = NEXT_STEPS.find((a) => c.actions.includes(a)) || c.actions[0];
    const others = c.actions.filter((a) => a !== next);
    const actions = el('div', { class: 'actions' }, el('h2', { text: t('case.actions') }),
      next ? el('div', { class: 'next-step', 'data-action': next }, actionForm(next)) : el('p', { class: 'empty', text: t('case.noActions') }),
      others.length ? el('div', { class: 'more-actions' }, el('h3', { text: t('case.otherActions') }),
        others.map((a) => el('details', { 'data-action': a }, el('summary', { text: actionLabel(a) }), actionForm(a)))) : null,
      upload ? el('details', { 'data-action': 'attach' }, el('summary', { text: t('case.attach') }), upload) : null);
    view().append(...[el('p', {}, el('a', { href: '#cases', text: `← ${t('case.back')}` })),
      el('h1', { id: 'case-title' }, c.reference ? `第${c.reference}号 · ` : `${c.id} · `, c.title), status, facts,
      el('h2', { text: t(c.type === 'LETTER' ? 'case.content' : 'case.text') }), el('p', { class: 'letter-text', id: 'case-content', text: c.content }),
      parties, replies, clocks, attachments, actions, history].filter(Boolean));
    if (CASE_PANELS[c.type]) CASE_PANELS[c.type](c, document.getElementById('case-content'));
  }

  const VIEWS = {
    async cases(entry, address) {
      const wanted = new URLSearchParams(address || '');
      view().append(heading('cases.title'));
      const types = await Api.get('/cases/types').catch(() => []);
      const stateSelect = el('select', { id: 'f-state', name: 'state' }, el('option', { value: '', text: t('cases.allStates') }),
        types.length === 1
          ? types[0].states.map((s) => el('option', { value: `${types[0].type}:${s.code}`, text: stateName(s.code, s.name) }))
          : types.map((type) => el('optgroup', { label: type.typeName },
            type.states.map((s) => el('option', { value: `${type.type}:${s.code}`, text: stateName(s.code, s.name) })))));
      const overdueBox = el('input', { type: 'checkbox', id: 'f-overdue', name: 'overdue' });
      const dueSelect = el('select', { id: 'f-due', name: 'due' }, el('option', { value: '', text: t('cases.anyDue') }),
        ['SOON', 'OVERDUE', 'RED_LINE'].map((d) => el('option', { value: d, text: t(`cases.due.${d}`) })));
      const ratingSelect = el('select', { id: 'f-satisfaction', name: 'satisfaction' }, el('option', { value: '', text: t('cases.anyRating') }),
        ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'].map((r) => el('option', { value: r, text: t(`follow.${r}`) })));
      const kept = {};
      ['from', 'to', 'department', 'channel', 'category'].forEach((name) => { if (wanted.get(name)) kept[name] = wanted.get(name); });
      if (wanted.get('type') && wanted.get('state')) stateSelect.value = `${wanted.get('type')}:${wanted.get('state')}`;
      else if (wanted.get('type')) kept.type = wanted.get('type');
      if (wanted.get('due')) dueSelect.value = wanted.get('due');
      if (wanted.get('satisfaction')) ratingSelect.value = wanted.get('satisfaction');
      if (wanted.get('overdue') === 'true') overdueBox.checked = true;
      const sittings = types.some((type) => type.type === 'SUGGESTION' || type.type === 'PROPOSAL')
        ? await Api.get('/sittings').catch(() => []) : [];
      const sittingSelect = el('select', { id: 'f-sitting', name: 'sitting' }, el('option', { value: '', text: t('cases.allSittings') }),
        sittings.map((s) => el('option', { value: `${s.caseType}:${s.id}`, text: s.name })));
      const sortSelect = el('select', { id: 'f-sort', name: 'sort' },
        el('option', { value: 'due', text: t('cases.sortDue') }), el('option', { value: 'received', text: t('cases.sortReceived') }));
      const filters = el('form', { class: 'inline', novalidate: true },
        el('label', { for: 'f-state', text: t('cases.state') }), stateSelect,
        sittings.length ? [el('label', { for: 'f-sitting', text: t('motions.sitting') }), sittingSelect] : null,
        el('label', { for: 'f-due', text: t('cases.dueFilter') }), dueSelect,
        el('label', { for: 'f-satisfaction', text: t('cases.rating') }), ratingSelect,
        el('label', { class: 'check' }, overdueBox, t('cases.overdueOnly')),
        el('label', { for: 'f-sort', text: t('cases.sort') }), sortSelect,
        el('button', { type: 'submit', text: t('cases.filter') }));
      const keptNote = Object.keys(kept).length ? el('p', { class: 'hint', id: 'case-kept' }, t('cases.kept'),
        Object.entries(kept).map(([name, value]) => `${t(`cases.keep.${name}`)} ${value}`).join('；'), ' ',
        el('a', { href: '#cases', text: t('cases.clear') })) : null;
      const exports = el('p', { class: 'exports', id: 'case-exports' });
      const list = el('div', { id: 'case-list' });
      filters.addEventListener('submit', (event) => { event.preventDefault(); guarded(() => load(1)); });
      async function load(page) {
        const query = new URLSearchParams(Object.assign({}, kept));
        if (stateSelect.value) {
          const [type, state] = stateSelect.value.split(':');
          query.set('type', type);
          query.set('state', state);
        }
        if (overdueBox.checked) query.set('overdue', 'true');
        if (dueSelect.value) query.set('due', dueSelect.value);
        if (ratingSelect.value) query.set('satisfaction', ratingSelect.value);
        if (sittingSelect.value) {
          const [type, sitting] = sittingSelect.value.split(':');
          query.set('type', type);
          query.set('sitting', sitting);
        }
        // the filters stay in the address: a reload, a bookmark or the back button shows the same list
        const address = `#cases${query.toString() ? `/${query}` : ''}`;
        if (window.location.hash !== address && !(address === '#cases' && !window.location.hash)) {
          window.history.replaceState(null, '', address);
        }
        exports.replaceChildren(t('dash.export'), ' ',
          el('a', { href: `/api/cases/export?${query}&format=xlsx`, 'data-export': 'xlsx', text: 'XLSX' }), ' · ',
          el('a', { href: `/api/cases/export?${query}&format=csv`, 'data-export': 'csv', text: 'CSV' }));
        query.set('page', page);
        query.set('size', 20);
        query.set('sort', sortSelect.value);
        const result = await Api.get(`/cases?${query}`);
        list.replaceChildren(table([
          { label: 'cases.id', value: (c) => String(c.id) },
          { label: 'cases.subject', value: (c) => el('a', { href: `#case/${c.id}`, class: 'case-link', text: c.reference ? `第${c.reference}号 ${c.title}` : c.title }) },
          { label: 'cases.state', value: (c) => `${c.typeName} · ${stateName(c.state, c.stateName)}` },
          { label: 'cases.channel', value: (c) => `${c.channelName} · ${c.categoryName}` },
          { label: 'cases.department', value: (c) => c.departmentName || '—' },
          { label: 'cases.due', value: (c) => [c.dueOn || '—', ' ', ...badges(c)] },
          { label: 'cases.received', value: (c) => new Date(c.receivedAt).toLocaleString(I18n.lang) },
        ], result.items, 'cases.empty'), pager(result, (p) => guarded(() => load(p))));
      }
      view().append(...[filters, keptNote, exports, list].filter(Boolean));
      await guarded(() => load(1));
    },

    async motions() {
      view().append(heading('motions.title'));
      const isAdmin = session.roles.includes('ADMIN');
      const isOffice = session.roles.includes('DISPATCHER');
      const box = el('div', { id: 'motions' });
      if (isAdmin) {
        view().append(form(async (f) => {
          await Api.post('/sittings', { assembly: f.assembly.value, name: f.name.value.trim(), year: Number(f.year.value) });
          f.reset();
          f.prepend(notice(t('motions.sittingCreated'), 'ok'));
          await loadSittings();
        }, el('h2', { text: t('motions.newSitting') }),
        el('div', { class: 'field' }, el('label', { for: 'f-assembly', text: t('motions.assembly') }),
          el('select', { id: 'f-assembly', name: 'assembly' }, el('option', { value: 'NPC', text: t('motions.NPC') }),
            el('option', { value: 'CPPCC', text: t('motions.CPPCC') }))),
        field('name', 'motions.sittingName', { required: true, maxlength: 200, autocomplete: 'off', placeholder: '区第十八届人民代表大会第四次会议' }),
        field('year', 'motions.year', { type: 'number', min: 2000, max: 2100, value: new Date().getFullYear() }),
        el('button', { type: 'submit', text: t('motions.createSitting') })));
      }
      const sittingSelect = el('select', { id: 'm-sitting' });
      view().append(el('div', { class: 'inline' }, el('label', { for: 'm-sitting', text: t('motions.sitting') }), sittingSelect), box);
      let sittings = [];
      let departments = [];
      async function loadSittings() {
        [sittings, departments] = await Promise.all([Api.get('/sittings'), Api.get('/departments')]);
        sittingSelect.replaceChildren(...sittings.map((s) => el('option', { value: s.id, text: `${s.name}（${s.assemblyName}）` })));
        await show();
      }
      sittingSelect.addEventListener('change', () => guarded(show));
      async function show() {
        const sitting = sittings.find((s) => String(s.id) === sittingSelect.value);
        if (!sitting) { box.replaceChildren(el('p', { class: 'empty', text: t('motions.noSittings') })); return; }
        const type = sitting.caseType;
        const path = type === 'SUGGESTION' ? '/suggestions' : '/proposals';
        const stats = await Api.get(`/stats/proposals?type=${type}&sitting=${sitting.id}`);
        const parts = [];
        const pct = (v) => (v === null || v === undefined ? '—' : `${v}%`);
        parts.push(el('h2', { text: t('motions.stats') }), el('dl', { class: 'facts', id: 'motion-stats' },
          ['replyRate', 'onTimeRate', 'contactRate', 'satisfactionRate', 'firstSatisfactionRate'].flatMap((k) => [
            el('dt', { text: t(`motions.${k}`) }), el('dd', { 'data-rate': k, title: stats.definitions[k], text: pct(stats.rates[k]) })])),
        el('p', { class: 'hint', text: t('motions.counts', { total: stats.total, assigned: stats.assigned, replied: stats.replied, overdue: stats.overdue }) }),
        el('details', {}, el('summary', { text: t('motions.definitions') }),
          el('ul', {}, Object.values(stats.definitions).map((d) => el('li', { text: d })))),
        table([
          { label: 'cases.department', value: (d) => d.departmentName || d.department },
          { label: 'motions.assigned', value: (d) => String(d.assigned) },
          { label: 'motions.replyRate', value: (d) => pct(d.rates.replyRate) },
          { label: 'motions.onTimeRate', value: (d) => pct(d.rates.onTimeRate) },
          { label: 'motions.contactRate', value: (d) => pct(d.rates.contactRate) },
          { label: 'motions.satisfactionRate', value: (d) => pct(d.rates.satisfactionRate) },
        ], stats.departments, 'motions.noDepartments'));
        if (isOffice) {
          const policy = await Api.get(`/cases/types/${type}`);
          const unitFilter = el('select', { id: 'm-unit', name: 'unit' }, el('option', { value: '', text: t('motions.allUnits') }),
            departments.map((d) => el('option', { value: d.code, text: d.name })));
          const classFilter = el('select', { id: 'm-class', name: 'replyClass' }, el('option', { value: '', text: t('motions.allClasses') }),
            (policy.choices.replyClass || []).map((o) => el('option', { value: o.code, text: `${o.code} 类` })));
          const stateFilter = el('select', { id: 'm-state', name: 'state' }, el('option', { value: '', text: t('cases.allStates') }),
            policy.states.map((st) => el('option', { value: st.code, text: st.name })));
          const keyBox = el('input', { type: 'checkbox', id: 'm-key' });
          const overdueBox = el('input', { type: 'checkbox', id: 'm-overdue' });
          const meeting = el('div', { id: 'meeting' });
          const filters = el('form', { class: 'inline', novalidate: true },
            el('label', { for: 'm-unit', text: t('cases.department') }), unitFilter,
            el('label', { for: 'm-class', text: t('case.replyClass') }), classFilter,
            el('label', { for: 'm-state', text: t('cases.state') }), stateFilter,
            el('label', { class: 'check' }, keyBox, t('motions.keyOnly')),
            el('label', { class: 'check' }, overdueBox, t('cases.overdueOnly')),
            el('button', { type: 'submit', text: t('cases.filter') }));
          const loadMeeting = async () => {
            const query = new URLSearchParams();
            if (unitFilter.value) query.set('unit', unitFilter.value);
            if (classFilter.value) query.set('replyClass', classFilter.value);
            if (stateFilter.value) query.set('state', stateFilter.value);
            if (keyBox.checked) query.set('key', 'true');
            if (overdueBox.checked) query.set('overdue', 'true');
            const rows = await Api.get(`/sittings/${sitting.id}/items?${query}`);
            meeting.replaceChildren(el('p', { class: 'hint', text: t('results.count', { n: rows.length }) }), table([
              { label: 'results.number', value: (r) => [`第${r.number}号`, r.key ? el('span', { class: 'badge soon', text: t('motions.keyBadge') }) : null] },
              { label: 'cases.subject', value: (r) => el('a', { href: `#case/${r.id}`, class: 'case-link', text: r.title }) },
              { label: 'motions.leadName', value: (r) => (r.proposers > 1 ? t('motions.andOthers', { name: r.leadProposer, n: r.proposers }) : r.leadProposer) },
              { label: 'motions.units', value: (r) => (r.units.length ? r.units.map((u) => `${u.name || u.code}（${u.role}）`).join('、') : '—') },
              { label: 'cases.state', value: (r) => r.stateName },
              { label: 'cases.due', value: (r) => [r.dueOn || '—', ' ', r.overdue ? el('span', { class: 'badge overdue', text: t('cases.overdue') }) : null] },
              { label: 'case.replyClass', value: (r) => r.replyClass || '—' },
              { label: 'case.rating', value: (r) => (r.leadRating ? t(`follow.${r.leadRating}`) : '—') },
            ], rows, 'results.empty'));
          };
          filters.addEventListener('submit', (event) => { event.preventDefault(); guarded(loadMeeting); });
          parts.push(el('h2', { text: t('motions.meeting') }), filters, meeting);
          await loadMeeting();
          parts.push(form(async (f) => {
            const proposers = [{ name: f.leadName.value.trim(), role: 'LEAD', unit: f.leadUnit.value.trim() || null,
              phone: f.leadPhone.value.trim() || null, email: f.leadEmail.value.trim() || null }];
            f.coSigners.value.split(/[、,，;；\s]+/).filter(Boolean).forEach((name) => proposers.push({ name, role: 'CO_SIGNER' }));
            await Api.post(path, { sitting: sitting.id, number: f.number.value.trim(), title: f.title.value.trim(),
              content: f.content.value.trim(), subject: f.subject.value.trim() || null, key: f.key.checked,
              supervisor: f.supervisor.value.trim() || null, receivedOn: f.receivedOn.value || null, proposers });
            await show();
            box.prepend(notice(t('motions.registered'), 'ok'));
          }, el('h2', { text: t('motions.register') }),
          field('number', 'motions.number', { required: true, maxlength: 32, autocomplete: 'off' }),
          field('title', 'results.itemTitle', { required: true, maxlength: 200, autocomplete: 'off' }),
          el('div', { class: 'field' }, el('label', { for: 'f-content', text: t('case.text') }),
            el('textarea', { id: 'f-content', name: 'content', rows: 5 }), el('p', { class: 'field-error', 'data-error-for': 'content', hidden: true })),
          field('subject', 'motions.subject', { maxlength: 100 }),
          el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'key' }), t('motions.key')),
          field('supervisor', 'motions.supervisor', { maxlength: 100 }),
          field('receivedOn', 'motions.receivedOn', { type: 'date' }),
          field('leadName', 'motions.leadName', { required: true, maxlength: 50 }),
          field('leadUnit', 'motions.leadUnit', { maxlength: 100 }),
          field('leadPhone', 'motions.leadPhone', { maxlength: 20 }),
          field('leadEmail', 'motions.leadEmail', { type: 'email', maxlength: 200 }),
          field('coSigners', 'motions.coSigners', { maxlength: 500 }),
          el('p', { class: 'field-error', 'data-error-for': 'proposers', hidden: true }),
          el('p', { class: 'field-error', 'data-error-for': 'sitting', hidden: true }),
          el('button', { type: 'submit', text: t('motions.register') })));
          parts.push(form(async (f) => {
            const file = f.file.files[0];
            if (!file) { Api.showProblem(f, { errors: [{ field: 'file', message: t('motions.chooseFile') }] }); return; }
            const answer = await Api.upload(`${path}/import?sitting=${sitting.id}`, file);
            await show();
            box.prepend(notice(t('motions.imported', { n: answer.registered }), 'ok'));
          }, el('h2', { text: t('motions.import') }), el('p', { class: 'hint', text: t('motions.importHint') }),
          el('div', { class: 'field' }, el('label', { for: 'f-file', text: t('motions.file') }),
            el('input', { id: 'f-file', name: 'file', type: 'file', accept: '.csv,.xlsx' }),
            el('p', { class: 'field-error', 'data-error-for': 'file', hidden: true })),
          el('button', { type: 'submit', text: t('motions.import') })));
        }
        box.replaceChildren(...parts);
      }
      await guarded(loadSittings);
    },

    // home: the work queue (console-dashboard.js)
    home() {},

    password() {
      const passwordForm = form(async (f) => {
        if (f.newPassword.value !== f.repeat.value) {
          Api.showProblem(f, { errors: [{ field: 'repeat', message: t('password.mismatch') }] });
          return;
        }
        await Api.post('/session/password', { currentPassword: f.currentPassword.value, newPassword: f.newPassword.value });
        f.reset();
        const forced = session.mustChangePassword;
        session = await Api.get('/session');
        Api.remember(session);
        renderMenu();
        if (forced) {
          // the change was what stood between the user and their work: take them to it, and say so there
          window.history.replaceState(null, '', '#home');
          route();
          view().prepend(notice(t('password.done'), 'ok'));
          return;
        }
        view().prepend(notice(t('password.done'), 'ok'));
      },
      field('currentPassword', 'password.current', { type: 'password', autocomplete: 'current-password', required: true }),
      field('newPassword', 'password.new', { type: 'password', autocomplete: 'new-password', required: true }),
      field('repeat', 'password.repeat', { type: 'password', autocomplete: 'new-password', required: true }),
      el('button', { type: 'submit', text: t('password.submit') }));
      view().append(heading('password.title'));
      if (session.mustChangePassword) view().append(notice(t('password.must'), 'warn'));
      view().append(passwordForm);
    },

    async departments() {
      view().append(heading('departments.title'));
      const list = el('div');
      const kindSelect = el('select', { id: 'f-kind', name: 'kind' },
        ['OFFICE', 'BUREAU', 'TOWN', 'STREET'].map((kind) => el('option', { value: kind, text: t(`kind.${kind}`) })));
      const createForm = form(async (f) => {
        await Api.post('/departments', { code: f.code.value.trim(), name: f.name.value.trim(), kind: f.kind.value,
          email: f.email.value.trim() || null });
        f.reset();
        f.prepend(notice(t('departments.created'), 'ok'));
        await load();
      },
      el('h2', { text: t('departments.create') }),
      field('code', 'departments.code', { required: true, maxlength: 32, autocomplete: 'off' }),
      field('name', 'departments.name', { required: true, maxlength: 100, autocomplete: 'off' }),
      el('div', { class: 'field' }, el('label', { for: 'f-kind', text: t('departments.kind') }), kindSelect,
        el('p', { class: 'field-error', 'data-error-for': 'kind', hidden: true })),
      field('email', 'departments.email', { type: 'email', maxlength: 200, autocomplete: 'off' }),
      el('button', { type: 'submit', text: t('departments.create') }));
      async function load() {
        const departments = await Api.get('/departments');
        list.replaceChildren(table([
          { label: 'departments.code', value: (d) => d.code },
          { label: 'departments.name', value: (d) => d.name },
          { label: 'departments.kind', value: (d) => t(`kind.${d.kind}`) },
          { label: 'departments.email', value: (d) => d.email || '—' },
        ], departments, 'departments.empty'));
      }
      view().append(list, createForm);
      await guarded(load);
    },

    async users() {
      view().append(heading('users.title'));
      const list = el('div');
      const status = el('div');
      let current = 1;
      const departments = await Api.get('/departments').catch(() => []);
      const departmentSelect = el('select', { id: 'f-department', name: 'department' },
        el('option', { value: '', text: t('users.noDepartment') }),
        departments.map((d) => el('option', { value: d.code, text: `${d.name}（${d.code}）` })));
      const roleBoxes = el('fieldset', { class: 'roles' }, el('legend', { text: t('users.roles') }),
        ['ADMIN', 'DISPATCHER', 'HANDLER', 'PUBLISHER', 'AUDITOR'].map((role) => el('label', { class: 'check' },
          el('input', { type: 'checkbox', name: 'role', value: role }), t(`role.${role}`))),
        el('p', { class: 'field-error', 'data-error-for': 'roles', hidden: true }));
      const createForm = form(async (f) => {
        const roles = [...f.querySelectorAll('input[name=role]:checked')].map((box) => box.value);
        await Api.post('/users', {
          username: f.username.value.trim(), displayName: f.displayName.value.trim(), password: f.password.value,
          department: f.department.value || null, roles,
        });
        f.reset();
        f.prepend(notice(t('users.created'), 'ok'));
        await load(current);
      },
      el('h2', { text: t('users.create') }),
      field('username', 'users.username', { required: true, maxlength: 32, autocomplete: 'off' }),
      field('displayName', 'users.displayName', { required: true, maxlength: 100, autocomplete: 'off' }),
      field('password', 'users.password', { type: 'password', required: true, autocomplete: 'new-password' }),
      el('div', { class: 'field' }, el('label', { for: 'f-department', text: t('users.department') }), departmentSelect,
        el('p', { class: 'field-error', 'data-error-for': 'department', hidden: true })),
      roleBoxes,
      el('button', { type: 'submit', text: t('users.create') }));

      async function act(path, body) {
        status.replaceChildren();
        try {
          await Api.post(path, body);
          status.append(notice(t('users.done'), 'ok'));
          await load(current);
        } catch (problem) {
          if (problem.status === 401) { signedOut(); return; }
          status.append(notice(problem.detail || problem.title, 'error'));
        }
      }

      function actions(account) {
        const name = encodeURIComponent(account.username);
        const toggle = account.enabled
          ? el('button', { type: 'button', class: 'small', onclick: () => act(`/users/${name}/disable`), text: t('users.disable') })
          : el('button', { type: 'button', class: 'small', onclick: () => act(`/users/${name}/enable`), text: t('users.enable') });
        const reset = el('button', { type: 'button', class: 'small', text: t('users.reset'), onclick: () => {
          const password = window.prompt(t('users.resetPrompt'));
          if (password) act(`/users/${name}/password`, { password });
        } });
        const change = el('button', { type: 'button', class: 'small', text: t('users.edit'), onclick: () => edit(account) });
        return [change, ' ', toggle, ' ', reset];
      }

      const editor = el('div', { id: 'account-editor' });
      function edit(account) {
        const roles = el('fieldset', { class: 'roles' }, el('legend', { text: t('users.roles') }),
          ['ADMIN', 'DISPATCHER', 'HANDLER', 'PUBLISHER', 'AUDITOR'].map((role) => el('label', { class: 'check' },
            el('input', { type: 'checkbox', name: 'role', value: role, checked: account.roles.includes(role) }), t(`role.${role}`))),
          el('p', { class: 'field-error', 'data-error-for': 'roles', hidden: true }));
        const department = el('select', { id: 'e-department', name: 'department' },
          el('option', { value: '', text: t('users.noDepartment') }),
          departments.map((d) => el('option', { value: d.code, text: `${d.name}（${d.code}）`, selected: d.code === account.department })));
        const editForm = form(async (f) => {
          await Api.put(`/users/${encodeURIComponent(account.username)}`, {
            displayName: f.displayName.value.trim(), department: f.department.value || null,
            roles: [...f.querySelectorAll('input[name=role]:checked')].map((box) => box.value),
          });
          editor.replaceChildren();
          status.replaceChildren(notice(t('users.done'), 'ok'));
          await load(current);
        },
        el('h2', { text: `${t('users.edit')}：${account.username}` }),
        el('div', { class: 'field' }, el('label', { for: 'e-displayName', text: t('users.displayName') }),
          el('input', { id: 'e-displayName', name: 'displayName', value: account.displayName, maxlength: 100 }),
          el('p', { class: 'field-error', 'data-error-for': 'displayName', hidden: true })),
        el('div', { class: 'field' }, el('label', { for: 'e-department', text: t('users.department') }), department,
          el('p', { class: 'field-error', 'data-error-for': 'department', hidden: true })),
        roles,
        el('button', { type: 'submit', text: t('users.save') }));
        editor.replaceChildren(editForm);
        editForm.scrollIntoView();
      }

      async function load(page) {
        const result = await Api.get(`/users?page=${page}&size=20`);
        current = result.page;
        list.replaceChildren(table([
          { label: 'users.username', value: (a) => a.username },
          { label: 'users.displayName', value: (a) => a.displayName },
          { label: 'users.department', value: (a) => a.departmentName || '—' },
          { label: 'users.roles', value: (a) => a.roles.map((role) => t(`role.${role}`)).join('、') },
          { label: 'users.status', value: (a) => (a.enabled ? t('users.enabled') : t('users.disabled')) + (a.mustChangePassword ? `（${t('users.mustChange')}）` : '') },
          { label: 'users.actions', value: actions },
        ], result.items, 'users.title'), pager(result, (p) => guarded(() => load(p))));
      }
      view().append(status, list, editor, createForm);
      await guarded(() => load(1));
    },

    async calendar() {
      view().append(heading('cal.title'));
      const warning = el('div');
      const years = el('div');
      const grid = el('div', { id: 'calendar-grid' });
      const yearInput = el('input', { id: 'f-show-year', type: 'number', min: 2000, max: 2100, value: new Date().getFullYear() });
      const show = el('form', { class: 'inline', novalidate: true },
        el('label', { for: 'f-show-year', text: t('cal.year') }), yearInput,
        el('button', { type: 'submit', text: t('cal.show') }));
      show.addEventListener('submit', (event) => { event.preventDefault(); guarded(() => loadYear(Number(yearInput.value))); });

      const importForm = form(async (f) => {
        const file = f.file.files[0];
        if (!file) {
          Api.showProblem(f, { errors: [{ field: 'file', message: t('cal.importHelp') }] });
          return;
        }
        const year = Number(f.year.value);
        const result = await Api.putFile(`/calendar/${year}`, await file.text());
        f.reset();
        f.prepend(notice(t('cal.imported', {
          year: result.year, holidays: result.holidays, makeups: result.makeupDays, recomputed: result.recomputedDueDates,
        }), 'ok'));
        await loadYears();
        await loadStatus();
        yearInput.value = year;
        await loadYear(year);
      },
      el('h2', { text: t('cal.import') }),
      el('p', { class: 'hint', text: t('cal.importHelp') }),
      field('year', 'cal.year', { type: 'number', min: 2000, max: 2100, value: new Date().getFullYear() + 1, required: true }),
      field('file', 'cal.file', { type: 'file', accept: '.json,application/json', required: true }),
      el('button', { type: 'submit', text: t('cal.importSubmit') }));

      async function loadStatus() {
        const status = await Api.get('/calendar/status');
        warning.replaceChildren(...(status.warning ? [notice(status.warning, 'warn')] : []));
      }
      async function loadYears() {
        const list = await Api.get('/calendar/years');
        years.replaceChildren(el('h2', { text: t('cal.years') }), table([
          { label: 'cal.year', value: (y) => String(y.year) },
          { label: 'cal.official', value: (y) => (y.official ? t('cal.yes') : t('cal.no')) },
          { label: 'cal.holidays', value: (y) => String(y.holidays) },
          { label: 'cal.makeups', value: (y) => String(y.makeupDays) },
          { label: 'cal.importedAt', value: (y) => (y.importedAt ? new Date(y.importedAt).toLocaleString(I18n.lang) : '') },
          { label: 'cal.importedBy', value: (y) => y.importedBy || '' },
          { label: 'cal.source', value: (y) => (y.source || '').split('\n').filter(Boolean).map((url) => el('div', {},
            /^https?:\/\//.test(url) ? el('a', { class: 'source', href: url, rel: 'noopener noreferrer', target: '_blank', text: url }) : url)) },
        ], list, 'cal.noYears'));
      }
      async function loadYear(year) {
        const data = await Api.get(`/calendar/${year}`);
        const listed = new Map(data.days.map((d) => [d.date, d]));
        const names = t('cal.weekdays').split(',');
        const months = [];
        for (let month = 1; month <= 12; month += 1) {
          const first = new Date(Date.UTC(year, month - 1, 1));
          const lead = (first.getUTCDay() + 6) % 7;
          const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
          const cells = [];
          for (let i = 0; i < lead; i += 1) cells.push(el('td', { class: 'blank' }));
          for (let day = 1; day <= length; day += 1) {
            const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
            const weekend = (lead + day - 1) % 7 >= 5;
            const entry = listed.get(iso);
            const kind = entry ? (entry.kind === 'HOLIDAY' ? 'holiday' : 'makeup') : (weekend ? 'weekend' : '');
            cells.push(el('td', { class: kind, 'data-date': iso, title: entry ? `${entry.name}（${entry.kindName}）` : null, text: String(day) }));
          }
          const rows = [];
          for (let i = 0; i < cells.length; i += 7) rows.push(el('tr', {}, cells.slice(i, i + 7)));
          months.push(el('table', { class: 'month' },
            el('caption', { text: t('cal.month', { month }) }),
            el('thead', {}, el('tr', {}, names.map((n) => el('th', { text: n })))),
            el('tbody', {}, rows)));
        }
        grid.replaceChildren(
          el('h2', { text: t('cal.grid', { year }) }),
          data.official ? null : notice(t('cal.notOfficial'), 'warn'),
          el('p', { class: 'legend' },
            el('span', { class: 'swatch holiday', text: t('cal.legend.holiday') }),
            el('span', { class: 'swatch makeup', text: t('cal.legend.makeup') }),
            el('span', { class: 'swatch weekend', text: t('cal.legend.weekend') })),
          el('div', { class: 'months' }, months));
      }
      view().append(warning, years, show, grid, importForm);
      await guarded(async () => {
        await loadStatus();
        await loadYears();
        await loadYear(Number(yearInput.value));
      });
    },

    async audit() {
      view().append(heading('audit.title'));
      const list = el('div');
      const verdict = el('div', { id: 'audit-verification', 'aria-live': 'polite' });
      const check = el('button', { type: 'button', id: 'audit-verify', class: 'secondary', text: t('audit.verify') });
      check.addEventListener('click', () => guarded(async () => {
        check.disabled = true;
        verdict.replaceChildren(el('p', { class: 'hint', text: t('audit.verifying') }));
        try {
          const v = await Api.get('/audit/verification');
          verdict.replaceChildren(v.intact
            ? notice(t('audit.intact', { n: v.checked, unsealed: v.unsealed }), 'ok')
            : notice(t('audit.broken', { problem: v.problem, n: v.checked }), 'error'));
        } finally {
          check.disabled = false;
        }
      }));
      view().append(el('p', { class: 'hint', text: t('audit.chainHint') }), check, verdict, list);
      async function load(page) {
        const result = await Api.get(`/audit?page=${page}&size=50`);
        list.replaceChildren(table([
          { label: 'audit.time', value: (e) => new Date(e.occurredAt).toLocaleString(I18n.lang) },
          { label: 'audit.actor', value: (e) => e.actor || '—' },
          { label: 'audit.action', value: (e) => auditAction(e.action) },
          { label: 'audit.object', value: (e) => [known(`audit.object.${e.objectType}`, e.objectType), e.objectId].filter(Boolean).join(' ') || '—' },
          { label: 'audit.result', value: (e) => known(`audit.result.${e.result}`, e.result) },
          { label: 'audit.address', value: (e) => address(e.clientAddress) },
          { label: 'audit.detail', value: (e) => e.detail || '' },
        ], result.items, 'audit.empty'), pager(result, (p) => guarded(() => load(p))));
      }
      await guarded(() => load(1));
    },
  };

  /** T1: setting up the second factor — the secret for an authenticator app, a code to confirm, the recovery codes. */
  VIEWS.secondFactor = async () => {
    view().append(heading('sf.title'));
    if (!session.mustEnrollSecondFactor) {
      view().append(notice(t('sf.done'), 'ok'));
      return;
    }
    view().append(notice(t('sf.must'), 'warn'), el('ol', { class: 'steps' },
      el('li', { text: t('sf.step1') }), el('li', { text: t('sf.step2') }), el('li', { text: t('sf.step3') })));
    const box = el('div', { id: 'sf-box' });
    view().append(box);
    await guarded(async () => {
      const offer = await Api.post('/session/second-factor', {});
      const grouped = offer.secret.match(/.{1,4}/g).join(' ');
      const confirmForm = form(async (f) => {
        const answer = await Api.post('/session/second-factor/confirm', { code: f.code.value.trim() });
        session = await Api.get('/session');
        Api.remember(session);
        renderMenu();
        view().replaceChildren(heading('sf.title'), notice(t('sf.confirmed'), 'ok'), el('p', { text: t('sf.recoveryHint') }),
          el('ol', { class: 'recovery-codes', id: 'recovery-codes', 'data-verbatim': '' },
            answer.recoveryCodes.map((c) => el('li', { text: `${c.slice(0, 5)}-${c.slice(5)}` }))),
          el('p', {}, el('a', { href: '#home', class: 'button', text: t('sf.continue') })));
      },
      field('code', 'sf.code', { inputmode: 'numeric', autocomplete: 'one-time-code', required: true, maxlength: 6 }),
      el('button', { type: 'submit', text: t('sf.confirm') }));
      box.replaceChildren(el('div', { class: 'field' }, el('p', { class: 'label', text: t('sf.secret') }),
        el('code', { id: 'sf-secret', class: 'secret', 'data-verbatim': '', text: grouped })),
      el('details', {}, el('summary', { text: t('sf.uri') }), el('code', { id: 'sf-uri', 'data-verbatim': '', class: 'wrap', text: offer.uri })),
      confirmForm);
    });
  };

  /** The administrator's view of the mail: what waits, what went out, and what was given up (N3). */
  VIEWS.mail = async () => {
    view().append(heading('mail.title'));
    const box = el('div');
    view().append(box);
    async function load(page) {
      const [status, dead] = await Promise.all([Api.get('/outbox'), Api.get(`/outbox/dead?page=${page}&size=50`)]);
      const figure = (key, value, kind) => el('div', { class: `figure ${kind || ''}`, 'data-figure': key },
        el('span', { class: 'figure-value', text: String(value) }), el('span', { class: 'figure-label', text: t(`mail.${key}`) }));
      box.replaceChildren(el('div', { class: 'figures' }, figure('pending', status.pending), figure('retrying', status.retrying),
        figure('sent', status.sent), figure('dead', status.dead, status.dead ? 'overdue' : '')),
      el('h2', { text: t('mail.deadTitle') }), el('p', { class: 'hint', text: t('mail.deadHint') }),
      table([
        { label: 'mail.deadAt', value: (m) => new Date(m.deadAt).toLocaleString(I18n.lang) },
        { label: 'mail.recipient', value: (m) => el('span', { 'data-verbatim': '', text: m.recipient }) },
        { label: 'mail.subject', value: (m) => m.subject },
        { label: 'mail.attempts', value: (m) => String(m.attempts) },
        { label: 'mail.lastError', value: (m) => el('span', { 'data-verbatim': '', text: m.lastError || '—' }) },
      ], dead.items, 'mail.deadEmpty'), pager(dead, (p) => guarded(() => load(p))));
    }
    await guarded(() => load(1));
  };

  /** P3: each case type's retention period of personal data, what is due now, and a run at once. */
  VIEWS.retention = async () => {
    view().append(heading('retention.title'), el('p', { class: 'hint', text: t('retention.hint') }));
    const box = el('div');
    view().append(box);
    async function load(result) {
      const status = await Api.get('/retention');
      const due = status.rules.reduce((sum, r) => sum + r.due, 0);
      const run = form(async () => {
        const done = await Api.post('/retention/run', {});
        await load(t('retention.done', { n: done.erased }));
      }, el('p', { text: status.lastRunAt ? t('retention.lastRun', { at: new Date(status.lastRunAt).toLocaleString(I18n.lang), n: status.lastRunErased })
        : t('retention.neverRun') }),
      el('button', { type: 'submit', id: 'retention-run', disabled: due === 0 ? true : null, text: t('retention.run', { n: due }) }));
      box.replaceChildren(result ? notice(result, 'ok') : '', table([
        { label: 'retention.type', value: (r) => r.typeName },
        { label: 'retention.days', value: (r) => (r.days == null ? t('retention.kept') : t('retention.daysValue', { n: r.days })) },
        { label: 'retention.due', value: (r) => (r.days == null ? '—' : String(r.due)) },
      ], status.rules, 'retention.empty'), run);
    }
    await guarded(() => load(null));
  };

  /** Views of a menu entry's sub-pages (#entry/…), added by other console scripts; #cases/… is the list with filters. */
  const DETAILS = { cases: (address) => VIEWS.cases(null, address) };

  /** What a case type adds to its case page (after the text), by type code, added by other console scripts. */
  const CASE_PANELS = {};

  /** What the other console scripts (e.g. console-publish.js) use to add their views. */
  window.Console = {
    views: VIEWS, details: DETAILS, casePanels: CASE_PANELS, view, heading, notice, field, form, table, pager, guarded, confirmed, t,
    session: () => session,
    signedOut: () => signedOut(),
  };

  function signedOut() {
    Api.forget();
    window.location.assign('/login.html');
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await I18n.load();
    try {
      session = await Api.get('/session');
      Api.remember(session);
    } catch (problem) {
      signedOut();
      return;
    }
    document.getElementById('sign-out').addEventListener('click', async () => {
      try { await Api.del('/session'); } finally { signedOut(); }
    });
    I18n.onChange(() => { renderMenu(); route(); });
    window.addEventListener('hashchange', route);
    renderMenu();
    route();
  });
})();

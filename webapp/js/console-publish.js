/*
 * The publishers' part of the console: items (list, new, edit, attachments, publishing workflow with history),
 * bulk import with progress, clean-up rounds of normative documents, publication timeliness and the guide.
 */
'use strict';
(() => {
  const C = window.Console;
  const { t, view, heading, notice, form, table, pager, guarded } = C;
  let choices = null;
  let departments = null;

  async function lookups() {
    if (!choices) [choices, departments] = await Promise.all([Api.get('/disclosures/choices'), Api.get('/departments')]);
  }

  function stateBadge(item) {
    return el('span', { class: `badge state-${item.state}`, text: item.stateName });
  }

  function timeliness(item) {
    if (item.publishWorkingDays === null || item.publishWorkingDays === undefined) return '—';
    return el('span', {}, t('publish.workingDays', { days: item.publishWorkingDays }),
      item.publishedInTime === false ? el('span', { class: 'badge late', text: t('publish.late') }) : null);
  }

  function select(name, labelKey, list, current, blankKey) {
    return el('div', { class: 'field' },
      el('label', { for: `f-${name}`, text: t(labelKey) }),
      el('select', { id: `f-${name}`, name },
        blankKey ? el('option', { value: '', text: t(blankKey) }) : null,
        list.map(([value, label]) => el('option', { value, selected: value === current, text: label }))),
      el('p', { class: 'field-error', 'data-error-for': name, hidden: true }));
  }

  function input(name, labelKey, value, attributes) {
    return el('div', { class: 'field' },
      el('label', { for: `f-${name}`, text: t(labelKey) }),
      el('input', Object.assign({ id: `f-${name}`, name, value: value || '' }, attributes || {})),
      el('p', { class: 'field-error', 'data-error-for': name, hidden: true }));
  }

  function area(name, labelKey, value, attributes) {
    const textarea = el('textarea', Object.assign({ id: `f-${name}`, name }, attributes || {}));
    textarea.value = value || '';
    return el('div', { class: 'field' }, el('label', { for: `f-${name}`, text: t(labelKey) }), textarea,
      el('p', { class: 'field-error', 'data-error-for': name, hidden: true }));
  }

  /** The metadata form, for a new item or (with {@code item}) to change one. */
  function itemForm(item, onSubmit) {
    const me = C.session();
    const m = item || {};
    const summary = area('summary', 'publish.summary', m.summary, { rows: 2 });
    const counter = el('span', { class: 'counter hint' });
    const count = () => {
      const n = [...summary.querySelector('textarea').value].length;
      counter.textContent = t('publish.summaryCount', { n });
      counter.classList.toggle('over', n > 100);
    };
    summary.querySelector('textarea').addEventListener('input', count);
    summary.append(counter);
    count();
    return form(async (f) => {
      const body = {
        title: f.title.value, documentNumber: f.documentNumber.value, publisher: f.publisher.value,
        writtenOn: f.writtenOn.value, domain: f.domain.value, subject: f.subject.value || null, genre: f.genre.value || null,
        keywords: f.keywords.value, summary: f.summary.value, body: f.body.value, validity: f.validity.value,
        disclosureAttribute: f.disclosureAttribute.value, normative: f.normative.checked,
      };
      await onSubmit(body);
    },
    input('title', 'publish.title', m.title, { maxlength: 300, required: true }),
    el('div', { class: 'row' },
      input('documentNumber', 'publish.documentNumber', m.documentNumber, { placeholder: '宝渭政字〔2026〕1号' }),
      select('publisher', 'publish.publisher', departments.map((d) => [d.code, d.name]), m.publisherCode || me.department),
      input('writtenOn', 'publish.writtenOn', m.writtenOn, { type: 'date', required: true })),
    el('div', { class: 'row' },
      select('domain', 'publish.domain', choices.domains.map((d) => [d.code, d.name]), m.domain, m.domain ? null : 'publish.chooseDomain'),
      select('subject', 'publish.subject', choices.subjects.map((s) => [s, s]), m.subject, 'publish.none'),
      select('genre', 'publish.genre', choices.genres.map((g) => [g, g]), m.genre, 'publish.none')),
    el('div', { class: 'row' },
      select('validity', 'publish.validity', [['VALID', '有效'], ['EXPIRED', '失效'], ['REPEALED', '废止']], m.validity || 'VALID'),
      select('disclosureAttribute', 'publish.attribute', [['PROACTIVE', '主动公开'], ['ON_REQUEST', '依申请公开'], ['NOT_DISCLOSED', '不予公开']],
        m.disclosureAttribute || 'PROACTIVE'),
      el('div', { class: 'field' }, el('label', { class: 'check' },
        el('input', { type: 'checkbox', name: 'normative', id: 'f-normative', checked: !!m.normative }), t('publish.normative')))),
    input('keywords', 'publish.keywords', m.keywords),
    summary,
    rich(area('body', 'publish.body', m.body, { class: 'html', rows: 12 })),
    el('p', { class: 'hint', text: t('publish.bodyHint') }),
    el('button', { type: 'submit', text: t(item ? 'publish.save' : 'publish.create') }));
  }

  C.views.publish = async () => {
    await guarded(lookups);
    view().append(heading('publish.heading'),
      el('p', {}, el('a', { class: 'button', href: '#publish/new', text: t('publish.new') })));
    const filters = el('form', { class: 'inline', novalidate: true },
      el('label', { for: 'f-state', text: t('publish.state') }),
      el('select', { id: 'f-state', name: 'state' }, el('option', { value: '', text: t('publish.allStates') }),
        [['DRAFT', '草稿'], ['IN_REVIEW', '待审核'], ['PUBLISHED', '已发布'], ['WITHDRAWN', '已撤回']]
          .map(([v, l]) => el('option', { value: v, text: l }))),
      el('label', { for: 'f-q', text: t('publish.find') }),
      el('input', { id: 'f-q', name: 'q', type: 'search' }),
      el('label', { for: 'f-sort', text: t('publish.sort') }),
      el('select', { id: 'f-sort', name: 'sort' }, ['updatedAt', 'publishedOn', 'writtenOn', 'title', 'indexNumber']
        .map((v) => el('option', { value: v, text: t(`publish.sort.${v}`) }))),
      el('select', { id: 'f-order', name: 'order', 'aria-label': t('publish.order') },
        el('option', { value: 'desc', text: t('publish.order.desc') }), el('option', { value: 'asc', text: t('publish.order.asc') })),
      el('button', { type: 'submit', text: t('cases.filter') }));
    filters.sort.addEventListener('change', () => guarded(() => load(1)));
    filters.order.addEventListener('change', () => guarded(() => load(1)));
    const list = el('div', { id: 'item-list' });
    filters.addEventListener('submit', (event) => { event.preventDefault(); guarded(() => load(1)); });
    view().append(filters, list);
    async function load(page) {
      const query = new URLSearchParams({ page, size: 20 });
      if (filters.state.value) query.set('state', filters.state.value);
      if (filters.q.value.trim()) query.set('q', filters.q.value.trim());
      query.set('sort', filters.sort.value);
      query.set('order', filters.order.value);
      const result = await Api.get(`/disclosures/manage?${query}`);
      list.replaceChildren(table([
        { label: 'publish.indexNumber', value: (i) => i.indexNumber || '—' },
        { label: 'publish.title', value: (i) => el('a', { href: `#publish/${i.id}`, class: 'item-link', text: i.title }) },
        { label: 'publish.publisher', value: (i) => i.publisherName },
        { label: 'publish.state', value: stateBadge },
        { label: 'publish.publishedOn', value: (i) => i.publishedOn || '—' },
        { label: 'publish.timeliness', value: timeliness },
      ], result.items, 'publish.empty'), pager(result, (p) => guarded(() => load(p))));
    }
    await guarded(() => load(1));
  };

  const ACTION_INPUTS = {
    'send-back': ['reason'], withdraw: ['reason'], expire: ['on', 'reason'], repeal: ['on', 'repealedBy', 'reason'], amend: ['reason'],
  };

  /** What changes the public site at once: confirmed before it goes (the others are drafts' own steps). */
  const CONFIRMED_ACTIONS = ['publish', 'withdraw', 'expire', 'repeal'];

  /** A body field written with the rich-text editor (its textarea stays the form's field). */
  function rich(field) {
    if (typeof RichEditor !== 'undefined') RichEditor.attach(field.querySelector('textarea'));
    return field;
  }

  C.details.publish = async (id) => {
    await guarded(lookups);
    if (id === 'new') {
      view().append(el('p', {}, el('a', { href: '#publish', text: `← ${t('publish.back')}` })), heading('publish.new'),
        itemForm(null, async (body) => {
          const created = await Api.post('/disclosures', body);
          window.location.hash = `#publish/${created.id}`;
        }));
      return;
    }
    let detail;
    await guarded(async () => { detail = await Api.get(`/disclosures/manage/${id}`); });
    if (!detail) return;
    const item = detail.item;
    function fact(label, value) {
      return [el('dt', { text: t(label) }), el('dd', {}, value === null || value === undefined || value === '' ? '—' : value)];
    }
    const actions = el('div', { class: 'card actions' }, el('h2', { text: t('publish.actions') }),
      detail.actions.length ? null : el('p', { class: 'empty', text: t('publish.noActions') }),
      detail.actions.map((action) => form(async (f) => {
        if (CONFIRMED_ACTIONS.includes(action) && !C.confirmed(f, action, t(`publish.action.${action}`))) return;
        const body = {};
        (ACTION_INPUTS[action] || []).forEach((name) => { body[name] = f[name].value; });
        const result = await Api.post(`/disclosures/${id}/${action}`, body);
        view().replaceChildren();
        C.details.publish(String(result.item.id));
      }, (ACTION_INPUTS[action] || []).map((name) => input(name, `publish.input.${name}`, '', name === 'on' ? { type: 'date' } : {})),
      el('button', { type: 'submit', 'data-action': action, 'data-confirm': CONFIRMED_ACTIONS.includes(action) ? 'yes' : null, text: t(`publish.action.${action}`) }))));
    const files = el('div', { class: 'card' }, el('h2', { text: t('item.attachments') }),
      item.attachments.length ? el('ul', { class: 'attachments' }, item.attachments.map((a) => el('li', {},
        el('a', { href: `/api/disclosures/manage/${id}/attachments/${a.id}`, text: a.filename })))) : el('p', { class: 'empty', text: t('publish.noFiles') }));
    if (detail.state !== 'WITHDRAWN') {
      files.append(form(async (f) => {
        const file = f.file.files[0];
        if (!file) throw { errors: [{ field: 'file', message: t('publish.chooseFile') }] };
        await Api.upload(`/disclosures/${id}/attachments`, file);
        view().replaceChildren();
        C.details.publish(id);
      }, el('label', { for: 'f-file', text: t('publish.upload') }),
      el('input', { type: 'file', id: 'f-file', name: 'file', accept: '.pdf,.docx,.xlsx,.png,.jpg,.jpeg,.gif,.webp' }),
      el('p', { class: 'field-error', 'data-error-for': 'file', hidden: true }),
      el('p', { class: 'hint', text: t('publish.uploadHint', { count: choices.maxAttachments, size: Math.round(choices.maxAttachmentBytes / 1048576) }) }),
      el('button', { type: 'submit', text: t('publish.uploadGo') })));
    }
    const editable = detail.state !== 'WITHDRAWN';
    view().append(el('p', {}, el('a', { href: '#publish', text: `← ${t('publish.back')}` })),
      el('h1', { text: item.title }),
      el('dl', { class: 'facts' },
        fact('publish.state', stateBadge(detail)),
        fact('publish.indexNumber', item.indexNumber),
        item.normative ? fact('publish.registrationNumber', item.registrationNumber ? `${item.registrationNumber}（${item.normativeStatusName}）` : null) : [],
        fact('publish.publisher', item.publisher),
        fact('publish.writtenOn', item.writtenOn),
        fact('publish.publishedOn', item.publishedOn),
        fact('publish.timeliness', timeliness(detail)),
        fact('publish.validity', item.validityName + (item.validityChangedOn ? `（${item.validityChangedOn}${item.repealedBy ? `，${item.repealedBy}` : ''}）` : '')),
        detail.withdrawReason ? fact('publish.withdrawReason', detail.withdrawReason) : [],
        detail.state === 'PUBLISHED' ? fact('publish.public', el('a', { href: `/item.html?id=${item.id}`, target: '_blank', text: t('publish.view') })) : []),
      actions, files,
      editable ? el('details', { class: 'card' }, el('summary', { text: t('publish.edit') }),
        itemForm(item, async (body) => {
          await Api.putVersion(`/disclosures/${id}`, body, detail.version);
          view().replaceChildren();
          C.details.publish(id);
        })) : null,
      el('h2', { text: t('publish.history') }),
      table([
        { label: 'publish.when', value: (e) => new Date(e.occurredAt).toLocaleString(I18n.lang) },
        { label: 'publish.who', value: (e) => e.actor },
        { label: 'publish.what', value: (e) => e.actionName },
        { label: 'publish.note', value: (e) => e.note || '' },
      ], detail.history, 'publish.empty'));
  };

  C.views.imports = async () => {
    view().append(heading('imports.heading'), el('p', { class: 'hint', text: t('imports.hint') }),
      el('p', {}, t('imports.template'), ' ', el('a', { href: '/api/disclosures/imports/template?format=xlsx', download: '', text: 'XLSX' }),
        ' · ', el('a', { href: '/api/disclosures/imports/template?format=csv', download: '', text: 'CSV' })));
    const status = el('div', { id: 'import-status', role: 'status' });
    const recent = el('div', { id: 'import-recent' });
    view().append(form(async (f) => {
      const file = f.file.files[0];
      if (!file) throw { errors: [{ field: 'file', message: t('publish.chooseFile') }] };
      const job = await Api.upload('/disclosures/imports', file);
      await follow(job.id);
    }, el('label', { for: 'f-file', text: t('imports.file') }),
    el('input', { type: 'file', id: 'f-file', name: 'file', accept: '.csv,.xlsx' }),
    el('p', { class: 'field-error', 'data-error-for': 'file', hidden: true }),
    el('button', { type: 'submit', text: t('imports.go') })), status, el('h2', { text: t('imports.recent') }), recent);

    function show(job) {
      const total = job.totalRows || 0;
      const done = job.state === 'CHECKING' ? 0 : job.processed;
      status.replaceChildren(el('div', { class: 'card' },
        el('p', {}, el('strong', { text: job.filename }), ` · ${job.stateName}`),
        ['CHECKING', 'IMPORTING'].includes(job.state)
          ? el('progress', { class: 'progress', max: total || 1, value: done }) : null,
        el('p', { class: 'hint', text: job.state === 'CHECKING' ? t('imports.checking', { n: job.processed })
          : t('imports.progress', { done: job.imported || done, total, rejected: job.rejected }) }),
        job.state === 'DONE' ? notice(t('imports.done', { n: job.imported }), 'ok') : null,
        job.errors.length ? table([
          { label: 'imports.row', value: (e) => String(e.row) },
          { label: 'imports.field', value: (e) => e.column || e.field },
          { label: 'imports.message', value: (e) => e.message },
        ], job.errors, 'publish.empty') : null));
    }

    async function follow(id) {
      for (;;) {
        const job = await Api.get(`/disclosures/imports/${id}`);
        show(job);
        if (!['CHECKING', 'IMPORTING'].includes(job.state)) break;
        await new Promise((resolve) => { setTimeout(resolve, 500); });
      }
      await loadRecent();
    }

    async function loadRecent() {
      const jobs = await Api.get('/disclosures/imports');
      recent.replaceChildren(table([
        { label: 'imports.file', value: (j) => el('a', { href: '#', onclick: (e) => { e.preventDefault(); guarded(() => follow(j.id)); }, text: j.filename }) },
        { label: 'publish.state', value: (j) => j.stateName },
        { label: 'imports.count', value: (j) => String(j.imported) },
        { label: 'publish.when', value: (j) => new Date(j.startedAt).toLocaleString(I18n.lang) },
      ], jobs, 'imports.none'));
    }
    await guarded(loadRecent);
  };

  C.views.cleanup = async () => {
    view().append(heading('cleanup.heading'), el('p', { class: 'hint', text: t('cleanup.hint') }));
    const list = el('div', { id: 'round-list' });
    view().append(form(async (f) => {
      const round = await Api.post('/cleanup-rounds', { name: f.name.value });
      window.location.hash = `#cleanup/${round.id}`;
    }, input('name', 'cleanup.name', '', { placeholder: t('cleanup.namePlaceholder') }),
    el('p', { class: 'field-error', 'data-error-for': 'items', hidden: true }),
    el('button', { type: 'submit', text: t('cleanup.open') })), list);
    await guarded(async () => {
      const rounds = await Api.get('/cleanup-rounds');
      list.replaceChildren(table([
        { label: 'cleanup.name', value: (r) => el('a', { href: `#cleanup/${r.id}`, text: r.name }) },
        { label: 'publish.state', value: (r) => t(`cleanup.state.${r.state}`) },
        { label: 'cleanup.counts', value: (r) => t('cleanup.summary', r) },
      ], rounds, 'cleanup.none'));
    });
  };

  C.details.cleanup = async (id) => {
    let round;
    await guarded(async () => { round = await Api.get(`/cleanup-rounds/${id}`); });
    if (!round) return;
    const open = round.state === 'OPEN';
    view().append(el('p', {}, el('a', { href: '#cleanup', text: `← ${t('cleanup.back')}` })),
      el('h1', { text: round.name }),
      el('p', { id: 'round-summary', text: `${t(`cleanup.state.${round.state}`)} · ${t('cleanup.summary', round)}` }),
      table([
        { label: 'publish.registrationNumber', value: (r) => r.registrationNumber || '—' },
        { label: 'publish.title', value: (r) => el('a', { href: `/item.html?id=${r.itemId}`, target: '_blank', text: r.title }) },
        { label: 'publish.validity', value: (r) => r.validity },
        { label: 'cleanup.decision', value: (r) => (open ? form(async (f) => {
          await Api.put(`/cleanup-rounds/${id}/reviews/${r.itemId}`, { decision: f.decision.value, reason: f.reason.value });
          view().replaceChildren();
          C.details.cleanup(id);
        }, el('select', { name: 'decision', 'aria-label': t('cleanup.decision') },
          ['KEEP', 'AMEND', 'REPEAL'].map((d) => el('option', { value: d, selected: r.decision === d, text: t(`cleanup.decision.${d}`) }))),
        el('input', { name: 'reason', value: r.reason || '', 'aria-label': t('cleanup.reason'), placeholder: t('cleanup.reason') }),
        el('p', { class: 'field-error', 'data-error-for': 'reason', hidden: true }),
        el('button', { type: 'submit', class: 'small', text: r.decision ? t('cleanup.change') : t('cleanup.decide') }))
          : `${r.decisionName || '—'}：${r.reason || ''}`) },
      ], round.reviews, 'cleanup.none'),
      open ? form(async () => {
        await Api.post(`/cleanup-rounds/${id}/close`);
        view().replaceChildren();
        C.details.cleanup(id);
      }, el('p', { class: 'hint', text: t('cleanup.closeHint') }), el('button', { type: 'submit', text: t('cleanup.close') })) : null);
  };

  C.views.guide = async () => {
    let guide;
    await guarded(async () => { guide = await Api.get('/disclosures/guide'); });
    if (!guide) return;
    const preview = el('div', { class: 'card document body' }, richText(guide.body));
    const editor = area('body', 'guide.body', guide.body, { class: 'html', rows: 20 });
    const source = editor.querySelector('textarea');
    source.addEventListener('input', (event) => { preview.replaceChildren(richText(event.target.value)); });
    if (typeof RichEditor !== 'undefined') RichEditor.attach(source, (html) => preview.replaceChildren(richText(html)));
    view().append(heading('guide.heading'), el('p', { class: 'hint', text: t(guide.template ? 'guide.template' : 'guide.hint') }),
      form(async (f) => {
        guide = await Api.putVersion('/disclosures/guide', { body: f.body.value }, guide.version);
        view().replaceChildren();
        C.views.guide();
      }, editor, el('button', { type: 'submit', text: t('publish.save') })),
      el('h2', { text: t('guide.preview') }), preview,
      el('p', {}, el('a', { href: '/guide.html', target: '_blank', text: t('guide.public') })));
  };
})();

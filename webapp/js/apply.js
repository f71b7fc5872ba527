/*
 * 依申请公开: the application form (options from /api/requests/form; the fields an organisation needs appear when
 * it is chosen; one Idempotency-Key per form), the receipt with the codes and the due date, and following an
 * application with its code and secret — where it stands, a correction asked for (answered here), the fee, and the
 * decision letter, printable.
 */
'use strict';
(() => {
  const t = (key, params) => I18n.t(key, params);
  const uploaded = [];
  let limits = null;
  const idempotencyKey = (window.crypto && crypto.randomUUID) ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

  function count(text) { return [...text.trim()].length; }

  function adapt(form) {
    const organisation = form.applicantType.value && form.applicantType.value !== 'PERSON';
    document.getElementById('contact-field').hidden = !organisation;
    document.getElementById('idKind-field').hidden = organisation;
    document.getElementById('name-label').textContent = t(organisation ? 'request.orgName' : 'request.name');
    document.getElementById('idNumber-label').textContent = t(organisation ? 'request.orgCode' : 'request.idNumber');
    document.getElementById('waiver-field').hidden = !form.feeWaiver.checked;
    const counter = document.getElementById('description-counter');
    counter.textContent = t('write.counter', { n: count(form.description.value), max: limits.descriptionMax });
    counter.classList.toggle('over', count(form.description.value) > limits.descriptionMax);
    document.getElementById('attachments-hint').textContent = t('write.attachmentsHint', {
      count: limits.attachmentsMaxCount, size: Math.round(limits.attachmentsMaxBytes / 1048576) });
  }

  function renderAttachments() {
    document.getElementById('attachment-list').replaceChildren(...uploaded.map((file, index) => el('li', {},
      `${file.filename}（${Math.ceil(file.size / 1024)} KB） `,
      el('button', { type: 'button', class: 'small', text: t('write.remove'), onclick: () => { uploaded.splice(index, 1); renderAttachments(); } }))));
  }

  async function upload(form, files) {
    Api.clearProblem(form);
    for (const file of files) {
      if (uploaded.length >= limits.attachmentsMaxCount) break;
      try {
        const data = await Api.upload('/requests/attachments', file);
        uploaded.push(data);
      } catch (problem) {
        Api.showProblem(form, Object.assign({}, problem, { errors: [{ field: 'file', message: `${file.name}：${problem.detail || problem.title || ''}` }] }));
      }
    }
    renderAttachments();
  }

  function options(select, list, chosen) {
    select.replaceChildren(...list.map((o) => el('option', { value: o.code, text: o.name, selected: o.code === chosen })));
  }

  function chineseDate(iso) {
    if (!iso) return '—';
    const [y, m, d] = iso.split('-').map(Number);
    return I18n.lang === 'en' ? iso : `${y}年${m}月${d}日`;
  }

  async function show(code, secret) {
    const section = document.getElementById('status');
    const s = await Api.post('/requests/lookup', { queryCode: code, querySecret: secret });
    const rows = [
      ['write.code', s.queryCode], ['request.state', s.stateName], ['request.receivedOn', chineseDate(s.receivedOn)],
      ['request.dueOn', s.dueOn ? chineseDate(s.dueOn) : null], ['request.outcome', s.outcomeName],
      ['request.decidedOn', s.decidedOn ? chineseDate(s.decidedOn) : null],
    ].filter(([, value]) => value);
    const parts = [el('h2', { text: t('request.yours') }),
      // the query code is copied exactly, not read as words (data-verbatim, as on the receipt)
      el('dl', { class: 'facts' }, rows.flatMap(([key, value]) => [el('dt', { text: t(key) }),
        key === 'write.code' ? el('dd', { text: value, 'data-verbatim': '' }) : el('dd', { text: value })])),
      el('h3', { text: t('request.sought') }), el('p', { class: 'letter-text', text: s.description })];
    if (s.feeAmount) {
      parts.push(el('p', { class: 'notice warn', text: t('request.feeDue', { amount: s.feeAmount, due: chineseDate(s.feeDueOn) }) }));
    }
    if (s.canCorrect) {
      const correction = el('form', { id: 'correction-form', novalidate: true },
        el('p', { class: 'form-error', role: 'alert', hidden: true }),
        el('p', { class: 'notice warn', text: t('request.correctionAsked', { due: chineseDate(s.correctionDueOn) }) }),
        el('p', { class: 'letter-text', text: s.correctionText }),
        el('label', { for: 'correction-text', text: t('request.correctionText') }),
        el('textarea', { id: 'correction-text', name: 'text', rows: 5 }),
        el('p', { class: 'field-error', 'data-error-for': 'text', hidden: true }),
        el('button', { type: 'submit', text: t('request.correct') }));
      correction.addEventListener('submit', async (event) => {
        event.preventDefault();
        Api.clearProblem(correction);
        try {
          await Api.post('/requests/correction', { queryCode: code, querySecret: secret, text: correction.text.value });
          await show(code, secret);
          section.prepend(el('p', { class: 'notice ok', text: t('request.corrected') }));
        } catch (problem) {
          Api.showProblem(correction, problem);
        }
      });
      parts.push(correction);
    }
    if (s.letter) {
      parts.push(el('h3', { text: t('request.letter') }), el('pre', { class: 'letter-text decision-letter', id: 'decision-letter', text: s.letter }),
        el('button', { type: 'button', id: 'print-letter', text: t('request.print'), onclick: () => printOnly(document.getElementById('decision-letter')) }));
    }
    section.replaceChildren(...parts);
    section.hidden = false;
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await I18n.load();
    const form = document.getElementById('request-form');
    limits = await Api.get('/requests/form');
    options(form.applicantType, limits.applicantTypes, 'PERSON');
    options(form.idKind, limits.idKinds, 'ID_CARD');
    options(form.form, limits.forms, 'ELECTRONIC');
    options(form.delivery, limits.deliveries, 'EMAIL');
    adapt(form);
    I18n.onChange(() => { adapt(form); renderAttachments(); });
    ['applicantType', 'feeWaiver', 'description'].forEach((name) => form[name].addEventListener(name === 'description' ? 'input' : 'change', () => adapt(form)));
    document.getElementById('files').addEventListener('change', async (event) => {
      await upload(form, [...event.target.files]);
      event.target.value = '';
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      Api.clearProblem(form);
      if (!form.privacy.checked) {
        Api.showProblem(form, { errors: [{ field: 'privacy', message: t('write.privacyRequired') }] });
        return;
      }
      const button = document.getElementById('send');
      button.disabled = true;
      try {
        const organisation = form.applicantType.value !== 'PERSON';
        const proof = await Proof.solve();
        const response = await fetch('/api/requests', {
          method: 'POST',
          headers: Object.assign({ 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
            proof ? { 'X-Proof-Of-Work': proof } : {}),
          body: JSON.stringify({
            applicantType: form.applicantType.value, name: form.name.value, idKind: organisation ? null : form.idKind.value,
            idNumber: form.idNumber.value, contactPerson: organisation ? form.contactPerson.value : null,
            phone: form.phone.value, email: form.email.value || null, address: form.address.value || null,
            description: form.description.value, purpose: form.purpose.value || null, form: form.form.value,
            delivery: form.delivery.value, feeWaiver: form.feeWaiver.checked,
            feeWaiverReason: form.feeWaiver.checked ? form.feeWaiverReason.value : null,
            attachments: uploaded.map((file) => file.token), website: form.website.value,
          }),
        });
        const data = await response.json().catch(() => ({}));
        if (!response.ok && (data.errors || []).some((e) => e.field === 'proofOfWork')) Proof.forget();
        if (!response.ok) throw Object.assign({ status: response.status }, data);
        document.getElementById('query-code').textContent = data.queryCode;
        document.getElementById('query-secret').textContent = data.querySecret;
        document.getElementById('received-on').textContent = chineseDate(data.receivedAt.slice(0, 10));
        document.getElementById('due-on').textContent = chineseDate(data.dueOn);
        document.getElementById('mailed').textContent = form.email.value ? t('request.mailed') : t('request.notMailed');
        document.getElementById('follow-now').onclick = async () => {
          const lookup = document.getElementById('lookup-form');
          lookup.queryCode.value = data.queryCode;
          lookup.querySecret.value = data.querySecret;
          await show(data.queryCode, data.querySecret);
          document.getElementById('status').scrollIntoView();
        };
        form.hidden = true;
        document.getElementById('receipt').hidden = false;
        document.getElementById('receipt').scrollIntoView();
      } catch (problem) {
        Api.showProblem(form, problem.status ? problem : { title: t('error.network') });
      } finally {
        button.disabled = false;
      }
    });
    const lookup = document.getElementById('lookup-form');
    lookup.addEventListener('submit', async (event) => {
      event.preventDefault();
      Api.clearProblem(lookup);
      try {
        await show(lookup.queryCode.value.trim(), lookup.querySecret.value.trim());
      } catch (problem) {
        Api.showProblem(lookup, problem);
      }
    });
  });
})();

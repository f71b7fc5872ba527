/*
 * The letter form: options and limits from /api/letters/form, counters as you type, attachments uploaded one by
 * one, and one Idempotency-Key per form so that sending twice (a double click, a lost answer) makes one letter.
 */
'use strict';
(() => {
  const t = (key, params) => I18n.t(key, params);
  const uploaded = [];
  let limits = null;
  const idempotencyKey = (window.crypto && crypto.randomUUID) ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

  function count(text) { return [...text.trim()].length; }

  function counters(form) {
    document.getElementById('title-counter').textContent = t('write.counter', { n: count(form.title.value), max: limits.titleMax });
    document.getElementById('content-counter').textContent = t('write.counter', { n: count(form.content.value), max: limits.contentMax });
    document.getElementById('title-counter').classList.toggle('over', count(form.title.value) > limits.titleMax);
    document.getElementById('content-counter').classList.toggle('over', count(form.content.value) > limits.contentMax);
    document.getElementById('attachments-hint').textContent = t('write.attachmentsHint', {
      count: limits.attachmentsMaxCount, size: Math.round(limits.attachmentsMaxBytes / 1048576) });
  }

  function renderAttachments() {
    const list = document.getElementById('attachment-list');
    list.replaceChildren(...uploaded.map((file, index) => el('li', {},
      `${file.filename}（${Math.ceil(file.size / 1024)} KB） `,
      el('button', { type: 'button', class: 'small', text: t('write.remove'), onclick: () => { uploaded.splice(index, 1); renderAttachments(); } }))));
  }

  async function upload(form, files) {
    Api.clearProblem(form);
    for (const file of files) {
      if (uploaded.length >= limits.attachmentsMaxCount) {
        Api.showProblem(form, { errors: [{ field: 'attachments', message: t('write.attachmentsHint', {
          count: limits.attachmentsMaxCount, size: Math.round(limits.attachmentsMaxBytes / 1048576) }) }] });
        break;
      }
      try {
        const response = await fetch('/api/letters/attachments', {
          method: 'POST', body: file,
          headers: { 'Content-Type': 'application/octet-stream', 'X-Filename': encodeURIComponent(file.name), Accept: 'application/json' },
        });
        const data = await response.json().catch(() => ({}));
        if (!response.ok) throw Object.assign({ status: response.status }, data);
        uploaded.push(data);
      } catch (problem) {
        Api.showProblem(form, Object.assign({}, problem, { errors: [{ field: 'file', message: `${file.name}：${problem.detail || problem.title || ''}` }] }));
      }
    }
    renderAttachments();
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await I18n.load();
    const form = document.getElementById('letter-form');
    limits = await Api.get('/letters/form');
    const box = new URLSearchParams(window.location.search).get('box');
    form.mailbox.replaceChildren(...limits.mailboxes.map((m) => el('option', { value: m.code, text: m.name, selected: m.code === box })));
    form.category.replaceChildren(...limits.categories.map((c) => el('option', { value: c.code, text: c.name })));
    // P1: the notice the server records the consent against, in the wording of its version
    if (limits.privacyNotice) {
      const notice = document.getElementById('privacy-notice');
      notice.removeAttribute('data-i18n');
      notice.textContent = limits.privacyNotice;
    }
    counters(form);
    I18n.onChange(() => { counters(form); renderAttachments(); });
    form.title.addEventListener('input', () => counters(form));
    form.content.addEventListener('input', () => counters(form));
    document.getElementById('files').addEventListener('change', async (event) => {
      await upload(form, [...event.target.files]);
      event.target.value = '';
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      Api.clearProblem(form);
      const button = document.getElementById('send');
      button.disabled = true;
      button.textContent = t('write.busy');
      try {
        const proof = await Proof.solve();
        const response = await fetch('/api/letters', {
          method: 'POST',
          headers: Object.assign({ 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
            proof ? { 'X-Proof-Of-Work': proof } : {}),
          body: JSON.stringify({
            mailbox: form.mailbox.value, category: form.category.value, title: form.title.value,
            content: form.content.value, name: form.name.value, phone: form.phone.value,
            email: form.email.value || null, publicConsent: form.publicConsent.checked, privacyAccepted: form.privacy.checked,
            noticeVersion: limits.noticeVersion,
            attachments: uploaded.map((file) => file.token), website: form.website.value,
          }),
        });
        const data = await response.json().catch(() => ({}));
        if (!response.ok && (data.errors || []).some((e) => e.field === 'proofOfWork')) Proof.forget();
        if (!response.ok) throw Object.assign({ status: response.status }, data);
        document.getElementById('query-code').textContent = data.queryCode;
        document.getElementById('query-secret').textContent = data.querySecret;
        document.getElementById('accept-by').textContent = data.acceptBy;
        document.getElementById('reply-by').textContent = data.replyBy;
        document.getElementById('mailed').textContent = data.mailed ? t('write.mailed') : t('write.notMailed');
        document.getElementById('follow-link').href = `/follow.html?code=${encodeURIComponent(data.queryCode)}`;
        form.hidden = true;
        document.getElementById('receipt').hidden = false;
        document.getElementById('receipt').scrollIntoView();
      } catch (problem) {
        Api.showProblem(form, problem.status ? problem : { title: t('error.network') });
        const first = form.querySelector('[aria-invalid]') || form.querySelector('.form-error');
        if (first) first.focus ? first.focus() : first.scrollIntoView();
      } finally {
        button.disabled = false;
        button.textContent = t('write.submit');
      }
    });
  });
})();

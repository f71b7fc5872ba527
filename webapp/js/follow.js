/* Following a letter: code and secret go in the request body, never in the address. */
'use strict';
(() => {
  const t = (key, params) => I18n.t(key, params);
  let credentials = null;
  let current = null;

  function row(label, value) {
    return [el('dt', { text: t(label) }), el('dd', {}, value === null || value === undefined || value === '' ? '—' : value)];
  }

  function render() {
    const status = document.getElementById('status');
    if (!current) { status.replaceChildren(); return; }
    const parts = [el('div', { class: 'card' },
      el('h2', { id: 'letter-title', text: current.title }),
      el('dl', { class: 'facts' },
        row('write.mailbox', current.mailboxName),
        row('write.category', current.categoryName),
        row('follow.state', el('strong', { id: 'letter-state', text: current.stateName })),
        row('follow.received', new Date(current.receivedAt).toLocaleString(I18n.lang)),
        row('follow.department', current.departmentName),
        current.acceptBy ? row('follow.acceptBy', current.acceptBy) : row('follow.due', current.dueOn),
        current.rejectReason ? row('follow.rejectReason', current.rejectReason) : null),
      el('details', { class: 'letter-own' }, el('summary', { text: t('follow.myLetter') }),
        el('p', { class: 'letter-text', id: 'letter-content', text: current.content })))];
    const reply = el('div', { class: 'card' }, el('h2', { text: t('follow.reply') }));
    if (current.replies.length) {
      current.replies.forEach((r, i) => reply.append(
        current.replies.length > 1 ? el('h3', { text: t('follow.round', { n: r.round }) }) : null,
        el('p', { class: 'hint', text: `${t('follow.repliedAt')}：${new Date(r.repliedAt).toLocaleString(I18n.lang)}` }),
        el('p', { class: 'reply-text', id: i === current.replies.length - 1 ? 'reply-text' : null, text: r.text })));
    } else {
      reply.append(el('p', { class: 'empty', text: t('follow.noReply') }));
    }
    parts.push(reply);
    if (current.satisfaction) {
      const unhappy = current.satisfaction === 'DISSATISFIED';
      parts.push(el('p', { class: unhappy ? 'notice warn' : 'notice ok', id: 'rated' }, t('follow.rated'),
        t(`follow.${current.satisfaction}`), unhappy && current.state !== 'CLOSED' ? `。${t('follow.rehandling')}` : null));
    }
    parts.push(el('div', { class: 'card' }, el('h2', { text: t('follow.steps') }),
      el('ol', { class: 'steps', id: 'steps' }, current.steps.map((step) => el('li', {},
        el('time', { text: new Date(step.at).toLocaleString(I18n.lang) }), ' ', step.stateName)))));
    if (current.publicConsent || current.consentWithdrawnAt) {
      // P1: consent to publication, withdrawable at any time (a published letter is taken down)
      const consent = el('form', { class: 'card', id: 'consent-form', novalidate: true },
        el('h2', { text: t('follow.consent') }),
        el('p', { class: 'form-error', role: 'alert', hidden: true }),
        current.publicConsent
          ? [el('p', { id: 'consent-state', text: t(current.published ? 'follow.consentPublished' : 'follow.consentGiven') }),
            el('button', { type: 'submit', class: 'secondary', id: 'withdraw-consent', text: t('follow.withdraw') })]
          : el('p', { id: 'consent-state', text: t('follow.consentWithdrawn', { at: new Date(current.consentWithdrawnAt).toLocaleString(I18n.lang) }) }));
      consent.addEventListener('submit', async (event) => {
        event.preventDefault();
        Api.clearProblem(consent);
        if (!window.confirm(t('follow.withdrawConfirm'))) return;
        try {
          current = await Api.post('/letters/consent-withdrawal', credentials);
          render();
          document.getElementById('consent-state').after(el('p', { class: 'notice ok', role: 'status', text: t('follow.withdrawn') }));
        } catch (problem) {
          Api.showProblem(consent, problem);
        }
      });
      parts.push(consent);
    }
    if (current.canRate) {
      const rating = el('form', { class: 'card', id: 'rating-form', novalidate: true },
        el('h2', { text: t('follow.rate') }),
        el('p', { class: 'form-error', role: 'alert', hidden: true }),
        el('div', { class: 'choices', role: 'radiogroup' }, ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'].map((value) => el('label', { class: 'check' },
          el('input', { type: 'radio', name: 'satisfaction', value, required: true }), el('span', { text: t(`follow.${value}`) })))),
        el('p', { class: 'field-error', 'data-error-for': 'satisfaction', hidden: true }),
        el('label', { for: 'comment', text: t('follow.comment') }),
        el('textarea', { id: 'comment', name: 'comment', rows: 3, maxlength: 500 }),
        el('button', { type: 'submit', id: 'rate', text: t('follow.rateSubmit') }));
      rating.addEventListener('submit', async (event) => {
        event.preventDefault();
        Api.clearProblem(rating);
        const chosen = rating.querySelector('input[name=satisfaction]:checked');
        try {
          current = await Api.post('/letters/rating', Object.assign({}, credentials, {
            satisfaction: chosen ? chosen.value : null, comment: rating.comment.value || null }));
          render();
        } catch (problem) {
          Api.showProblem(rating, problem);
        }
      });
      parts.push(rating);
    }
    status.replaceChildren(...parts);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await I18n.load();
    I18n.onChange(render);
    const form = document.getElementById('lookup-form');
    // the receipt's link carries the query code (never the secret) over
    const code = new URLSearchParams(window.location.search).get('code');
    if (code && /^[A-Za-z0-9-]{4,40}$/.test(code)) {
      form.queryCode.value = code;
      form.querySecret.focus();
    }
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      Api.clearProblem(form);
      credentials = { queryCode: form.queryCode.value.trim().toUpperCase(), querySecret: form.querySecret.value.trim() };
      try {
        current = await Api.post('/letters/lookup', credentials);
      } catch (problem) {
        current = null;
        Api.showProblem(form, problem);
      }
      render();
    });
  });
})();

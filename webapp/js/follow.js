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
        row('follow.due', current.dueOn),
        current.rejectReason ? row('follow.rejectReason', current.rejectReason) : null))];
    const reply = el('div', { class: 'card' }, el('h2', { text: t('follow.reply') }));
    if (current.reply) {
      reply.append(el('p', { class: 'hint', text: `${t('follow.repliedAt')}：${new Date(current.reply.repliedAt).toLocaleString(I18n.lang)}` }),
        el('p', { class: 'reply-text', id: 'reply-text', text: current.reply.text }));
    } else {
      reply.append(el('p', { class: 'empty', text: t('follow.noReply') }));
    }
    parts.push(reply);
    if (current.satisfaction) {
      parts.push(el('p', { class: 'notice ok', id: 'rated' }, t('follow.rated'), t(`follow.${current.satisfaction}`)));
    }
    if (current.canRate) {
      const rating = el('form', { class: 'card', id: 'rating-form', novalidate: true },
        el('h2', { text: t('follow.rate') }),
        el('p', { class: 'form-error', role: 'alert', hidden: true }),
        ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'].map((value) => el('label', { class: 'check' },
          el('input', { type: 'radio', name: 'satisfaction', value, required: true }), t(`follow.${value}`))),
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

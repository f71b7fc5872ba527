/*
 * The feedback form (征询意见表) of a suggestion or proposal, opened by the personal link in the reply mail: the
 * code, the proposer's number and secret come in the address's fragment (never sent to the server in a URL), are
 * kept in memory and removed from the address bar at once.
 */
'use strict';
(() => {
  const t = (key, params) => I18n.t(key, params);
  let link = null;
  let current = null;
  let problem = null;
  let thanked = false;

  function fromFragment() {
    const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    const code = params.get('c');
    const party = Number(params.get('p'));
    const secret = params.get('s');
    if (!code || !party || !secret) return null;
    return { code, party, secret };
  }

  function row(label, value) {
    return [el('dt', { text: t(label) }), el('dd', {}, value === null || value === undefined || value === '' ? '—' : value)];
  }

  function render() {
    const status = document.getElementById('status');
    if (problem) {
      status.replaceChildren(el('p', { class: 'notice error', role: 'alert', text: problem }));
      return;
    }
    if (!current) { status.replaceChildren(); return; }
    const parts = [el('div', { class: 'card' },
      el('h2', { id: 'motion-title', text: current.title }),
      el('dl', { class: 'facts' },
        row('feedback.number', `${current.typeName} 第${current.number}号`),
        row('feedback.proposer', current.proposer),
        row('feedback.state', el('strong', { id: 'motion-state', text: current.stateName }))))];
    const replies = el('div', { class: 'card' }, el('h2', { text: t('feedback.replies') }));
    if (current.replies.length === 0) {
      replies.append(el('p', { class: 'empty', text: t('feedback.noReply') }));
    }
    current.replies.forEach((r) => {
      replies.append(el('section', { class: 'reply' },
        el('h3', { text: `${t('feedback.round', { n: r.round })} · ${r.unit || ''}` }),
        el('dl', { class: 'facts' },
          row('feedback.class', r.replyClassName ? `${r.replyClass} 类：${r.replyClassName}` : r.replyClass),
          row('feedback.sentAt', new Date(r.sentAt).toLocaleString(I18n.lang))),
        el('p', { class: 'reply-text', text: r.text })));
    });
    parts.push(replies);
    if (thanked) parts.push(el('p', { class: 'notice ok', id: 'thanks', text: t('feedback.thanks') }));
    if (current.rating && !current.canRate) {
      parts.push(el('p', { class: 'notice ok', id: 'rated' }, t('feedback.rated'), t(`follow.${current.rating}`)));
    }
    if (current.canRate) {
      const form = el('form', { class: 'card', id: 'rating-form', novalidate: true },
        el('h2', { text: t('feedback.rate') }),
        el('p', { class: 'form-error', role: 'alert', hidden: true }),
        ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'].map((value) => el('label', { class: 'check' },
          el('input', { type: 'radio', name: 'satisfaction', value, required: true }),
          t(value === 'DISSATISFIED' ? 'feedback.DISSATISFIED' : `follow.${value}`))),
        el('p', { class: 'field-error', 'data-error-for': 'satisfaction', hidden: true }),
        el('label', { for: 'comment', text: t('follow.comment') }),
        el('textarea', { id: 'comment', name: 'comment', rows: 3, maxlength: 500 }),
        el('button', { type: 'submit', id: 'rate', text: t('follow.rateSubmit') }));
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        Api.clearProblem(form);
        const chosen = form.querySelector('input[name=satisfaction]:checked');
        try {
          current = await Api.post('/feedback', Object.assign({}, link, {
            satisfaction: chosen ? chosen.value : null, comment: form.comment.value || null }));
          thanked = true;
          render();
        } catch (failure) {
          Api.showProblem(form, failure);
        }
      });
      parts.push(form);
    }
    status.replaceChildren(...parts);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await I18n.load();
    I18n.onChange(render);
    link = fromFragment();
    history.replaceState(null, '', window.location.pathname);
    if (!link) {
      problem = t('feedback.noLink');
    } else {
      try {
        current = await Api.post('/feedback/form', link);
      } catch (failure) {
        problem = failure && failure.detail ? failure.detail : t('feedback.noLink');
      }
    }
    render();
  });
})();

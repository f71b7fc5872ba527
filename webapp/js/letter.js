/* One published letter and its reply, on a page of its own (printable, larger text): masked by the server. */
'use strict';
(() => {
  const t = (key, params) => I18n.t(key, params);
  let letter = null;

  function render() {
    if (!letter) return;
    document.title = `${letter.title} · ${t('site.title')}`;
    const day = (instant) => (instant ? new Date(instant).toLocaleDateString(I18n.lang) : '—');
    document.getElementById('letter').replaceChildren(
      el('h1', { class: 'doc-title', id: 'letter-title', text: letter.title }),
      el('dl', { class: 'facts' },
        el('dt', { text: t('published.number') }), el('dd', { text: String(letter.id) }),
        el('dt', { text: t('write.mailbox') }), el('dd', { text: letter.mailboxName }),
        el('dt', { text: t('write.category') }), el('dd', { text: letter.categoryName }),
        el('dt', { text: t('published.from') }), el('dd', { text: letter.writer }),
        el('dt', { text: t('published.received') }), el('dd', { text: day(letter.receivedAt) })),
      el('h2', { text: t('published.letter') }),
      el('p', { class: 'letter-text', id: 'letter-content', text: letter.content }),
      el('h2', { text: `${t('follow.reply')}（${letter.departmentName || '—'}，${day(letter.repliedAt)}）` }),
      el('p', { class: 'reply-text', id: 'letter-reply', text: letter.reply || t('follow.noReply') }));
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await I18n.load();
    I18n.onChange(render);
    const id = new URLSearchParams(window.location.search).get('id');
    try {
      if (!/^[0-9]+$/.test(id || '')) throw { status: 404 };
      letter = await Api.get(`/letters/published/${id}`);
      render();
    } catch (problem) {
      document.getElementById('letter').replaceChildren(el('p', { class: 'empty', text: problem.status === 404 ? t('published.missing') : problem.detail || problem.title }));
    }
  });
})();

/* Published letters and replies: names and numbers arrive already masked from the server. */
'use strict';
(() => {
  const t = (key, params) => I18n.t(key, params);
  let page = null;

  async function load(number) {
    page = await Api.get(`/letters/published?page=${number}&size=10`);
    render();
  }

  function render() {
    const section = document.getElementById('published');
    if (!page) return;
    if (!page.items.length) {
      section.replaceChildren(el('p', { class: 'empty', text: t('published.empty') }));
      return;
    }
    const pages = Math.max(1, Math.ceil(page.total / page.size));
    section.replaceChildren(...page.items.map((letter) => el('article', { class: 'card letter' },
      el('h2', { text: letter.title }),
      el('p', { class: 'hint', text: `${letter.mailboxName} · ${letter.categoryName} · ${t('published.from')} ${letter.writer} · ${new Date(letter.receivedAt).toLocaleDateString(I18n.lang)}` }),
      el('p', { class: 'letter-text', text: letter.content }),
      el('h3', { text: `${t('follow.reply')}（${letter.departmentName || ''}，${new Date(letter.repliedAt).toLocaleDateString(I18n.lang)}）` }),
      el('p', { class: 'reply-text', text: letter.reply }))),
    el('div', { class: 'pager' },
      el('button', { type: 'button', disabled: page.page <= 1, onclick: () => load(page.page - 1), text: t('paging.previous') }),
      el('span', { text: t('paging.summary', { page: page.page, pages, total: page.total }) }),
      el('button', { type: 'button', disabled: page.page >= pages, onclick: () => load(page.page + 1), text: t('paging.next') })));
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await I18n.load();
    I18n.onChange(render);
    await load(1);
  });
})();

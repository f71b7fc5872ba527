/* The disclosure guide (公开指南): sanitised HTML kept current by publishers. */
'use strict';
(() => {
  document.addEventListener('DOMContentLoaded', async () => {
    await I18n.load();
    try {
      const guide = await Api.get('/disclosures/guide');
      document.getElementById('guide').replaceChildren(richText(guide.body));
      if (guide.updatedAt) {
        document.getElementById('updated').textContent = I18n.t('guide.updated', { date: new Date(guide.updatedAt).toLocaleDateString(I18n.lang) });
      }
    } catch (problem) {
      document.getElementById('guide').replaceChildren(el('p', { class: 'empty', text: problem.detail || problem.title }));
    }
  });
})();

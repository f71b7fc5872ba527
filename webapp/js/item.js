/*
 * One published item, laid out as on a Chinese government site: the metadata header (索引号 · 发布机构 · 发布日期 ·
 * 名称 · 有效性 · 文号 …), the body (sanitised on the server when it was saved) and the attachments.
 */
'use strict';
(() => {
  const t = (key, params) => I18n.t(key, params);
  let item = null;

  function size(bytes) {
    return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  }

  function render() {
    const article = document.getElementById('item');
    if (!item) return;
    document.title = `${item.title} · ${t('site.title')}`;
    const validity = item.validityName + (item.validity !== 'VALID' && item.validityChangedOn
      ? t('item.validitySince', { date: item.validityChangedOn, by: item.repealedBy || '—' }) : '');
    const rows = [
      ['item.indexNumber', item.indexNumber, 'item.subject', item.subject],
      ['item.publisher', item.publisher, 'item.writtenOn', item.writtenOn],
      ['item.name', item.title, null, null],
      ['item.documentNumber', item.documentNumber, 'item.publishedOn', item.publishedOn],
      ['item.genre', item.genre, 'item.domain', item.domainName],
      ['item.validity', validity, 'item.attribute', item.disclosureAttributeName],
      ['item.keywords', item.keywords, item.normative ? 'item.registrationNumber' : null, item.normative ? `${item.registrationNumber || '—'}（${item.normativeStatusName || ''}）` : null],
    ];
    article.replaceChildren(
      el('table', { class: 'meta', id: 'meta' }, el('tbody', {}, rows.map(([k1, v1, k2, v2]) => el('tr', {},
        el('th', { scope: 'row', text: t(k1) }),
        el('td', { colspan: k2 ? null : 3, 'data-field': k1, text: v1 || '—' }),
        k2 ? el('th', { scope: 'row', text: t(k2) }) : null,
        k2 ? el('td', { 'data-field': k2, text: v2 || '—' }) : null)))),
      el('h1', { class: 'doc-title', text: item.title }),
      item.documentNumber ? el('p', { class: 'doc-number', text: item.documentNumber }) : null,
      item.summary ? el('p', { class: 'summary', text: `${t('item.summary')}：${item.summary}` }) : null,
      el('div', { class: 'body', id: 'body' }, item.body === undefined || item.body === null
        ? el('p', { class: 'notice', text: t('item.onRequest') }) : richText(item.body)),
      item.attachments.length ? el('section', { class: 'files' }, el('h2', { text: t('item.attachments') }),
        el('ul', { class: 'attachments' }, item.attachments.map((a) => el('li', {},
          el('a', { href: `/api/disclosures/${item.id}/attachments/${a.id}`, text: a.filename }), ` （${size(a.size)}）`)))) : null);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await I18n.load();
    I18n.onChange(render);
    const id = new URLSearchParams(window.location.search).get('id');
    try {
      if (!/^[0-9]+$/.test(id || '')) throw { detail: t('item.missing') };
      item = await Api.get(`/disclosures/${id}`);
      render();
    } catch (problem) {
      document.getElementById('item').replaceChildren(el('p', { class: 'empty', text: problem.status === 404 ? t('item.missing') : problem.detail || problem.title }));
    }
  });
})();

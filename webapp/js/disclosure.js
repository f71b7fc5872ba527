/*
 * The disclosure portal: key domains with their counts, the catalogue (filters, sort, pages) and the Chinese
 * full-text search with highlighted snippets and facets. The state lives in the address (shareable links);
 * nothing personal is ever in it.
 */
'use strict';
(() => {
  const t = (key, params) => I18n.t(key, params);
  const PARAMS = ['q', 'domain', 'year', 'publisher', 'validity', 'subject', 'genre', 'sort', 'page'];
  let filters = null;
  let result = null;
  let latest = 0;

  function state() {
    const query = new URLSearchParams(window.location.search);
    const s = {};
    PARAMS.forEach((name) => { if (query.get(name)) s[name] = query.get(name); });
    return s;
  }

  function go(changes) {
    const s = Object.assign(state(), changes);
    if (!('page' in changes)) delete s.page;
    const query = new URLSearchParams();
    PARAMS.forEach((name) => { if (s[name]) query.set(name, s[name]); });
    history.pushState(null, '', `${window.location.pathname}${query.toString() ? `?${query}` : ''}`);
    load();
  }

  /** Server snippets are escaped text with <mark>: only text and mark elements are kept. */
  function marked(html) {
    const template = document.createElement('template');
    template.innerHTML = html || '';
    const out = document.createDocumentFragment();
    template.content.childNodes.forEach((node) => {
      if (node.nodeName === 'MARK') out.append(el('mark', { text: node.textContent }));
      else out.append(document.createTextNode(node.textContent));
    });
    return out;
  }

  function options(select, list, current, anyKey) {
    select.replaceChildren(el('option', { value: '', text: t(anyKey) }),
      ...list.map(([value, label]) => el('option', { value, selected: String(value) === current, text: label })));
  }

  function renderFilters() {
    if (!filters) return;
    const s = state();
    const domains = document.getElementById('domains');
    domains.replaceChildren(...filters.domains.map((d) => el('a', {
      class: `domain${s.domain === d.code ? ' current' : ''}`, href: `?domain=${encodeURIComponent(d.code)}`,
      'data-domain': d.code,
      onclick: (event) => { event.preventDefault(); go({ domain: d.code, q: s.q }); },
    }, el('span', { class: 'name', text: d.name }), el('span', { class: 'count', text: t('disclosure.count', { count: d.count }) }))));
    options(document.getElementById('f-domain'), filters.domains.map((d) => [d.code, `${d.name}（${d.count}）`]), s.domain || '', 'disclosure.any');
    options(document.getElementById('f-year'), filters.years.map((y) => [y, String(y)]), s.year || '', 'disclosure.any');
    options(document.getElementById('f-publisher'), filters.publishers.map((p) => [p.code, `${p.name}（${p.count}）`]), s.publisher || '', 'disclosure.any');
    options(document.getElementById('f-validity'), filters.validities.map((v) => [v.code, v.name]), s.validity || '', 'disclosure.any');
    options(document.getElementById('f-subject'), filters.subjects.map((v) => [v, v]), s.subject || '', 'disclosure.any');
    options(document.getElementById('f-genre'), filters.genres.map((v) => [v, v]), s.genre || '', 'disclosure.any');
    const sorts = [['', s.q ? t('disclosure.sort.relevance') : t('disclosure.sort.newest')], ['publishedOn', t('disclosure.sort.published')],
      ['title', t('disclosure.sort.title')], ['indexNumber', t('disclosure.sort.index')]];
    const sort = document.getElementById('f-sort');
    sort.replaceChildren(...sorts.map(([value, label]) => el('option', { value, selected: value === (s.sort || ''), text: label })));
    document.getElementById('q').value = s.q || '';
  }

  function renderResults() {
    const results = document.getElementById('results');
    const summary = document.getElementById('summary');
    const facets = document.getElementById('facets');
    if (!result) return;
    const s = state();
    summary.textContent = s.q ? t('disclosure.found', { q: s.q, total: result.total }) : t('disclosure.listed', { total: result.total });
    facets.replaceChildren();
    if (s.q && result.facets) {
      Object.entries(result.facets).forEach(([facet, values]) => {
        if (!values.length) return;
        facets.append(el('div', { class: 'facet' }, el('strong', { text: `${t(`disclosure.${facet}`)}：` }),
          values.slice(0, 10).map((v) => el('a', {
            href: '#', class: s[facet] === v.code ? 'current' : null,
            onclick: (event) => { event.preventDefault(); go({ [facet]: s[facet] === v.code ? '' : v.code }); },
            text: `${v.name}（${v.count}）`,
          }))));
      });
    }
    if (!result.items.length) {
      results.replaceChildren(el('p', { class: 'empty', text: s.q ? t('disclosure.none.search') : t('disclosure.none') }));
      return;
    }
    const pages = Math.max(1, Math.ceil(result.total / result.size));
    results.replaceChildren(
      el('div', { class: 'table-wrap' }, el('table', { class: 'catalogue' },
        el('thead', {}, el('tr', {}, ['disclosure.indexNumber', 'disclosure.name', 'disclosure.publisher', 'disclosure.documentNumber',
          'disclosure.publishedOn', 'disclosure.validity'].map((key) => el('th', { text: t(key) })))),
        el('tbody', {}, result.items.map((item) => el('tr', {},
          el('td', { 'data-label': t('disclosure.indexNumber'), class: 'nowrap', text: item.indexNumber }),
          el('td', { 'data-label': t('disclosure.name') },
            el('a', { href: `/item.html?id=${item.id}`, class: 'item-link' }, item.titleHtml ? marked(item.titleHtml) : item.title),
            item.snippet ? el('p', { class: 'snippet' }, marked(item.snippet)) : null),
          el('td', { 'data-label': t('disclosure.publisher'), text: item.publisher }),
          el('td', { 'data-label': t('disclosure.documentNumber'), text: item.documentNumber || '—' }),
          el('td', { 'data-label': t('disclosure.publishedOn'), class: 'nowrap', text: item.publishedOn }),
          el('td', { 'data-label': t('disclosure.validity'), text: item.validityName })))))),
      el('div', { class: 'pager' },
        el('button', { type: 'button', disabled: result.page <= 1, onclick: () => go({ page: String(result.page - 1) }), text: t('paging.previous') }),
        el('span', { text: t('paging.summary', { page: result.page, pages, total: result.total }) }),
        el('button', { type: 'button', disabled: result.page >= pages, onclick: () => go({ page: String(result.page + 1) }), text: t('paging.next') })));
  }

  /** Loads what the address asks for; an answer to an earlier, superseded load is dropped. */
  async function load() {
    const mine = ++latest;
    const s = state();
    const query = new URLSearchParams();
    Object.entries(s).forEach(([name, value]) => {
      if (name === 'sort') {
        query.set('sort', value);
        query.set('order', value === 'title' || value === 'indexNumber' ? 'asc' : 'desc');
      } else query.set(name, value);
    });
    query.set('size', '20');
    document.getElementById('summary').textContent = t('common.loading');
    try {
      const [f, r] = await Promise.all([filters ? Promise.resolve(filters) : Api.get('/disclosures/filters'),
        Api.get(`/disclosures?${query}`)]);
      if (mine !== latest) return;
      [filters, result] = [f, r];
    } catch (problem) {
      if (mine !== latest) return;
      result = null;
      document.getElementById('summary').textContent = problem.detail || problem.title;
      document.getElementById('results').replaceChildren();
      return;
    }
    renderFilters();
    renderResults();
    // what is shown now answers this address (browser tests wait for it)
    document.getElementById('results').dataset.shown = window.location.search;
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await I18n.load();
    I18n.onChange(() => { renderFilters(); renderResults(); });
    document.getElementById('search').addEventListener('submit', (event) => {
      event.preventDefault();
      go({ q: document.getElementById('q').value.trim() });
    });
    document.getElementById('filters').addEventListener('change', (event) => go({ [event.target.name]: event.target.value }));
    window.addEventListener('popstate', load);
    await load();
  });
})();

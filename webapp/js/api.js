/*
 * Calls to /api. The session travels in an HttpOnly cookie; every change repeats the session's CSRF token
 * in a header. Errors arrive as problem+json and are thrown as {status, title, detail, errors}.
 */
'use strict';

/*
 * The pages build their content with replaceChildren/append/prepend and leave a part out by passing null (a
 * document number an item does not have). The DOM would print such a part as the text "null"; here absent parts
 * are skipped, once for every page, instead of at each of the hundred calls.
 */
['replaceChildren', 'append', 'prepend'].forEach((name) => {
  [Element.prototype, DocumentFragment.prototype].forEach((proto) => {
    const original = proto[name];
    proto[name] = function present(...children) {
      return original.apply(this, children.filter((child) => child !== null && child !== undefined && child !== false));
    };
  });
});

const Api = (() => {
  const CSRF_KEY = 'govinbox.csrf';

  /**
   * {@code body} is sent as JSON; a {@code raw} string is sent as it is (an uploaded JSON file); a {@code version}
   * goes out as If-Match, so that a change made by someone else since the page was read answers 409.
   */
  async function request(method, path, body, raw, version) {
    const headers = { Accept: 'application/json' };
    if (version !== undefined && version !== null) headers['If-Match'] = `"${version}"`;
    if (body !== undefined || raw !== undefined) headers['Content-Type'] = 'application/json';
    const csrf = sessionStorage.getItem(CSRF_KEY);
    if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
    let response;
    try {
      response = await fetch(`/api${path}`, {
        method, headers, credentials: 'same-origin',
        body: raw !== undefined ? raw : body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      throw { status: 0, title: I18n.t('error.network') };
    }
    if (response.status === 204) return null;
    const data = await response.json().catch(() => null);
    if (!response.ok) throw Object.assign({ status: response.status, title: `HTTP ${response.status}` }, data || {});
    return data;
  }

  /** Uploads a file as the request body (its name URL-encoded in X-Filename); answers like the other calls. */
  async function upload(path, file) {
    const headers = { Accept: 'application/json', 'Content-Type': file.type || 'application/octet-stream',
      'X-Filename': encodeURIComponent(file.name) };
    const csrf = sessionStorage.getItem(CSRF_KEY);
    if (csrf) headers['X-CSRF-Token'] = csrf;
    let response;
    try {
      response = await fetch(`/api${path}`, { method: 'POST', headers, credentials: 'same-origin', body: file });
    } catch (e) {
      throw { status: 0, title: I18n.t('error.network') };
    }
    const data = await response.json().catch(() => null);
    if (!response.ok) throw Object.assign({ status: response.status, title: `HTTP ${response.status}` }, data || {});
    return data;
  }

  function remember(session) {
    if (session && session.csrfToken) sessionStorage.setItem(CSRF_KEY, session.csrfToken);
  }

  function forget() { sessionStorage.removeItem(CSRF_KEY); }

  /** Shows a problem in a form: the general message in .form-error, each field's next to its input. */
  function showProblem(form, problem) {
    clearProblem(form);
    const general = form.querySelector('.form-error');
    if (general) {
      general.textContent = problem.detail || problem.title || '';
      general.hidden = false;
    }
    const unplaced = [];
    (problem.errors || []).forEach((error) => {
      const slot = form.querySelector(`[data-error-for="${CSS.escape(error.field)}"]`);
      if (!slot) unplaced.push(error.message);
      if (slot) {
        slot.textContent = slot.textContent ? `${slot.textContent}；${error.message}` : error.message;
        slot.hidden = false;
      }
      const input = form.querySelector(`[name="${CSS.escape(error.field)}"]`);
      if (input) input.setAttribute('aria-invalid', 'true');
    });
    if (general && unplaced.length > 1) {
      general.append(el('ul', {}, unplaced.map((message) => el('li', { text: message }))));
    }
  }

  function clearProblem(form) {
    form.querySelectorAll('.form-error, [data-error-for]').forEach((el) => { el.textContent = ''; el.hidden = true; });
    form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  }

  return {
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    put: (path, body) => request('PUT', path, body),
    /** POST or PUT guarded by the version the page was read at (If-Match). */
    postVersion: (path, body, version) => request('POST', path, body, undefined, version),
    putVersion: (path, body, version) => request('PUT', path, body, undefined, version),
    putFile: (path, text) => request('PUT', path, undefined, text),
    del: (path) => request('DELETE', path),
    upload,
    remember, forget, showProblem, clearProblem,
  };
})();

/** The public lists' pager: previous, "page n of m, t items", next; {@code go(n)} shows page n. */
function listPager(page, go) {
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  return el('div', { class: 'pager' },
    el('button', { type: 'button', disabled: page.page <= 1, onclick: () => go(page.page - 1), text: I18n.t('paging.previous') }),
    el('span', { text: I18n.t('paging.summary', { page: page.page, pages, total: page.total }) }),
    el('button', { type: 'button', disabled: page.page >= pages, onclick: () => go(page.page + 1), text: I18n.t('paging.next') }));
}

/** Prints one element of the page alone (a decision letter): the print style hides the rest while it prints. */
function printOnly(element) {
  document.querySelectorAll('[data-print]').forEach((node) => node.removeAttribute('data-print'));
  element.setAttribute('data-print', '');
  document.body.classList.add('print-one');
  window.addEventListener('afterprint', () => document.body.classList.remove('print-one'), { once: true });
  window.print();
}

/** Builds an element; text is always set as text, never parsed as HTML. */
function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'text') element.textContent = value;
    else element.setAttribute(name, value === true ? '' : value);
  });
  children.flat().forEach((child) => {
    if (child === null || child === undefined) return;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return element;
}

/**
 * Rich text that the server sanitised when it was saved (item bodies, the disclosure guide), as nodes: parsed in
 * an inert template, with anything executable removed once more (CSP forbids inline scripts as well).
 */
function richText(html) {
  const template = document.createElement('template');
  template.innerHTML = html || '';
  template.content.querySelectorAll('script, style, iframe, object, embed, form, link, meta').forEach((node) => node.remove());
  template.content.querySelectorAll('*').forEach((node) => {
    [...node.attributes].forEach((a) => { if (a.name.startsWith('on')) node.removeAttribute(a.name); });
  });
  return template.content;
}

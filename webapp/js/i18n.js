/* Interface text from /i18n/{lang}.json: zh-CN by default, English on request (remembered in this browser). */
'use strict';
const I18n = (() => {
  const KEY = 'govinbox.lang';
  let lang = localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
  let messages = {};
  const listeners = [];

  async function load() {
    const response = await fetch(`/i18n/${lang}.json`);
    messages = await response.json();
    document.documentElement.lang = lang;
    apply(document);
    listeners.forEach((listener) => listener());
  }

  function t(key, params) {
    let text = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : key;
    Object.entries(params || {}).forEach(([name, value]) => {
      text = text.replace(`{${name}}`, String(value));
    });
    return text;
  }

  function apply(root) {
    root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
    root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
    if (document.body && document.body.dataset.titleKey) {
      document.title = `${t(document.body.dataset.titleKey)} · ${t('site.title')}`;
    }
  }

  function toggle() {
    lang = lang === 'zh-CN' ? 'en' : 'zh-CN';
    localStorage.setItem(KEY, lang);
    return load();
  }

  function onChange(listener) { listeners.push(listener); }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-action="toggle-language"]').forEach((button) => {
      button.addEventListener('click', toggle);
    });
  });

  return { load, t, apply, toggle, onChange, get lang() { return lang; } };
})();

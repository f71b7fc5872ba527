'use strict';
document.addEventListener('DOMContentLoaded', async () => {
  await I18n.load();
  try {
    const site = await Api.get('/site');
    document.querySelectorAll('[data-site="organisationName"]').forEach((node) => { node.textContent = site.organisationName; });
  } catch (e) {
    /* the page works without the name */
  }
});

'use strict';
document.addEventListener('DOMContentLoaded', async () => {
  await I18n.load();
  const form = document.getElementById('login-form');
  const button = document.getElementById('sign-in');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    Api.clearProblem(form);
    button.disabled = true;
    button.textContent = I18n.t('login.busy');
    try {
      const session = await Api.post('/session', {
        username: form.username.value.trim(),
        password: form.password.value,
      });
      Api.remember(session);
      window.location.assign(session.mustChangePassword ? '/console.html#password' : '/console.html');
    } catch (problem) {
      Api.showProblem(form, problem);
      form.password.value = '';
      form.password.focus();
    } finally {
      button.disabled = false;
      button.textContent = I18n.t('login.submit');
    }
  });
});

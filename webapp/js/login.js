'use strict';
document.addEventListener('DOMContentLoaded', async () => {
  await I18n.load();
  const form = document.getElementById('login-form');
  const button = document.getElementById('sign-in');
  const codeField = document.getElementById('code-field');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    Api.clearProblem(form);
    button.disabled = true;
    button.textContent = I18n.t('login.busy');
    try {
      const credentials = { username: form.username.value.trim(), password: form.password.value };
      if (!codeField.hidden && form.code.value.trim()) credentials.code = form.code.value.trim();
      const session = await Api.post('/session', credentials);
      Api.remember(session);
      const next = session.mustChangePassword ? '#password' : session.mustEnrollSecondFactor ? '#secondFactor' : '';
      window.location.assign(`/console.html${next}`);
    } catch (problem) {
      if (problem && problem.type === 'urn:govinbox:second-factor') {
        // the password was right: the second factor is asked for (and the password kept for the next try)
        const first = codeField.hidden;
        codeField.hidden = false;
        form.code.value = '';
        if (first) {
          form.code.focus();
          return;
        }
        Api.showProblem(form, problem);
        form.code.focus();
        return;
      }
      Api.showProblem(form, problem);
      form.password.value = '';
      form.password.focus();
    } finally {
      button.disabled = false;
      button.textContent = I18n.t('login.submit');
    }
  });
});

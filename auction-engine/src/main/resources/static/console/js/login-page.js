// The login page: a plain form POST to /console/login carrying the CSRF token of the new session.
import { onLangChange, t, translatePage, wireToggle } from './i18n.js';

function showNotice() {
  const params = new URLSearchParams(window.location.search);
  const box = document.getElementById('login-notice');
  if (params.has('error')) {
    box.className = 'notice bad';
    box.textContent = t('login.error');
  } else if (params.has('logout')) {
    box.className = 'notice ok';
    box.textContent = t('login.loggedOut');
  }
}

async function start() {
  wireToggle();
  translatePage();
  showNotice();
  onLangChange(showNotice);
  const response = await fetch('/console/csrf', { credentials: 'same-origin', cache: 'no-store' });
  const csrf = await response.json();
  const input = document.getElementById('csrf');
  input.name = csrf.parameterName;
  input.value = csrf.token;
  document.getElementById('login-submit').disabled = false;
}

start();

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
  await loadToken();
  document.getElementById('login-submit').disabled = false;
  // Fetch the token again just before sending: it must belong to the session whose cookie the browser holds
  // at that moment, even if another response on this page replaced the cookie after the page loaded.
  document.getElementById('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    document.getElementById('login-submit').disabled = true;
    await loadToken();
    event.target.submit();
  });
}

async function loadToken() {
  const response = await fetch('/console/csrf', { credentials: 'same-origin', cache: 'no-store' });
  const csrf = await response.json();
  const input = document.getElementById('csrf');
  input.name = csrf.parameterName;
  input.value = csrf.token;
}

start();

// What every signed-in page shares: the top bar (navigation, who is signed in, language, sign out), the
// session's CSRF token, ward names, officer-only parts hidden from analysts, and the confirmation dialog.
import { get, setCsrf } from './api.js';
import { DIALOG_HTML } from './dialog.js';
import { setWards, translatePage, wireToggle } from './i18n.js';

const NAV = [
  ['auctions', '/console/', 'nav.auctions'],
  ['facilities', '/console/facilities', 'nav.facilities'],
  ['lots', '/console/lots', 'nav.lots'],
];

function topbar(active, me) {
  const links = NAV.map(([id, href, key]) =>
    `<a href="${href}" data-i18n="${key}"${id === active ? ' class="active" aria-current="page"' : ''}></a>`).join('');
  return `
  <a class="brand" href="/console/">Tomoni<small data-i18n="app.tagline"></small></a>
  <nav>${links}</nav>
  <div class="who">
    <span id="who-name"></span>
    <span class="badge ${me.role}" id="who-role" data-i18n="role.${me.role}"></span>
    <span class="lang-toggle" role="group" aria-label="Language">
      <button type="button" data-lang="ja" id="lang-ja">日本語</button>
      <button type="button" data-lang="en" id="lang-en">English</button>
    </span>
    <form method="post" action="/console/logout">
      <input type="hidden" name="${me.csrf.parameterName}" value="${me.csrf.token}">
      <button type="submit" class="secondary" id="logout" data-i18n="nav.logout"></button>
    </form>
  </div>`;
}

/**
 * Sets up a signed-in page and resolves to {me, officer: boolean, facilityOfficer: boolean}. Elements marked
 * data-officer are removed for anyone who does not run auctions (the operator and a group's lead officers do),
 * those marked data-facility-officer for anyone who may not import facilities (those two and a body's own
 * officers, for their body); the API refuses their actions as well.
 */
export async function startPage(active) {
  const [me, wards] = await Promise.all([get('/api/v1/console/me'), get('/api/v1/console/wards')]);
  setCsrf(me.csrf);
  setWards(wards);
  const bar = document.getElementById('topbar');
  bar.classList.add('topbar');
  bar.innerHTML = topbar(active, me);
  bar.querySelector('#who-name').textContent = me.name;
  document.body.insertAdjacentHTML('beforeend', DIALOG_HTML);
  const officer = me.lead === true;
  const facilityOfficer = officer || me.role === 'BODY_OFFICER';
  if (!officer) {
    document.querySelectorAll('[data-officer]').forEach((el) => el.remove());
  }
  if (!facilityOfficer) {
    document.querySelectorAll('[data-facility-officer]').forEach((el) => el.remove());
  }
  document.body.dataset.role = me.role;
  wireToggle(bar);
  translatePage();
  return { me, officer, facilityOfficer };
}

/** Escapes text for HTML. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  }[c]));
}

/** Shows a notice ('ok', 'bad' or 'info') in the element with id, or hides it when text is empty. */
export function notice(id, kind, text) {
  const el = document.getElementById(id);
  el.className = 'notice ' + kind;
  el.textContent = text;
  el.classList.toggle('hidden', !text);
}

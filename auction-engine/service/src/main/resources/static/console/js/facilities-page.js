// Facilities: the registered list (filter by ward) and, for officers, import of a CSV file chosen in the
// browser through the import API; a refused file shows every row's error (line, field, code, message).
import { ApiError, get, request } from './api.js';
import { int, price } from './format.js';
import { onLangChange, t, wardName, lang } from './i18n.js';
import { esc, notice, startPage } from './shell.js';

let facilities = [];
let lastErrors = [];

function wardOptions() {
  const select = document.getElementById('ward-filter');
  const chosen = select.value;
  const codes = [...new Set(facilities.map((f) => f.wardCode))].sort();
  select.innerHTML = `<option value="">${esc(t('facilities.allWards'))}</option>` + codes.map((code) =>
    `<option value="${esc(code)}">${esc(wardName(code))} (${esc(code)})</option>`).join('');
  select.value = codes.includes(chosen) ? chosen : '';
}

function render() {
  wardOptions();
  const ward = document.getElementById('ward-filter').value;
  const shown = facilities.filter((f) => !ward || f.wardCode === ward);
  document.getElementById('facility-count').textContent = t('facilities.count', { count: int(shown.length) });
  document.querySelector('#facilities tbody').innerHTML = shown.map((f) => `
    <tr>
      <td class="nowrap">${esc(wardName(f.wardCode))}</td>
      <td class="nowrap">${esc(f.id)}</td>
      <td>${esc(lang() === 'ja' && f.nameJa ? f.nameJa : f.name)}</td>
      <td class="nowrap">${esc(t('type.' + f.type))}</td>
      <td class="nowrap">${esc(t('voltage.' + f.voltageClass))}</td>
      <td class="num">${int(f.contractKw)}</td>
      <td class="num">${int(f.annualKwh)}</td>
      <td class="num">${f.currentPrice ? esc(price(f.currentPrice)) : '—'}</td>
      <td>${esc(f.baselineFactor.value)} ${esc(t('unit.factor'))}
        <span class="muted small">(${esc(t('factor.' + f.baselineFactor.kind))}, ${esc(t('factor.fy', { year: f.baselineFactor.fiscalYear }))})</span></td>
    </tr>`).join('');
  document.getElementById('no-facilities').classList.toggle('hidden', facilities.length > 0);
  renderErrors();
}

function renderErrors() {
  const box = document.getElementById('import-errors');
  if (!box) {
    return;
  }
  box.classList.toggle('hidden', lastErrors.length === 0);
  box.querySelector('tbody').innerHTML = lastErrors.map((e) => `
    <tr class="import-error">
      <td class="num">${esc(e.line)}</td>
      <td>${esc(e.field)}</td>
      <td><span class="badge REJECTED">${esc(e.code)}</span></td>
      <td>${esc(e.message)}</td>
    </tr>`).join('');
}

async function load() {
  facilities = await get('/api/v1/console/facilities');
  render();
}

async function importFile(event) {
  event.preventDefault();
  const file = document.getElementById('import-file').files[0];
  lastErrors = [];
  renderErrors();
  if (!file) {
    notice('import-notice', 'bad', t('import.choose'));
    return;
  }
  const button = document.getElementById('import-submit');
  button.disabled = true;
  notice('import-notice', 'info', t('import.sending', { name: file.name }));
  try {
    const answer = (await request('POST', '/api/v1/facilities', { text: await file.text(), contentType: 'text/csv' })).data;
    notice('import-notice', 'ok', t('import.done', { count: int(answer.imported), name: file.name }));
    await load();
  } catch (e) {
    if (e instanceof ApiError && e.errors.length) {
      lastErrors = e.errors;
      notice('import-notice', 'bad', t('import.rejected', { count: int(e.errors.length) }));
    } else {
      notice('import-notice', 'bad', t('error.api', { code: e.code || '', detail: e.message }));
    }
    renderErrors();
  } finally {
    button.disabled = false;
  }
}

const { facilityOfficer } = await startPage('facilities');
if (facilityOfficer) {
  document.getElementById('import-form').addEventListener('submit', importFile);
}
document.getElementById('ward-filter').addEventListener('change', render);
onLangChange(render);
await load();

// Lots: the list, and for officers a form that pools facilities by ward, type and voltage class.
import { ApiError, get, post } from './api.js';
import { int, kwh } from './format.js';
import { onLangChange, t, wardName, lang } from './i18n.js';
import { esc, notice, startPage } from './shell.js';

const TYPES = ['OFFICE', 'SCHOOL', 'NURSERY', 'LIBRARY', 'SPORTS_CENTRE', 'COMMUNITY_CENTRE'];
const VOLTAGES = ['LOW', 'HIGH', 'EXTRA_HIGH'];

let lots = [];
let facilities = [];
let officer = false;

function renderLots() {
  document.querySelector('#lots tbody').innerHTML = lots.map((lot) => `
    <tr data-lot="${esc(lot.lotId)}">
      <td>${esc(lot.lotId)}</td>
      <td>${esc(lang() === 'ja' && lot.nameJa ? lot.nameJa : lot.name)}</td>
      <td class="num">${int(lot.facilityCount)}</td>
      <td class="num">${kwh(lot.demandKwh)}</td>
      <td class="small">${esc(lot.wards.map(wardName).join(t('list.separator')))}</td>
      ${officer ? `<td><a class="button secondary" href="/console/auctions/new?lot=${encodeURIComponent(lot.lotId)}"
        data-create-auction="${esc(lot.lotId)}">${esc(t('lots.auction'))}</a></td>` : ''}
    </tr>`).join('');
  document.getElementById('no-lots').classList.toggle('hidden', lots.length > 0);
}

function checkboxes(id, name, values, label) {
  const box = document.getElementById(id);
  const checked = new Set([...box.querySelectorAll('input:checked')].map((i) => i.value));
  box.innerHTML = values.map((v) => `<label><input type="checkbox" name="${name}" value="${esc(v)}"
    ${checked.has(v) ? 'checked' : ''}> ${esc(label(v))}</label>`).join('');
}

function chosen(name) {
  return [...document.querySelectorAll(`#lot-form input[name="${name}"]:checked`)].map((i) => i.value);
}

function matching() {
  const wards = chosen('wards');
  const types = chosen('types');
  const voltages = chosen('voltageClasses');
  return facilities.filter((f) => (!wards.length || wards.includes(f.wardCode))
    && (!types.length || types.includes(f.type)) && (!voltages.length || voltages.includes(f.voltageClass)));
}

function renderForm() {
  if (!officer) {
    return;
  }
  const codes = [...new Set(facilities.map((f) => f.wardCode))].sort();
  checkboxes('lot-wards', 'wards', codes, wardName);
  checkboxes('lot-types', 'types', TYPES, (v) => t('type.' + v));
  checkboxes('lot-voltages', 'voltageClasses', VOLTAGES, (v) => t('voltage.' + v));
  preview();
}

function preview() {
  const found = matching();
  const demand = found.reduce((sum, f) => sum + BigInt(f.annualKwh), 0n);
  document.getElementById('lot-preview').textContent = t('lots.preview', { count: int(found.length), kwh: kwh(demand) });
}

function fieldError(name, text) {
  const field = document.querySelector(`#lot-form [data-field="${name}"]`);
  if (!field) {
    notice('lot-notice', 'bad', text);
    return;
  }
  field.classList.add('invalid');
  field.querySelector('.error').textContent = text;
}

async function createLot(event) {
  event.preventDefault();
  document.querySelectorAll('#lot-form .invalid').forEach((f) => f.classList.remove('invalid'));
  document.querySelectorAll('#lot-form .error').forEach((e) => { e.textContent = ''; });
  notice('lot-notice', 'ok', '');
  const lotId = document.getElementById('lot-id').value.trim();
  if (!lotId) {
    fieldError('lotId', t('form.required'));
    return;
  }
  if (!matching().length) {
    fieldError('wards', t('lots.noMatch'));
    return;
  }
  const body = { lotId, name: document.getElementById('lot-name').value.trim() || lotId,
    wards: chosen('wards'), types: chosen('types'), voltageClasses: chosen('voltageClasses') };
  try {
    const created = await post('/api/v1/lots', body);
    notice('lot-notice', 'ok', t('lots.created', { id: created.lotId, count: int(created.facilities), kwh: kwh(created.demandKwh) }));
    lots = await get('/api/v1/console/lots');
    renderLots();
  } catch (e) {
    if (e instanceof ApiError && e.field) {
      fieldError(e.field, e.code + ': ' + e.message);
    } else {
      notice('lot-notice', 'bad', t('error.api', { code: e.code || '', detail: e.message }));
    }
  }
}

({ officer } = await startPage('lots'));
[lots, facilities] = await Promise.all([get('/api/v1/console/lots'), get('/api/v1/console/facilities')]);
renderLots();
renderForm();
onLangChange(() => { renderLots(); renderForm(); });
if (officer) {
  document.getElementById('lot-form').addEventListener('change', preview);
  document.getElementById('lot-form').addEventListener('submit', createLot);
}

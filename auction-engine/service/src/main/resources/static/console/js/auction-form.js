// The create-auction form (officers): the rules' parameters for CLOCK or OPEN_REVERSE, checked in the browser
// with the server's limits before anything is sent; the server's refusal is shown at the field it names.
// With ?reauction=ID it opens a new auction for the lot of that failed auction, after a confirmation.
import { ApiError, get, post } from './api.js';
import { validate } from './auction-rules.js';
import { confirmAction } from './dialog.js';
import { int, kwh } from './format.js';
import { onLangChange, t, wardName } from './i18n.js';
import { esc, notice, startPage } from './shell.js';

const CLOCK_FIELDS = ['tranches', 'startPrice', 'reservePrice', 'floorPrice', 'decrementPercentOfCurrent',
  'decrementPercentOfStart', 'loadCap'];
const CLOCK_COUNTS = ['tranches', 'loadCap'];
const SCHEDULE_FIELDS = ['roundSeconds', 'recessSeconds'];
const REVERSE_FIELDS = ['opensAt', 'closesAt', 'ceilingPrice', 'reservePrice', 'minStep', 'softCloseWindowMinutes',
  'extensionMinutes', 'maxExtensions'];
const REVERSE_COUNTS = ['softCloseWindowMinutes', 'extensionMinutes', 'maxExtensions'];

const params = new URLSearchParams(window.location.search);
const reauctionOf = params.get('reauction');
let lots = [];
let retailers = [];
let registered = [];
const approvedIn = new Map();

function value(id) {
  const text = document.getElementById(id).value.trim();
  return text === '' ? undefined : text;
}

function format() {
  return document.querySelector('input[name="format"]:checked').value;
}

/** What the form holds, as text, in the request's shape. */
function collect() {
  const raw = { lotId: document.getElementById('lotId').value, format: format() };
  const id = value('auctionId');
  if (id !== undefined) {
    raw.auctionId = id;
  }
  if (raw.format === 'CLOCK') {
    raw.clock = {};
    CLOCK_FIELDS.forEach((f) => { raw.clock[f] = value('clock.' + f); });
    raw.schedule = {};
    SCHEDULE_FIELDS.forEach((f) => { raw.schedule[f] = value('schedule.' + f); });
  } else {
    raw.openReverse = {};
    REVERSE_FIELDS.forEach((f) => { raw.openReverse[f] = value('openReverse.' + f); });
  }
  const start = value('supplyPeriod.start');
  const end = value('supplyPeriod.end');
  if (start !== undefined || end !== undefined) {
    raw.supplyPeriod = { start, end };
  }
  raw.securityPerTrancheYen = value('securityPerTrancheYen');
  const boxes = [...document.querySelectorAll('#bidders input')];
  const invited = boxes.filter((b) => b.checked).map((b) => b.value);
  if (boxes.length && invited.length !== boxes.length) {
    raw.bidders = invited;
  }
  return raw;
}

/** datetime-local text (Japan time) as ISO-8601 with +09:00. */
function jst(local) {
  return (local.length === 16 ? local + ':00' : local) + '+09:00';
}

function numbers(section, names) {
  const out = {};
  for (const [k, v] of Object.entries(section)) {
    if (v !== undefined) {
      out[k] = names.includes(k) ? Number(v) : v;
    }
  }
  return out;
}

/** The checked text as the API's request body. */
function toRequest(raw) {
  const body = { lotId: raw.lotId, format: raw.format };
  if (raw.auctionId !== undefined) {
    body.auctionId = raw.auctionId;
  }
  if (raw.format === 'CLOCK') {
    body.clock = numbers(raw.clock, CLOCK_COUNTS);
    body.clock.allowPartialAward = document.getElementById('clock.allowPartialAward').checked;
    body.schedule = numbers(raw.schedule, SCHEDULE_FIELDS);
  } else {
    body.openReverse = numbers(raw.openReverse, REVERSE_COUNTS);
    body.openReverse.opensAt = jst(raw.openReverse.opensAt);
    body.openReverse.closesAt = jst(raw.openReverse.closesAt);
  }
  if (raw.supplyPeriod !== undefined) {
    body.supplyPeriod = raw.supplyPeriod;
  }
  if (raw.securityPerTrancheYen !== undefined) {
    body.securityPerTrancheYen = Number(raw.securityPerTrancheYen);
  }
  if (raw.bidders !== undefined) {
    body.bidders = raw.bidders;
  }
  return body;
}

function clearErrors() {
  document.querySelectorAll('#auction-form .invalid').forEach((f) => f.classList.remove('invalid'));
  document.querySelectorAll('#auction-form .error').forEach((e) => { e.textContent = ''; });
  notice('form-notice', 'bad', '');
}

/** Shows text at the field named by path, or at its closest enclosing section, or at the top of the form. */
function showError(path, text) {
  let name = path || '';
  while (name) {
    const field = document.querySelector(`#auction-form [data-field="${CSS.escape(name)}"]`);
    if (field) {
      field.classList.add('invalid');
      const box = field.matches('fieldset') ? field.querySelector(':scope > .field > .error') : field.querySelector('.error');
      box.textContent = box.textContent ? box.textContent + ' ' + text : text;
      return;
    }
    name = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '';
  }
  notice('form-notice', 'bad', text);
}

async function submit(event) {
  event.preventDefault();
  clearErrors();
  const raw = collect();
  const errors = validate(raw);
  if (errors.length) {
    errors.forEach((e) => showError(e.field, t(e.key, e.params)));
    notice('form-notice', 'bad', t('form.fix', { count: errors.length }));
    return;
  }
  if (reauctionOf) {
    const ok = await confirmAction({ title: t('confirm.reauction.title'),
      message: t('confirm.reauction.message', { id: reauctionOf }), confirm: t('action.reauction') });
    if (!ok) {
      return;
    }
  }
  const button = document.getElementById('create-auction');
  button.disabled = true;
  try {
    const path = reauctionOf ? `/api/v1/auctions/${encodeURIComponent(reauctionOf)}/reauction` : '/api/v1/auctions';
    const created = await createConfirmingSecondAward(path, toRequest(raw));
    if (created) {
      window.location.assign('/console/auctions/' + encodeURIComponent(created.auctionId));
    }
  } catch (e) {
    if (e instanceof ApiError) {
      showError(e.field, `${e.code}: ${e.message}`);
      if (e.field) {
        notice('form-notice', 'bad', t('form.serverRefused', { code: e.code }));
      }
    } else {
      notice('form-notice', 'bad', String(e));
    }
  } finally {
    button.disabled = false;
  }
}

// A lot whose award is already approved is auctioned again only when the officer confirms it (the engine answers
// 409 LOT_ALREADY_AWARDED until the body says confirmSecondAward). Resolves to the answer, or null if declined.
async function createConfirmingSecondAward(path, body) {
  try {
    return await post(path, body);
  } catch (e) {
    if (!(e instanceof ApiError) || e.code !== 'LOT_ALREADY_AWARDED') {
      throw e;
    }
    const ok = await confirmAction({ title: t('confirm.secondAward.title'), danger: true,
      message: t('confirm.secondAward.message', { lot: body.lotId, id: e.problem.approvedAuctionId || '' }),
      confirm: t('action.createAnyway') });
    return ok ? post(path, { ...body, confirmSecondAward: true }) : null;
  }
}

function renderLots() {
  const select = document.getElementById('lotId');
  const chosen = select.value || params.get('lot') || '';
  select.innerHTML = lots.map((lot) => `<option value="${esc(lot.lotId)}">${esc(lot.lotId)} — ${esc(lot.name)}</option>`).join('');
  if (lots.some((l) => l.lotId === chosen)) {
    select.value = chosen;
  }
  lotHint();
}

function lotHint() {
  const lot = lots.find((l) => l.lotId === document.getElementById('lotId').value);
  document.getElementById('lot-hint').textContent = lot ? t('form.lotHint', { count: int(lot.facilityCount),
    kwh: kwh(lot.demandKwh), wards: lot.wards.map(wardName).join(t('list.separator')) }) : t('form.noLots');
}

/**
 * The retailers the chosen lot's auction may invite: every registered one for a lot of no group; for a group's
 * lot only those whose application the group approved (the engine refuses any other).
 */
async function lotRetailers() {
  const lot = lots.find((l) => l.lotId === document.getElementById('lotId').value);
  if (!lot || !lot.groupId) {
    retailers = registered;
    return;
  }
  if (!approvedIn.has(lot.groupId)) {
    const applications = await get(`/api/v1/groups/${encodeURIComponent(lot.groupId)}/applications`);
    approvedIn.set(lot.groupId, new Set(applications.filter((a) => a.status === 'APPROVED').map((a) => a.retailerId)));
  }
  retailers = registered.filter((r) => approvedIn.get(lot.groupId).has(r.retailerId));
}

function renderBidders() {
  const box = document.getElementById('bidders');
  const checked = new Set([...box.querySelectorAll('input')].filter((i) => !i.checked).map((i) => i.value));
  box.innerHTML = retailers.map((r) => `<label><input type="checkbox" value="${esc(r.retailerId)}"
    ${checked.has(r.retailerId) ? '' : 'checked'}> ${esc(r.retailerId)} — ${esc(r.name)}
    <span class="muted small">(${esc(t('form.eligibility', { n: int(r.eligibility) }))})</span></label>`).join('');
  document.getElementById('bidders-hint').textContent = retailers.length ? t('form.biddersHint') : t('form.noRetailers');
}

function showFormat() {
  const clock = format() === 'CLOCK';
  document.getElementById('clock-section').classList.toggle('hidden', !clock);
  document.getElementById('reverse-section').classList.toggle('hidden', clock);
}

function setValue(id, v) {
  if (v !== null && v !== undefined) {
    document.getElementById(id).value = String(v);
  }
}

function toLocal(iso) {
  const d = new Date(Date.parse(iso) + 9 * 3600 * 1000);
  return d.toISOString().slice(0, 19);
}

/** Fills the form from the failed auction's setup. */
async function prefill() {
  const setup = await get(`/api/v1/console/auctions/${encodeURIComponent(reauctionOf)}/setup`);
  params.set('lot', setup.lot.lotId);
  document.getElementById(setup.format === 'CLOCK' ? 'format-clock' : 'format-reverse').checked = true;
  if (setup.clock) {
    CLOCK_FIELDS.forEach((f) => setValue('clock.' + f, setup.clock[f]));
    SCHEDULE_FIELDS.forEach((f) => setValue('schedule.' + f, setup.clock[f]));
    document.getElementById('clock.allowPartialAward').checked = setup.clock.allowPartialAward;
  } else {
    REVERSE_FIELDS.forEach((f) => setValue('openReverse.' + f, setup.openReverse[f]));
    setValue('openReverse.opensAt', toLocal(setup.openReverse.opensAt));
    setValue('openReverse.closesAt', toLocal(setup.openReverse.closesAt));
  }
  document.getElementById('lotId').disabled = true;
}

function headings() {
  if (reauctionOf) {
    document.getElementById('form-title').textContent = t('form.reauctionTitle', { id: reauctionOf });
    document.getElementById('form-lead').textContent = t('form.reauctionLead');
    document.getElementById('create-auction').textContent = t('action.reauction');
  }
}

await startPage('auctions');
[lots, registered] = await Promise.all([get('/api/v1/console/lots'), get('/api/v1/retailers')]);
const now = new Date();
setValue('openReverse.opensAt', toLocal(now.toISOString()));
setValue('openReverse.closesAt', toLocal(new Date(now.getTime() + 3600 * 1000).toISOString()));
if (reauctionOf) {
  await prefill();
}
renderLots();
await lotRetailers();
renderBidders();
showFormat();
headings();
onLangChange(() => { renderLots(); renderBidders(); headings(); });
document.querySelectorAll('input[name="format"]').forEach((r) => r.addEventListener('change', showFormat));
document.getElementById('lotId').addEventListener('change', () => {
  lotHint();
  lotRetailers().then(renderBidders);
});
document.getElementById('auction-form').addEventListener('submit', submit);

// The live view of one auction. The officers' watch stream (server-sent events) brings every event as it
// happens: bids are folded into the table at once and the auction's view is re-read, so round, price,
// countdown, supply and result follow the engine live. Officers' actions each ask for a confirmation.
import { ApiError, get, post, request } from './api.js';
import { confirmAction } from './dialog.js';
import { drawChart } from './live-chart.js';
import { bidsBody, figures, resultSummary, roundsBody, setupList, tick, winnersBody } from './live-render.js';
import { renderApproval } from './approval-panel.js';
import { lang, onLangChange, t, wardName } from './i18n.js';
import { notice, startPage } from './shell.js';

const EVENT_TYPES = ['AuctionCreated', 'AuctionStateChanged', 'RoundOpened', 'RoundRescheduled',
  'NextRoundRescheduled', 'RoundClosed', 'ClockBidAccepted', 'ReverseBidAccepted', 'DuplicateBid', 'BidRejected',
  'ClosingMoved', 'AuctionEnded', 'AwardProposed', 'PartAnswered'];
const BID_TYPES = new Set(['ClockBidAccepted', 'ReverseBidAccepted', 'BidRejected']);
const FINAL = new Set(['APPROVED', 'CANCELLED']);

const id = decodeURIComponent(window.location.pathname.split('/').pop());
const base = '/api/v1/auctions/' + encodeURIComponent(id);
let view = null;
let setup = null;
let officer = false;
let me = null;
let approval = null;
let clockOffset = 0;
const bids = [];
const seen = new Set();
let refreshTimer = null;
let stream = null;
let lastSeq = 0;
let roundsOpened = 0;
let openRound = 0;

function serverNow() {
  return Date.now() + clockOffset;
}

async function loadView() {
  const [answer, trail] = await Promise.all([request('GET', base), get(base + '/approval')]);
  if (answer.date !== null && Math.abs(answer.date - Date.now()) > 2000) {
    clockOffset = answer.date - Date.now();
  }
  view = answer.data;
  approval = trail;
  render();
}

function scheduleRefresh() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => loadView().catch(showError), 120);
}

/**
 * Folds one event; false when it was seen already. A rejected bid that named a round that did not exist when
 * it arrived (0, or one not yet opened) is listed under the round open then, or the last one opened, with the
 * round it named beside it.
 */
function fold(event) {
  const key = event.seq + '.' + event.index;
  if (seen.has(key)) {
    return false;
  }
  seen.add(key);
  lastSeq = Math.max(lastSeq, event.seq);
  if (event.type === 'RoundOpened') {
    roundsOpened = Math.max(roundsOpened, event.round);
    openRound = event.round;
  } else if (event.type === 'RoundClosed') {
    openRound = 0;
  }
  if (event.type === 'BidRejected' && event.round !== undefined && roundsOpened > 0
      && (event.round < 1 || event.round > roundsOpened)) {
    bids.push({ ...event, round: openRound || roundsOpened, namedRound: event.round });
  } else if (BID_TYPES.has(event.type)) {
    bids.push(event);
  }
  return true;
}

function onEvent(message) {
  if (fold(JSON.parse(message.data))) {
    renderBids();
    scheduleRefresh();
  }
}

function setStreamBadge(live) {
  const badge = document.getElementById('stream-badge');
  badge.className = 'badge ' + (live ? 'live' : 'offline') + (view && FINAL.has(view.state) ? ' hidden' : '');
  badge.textContent = t(live ? 'live.connected' : 'live.disconnected');
  badge.dataset.live = String(live);
}

function connect() {
  stream = new EventSource(base + '/watch' + (lastSeq ? '?after=' + lastSeq : ''));
  EVENT_TYPES.forEach((type) => stream.addEventListener(type, onEvent));
  stream.onopen = () => setStreamBadge(true);
  stream.onerror = () => setStreamBadge(false);
}

function renderBids() {
  document.querySelector('#bids tbody').innerHTML = bidsBody(bids);
  document.getElementById('no-bids').classList.toggle('hidden', bids.length > 0);
}

function show(idName, visible) {
  const el = document.getElementById(idName);
  if (el) {
    el.classList.toggle('hidden', !visible);
  }
}

function renderActions() {
  const s = view.state;
  const award = view.outcome === 'AWARDED' || view.outcome === 'PARTIALLY_AWARDED';
  show('action-start', s === 'CREATED' || s === 'SCHEDULED');
  show('action-pause', s === 'RUNNING');
  show('action-resume', s === 'PAUSED');
  show('action-cancel', ['CREATED', 'SCHEDULED', 'RUNNING', 'PAUSED'].includes(s));
  show('action-approve', s === 'ENDED' && award && !(setup && setup.lot.groupId));
  show('action-reauction', (s === 'ENDED' && !award) || s === 'CANCELLED');
}

function renderResult() {
  const ended = !!view.outcome;
  show('result-card', ended);
  if (!ended) {
    return;
  }
  document.getElementById('result-summary').innerHTML = resultSummary(view);
  document.getElementById('winners-amount-head').textContent = t(view.format === 'CLOCK' ? 'result.tranches' : 'result.price');
  document.querySelector('#winners tbody').innerHTML = winnersBody(view, setup);
  const award = view.outcome === 'AWARDED' || view.outcome === 'PARTIALLY_AWARDED';
  show('report-links', award);
  const links = {
    'report-ja': base + '/report.html?lang=ja', 'report-en': base + '/report.html?lang=en',
    'report-download-ja': base + '/report.html?lang=ja&download=true',
    'report-download-en': base + '/report.html?lang=en&download=true',
    'csv-facilities': base + '/report/facilities.csv', 'csv-wards': base + '/report/wards.csv',
    'csv-winners': base + '/report/winners.csv', scenario: base + '/scenario',
  };
  Object.entries(links).forEach(([el, href]) => { document.getElementById(el).href = href; });
  document.getElementById('scenario').download = `tomoni-scenario-${id}.json`;
}

/** The lot's name in the page's language: its Japanese name in Japanese, where it has one. */
function lotName(lot) {
  return lang() === 'ja' && lot.nameJa ? lot.nameJa : lot.name;
}

function render() {
  if (!view || !setup) {
    return;
  }
  document.getElementById('auction-title').textContent = t('live.heading', { id: view.id });
  document.getElementById('auction-lead').textContent = t('format.' + view.format) + ' · '
    + t('live.lotLine', { lot: setup.lot.lotId, name: lotName(setup.lot) });
  const state = document.getElementById('state-badge');
  state.className = 'badge ' + view.state;
  state.textContent = t('state.' + view.state);
  state.dataset.state = view.state;
  const outcome = document.getElementById('outcome-badge');
  outcome.className = 'badge ' + (view.outcome || 'hidden');
  outcome.textContent = view.outcome ? t('outcome.' + view.outcome) : '';
  document.getElementById('figures').innerHTML = figures(view, setup, bids);
  tick(view, serverNow());
  document.getElementById('setup').innerHTML = setupList(view, setup, wardName);
  const clock = view.format === 'CLOCK';
  show('rounds-card', clock);
  if (clock) {
    document.querySelector('#rounds tbody').innerHTML = roundsBody(view, setup);
    show('no-rounds', view.rounds.length === 0);
  }
  document.getElementById('chart-title').textContent = t(clock ? 'chart.clockTitle' : 'chart.reverseTitle');
  drawChart(view, setup, bids);
  renderResult();
  if (approval) {
    renderApproval(approval, me);
  }
  if (officer) {
    renderActions();
  }
  if (FINAL.has(view.state) && stream) {
    stream.close();
    stream = null;
    setStreamBadge(false);
  }
}

function showError(e) {
  notice('live-notice', 'bad', e instanceof ApiError ? t('error.api', { code: e.code, detail: e.message }) : String(e));
}

async function act(action, options) {
  const answer = await confirmAction({ title: t(`confirm.${action}.title`),
    message: t(`confirm.${action}.message`, { id }), confirm: t('action.' + action), danger: options && options.danger,
    reason: options && options.reason });
  if (!answer) {
    return;
  }
  try {
    await post(`${base}/${action}`, options && options.reason ? { reason: answer } : undefined);
    notice('live-notice', 'ok', t(`done.${action}`, { id }));
    await loadView();
  } catch (e) {
    showError(e);
  }
}

/** An approval step: proposing (the lead), or answering for the person's own body. */
async function approvalAct(action, path, withReason) {
  const answer = await confirmAction({ title: t(`confirm.${action}.title`), message: t(`confirm.${action}.message`, { id }),
    confirm: t('action.' + action), danger: withReason, reason: withReason });
  if (!answer) {
    return;
  }
  try {
    await post(`${base}/${path}`, withReason ? { reason: answer } : undefined);
    notice('live-notice', 'ok', t(`done.${action}`, { id }));
    await loadView();
  } catch (e) {
    showError(e);
  }
}

function wireApproval() {
  const part = () => 'parts/' + encodeURIComponent(me.bodyCode);
  document.getElementById('action-propose').addEventListener('click', () => approvalAct('propose', 'propose', false));
  document.getElementById('action-confirm-part').addEventListener('click',
    () => approvalAct('confirmPart', part() + '/confirm', false));
  document.getElementById('action-decline-part').addEventListener('click',
    () => approvalAct('declinePart', part() + '/decline', true));
}

function wireActions() {
  document.getElementById('action-start').addEventListener('click', () => act('start'));
  document.getElementById('action-pause').addEventListener('click', () => act('pause'));
  document.getElementById('action-resume').addEventListener('click', () => act('resume'));
  document.getElementById('action-approve').addEventListener('click', () => act('approve'));
  document.getElementById('action-cancel').addEventListener('click', () => act('cancel', { danger: true, reason: true }));
  document.getElementById('action-reauction').addEventListener('click', () => {
    window.location.assign('/console/auctions/new?reauction=' + encodeURIComponent(id));
  });
}

({ me, officer } = await startPage('auctions'));
// The title shows at once, and the three reads run side by side: one after another, a single slow answer
// (an endpoint's first use right after the engine started, say) left the page blank, without a title or
// actions, for seconds. A notice says so when loading takes long.
document.getElementById('auction-title').textContent = t('live.heading', { id });
const slow = setTimeout(() => notice('live-notice', 'info', t('live.loading')), 1500);
try {
  const [loadedSetup, events] = await Promise.all([
    get(`/api/v1/console/auctions/${encodeURIComponent(id)}/setup`), get(base + '/events'), loadView()]);
  setup = loadedSetup;
  events.forEach(fold);
  render();
  if (document.getElementById('live-notice').textContent === t('live.loading')) {
    notice('live-notice', 'info', '');
  }
} catch (e) {
  showError(e);
  document.getElementById('auction-title').textContent = id;
  throw e;
} finally {
  clearTimeout(slow);
}
setStreamBadge(false);
if (officer) {
  wireActions();
}
wireApproval();
onLangChange(() => { render(); renderBids(); setStreamBadge(document.getElementById('stream-badge').dataset.live === 'true'); });
renderBids();
if (!FINAL.has(view.state)) {
  connect();
}
setInterval(() => { if (view) { tick(view, serverNow()); } }, 250);
setInterval(() => { if (view && !FINAL.has(view.state)) { loadView().catch(() => {}); } }, 5000);

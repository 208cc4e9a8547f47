// The auctions list: every auction with its state, progress and result; refreshed every few seconds.
import { get } from './api.js';
import { int, price } from './format.js';
import { onLangChange, t } from './i18n.js';
import { esc, startPage } from './shell.js';

let auctions = [];

function progress(a) {
  if (a.format === 'CLOCK') {
    return a.round ? t('auctions.roundAt', { round: a.round, price: price(a.price) }) : '—';
  }
  return a.lowestPrice ? t('auctions.lowest', { price: price(a.lowestPrice) }) : '—';
}

function result(a) {
  if (!a.outcome) {
    return '';
  }
  const badge = `<span class="badge ${a.outcome}">${esc(t('outcome.' + a.outcome))}</span>`;
  return a.finalPrice ? badge + ' ' + esc(price(a.finalPrice)) : badge;
}

function render() {
  const body = document.querySelector('#auctions tbody');
  body.innerHTML = auctions.slice().reverse().map((a) => `
    <tr data-auction="${esc(a.id)}">
      <td><a href="/console/auctions/${encodeURIComponent(a.id)}">${esc(a.id)}</a></td>
      <td>${esc(t('format.short.' + a.format))}</td>
      <td>${esc(a.lotId)}</td>
      <td><span class="badge ${a.state}">${esc(t('state.' + a.state))}</span></td>
      <td>${esc(progress(a))}</td>
      <td class="num">${int(a.bidsReceived)}</td>
      <td>${result(a)}</td>
    </tr>`).join('');
  document.getElementById('no-auctions').classList.toggle('hidden', auctions.length > 0);
}

async function refresh() {
  auctions = await get('/api/v1/auctions');
  render();
}

await startPage('auctions');
onLangChange(render);
await refresh();
setInterval(() => refresh().catch(() => {}), 5000);

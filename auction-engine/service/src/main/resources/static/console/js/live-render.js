// What the live view shows, rendered from the auction's view (GET /api/v1/auctions/{id}), its setup and the
// bids folded from the officers' event stream. Everything here is the officer's full view: bidders' names,
// quantities, exit prices and the reserve.
import { countdown, dateTime, int, kwh, percent, price, time } from './format.js';
import { t } from './i18n.js';
import { esc } from './shell.js';

function figure(id, label, value, sub, highlight) {
  return `<div class="figure${highlight ? ' highlight' : ''}" id="fig-${id}">
    <div class="label">${esc(label)}</div>
    <div class="value" id="${id}">${esc(value)}</div>
    <div class="sub" id="${id}-sub">${esc(sub || '')}</div></div>`;
}

/** The instant the countdown runs to, with its label, or null. */
export function deadline(view) {
  if (view.state === 'PAUSED') {
    return null;
  }
  if (view.format === 'CLOCK') {
    if (view.roundClosesAt) {
      return { at: view.roundClosesAt, label: t('live.closesIn') };
    }
    if (view.nextRoundOpensAt) {
      return { at: view.nextRoundOpensAt, label: t('live.nextOpensIn') };
    }
    return null;
  }
  if (view.state !== 'RUNNING') {
    return null;
  }
  if (view.opensAt && Date.parse(view.opensAt) > Date.now()) {
    return { at: view.opensAt, label: t('live.opensIn') };
  }
  return { at: view.closesAt, label: t('live.closesIn') };
}

/** Tranches offered so far in the open round: the last accepted bid of each bidder. */
function offered(view, bids) {
  const last = new Map();
  bids.filter((b) => b.type === 'ClockBidAccepted' && b.round === view.round).forEach((b) => last.set(b.retailerId, b.quantity));
  return { bidders: last.size, tranches: [...last.values()].reduce((a, b) => a + b, 0) };
}

/** The figure cards. */
export function figures(view, setup, bids) {
  const due = deadline(view);
  const clockText = due ? t('live.countdownPending') : '—';
  const clockLabel = due ? due.label : t('live.countdown');
  const received = figure('bids-received', t('live.bidsReceived'), int(view.bidsReceived),
    t('live.rejectedCount', { n: int(view.bidsRejected) }));
  if (view.format === 'CLOCK') {
    const T = setup.clock.tranches;
    const open = !!view.roundClosesAt;
    const roundSub = open ? t('live.roundOpen') : view.nextRoundOpensAt ? t('live.recess', { round: view.round + 1 })
      : view.state === 'PAUSED' ? t('state.PAUSED') : '';
    const priceSub = view.nextPrice ? t('live.nextPrice', { price: price(view.nextPrice) }) : '';
    const supply = view.supply === null || view.supply === undefined ? '—'
      : t('live.supplyShort', { s: int(view.supply), t: int(T) });
    const supplySub = view.supplyBand ? t('live.bandOf', { band: view.supplyBand, round: view.rounds.length }) : '';
    const now = offered(view, bids);
    const priceFigure = view.finalPrice
      ? figure('price', t('result.clearing'), price(view.finalPrice), t('live.lastRoundPrice', { price: price(view.price) }), true)
      : figure('price', t('live.price'), view.price ? price(view.price) : '—', priceSub, open);
    return figure('round', t('live.round'), view.round ? String(view.round) : '—', roundSub, open)
      + priceFigure
      + figure('countdown', clockLabel, clockText, '')
      + figure('supply', t('live.supply'), supply, supplySub)
      + figure('offered', t('live.offeredNow'), open ? t('live.tranches', { n: int(now.tranches) }) : '—',
        open ? t('live.offeredBy', { n: int(now.bidders) }) : '')
      + received;
  }
  const o = setup.openReverse;
  if (view.finalPrice) {
    return figure('lowest', t('result.winning'), price(view.finalPrice), t('live.ceiling', { price: price(o.ceilingPrice) }), true)
      + figure('lowest-bidder', t('live.lowestBidder'), view.lowestBidder || '—', '')
      + figure('extensions', t('live.extensions'), t('live.extensionsOf', { n: int(view.extensions || 0), max: int(o.maxExtensions) }), '')
      + received;
  }
  return figure('lowest', t('live.lowest'), view.lowestPrice ? price(view.lowestPrice) : '—',
    t('live.ceiling', { price: price(o.ceilingPrice) }), view.state === 'RUNNING')
    + figure('lowest-bidder', t('live.lowestBidder'), view.lowestBidder || '—', '')
    + figure('countdown', clockLabel, clockText, view.closesAt ? dateTime(view.closesAt) : '')
    + figure('extensions', t('live.extensions'), t('live.extensionsOf', { n: int(view.extensions || 0), max: int(o.maxExtensions) }), '')
    + received;
}

/** Updates the countdown figure for the current time (serverNow, in epoch ms). */
export function tick(view, serverNow) {
  const el = document.getElementById('countdown');
  if (!el) {
    return;
  }
  const due = deadline(view);
  const left = due ? Date.parse(due.at) - serverNow : null;
  el.textContent = due ? countdown(left) : '—';
  el.classList.toggle('countdown', true);
  el.classList.toggle('soon', due !== null && left < 10000);
}

function row(label, value, extra) {
  return `<dt>${esc(label)}</dt><dd>${esc(value)}${extra || ''}</dd>`;
}

/** The rules' parameters and the auction's facts. */
export function setupList(view, setup, wardName) {
  const lot = setup.lot;
  const reserveBadge = ` <span class="badge confidential">${esc(t('form.confidential'))}</span>`;
  let html = row(t('live.lot'), `${lot.lotId} — ${lot.name}`)
    + row(t('live.demand'), t('live.demandOf', { kwh: kwh(lot.demandKwh), n: int(lot.facilityCount) }))
    + row(t('lots.wards'), lot.wards.map(wardName).join(t('list.separator')));
  if (view.supplyPeriod) {
    html += row(t('live.supplyPeriod'), t('live.supplyPeriodOf', view.supplyPeriod));
  }
  if (view.securityPerTrancheYen != null) {
    html += row(t('live.securityPerTranche'), t('live.yen', { n: int(view.securityPerTrancheYen) }));
  }
  if (setup.clock) {
    const c = setup.clock;
    html += row(t('form.tranches'), t('live.trancheSize', { n: int(c.tranches), kwh: kwh(BigInt(lot.demandKwh) / BigInt(c.tranches)) }))
      + row(t('form.startPrice'), price(c.startPrice))
      + row(t('form.floorPrice'), price(c.floorPrice))
      + row(t('live.decrements'), `${percent(c.decrementPercentOfCurrent)} / ${percent(c.decrementPercentOfStart)}`)
      + row(t('form.loadCap'), int(c.loadCap))
      + row(t('form.partial'), t(c.allowPartialAward ? 'common.yes' : 'common.no'))
      + row(t('live.timing'), t('live.timingOf', { round: int(c.roundSeconds), recess: int(c.recessSeconds) }))
      + row(t('form.reservePrice'), c.reservePrice ? price(c.reservePrice) : t('live.noReserve'), reserveBadge);
  } else {
    const o = setup.openReverse;
    html += row(t('form.opensAt'), dateTime(o.opensAt))
      + row(t('form.closesAt'), dateTime(o.closesAt))
      + row(t('form.ceilingPrice'), price(o.ceilingPrice))
      + row(t('form.minStep'), price(o.minStep))
      + row(t('live.softClose'), t('live.softCloseOf', { w: int(o.softCloseWindowMinutes), x: int(o.extensionMinutes), n: int(o.maxExtensions) }))
      + row(t('form.reservePrice'), o.reservePrice ? price(o.reservePrice) : t('live.noReserve'), reserveBadge);
  }
  const invited = setup.bidders.filter((b) => b.invited).map((b) => b.retailerId);
  html += row(t('form.bidders'), invited.length ? invited.join(', ') : '—')
    + row(t('live.seedHash'), view.seedSha256);
  if (view.seed) {
    html += row(t('live.seed'), view.seed);
  }
  if (view.reauctionOf) {
    html += `<dt>${esc(t('live.reauctionOf'))}</dt><dd><a href="/console/auctions/${encodeURIComponent(view.reauctionOf)}">${esc(view.reauctionOf)}</a></dd>`;
  }
  return html;
}

/** The closed rounds, newest first. */
export function roundsBody(view, setup) {
  const T = setup.clock ? setup.clock.tranches : 0;
  return view.rounds.slice().reverse().map((r) => `<tr data-round="${r.round}">
    <td class="num">${r.round}</td><td class="num">${esc(price(r.price))}</td>
    <td class="num">${esc(t('live.supplyOf', { s: int(r.supply), t: int(T) }))}</td><td>${esc(r.band)}</td></tr>`).join('');
}

/** Every bid, newest first, with its result. */
export function bidsBody(bids) {
  return bids.slice().reverse().map((b) => {
    const rejected = b.type === 'BidRejected';
    const status = rejected
      ? `<span class="badge REJECTED">${esc(t('live.rejected'))}</span> <code>${esc(b.code)}</code> <span class="small muted">${esc(t('reject.' + b.code))}</span>`
      : `<span class="badge ACCEPTED">${esc(t('live.accepted'))}</span>${b.newLowest ? ' <span class="small">' + esc(t('live.newLowest')) + '</span>' : ''}`;
    const bidPrice = b.type === 'ReverseBidAccepted' ? price(b.price) : b.exitPrice ? t('live.exitAt', { price: price(b.exitPrice) }) : '—';
    return `<tr class="bid ${rejected ? 'rejected' : 'accepted'}" data-seq="${b.seq}">
      <td class="num">${esc(time(b.at))}</td><td>${esc(b.retailerId)}</td>
      <td class="num">${b.round ? b.round : '—'}${b.namedRound !== undefined ? ' <span class="small muted">' + esc(t('live.namedRound', { round: b.namedRound })) + '</span>' : ''}</td>
      <td class="num">${b.quantity === undefined || b.quantity === null ? '—' : int(b.quantity)}</td>
      <td class="num">${esc(bidPrice)}</td><td>${status}</td></tr>`;
  }).join('');
}

/** The result's summary list. */
export function resultSummary(view) {
  let html = row(t('result.outcome'), t('outcome.' + view.outcome));
  if (view.finalPrice) {
    html += row(t(view.format === 'CLOCK' ? 'result.clearing' : 'result.winning'), price(view.finalPrice));
  }
  return html;
}

/** The winners' rows. */
export function winnersBody(view, setup) {
  const names = new Map(setup.bidders.map((b) => [b.retailerId, b.name]));
  const clock = view.format === 'CLOCK';
  return (view.awards || []).map((a) => `<tr class="winner"><td>${esc(a.bidder)}</td><td>${esc(names.get(a.bidder) || '')}</td>
    <td class="num">${clock ? esc(t('live.tranches', { n: int(a.tranches) })) : esc(price(view.finalPrice))}</td></tr>`).join('');
}

// The create-auction request's limits, checked in the browser before it is sent. They are the server's
// limits (ScenarioReader, ClockParameters, OpenReverseParameters and the create API): prices are decimal text
// with at most two decimals, percentages at most 100 with two decimals, counts whole numbers in range.
// Nothing here uses floating point: prices are compared in whole hundredths as BigInt.

const PRICE = /^(\d{1,15})(?:\.(\d{1,2}))?$/;
const WHOLE = /^\d{1,10}$/;
const MAX_INT = 2147483647n;
const MAX_PRICE_HUNDREDTHS = 1n << 38n;
const ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Hundredths of a price text, or null when it is not a price. */
export function hundredths(text) {
  const m = PRICE.exec(text);
  if (!m) {
    return null;
  }
  return BigInt(m[1]) * 100n + BigInt((m[2] || '').padEnd(2, '0'));
}

function whole(text) {
  return WHOLE.test(text) ? BigInt(text) : null;
}

/**
 * Checks a create-auction body; returns [{field, key, params}] (empty when it may be sent), where field is
 * the request's field path (e.g. clock.startPrice) and key the message's key.
 */
export function validate(body) {
  const errors = [];
  const add = (field, key, params) => errors.push({ field, key, params });
  if (!body.lotId) {
    add('lotId', 'form.required');
  }
  if (body.auctionId !== undefined && !ID.test(body.auctionId)) {
    add('auctionId', 'rules.id');
  }
  if (body.format === 'CLOCK') {
    clock(body.clock, body.schedule, add);
  } else {
    reverse(body.openReverse, add);
  }
  supplyPeriod(body.supplyPeriod, add);
  if (body.securityPerTrancheYen !== undefined && !/^[1-9][0-9]{0,15}$/.test(body.securityPerTrancheYen)) {
    add('securityPerTrancheYen', 'rules.securityPerTranche');
  }
  if (body.bidders !== undefined && body.bidders.length === 0) {
    add('bidders', 'rules.bidders');
  }
  return errors;
}

/** Both days or neither; the end on or after the start (the server checks the 36 months and the years). */
function supplyPeriod(period, add) {
  if (period === undefined) {
    return;
  }
  if (!period.start) {
    add('supplyPeriod.start', 'form.required');
  }
  if (!period.end) {
    add('supplyPeriod.end', 'form.required');
  }
  if (period.start && period.end && period.end < period.start) {
    add('supplyPeriod.end', 'rules.supplyEndsBeforeStart');
  }
}

function price(section, name, prefix, add, required) {
  const text = section[name];
  if (text === undefined) {
    if (required) {
      add(prefix + name, 'form.required');
    }
    return null;
  }
  const value = hundredths(text);
  if (value === null) {
    add(prefix + name, 'rules.price');
  }
  return value;
}

function count(section, name, prefix, add, required, min) {
  const text = section[name];
  if (text === undefined) {
    if (required) {
      add(prefix + name, 'form.required');
    }
    return null;
  }
  const value = whole(text);
  if (value === null || value < BigInt(min) || value > MAX_INT) {
    add(prefix + name, min === 0 ? 'rules.wholeOrZero' : 'rules.whole', { min });
    return null;
  }
  return value;
}

function percent(section, name, add) {
  const text = section[name];
  if (text === undefined) {
    return;
  }
  const value = hundredths(text);
  if (value === null || value > 10000n) {
    add('clock.' + name, 'rules.percent');
  }
}

function clock(c, schedule, add) {
  const tranches = count(c, 'tranches', 'clock.', add, true, 1);
  const start = price(c, 'startPrice', 'clock.', add, true);
  price(c, 'reservePrice', 'clock.', add, false);
  const floor = c.floorPrice === undefined ? 1n : price(c, 'floorPrice', 'clock.', add, false);
  if (floor !== null && floor < 1n) {
    add('clock.floorPrice', 'rules.floor');
  }
  if (start !== null && floor !== null && start < floor) {
    add('clock.startPrice', 'rules.startBelowFloor');
  }
  if (start !== null && start >= MAX_PRICE_HUNDREDTHS) {
    add('clock.startPrice', 'rules.tooLarge');
  }
  percent(c, 'decrementPercentOfCurrent', add);
  percent(c, 'decrementPercentOfStart', add);
  const cap = count(c, 'loadCap', 'clock.', add, false, 1);
  if (cap !== null && tranches !== null && cap > tranches) {
    add('clock.loadCap', 'rules.loadCap');
  }
  count(schedule, 'roundSeconds', 'schedule.', add, true, 1);
  count(schedule, 'recessSeconds', 'schedule.', add, false, 0);
}

function reverse(o, add) {
  if (!o.opensAt) {
    add('openReverse.opensAt', 'form.required');
  }
  if (!o.closesAt) {
    add('openReverse.closesAt', 'form.required');
  }
  if (o.opensAt && o.closesAt && Date.parse(o.closesAt) <= Date.parse(o.opensAt)) {
    add('openReverse.closesAt', 'rules.closesAfterOpens');
  }
  price(o, 'ceilingPrice', 'openReverse.', add, true);
  price(o, 'reservePrice', 'openReverse.', add, false);
  const step = price(o, 'minStep', 'openReverse.', add, false);
  if (step !== null && step < 1n) {
    add('openReverse.minStep', 'rules.step');
  }
  count(o, 'softCloseWindowMinutes', 'openReverse.', add, false, 0);
  count(o, 'extensionMinutes', 'openReverse.', add, false, 0);
  count(o, 'maxExtensions', 'openReverse.', add, false, 0);
}

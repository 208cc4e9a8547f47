// Numbers, prices and times as officers read them: thousands separators, prices in yen per kWh with two
// decimals (prices arrive as decimal strings and are never turned into floating point for display).
import { lang, t } from './i18n.js';

function locale() {
  return lang() === 'en' ? 'en-US' : 'ja-JP';
}

/** A whole number with thousands separators, e.g. 45,123,000; '—' when absent. */
export function int(value) {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  return new Intl.NumberFormat(locale()).format(BigInt(value));
}

/** kWh with separators and unit. */
export function kwh(value) {
  return value === null || value === undefined ? '—' : int(value) + ' kWh';
}

/** A decimal string such as "27.3" or "1234.50" with separators and exactly two decimals, e.g. 1,234.50. */
export function decimal2(text) {
  if (text === null || text === undefined || text === '') {
    return '—';
  }
  const [whole, fraction = ''] = String(text).split('.');
  return int(whole) + '.' + (fraction + '00').slice(0, 2);
}

/** A price in yen per kWh: "27.30 円/kWh" or "¥27.30/kWh". */
export function price(text) {
  if (text === null || text === undefined) {
    return '—';
  }
  return t('unit.price', { price: decimal2(text) });
}

/** A percentage text such as "5.00" as "5.00%". */
export function percent(text) {
  return text === null || text === undefined ? '—' : decimal2(text) + '%';
}

/** Date and time in Japan time, e.g. 2026/11/22 16:32:05. */
export function dateTime(iso) {
  if (!iso) {
    return '—';
  }
  return new Intl.DateTimeFormat(locale(), {
    timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
  }).format(new Date(iso)) + ' JST';
}

/** Time of day in Japan time with milliseconds, e.g. 16:32:05.123. */
export function time(iso) {
  if (!iso) {
    return '—';
  }
  const d = new Date(iso);
  const hms = new Intl.DateTimeFormat(locale(), {
    timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
  }).format(d);
  return hms + '.' + String(d.getUTCMilliseconds()).padStart(3, '0');
}

/** A duration in milliseconds as m:ss (or h:mm:ss); 0:00 when past. */
export function countdown(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? h + ':' + String(m).padStart(2, '0') + ':' + s : m + ':' + s;
}

// Every text of the console in Japanese (the default) and English. The choice is remembered in localStorage.
import { JA, EN } from './messages.js';

const KEY = 'tomoni.lang';
const DICTS = { ja: JA, en: EN };
const listeners = [];

/** The language in use: 'ja' unless the person chose 'en'. */
export function lang() {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'ja';
  } catch (e) {
    return 'ja';
  }
}

/** Switches the language, remembers it, translates the page and tells every listener. */
export function setLang(next) {
  try {
    localStorage.setItem(KEY, next === 'en' ? 'en' : 'ja');
  } catch (e) {
    // storage may be disabled; the page is still translated for this visit
  }
  translatePage();
  listeners.forEach((fn) => fn(lang()));
}

/** Calls fn with the new language whenever it changes. */
export function onLangChange(fn) {
  listeners.push(fn);
}

/** The text for key in the current language, with {name} placeholders filled from params. */
export function t(key, params) {
  const dict = DICTS[lang()];
  let text = dict[key] ?? JA[key] ?? key;
  if (params) {
    for (const [name, value] of Object.entries(params)) {
      text = text.split('{' + name + '}').join(String(value));
    }
  }
  return text;
}

/** Whether a text exists for key. */
export function has(key) {
  return Object.prototype.hasOwnProperty.call(JA, key);
}

/** Translates every element carrying data-i18n (text), data-i18n-title or data-i18n-placeholder. */
export function translatePage(root = document) {
  document.documentElement.lang = lang();
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('.lang-toggle button').forEach((b) => {
    b.setAttribute('aria-pressed', String(b.dataset.lang === lang()));
  });
  const title = document.querySelector('title[data-i18n-doc]');
  if (title) {
    document.title = t(title.dataset.i18nDoc) + ' | Tomoni';
  }
}

/** Wires the 日本語 / English buttons inside root. */
export function wireToggle(root = document) {
  root.querySelectorAll('.lang-toggle button').forEach((b) => {
    b.addEventListener('click', () => setLang(b.dataset.lang));
  });
}

let wards = new Map();

/** Sets the ward names: [{code, nameJa, nameEn}]. */
export function setWards(list) {
  wards = new Map(list.map((w) => [w.code, w]));
}

/** A ward's name in the current language, or its code when it is not one of the known wards. */
export function wardName(code) {
  const ward = wards.get(String(code));
  if (!ward) {
    return String(code);
  }
  return lang() === 'en' ? ward.nameEn : ward.nameJa;
}

/** Every known ward: [{code, nameJa, nameEn}]. */
export function knownWards() {
  return [...wards.values()];
}

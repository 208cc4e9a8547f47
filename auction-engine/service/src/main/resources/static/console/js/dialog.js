// A confirmation before every officer action, as a modal dialog in the page's language.
import { t } from './i18n.js';

/**
 * Asks the person to confirm. options: {title, message, confirm (label), danger (bool), reason (bool: ask for
 * a reason)}. Resolves to false when cancelled, else true (or the reason text when one was asked for).
 */
export function confirmAction(options) {
  const dialog = document.getElementById('confirm-dialog');
  dialog.querySelector('#confirm-title').textContent = options.title;
  dialog.querySelector('#confirm-message').textContent = options.message;
  const ok = dialog.querySelector('#confirm-ok');
  ok.textContent = options.confirm || t('action.confirm');
  ok.className = options.danger ? 'danger' : 'primary';
  const reasonBox = dialog.querySelector('#confirm-reason-field');
  const reason = dialog.querySelector('#confirm-reason');
  reasonBox.classList.toggle('hidden', !options.reason);
  reason.value = '';
  dialog.querySelector('#confirm-cancel').textContent = t('action.back');
  return new Promise((resolve) => {
    const done = (answer) => {
      ok.removeEventListener('click', onOk);
      dialog.removeEventListener('close', onClose);
      if (dialog.open) {
        dialog.close();
      }
      resolve(answer);
    };
    const onOk = (event) => {
      event.preventDefault();
      if (options.reason) {
        if (!reason.value.trim()) {
          reason.focus();
          return;
        }
        done(reason.value.trim());
      } else {
        done(true);
      }
    };
    const onClose = () => done(false);
    ok.addEventListener('click', onOk);
    dialog.addEventListener('close', onClose);
    dialog.querySelector('#confirm-cancel').onclick = () => done(false);
    dialog.showModal();
  });
}

/** The dialog's markup, added once to the page by the shell. */
export const DIALOG_HTML = `
<dialog id="confirm-dialog" aria-labelledby="confirm-title">
  <h2 id="confirm-title"></h2>
  <p id="confirm-message"></p>
  <div class="field hidden" id="confirm-reason-field">
    <label for="confirm-reason" data-i18n="action.reason"></label>
    <input type="text" id="confirm-reason" maxlength="200">
  </div>
  <div class="actions">
    <button type="button" class="secondary" id="confirm-cancel"></button>
    <button type="button" class="primary" id="confirm-ok"></button>
  </div>
</dialog>`;

// A confirmation as a modal <dialog>: the browser makes the rest of the page inert (focus stays in
// the dialog), Escape cancels, and focus goes back to the control that opened it.
import { el } from './dom.js';

let count = 0;

/**
 * Asks the buyer to confirm; resolves true only for the confirm button. `message` is a list of
 * paragraphs (strings, rendered as text).
 */
export function confirmDialog({ title, message, confirm, cancel = 'Cancel' }) {
  const id = `dialog-${++count}`;
  const opener = document.activeElement;
  const yes = el('button', { type: 'button', class: 'button', 'data-answer': 'confirm', text: confirm });
  const no = el('button', { type: 'button', class: 'button button-secondary', 'data-answer': 'cancel', text: cancel });
  const dialog = el('dialog', { class: 'dialog', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-text` },
    el('h2', { id: `${id}-title`, class: 'dialog-title', text: title }),
    el('div', { id: `${id}-text` }, message.map((text) => el('p', { text }))),
    el('div', { class: 'dialog-actions' }, yes, no));
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove();
      opener?.focus?.();
      resolve(dialog.returnValue === 'confirm');
    });
    yes.addEventListener('click', () => dialog.close('confirm'));
    no.addEventListener('click', () => dialog.close('cancel'));
    dialog.showModal();
    no.focus(); // the safe answer first: a stray Enter does not do what cannot be undone
  });
}

// Modal <dialog>s: the browser makes the rest of the page inert (focus stays in the dialog), Escape
// cancels, and focus goes back to the control that opened it.
import { el } from './dom.js';

let count = 0;

/** Opens a modal dialog; `build(id, close)` gives its content. Resolves with the value it was closed with. */
function open(title, build) {
  const id = `dialog-${++count}`;
  const opener = document.activeElement;
  const dialog = el('dialog', { class: 'dialog', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-text` },
    el('h2', { id: `${id}-title`, class: 'dialog-title', text: title }));
  let value = null;
  const close = (answer) => {
    value = answer;
    dialog.close();
  };
  const { content, first } = build(id, close);
  dialog.append(...content);
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove();
      opener?.focus?.();
      resolve(value);
    });
    dialog.showModal();
    first.focus();
  });
}

function actions(confirm, cancel, onConfirm, close) {
  const yes = el('button', { type: 'button', class: 'button', 'data-answer': 'confirm', text: confirm,
    on: { click: onConfirm } });
  const no = el('button', { type: 'button', class: 'button button-secondary', 'data-answer': 'cancel', text: cancel,
    on: { click: () => close(null) } });
  return { buttons: el('div', { class: 'dialog-actions' }, yes, no), yes, no };
}

/**
 * Asks the buyer to confirm; resolves true only for the confirm button. `message` is a list of
 * paragraphs (rendered as text). Focus starts on Cancel, so a stray Enter does not do what cannot be undone.
 */
export async function confirmDialog({ title, message, confirm, cancel = 'Cancel' }) {
  const answer = await open(title, (id, close) => {
    const { buttons, no } = actions(confirm, cancel, () => close(true), close);
    return { content: [el('div', { id: `${id}-text` }, message.map((text) => el('p', { text }))), buttons], first: no };
  });
  return answer === true;
}

/** Asks for a written reason; resolves with it, or null when cancelled. An empty reason is refused in the dialog. */
export function reasonDialog({ title, message, label, confirm, missing = 'Write the reason.', cancel = 'Cancel' }) {
  return open(title, (id, close) => {
    const error = el('p', { id: `${id}-error`, class: 'error-message', role: 'alert', hidden: true });
    const box = el('textarea', { id: `${id}-reason`, name: 'reason', rows: '4', maxlength: '2000',
      'aria-describedby': `${id}-text`, required: true });
    const { buttons } = actions(confirm, cancel, () => {
      const reason = box.value.trim();
      if (!reason) {
        error.textContent = missing;
        error.hidden = false;
        box.setAttribute('aria-invalid', 'true');
        box.setAttribute('aria-describedby', `${id}-error ${id}-text`);
        box.focus();
        return;
      }
      close(reason);
    }, close);
    const form = el('div', { class: 'stacked-form' }, el('label', { for: box.id, text: label }), error, box);
    return { content: [el('p', { id: `${id}-text`, text: message }), form, buttons], first: box };
  });
}

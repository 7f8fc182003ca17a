// Type-ahead on the search box, as the ARIA 1.2 combobox pattern with a list box popup:
// focus stays in the box; arrows move the active option (aria-activedescendant), Enter picks it,
// Escape closes the list, and a live region says how many suggestions there are.
import { el, replace } from './dom.js';

const MIN_CHARS = 2;
const DELAY_MS = 120;

/**
 * Wires the combobox. `load(prefix, signal)` resolves to [{text, kind}]; `choose(item)` runs when
 * the buyer picks one; `describe(kind)` words the kind shown beside each.
 */
export function combobox(input, listbox, status, { load, choose, describe = (kind) => kind }) {
  let items = [];
  let active = -1;
  let timer = 0;
  let controller = null;

  const isOpen = () => !listbox.hidden;

  function close() {
    clearTimeout(timer);
    controller?.abort();
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function show(found) {
    items = found;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    replace(listbox, items.map((item, i) => el('li', {
      id: `suggestion-${i}`, role: 'option', class: 'suggestion', 'aria-selected': 'false', 'data-index': String(i),
    }, el('span', { class: 'suggestion-text', text: item.text }),
    item.kind ? el('span', { class: 'suggestion-kind', text: describe(item.kind) }) : null)));
    const open = items.length > 0 && document.activeElement === input;
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    status.textContent = open
      ? `${items.length} suggestion${items.length === 1 ? '' : 's'}: use the up and down arrows to choose.` : '';
  }

  async function update() {
    const prefix = input.value.trim();
    controller?.abort();
    if (prefix.length < MIN_CHARS) {
      close();
      return;
    }
    controller = new AbortController();
    try {
      show(await load(prefix, controller.signal));
    } catch (error) {
      if (error.name !== 'AbortError') close();
    }
  }

  function move(by) {
    if (!isOpen() || items.length === 0) return;
    // Positions run from -1 (back in the box, nothing active) to the last option, and wrap.
    const positions = items.length + 1;
    active = ((((active + 1 + by) % positions) + positions) % positions) - 1;
    listbox.querySelectorAll('[role="option"]').forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `suggestion-${active}`);
      listbox.querySelector(`#suggestion-${active}`)?.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function pick(index) {
    const item = items[index];
    if (!item) return;
    input.value = item.text;
    close();
    choose(item);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!isOpen()) update();
      else move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && isOpen() && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape' && isOpen()) {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      close();
    }
  });
  input.addEventListener('blur', close);
  // Keep focus in the box while an option is clicked, so blur does not close the list first.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = event.target.closest('[role="option"]');
    if (option) pick(Number(option.dataset.index));
  });
  return { close };
}

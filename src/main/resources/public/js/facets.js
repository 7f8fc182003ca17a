// The filter panel: every dimension with the API's drill-sideways counts, lots inside their
// framework, long lists cut to the top few with "show all", and the chosen filters as chips.
import { el, hiddenText, replace } from './dom.js';
import { DIMENSION_LABELS, PANEL_DIMENSIONS, valueLabel } from './labels.js';
import { FILTER_PARAMS } from './state.js';

const COLLAPSE_OVER = 8;
const TOP_N = 5;
/** Dimensions the buyer has expanded with "show all"; kept while the page is open. */
const expanded = new Set();

/** Renders every dimension of a search response's facets into the panel. */
export function renderFacets(container, facets, state) {
  const fieldsets = PANEL_DIMENSIONS.filter((dim) => Array.isArray(facets?.[dim])).map((dim) =>
    dimension(dim, facets[dim], state));
  replace(container, fieldsets);
}

function dimension(dim, values, state) {
  const listId = `facet-${dim}`;
  const collapsible = values.length > COLLAPSE_OVER;
  const open = !collapsible || expanded.has(dim);
  const items = values.map((value, i) => {
    const item = valueItem(dim, value, `f-${dim}-${i}`);
    const extra = collapsible && i >= TOP_N && !value.selected && !hasSelectedChild(value);
    if (extra) {
      item.classList.add('facet-extra');
      item.hidden = !open;
    }
    return item;
  });
  return el('fieldset', { class: 'facet', 'data-facet': dim },
    el('legend', { class: 'facet-title', text: DIMENSION_LABELS[dim] }),
    dim === 'status' && !state.filters.status
      ? el('p', { class: 'facet-hint', text: 'Active listings are shown unless you choose others.' }) : null,
    el('ul', { class: 'facet-values', id: listId }, items),
    collapsible ? showAll(dim, listId, values.length, open) : null);
}

function hasSelectedChild(value) {
  return (value.children ?? []).some((child) => child.selected);
}

function valueItem(dim, value, id) {
  const children = value.children ?? [];
  return el('li', { class: value.count === 0 ? 'facet-value is-empty' : 'facet-value' },
    checkbox(dim, value, id),
    children.length > 0
      ? el('ul', { class: 'facet-children', 'aria-label': `Lots of ${value.value}` },
        children.map((lot, j) => el('li', { class: lot.count === 0 ? 'facet-value is-empty' : 'facet-value' },
          checkbox('lot', lot, `${id}-lot-${j}`))))
      : null);
}

function checkbox(dim, value, id) {
  return el('div', { class: 'check' },
    el('input', {
      type: 'checkbox', id, value: value.value, checked: Boolean(value.selected),
      'data-dim': dim, 'data-focus-key': `facet:${dim}:${value.value}`,
    }),
    el('label', { for: id },
      el('span', { class: 'facet-label', text: valueLabel(dim, value.value) }),
      el('span', { class: 'facet-count' }, hiddenText(', '), String(value.count),
        hiddenText(value.count === 1 ? ' supplier' : ' suppliers'))));
}

function showAll(dim, listId, total, open) {
  const button = el('button', {
    type: 'button', class: 'link-button show-all', 'aria-expanded': String(open), 'aria-controls': listId,
    'data-focus-key': `show-all:${dim}`, text: open ? 'Show fewer' : `Show all ${total}`,
  });
  button.addEventListener('click', () => {
    const nowOpen = button.getAttribute('aria-expanded') !== 'true';
    if (nowOpen) expanded.add(dim); else expanded.delete(dim);
    document.getElementById(listId).querySelectorAll('.facet-extra').forEach((li) => { li.hidden = !nowOpen; });
    button.setAttribute('aria-expanded', String(nowOpen));
    button.textContent = nowOpen ? 'Show fewer' : `Show all ${total}`;
  });
  return button;
}

/** Calls onToggle(dim, value, checked) whenever a box in the panel is ticked or unticked. */
export function onFacetChange(container, onToggle) {
  container.addEventListener('change', (event) => {
    const box = event.target;
    if (box instanceof HTMLInputElement && box.type === 'checkbox' && box.dataset.dim) {
      onToggle(box.dataset.dim, box.value, box.checked);
    }
  });
}

/** The statuses the API applied, so unticking one of the defaults starts from what is shown. */
export function appliedStatuses(facets) {
  return (facets?.status ?? []).filter((v) => v.selected).map((v) => v.value);
}

/** The framework each lot belongs to, read from the framework values' children. */
function frameworksOfLots(facets) {
  const owners = new Map();
  for (const framework of facets?.framework ?? []) {
    for (const lot of framework.children ?? []) owners.set(lot.value, framework.value);
  }
  return owners;
}

/**
 * The chosen filters as removable chips, with "Clear filters", above the results. `facets` (the
 * last counts, or null) names each lot's framework.
 */
export function renderChips(container, state, facets, onRemove, onClear) {
  const owners = frameworksOfLots(facets);
  const chips = FILTER_PARAMS.flatMap((dim) => (state.filters[dim] ?? []).map((value) =>
    chip(dim, value, dim === 'lot' && owners.has(value) ? `${owners.get(value)}, ${value}` : valueLabel(dim, value), onRemove)));
  container.hidden = chips.length === 0;
  if (chips.length === 0) {
    container.replaceChildren();
    return;
  }
  replace(container,
    el('h2', { class: 'chips-heading', id: 'chips-heading', text: 'Selected filters' }),
    el('ul', { class: 'chips', 'aria-labelledby': 'chips-heading' }, chips),
    el('button', {
      type: 'button', class: 'link-button clear-filters', 'data-focus-key': 'clear-filters',
      text: 'Clear filters', on: { click: onClear },
    }));
}

function chip(dim, value, text, onRemove) {
  const label = `${DIMENSION_LABELS[dim]}: ${text}`;
  return el('li', {},
    el('button', {
      type: 'button', class: 'chip', 'aria-label': `Remove filter ${label}`,
      'data-dim': dim, 'data-value': value, 'data-focus-key': `chip:${dim}:${value}`,
      on: { click: () => onRemove(dim, value) },
    },
    el('span', { class: 'chip-dim', text: `${DIMENSION_LABELS[dim]}:` }), ' ',
    el('span', { class: 'chip-value', text }),
    el('span', { class: 'chip-x', 'aria-hidden': 'true', text: '×' })));
}

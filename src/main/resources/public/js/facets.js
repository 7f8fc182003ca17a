// The filter panel: every dimension with the API's drill-sideways counts, lots inside their
// framework, long lists cut to the top few with "show all", a value left out with "Exclude", a
// dimension's ticked values matched all together on request, and the chosen filters as chips.
import { el, hiddenText, replace } from './dom.js';
import { DIMENSION_LABELS, PANEL_DIMENSIONS, filterLabel, valueLabel } from './labels.js';
import { FILTER_PARAMS, filterOf, matchesAll } from './state.js';

const COLLAPSE_OVER = 8;
/** Dimensions whose ticked values may be asked for all together; a supplier has one SME status. */
const MATCH_ALL_DIMENSIONS = new Set(['technologyArea', 'framework', 'capability', 'pathway', 'standard', 'region']);
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
    const extra = collapsible && i >= TOP_N && !value.selected && !value.excluded && !hasSelectedChild(value);
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
    matchAll(dim, values, state),
    el('ul', { class: 'facet-values', id: listId }, items),
    collapsible ? showAll(dim, listId, values.length, open) : null);
}

/** "Match all ticked", offered once two values of a dimension are ticked. */
function matchAll(dim, values, state) {
  const ticked = values.filter((v) => v.selected).length;
  if (!MATCH_ALL_DIMENSIONS.has(dim) || (ticked < 2 && !matchesAll(state, dim))) return null;
  const id = `match-all-${dim}`;
  return el('div', { class: 'check match-all' },
    el('input', {
      type: 'checkbox', id, checked: matchesAll(state, dim), 'data-match-all': dim,
      'data-focus-key': `match-all:${dim}`,
    }),
    el('label', { for: id, text: 'Suppliers must have all ticked' }));
}

function hasSelectedChild(value) {
  return (value.children ?? []).some((child) => child.selected);
}

function valueItem(dim, value, id) {
  const children = value.children ?? [];
  return el('li', { class: valueClass(value) },
    checkbox(dim, value, id),
    children.length > 0
      ? el('ul', { class: 'facet-children', 'aria-label': `Lots of ${value.value}` },
        children.map((lot, j) => el('li', { class: valueClass(lot) }, checkbox('lot', lot, `${id}-lot-${j}`))))
      : null);
}

function valueClass(value) {
  return ['facet-value', value.count === 0 ? 'is-empty' : null, value.excluded ? 'is-excluded' : null]
    .filter(Boolean).join(' ');
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
        hiddenText(value.count === 1 ? ' supplier' : ' suppliers'))),
    dim === 'sme' ? null : excludeButton(dim, value));
}

function excludeButton(dim, value) {
  const label = valueLabel(dim, value.value);
  return el('button', {
    type: 'button', class: 'link-button exclude', 'aria-pressed': String(Boolean(value.excluded)),
    'aria-label': value.excluded ? `Stop excluding ${label}` : `Exclude ${label}`,
    'data-exclude': dim, 'data-value': value.value, 'data-focus-key': `exclude:${dim}:${value.value}`,
    text: value.excluded ? 'Excluded' : 'Exclude',
  });
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

/**
 * Calls on.toggle(dim, value, checked) when a value is ticked or unticked, on.exclude(dim, value,
 * excluded) when "Exclude" is pressed, and on.matchAll(dim, all) when "must have all" changes.
 */
export function onFacetChange(container, on) {
  container.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    if (box.dataset.dim) on.toggle(box.dataset.dim, box.value, box.checked);
    else if (box.dataset.matchAll) on.matchAll(box.dataset.matchAll, box.checked);
  });
  container.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-exclude]') : null;
    if (button) on.exclude(button.dataset.exclude, button.dataset.value, button.getAttribute('aria-pressed') !== 'true');
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
  const chips = FILTER_PARAMS.flatMap((param) => (state.filters[param] ?? []).map((value) => {
    const { dim } = filterOf(param);
    return chip(param, value, dim === 'lot' && owners.has(value) ? `${owners.get(value)}, ${value}` : valueLabel(dim, value),
      onRemove);
  }));
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

function chip(param, value, text, onRemove) {
  const { dim, kind } = filterOf(param);
  const label = `${filterLabel(dim, kind)}: ${text}`;
  return el('li', {},
    el('button', {
      type: 'button', class: kind === 'not' ? 'chip chip-not' : 'chip', 'aria-label': `Remove filter ${label}`,
      'data-dim': param, 'data-value': value, 'data-focus-key': `chip:${param}:${value}`,
      on: { click: () => onRemove(param, value) },
    },
    el('span', { class: 'chip-dim', text: `${filterLabel(dim, kind)}:` }), ' ',
    el('span', { class: 'chip-value', text }),
    el('span', { class: 'chip-x', 'aria-hidden': 'true', text: '×' })));
}

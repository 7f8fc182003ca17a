// Wires the page: the address is the state; every change pushes a new address and redraws from it,
// and back/forward (popstate) redraw from the address they land on.
import * as api from './api.js';
import { el, replace } from './dom.js';
import { appliedStatuses, onFacetChange, renderChips, renderFacets } from './facets.js';
import { countText, hidePager, navLink, renderConcepts, renderResults } from './results.js';
import { renderDetail, renderMissing } from './detail.js';
import { combobox } from './suggest.js';
import { kindLabel } from './labels.js';
import {
  hasFilters, readState, resultsOf, toUrl, withChosen, withExcluded, withFilter, withMatchAll, withoutFilters,
  withQuery, withSort, withSupplier,
} from './state.js';

const $ = (id) => document.getElementById(id);
const page = {
  searchBand: $('search-band'), form: $('search-form'), input: $('q'), sort: $('sort'),
  searchView: $('search-view'), detailView: $('detail-view'), results: $('results'),
  count: $('result-count'), concepts: $('concepts'), chips: $('chips'), list: $('result-list'),
  pager: $('pager'), facets: $('facets'), filters: $('filters'), filtersToggle: $('filters-toggle'),
};

let state = readState(location.search);
let facets = null; // the last response's counts, for the status defaults
let inFlight = null; // the request a newer one cancels
let openedSupplier = null; // focused again on the way back to the results

/** Moves to a new state: a new history entry (or the same one), then a redraw. */
function go(next, { focus = null } = {}) {
  const url = toUrl(next);
  if (url !== location.pathname + location.search) {
    history.pushState({ fromResults: Boolean(next.supplier) && !state.supplier }, '', url);
  }
  show(next, focus);
}

function show(next, focus) {
  state = next;
  delete page.results.dataset.drawnFor;
  delete page.detailView.dataset.drawnFor;
  inFlight?.abort();
  inFlight = new AbortController();
  return next.supplier ? showSupplier(next, inFlight.signal) : showResults(next, inFlight.signal, focus);
}

async function showResults(next, signal, focus) {
  page.searchBand.hidden = false;
  page.searchView.hidden = false;
  page.detailView.hidden = true;
  if (page.input.value !== next.q) page.input.value = next.q;
  page.sort.value = next.sort;
  document.title = next.q ? `${next.q} – Supplier Discovery` : 'Supplier Discovery';
  page.results.setAttribute('aria-busy', 'true');
  // Chips first: they come from the address, and stay removable even if the search fails.
  renderChips(page.chips, next, facets, removeFilter, clearFilters);
  try {
    const response = await api.search(next, signal);
    const keep = document.activeElement?.dataset?.focusKey;
    facets = response.facets;
    page.count.textContent = countText(response);
    renderConcepts(page.concepts, response);
    renderChips(page.chips, next, facets, removeFilter, clearFilters);
    renderFacets(page.facets, response.facets, next);
    renderResults(page.list, page.pager, response, next);
    updateFiltersToggle(next);
    placeFocus(keep, focus);
    drawn(page.results);
  } catch (error) {
    if (error.name !== 'AbortError') showError(error);
  } finally {
    if (!signal.aborted) page.results.removeAttribute('aria-busy');
  }
}

async function showSupplier(next, signal) {
  page.searchBand.hidden = true;
  page.searchView.hidden = true;
  page.detailView.hidden = false;
  const back = el('p', { class: 'back' },
    navLink(resultsOf(next), { class: 'back-link', id: 'back-link', 'data-back': '' }, 'Back to results'));
  replace(page.detailView, back, el('p', { class: 'loading', text: 'Loading supplier…' }));
  try {
    const record = await api.supplier(next.supplier, signal);
    renderDetail(page.detailView, record, back);
    document.title = `${record.name} – Supplier Discovery`;
  } catch (error) {
    if (error.name === 'AbortError') return;
    renderMissing(page.detailView, next.supplier, error.status === 404 ? null : error.message, back);
    document.title = 'Supplier not found – Supplier Discovery';
  }
  openedSupplier = next.supplier;
  window.scrollTo(0, 0);
  $('supplier-name')?.focus();
  drawn(page.detailView);
}

/** Notes which address a view was last drawn for, and when the first results appeared. */
function drawn(view) {
  view.dataset.drawnFor = location.pathname + location.search;
  if (performance.getEntriesByName('first-results').length === 0) performance.mark('first-results');
}

/** Keeps focus on the control that was used, or moves it where the change is. */
function placeFocus(key, focus) {
  const target =
    (key && document.querySelector(`[data-focus-key="${CSS.escape(key)}"]`)) ||
    (focus === 'restore' && openedSupplier && document.querySelector(`[data-supplier="${CSS.escape(openedSupplier)}"]`)) ||
    (focus === 'chips' && (page.chips.querySelector('.chip') || page.count)) ||
    (focus === 'results' && page.count) ||
    null;
  target?.focus();
}

function showError(error) {
  page.count.textContent = 'Search failed';
  replace(page.list, el('div', { class: 'error-summary', role: 'alert' },
    el('h3', { text: 'Sorry, the search did not work' }), el('p', { text: error.message })));
  hidePager(page.pager);
}

function removeFilter(dim, value) {
  go(withFilter(state, dim, value, false), { focus: 'chips' });
}

function clearFilters() {
  go(withoutFilters(state), { focus: 'results' });
}

function updateFiltersToggle(next) {
  const n = Object.values(next.filters).reduce((sum, values) => sum + values.length, 0);
  page.filtersToggle.textContent = hasFilters(next) ? `Filters (${n} selected)` : 'Filters';
}

onFacetChange(page.facets, {
  toggle: (dim, value, on) => {
    // With no status chosen the API applies the default ones; unticking starts from those.
    const base = dim === 'status' && !state.filters.status
      ? { ...state, filters: { ...state.filters, status: appliedStatuses(facets) } } : state;
    go(withChosen(base, dim, value, on));
  },
  exclude: (dim, value, on) => go(withExcluded(state, dim, value, on)),
  matchAll: (dim, all) => go(withMatchAll(state, dim, all)),
});

// A label becomes the need; a supplier's or product's name opens that supplier.
const suggestions = combobox(page.input, $('suggestions'), $('suggest-status'), {
  load: api.suggest,
  choose: (item) => (item.id ? go(withSupplier(state, item.id)) : go(withQuery(state, item.text))),
  describe: kindLabel,
});

page.form.addEventListener('submit', (event) => {
  event.preventDefault();
  suggestions.close();
  go(withQuery(state, page.input.value));
});

page.sort.addEventListener('change', () => go(withSort(state, page.sort.value)));

page.filtersToggle.addEventListener('click', () => {
  const open = page.filtersToggle.getAttribute('aria-expanded') !== 'true';
  page.filtersToggle.setAttribute('aria-expanded', String(open));
  page.filters.classList.toggle('is-open', open);
});

// Links inside the page (pages, did-you-mean, suppliers, back) change the state, not the document.
document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a[data-nav]');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  if (link.hasAttribute('data-back') && history.state?.fromResults) {
    history.back();
    return;
  }
  const next = readState(new URL(link.href).search);
  go(next, { focus: next.supplier ? null : 'results' });
});

window.addEventListener('popstate', () => {
  const next = readState(location.search);
  // Following an in-page anchor (the skip link) also fires popstate; the view is already right.
  if (toUrl(next) !== toUrl(state)) show(next, 'restore');
});

show(state, null);

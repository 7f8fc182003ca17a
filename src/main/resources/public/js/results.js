// The results column: total, how the need was read, the hits, pages, and help when nothing matched.
import { el, plural, replace } from './dom.js';
import { capitalise, filterLabel, kindLabel, valueLabel } from './labels.js';
import { appliedStatuses } from './facets.js';
import { hitCard } from './hits.js';
import { asTyped, filterOf, toUrl, withFilter, withPage, withQuery, withSupplier } from './state.js';

/** Link to another view of this page; app.js turns the click into history.pushState. */
export function navLink(state, attrs, ...children) {
  return el('a', { href: toUrl(state), 'data-nav': '', ...attrs }, ...children);
}

/** "37 suppliers for “virtual ward”": the live region a screen reader announces. */
export function countText(response) {
  const noun = plural(response.total, 'supplier');
  const need = response.searched ?? response.query;
  return need ? `${noun} for “${need}”` : `${noun}`;
}

/** How the engine read the need, as quiet chips under the count. */
export function renderConcepts(container, response) {
  const concepts = response.concepts ?? [];
  container.hidden = concepts.length === 0;
  replace(container, concepts.length === 0 ? [] : [
    el('span', { class: 'concepts-label', text: 'Your need, read as:' }), ' ',
    el('ul', { class: 'concepts' }, concepts.map((c) => el('li', { class: conceptClass(c) },
      el('span', { class: 'concept-name', text: c.concept }),
      el('span', { class: 'concept-kind', text: conceptKind(c) })))),
  ]);
}

function conceptClass(c) {
  if (c.meaning) return 'concept is-meaning';
  return c.context ? 'concept is-context' : 'concept';
}

/** A concept read from the need's meaning says so; context words say they are context. */
function conceptKind(c) {
  if (c.meaning) return `${kindLabel(c.kind)}, by meaning`;
  return c.context ? 'context' : kindLabel(c.kind);
}

/** The list of hits, or the zero-results help; and the pages. */
export function renderResults(list, pager, response, state) {
  if (response.total === 0 || response.hits.length === 0) {
    replace(list, response.total === 0 ? noResults(response, state) : pastTheEnd(response, state));
    hidePager(pager);
    return;
  }
  replace(list,
    didYouMean(response, state, false),
    namedSuppliers(response, state),
    hitList(response.hits, response.concepts, state));
  renderPager(pager, response, state);
}

function hitList(hits, concepts, state) {
  return el('ol', { class: 'hits' }, hits.map((hit) => el('li', {},
    hitCard(hit, toUrl(withSupplier(state, hit.id)), concepts))));
}

/**
 * A corrected need says so, with a way back to the words as typed; a need searched as typed offers
 * the correction instead.
 */
function didYouMean(response, state, alone) {
  if (response.searched !== undefined && response.searched !== response.query) {
    return el('p', { class: alone ? 'did-you-mean corrected is-prominent' : 'did-you-mean corrected' },
      alone ? 'Searched for ' : 'Showing results for ', el('strong', { class: 'searched', text: response.searched }),
      '; search instead for ',
      navLink(asTyped(state, response.query), { class: 'as-typed-link' }, response.query));
  }
  if (!response.didYouMean) return null;
  return el('p', { class: alone ? 'did-you-mean is-prominent' : 'did-you-mean' }, 'Did you mean ',
    navLink(withQuery(state, response.didYouMean), { class: 'did-you-mean-link' }, response.didYouMean), '?');
}

function noResults(response, state) {
  const need = response.searched ?? response.query;
  const what = need ? `No suppliers match “${need}”` : 'No suppliers match';
  const filtered = Object.keys(state.filters).length > 0;
  return el('div', { class: 'no-results' },
    el('h3', { class: 'no-results-title', text: filtered ? `${what} with these filters` : what }),
    didYouMean(response, state, true),
    dropFilters(response, state),
    includeStatus(response, state),
    namedSuppliers(response, state),
    relaxed(response, state),
    el('ul', { class: 'tips' },
      el('li', { text: 'Check the spelling, or describe the need in other words.' }),
      el('li', { text: 'Use fewer words, or remove quotes and + or - signs.' }),
      filtered ? el('li', { text: 'Remove a filter, or clear them all: your words stay.' }) : null));
}

function dropFilters(response, state) {
  const drops = response.dropFilters ?? [];
  if (drops.length === 0) return null;
  return el('div', { class: 'drop-filters' },
    el('p', { text: 'Remove one filter to see suppliers:' }),
    el('ul', {}, drops.map((d) => {
      const { dim, kind } = filterOf(d.dimension);
      return el('li', {},
        navLink(withFilter(state, d.dimension, d.value, false),
          { class: 'drop-filter', 'data-dim': d.dimension, 'data-value': d.value },
          `Without ${filterLabel(dim, kind)}: ${valueLabel(dim, d.value)}`),
        ` (${plural(d.total, 'supplier')})`);
    })));
}

/** Matches whose listings are only of a status the search left out (suspended, removed, expired). */
function includeStatus(response, state) {
  const more = response.includeStatus ?? [];
  if (more.length === 0) return null;
  const applied = appliedStatuses(response.facets);
  return el('div', { class: 'include-status' },
    el('p', { text: 'Suppliers match whose listings are not active:' }),
    el('ul', {}, more.map((s) => el('li', {},
      navLink({ ...state, filters: { ...state.filters, status: [...applied, s.status] }, page: 1, supplier: null },
        { class: 'include-status-link', 'data-status': s.status }, `Include ${s.status} listings`),
      ` (${plural(s.total, 'supplier')})`, statusReasons(s)))));
}

/** Why those suppliers' listings have the status: "why: Annual review (2), Unpaid fee (1)". */
function statusReasons(offer) {
  const reasons = offer.reasons ?? [];
  if (reasons.length === 0) return null;
  const alone = reasons.length === 1 && reasons[0].total === offer.total;
  const text = alone ? reasons[0].label : reasons.map((r) => `${r.label} (${r.total})`).join(', ');
  return el('span', { class: 'status-reasons', text: ` — why: ${text}` });
}

/** Suppliers named exactly as the need that the search left out (by status or filters): one click to their record. */
function namedSuppliers(response, state) {
  const named = response.namedSuppliers ?? [];
  if (named.length === 0) return null;
  return el('div', { class: 'named-suppliers' },
    el('p', { text: 'A supplier with this name is not in these results:' }),
    el('ul', {}, named.map((n) => el('li', {},
      navLink(withSupplier(state, n.id), { class: 'named-supplier', 'data-supplier': n.id }, n.name),
      ` (${n.listings.map(listingText).join('; ')})`))));
}

/** "suspended on Spark DPS: Annual review" */
function listingText(l) {
  return `${l.status} on ${l.framework}${l.reasonLabel ? `: ${l.reasonLabel}` : ''}`;
}

/**
 * The looser need the API searched when nothing matched, with the step in words: "No supplier matches
 * all of “+wearable +kiosk”; showing 12 suppliers for “+wearable”".
 */
function relaxed(response, state) {
  const r = response.relaxed;
  if (!r || !r.hits?.length) return null;
  const looser = withQuery(state, r.query);
  const need = response.searched ?? response.query;
  return el('section', { class: 'relaxed', 'aria-labelledby': 'relaxed-title', 'data-step': r.step },
    el('h3', { id: 'relaxed-title', class: 'relaxed-title',
      text: `No supplier matches all of “${need}”; showing ${plural(r.total, 'supplier')} for “${r.query}”` }),
    el('p', { class: 'relaxed-reason' }, `${capitalise(r.reason)}. `,
      navLink(looser, { class: 'relaxed-link' }, `Search for “${r.query}”`)),
    hitList(r.hits, [], looser));
}

function pastTheEnd(response, state) {
  return el('div', { class: 'no-results' },
    el('h3', { class: 'no-results-title', text: `There is no page ${response.page} of these results` }),
    el('p', {}, navLink(withPage(state, 1), {}, 'Go to the first page')));
}

/** Previous, numbered pages around the current one, next. */
export function renderPager(pager, response, state) {
  const pages = Math.ceil(response.total / Math.max(1, response.size));
  if (pages <= 1) {
    hidePager(pager);
    return;
  }
  pager.hidden = false;
  const current = response.page;
  const items = [];
  if (current > 1) items.push(pageLink(state, current - 1, 'Previous', 'prev'));
  for (const n of pageNumbers(current, pages)) {
    items.push(n === null ? el('li', { class: 'gap', 'aria-hidden': 'true', text: '…' })
      : pageLink(state, n, String(n), null, n === current));
  }
  if (current < pages) items.push(pageLink(state, current + 1, 'Next', 'next'));
  replace(pager, el('ul', { class: 'pages' }, items),
    el('p', { class: 'page-of', text: `Page ${current} of ${pages}` }));
}

/** An empty navigation landmark would only confuse: hide it. */
export function hidePager(pager) {
  pager.replaceChildren();
  pager.hidden = true;
}

function pageNumbers(current, pages) {
  const wanted = new Set([1, pages, current - 1, current, current + 1].filter((n) => n >= 1 && n <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1] > 1 ? [null, n] : [n]));
}

function pageLink(state, page, text, rel, current = false) {
  return el('li', {}, navLink(withPage(state, page), {
    rel, class: current ? 'page is-current' : 'page', 'aria-current': current ? 'page' : null,
    'aria-label': rel ? `${text} page` : `Page ${page}`, 'data-page': String(page),
  }, text));
}

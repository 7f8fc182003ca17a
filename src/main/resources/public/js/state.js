// The page's whole state lives in the address, with /api/search's parameter names, so back,
// forward, reload and a shared link all give the same view.

export const FILTER_PARAMS = [
  'technologyArea', 'framework', 'lot', 'capability', 'pathway', 'standard', 'region', 'sme', 'status',
];
export const SORTS = ['relevance', 'name', 'listed'];

/** Reads the state from a query string such as location.search. */
export function readState(search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const dim of FILTER_PARAMS) {
    const values = [...new Set(params.getAll(dim).filter((v) => v !== ''))];
    if (values.length > 0) filters[dim] = values;
  }
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    filters,
    sort: SORTS.includes(sort) ? sort : 'relevance',
    page: positive(params.get('page')) ?? 1,
    size: positive(params.get('size')),
    supplier: params.get('supplier') || null,
  };
}

function positive(text) {
  const n = Number.parseInt(text ?? '', 10);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** The search part of the state as /api/search parameters; defaults are left out. */
export function searchParams(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const dim of FILTER_PARAMS) {
    for (const value of state.filters[dim] ?? []) params.append(dim, value);
  }
  if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.size) params.set('size', String(state.size));
  return params;
}

/** The page address for a state: the search, plus the supplier when one is open. */
export function toUrl(state) {
  const params = searchParams(state);
  if (state.supplier) params.set('supplier', state.supplier);
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

/** The state of the results list this state came from (no supplier open). */
export function resultsOf(state) {
  return { ...state, supplier: null };
}

export function withQuery(state, q) {
  return { ...state, q: q.trim(), page: 1, supplier: null };
}

export function withSort(state, sort) {
  return { ...state, sort, page: 1, supplier: null };
}

export function withPage(state, page) {
  return { ...state, page, supplier: null };
}

export function withSupplier(state, id) {
  return { ...state, supplier: id };
}

/** Ticks or unticks one value of one dimension; other dimensions and the keywords stay. */
export function withFilter(state, dim, value, on) {
  const current = state.filters[dim] ?? [];
  const values = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters = { ...state.filters, [dim]: values };
  if (values.length === 0) delete filters[dim];
  return { ...state, filters, page: 1, supplier: null };
}

/** Drops every filter but keeps the keywords and the sort. */
export function withoutFilters(state) {
  return { ...state, filters: {}, page: 1, supplier: null };
}

export function hasFilters(state) {
  return Object.keys(state.filters).length > 0;
}

// The page's whole state lives in the address, with /api/search's parameter names, so back,
// forward, reload and a shared link all give the same view.

export const FILTER_DIMENSIONS = [
  'technologyArea', 'framework', 'lot', 'capability', 'pathway', 'standard', 'region', 'sme', 'status',
];
/**
 * Every filter parameter: a dimension's name for any of its values, `.all` for values that must
 * all be present, `.not` for values to leave out.
 */
export const FILTER_PARAMS = FILTER_DIMENSIONS.flatMap((dim) => [dim, `${dim}.all`, `${dim}.not`]);

/** The dimension and kind ('any', 'all' or 'not') of a filter parameter. */
export function filterOf(param) {
  const match = /^(.*)\.(all|not)$/.exec(param);
  return match ? { dim: match[1], kind: match[2] } : { dim: param, kind: 'any' };
}
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
    asTyped: params.get('asTyped') === 'true',
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
  if (state.asTyped) params.set('asTyped', 'true');
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
  return { ...state, q: q.trim(), page: 1, supplier: null, asTyped: false };
}

/** The same need searched exactly as typed, with no spelling correction. */
export function asTyped(state, q) {
  return { ...withQuery(state, q), asTyped: true };
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

/** Whether the chosen values of a dimension must all be present. */
export function matchesAll(state, dim) {
  return (state.filters[`${dim}.all`] ?? []).length > 0;
}

/** Ticks or unticks a value, as any-of or as required depending on how the dimension matches. */
export function withChosen(state, dim, value, on) {
  const param = matchesAll(state, dim) ? `${dim}.all` : dim;
  return withFilter(on ? withFilter(state, `${dim}.not`, value, false) : state, param, value, on);
}

/** Leaves suppliers with a value out, or stops doing so; an excluded value is no longer chosen. */
export function withExcluded(state, dim, value, on) {
  const next = withFilter(state, `${dim}.not`, value, on);
  return on ? withFilter(withFilter(next, dim, value, false), `${dim}.all`, value, false) : next;
}

/** Moves a dimension's chosen values between "any of them" and "all of them". */
export function withMatchAll(state, dim, all) {
  const [from, to] = all ? [dim, `${dim}.all`] : [`${dim}.all`, dim];
  const values = [...new Set([...(state.filters[to] ?? []), ...(state.filters[from] ?? [])])];
  const filters = { ...state.filters, [to]: values };
  delete filters[from];
  if (values.length === 0) delete filters[to];
  return { ...state, filters, page: 1, supplier: null };
}

/** Drops every filter but keeps the keywords and the sort. */
export function withoutFilters(state) {
  return { ...state, filters: {}, page: 1, supplier: null };
}

export function hasFilters(state) {
  return Object.keys(state.filters).length > 0;
}

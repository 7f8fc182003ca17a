// The page's only source of data: the public JSON API on the same server.
import { searchParams } from './state.js';

/** A failed API call, with the problem+json detail when the server sent one. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function getJson(path, signal) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && (body.detail || body.title);
    throw new ApiError(response.status, detail || `The server answered ${response.status}.`);
  }
  return body;
}

/** GET /api/search with the state's keywords, filters, sort and page. */
export function search(state, signal) {
  const params = searchParams(state).toString();
  return getJson(params ? `/api/search?${params}` : '/api/search', signal);
}

/** GET /api/suppliers/{id}: the supplier's full record. */
export function supplier(id, signal) {
  return getJson(`/api/suppliers/${encodeURIComponent(id)}`, signal);
}

/** GET /api/suggest?q=: [{text, kind, id}], id naming the supplier a name or product leads to. */
export async function suggest(prefix, signal) {
  const body = await getJson(`/api/suggest?${new URLSearchParams({ q: prefix })}`, signal);
  return (body?.suggestions ?? [])
    .filter((item) => typeof item?.text === 'string' && item.text !== '')
    .map((item) => ({ text: item.text, kind: item.kind ?? null, id: item.id ?? null }));
}

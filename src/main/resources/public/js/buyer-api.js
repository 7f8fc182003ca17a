// The procurement routes of the JSON API, called with the organisation's key. The key is kept in
// sessionStorage: for this browser tab's session only, gone when it closes or the buyer signs out,
// and never put in an address.
import { ApiError } from './api.js';

const KEY = 'supplier-discovery.organisation-key';

export function storedKey() {
  return sessionStorage.getItem(KEY);
}

export function keepKey(key) {
  sessionStorage.setItem(KEY, key);
}

export function forgetKey() {
  sessionStorage.removeItem(KEY);
}

async function send(method, path, body, key = storedKey()) {
  const headers = { Accept: 'application/json', Authorization: `Bearer ${key ?? ''}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw await problem(response);
  return response.status === 204 ? null : response.json();
}

/** An ApiError with the problem+json detail, or the status when there is none. */
async function problem(response) {
  const body = await response.json().catch(() => null);
  const detail = body && (body.detail || body.title);
  return new ApiError(response.status, detail || `The server answered ${response.status}.`);
}

const project = (id) => `/api/projects/${encodeURIComponent(id)}`;

/** The organisation's projects; a wrong key is an ApiError with status 401. */
export async function projects(key) {
  return (await send('GET', '/api/projects', undefined, key)).projects ?? [];
}

export const createProject = (name) => send('POST', '/api/projects', { name });
export const getProject = (id) => send('GET', project(id));

export async function searches(id) {
  return (await send('GET', `${project(id)}/searches`)).searches ?? [];
}

/** Saves a search given as the body of POST /api/search; it becomes the active one. */
export const saveSearch = (id, request) => send('POST', `${project(id)}/searches`, request);
export const activate = (id, searchId) =>
  send('POST', `${project(id)}/searches/${encodeURIComponent(searchId)}/activate`);

export const freeze = (id) => send('POST', `${project(id)}/freeze`);
export const verifyFreeze = (id) => send('GET', `${project(id)}/freeze/verify`);
export const closeProject = (id) => send('POST', `${project(id)}/close`);

/** What a GET answers, or null when it is not there (404). */
async function orNull(path) {
  try {
    return await send('GET', path);
  } catch (error) {
    if (error.status === 404) return null;
    throw error;
  }
}

/** The frozen list, or null while the project's search is not frozen. */
export const frozen = (id) => orNull(`${project(id)}/freeze`);

export async function events(id) {
  return (await send('GET', `${project(id)}/events`)).events ?? [];
}

export const verifyEvents = (id) => send('GET', `${project(id)}/events/verify`);

/** The frozen suppliers in order, each with its decision (or null). */
export async function decisions(id) {
  return (await send('GET', `${project(id)}/decisions`)).suppliers ?? [];
}

/** Shortlists or excludes a frozen supplier: {decision: 'shortlisted'|'excluded', reason}. */
export const decide = (id, supplierId, body) =>
  send('PUT', `${project(id)}/decisions/${encodeURIComponent(supplierId)}`, body);

export const compare = (id, supplierIds) =>
  send('GET', `${project(id)}/compare?${new URLSearchParams({ suppliers: supplierIds.join(',') })}`);

/** GET /api/facets (no key needed): every dimension's values, lots nested under their framework. */
export async function facets() {
  const response = await fetch('/api/facets', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw await problem(response);
  return response.json();
}

/** The project's random allocation, or null when none has been drawn. */
export const allocation = (id) => orNull(`${project(id)}/allocation`);

export const allocate = (id, lot) => send('POST', `${project(id)}/allocation`, lot);
export const verifyAllocation = (id) => send('GET', `${project(id)}/allocation/verify`);

/**
 * GET …/export.csv or export.pdf: {blob, name (from Content-Disposition), sha256 (hex, from Repr-Digest)}.
 */
export async function exportFile(id, format) {
  const response = await fetch(`${project(id)}/export.${format}`, {
    headers: { Authorization: `Bearer ${storedKey() ?? ''}` },
  });
  if (!response.ok) throw await problem(response);
  const disposition = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '');
  return {
    blob: await response.blob(),
    name: disposition ? disposition[1] : `procurement-record.${format}`,
    sha256: hexDigest(response.headers.get('Repr-Digest')),
  };
}

/** "sha-256=:BASE64:" as lower-case hex, or null. */
function hexDigest(header) {
  const match = /sha-256=:([A-Za-z0-9+/=]+):/.exec(header ?? '');
  if (!match) return null;
  return [...atob(match[1])].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}

/** The project's outcome, or null while none is recorded. */
export const outcome = (id) => orNull(`${project(id)}/outcome`);
export const recordOutcome = (id, body) => send('PUT', `${project(id)}/outcome`, body);

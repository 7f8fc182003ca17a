// One supplier's full record, readable, with the way back to the results as they were.
import { el, formatDate, replace } from './dom.js';
import { statusTag } from './hits.js';

const SHOWN = new Set([
  'id', 'name', 'summary', 'description', 'website', 'sme', 'regions', 'technologyAreas', 'capabilities',
  'pathways', 'standards', 'listings', 'products', 'deployments', 'updated',
]);

/** Renders the supplier page; `back` is the link to the results it was opened from. */
export function renderDetail(container, record, back) {
  replace(container,
    back,
    el('article', { class: 'supplier', 'aria-labelledby': 'supplier-name' },
      el('h1', { id: 'supplier-name', class: 'supplier-name', tabindex: '-1', text: record.name }),
      el('p', { class: 'lead', text: record.summary }),
      meta(record),
      section('About', description(record.description)),
      section('Framework listings', listingTable(record.listings)),
      section('Products and services', products(record.products)),
      section('Details', facts(record)),
      section('Other information', others(record))));
}

/** The "Supplier not found" page, with the same way back. */
export function renderMissing(container, id, message, back) {
  replace(container, back,
    el('h1', { id: 'supplier-name', class: 'supplier-name', tabindex: '-1', text: 'Supplier not found' }),
    el('p', { text: message || `There is no supplier with the ID “${id}”.` }));
}

function section(title, body) {
  if (!body) return null;
  const id = `section-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return el('section', { class: 'supplier-section', 'aria-labelledby': id }, el('h2', { id, text: title }), body);
}

function meta(record) {
  const items = [
    record.sme === true ? el('li', { class: 'tag tag-strong', text: 'SME' }) : null,
    record.updated ? el('li', { text: `Updated ${formatDate(record.updated)}` }) : null,
    record.website ? el('li', {}, website(record.website)) : null,
  ].filter(Boolean);
  return items.length ? el('ul', { class: 'supplier-meta' }, items) : null;
}

/** Only http(s) addresses become links; anything else is shown as text. */
function website(address) {
  const safe = /^https?:\/\//i.test(address);
  return safe ? el('a', { href: address, rel: 'noopener noreferrer external', text: address }) : el('span', { text: address });
}

function description(text) {
  if (!text) return null;
  return el('div', { class: 'prose' }, String(text).split(/\n\s*\n/).map((p) => el('p', { text: p })));
}

function listingTable(listings) {
  if (!Array.isArray(listings) || listings.length === 0) return null;
  const head = el('thead', {}, el('tr', {}, ['Framework', 'Lot', 'Status', 'Reason', 'Listed since'].map((h) => el('th', { scope: 'col', text: h }))));
  const rows = listings.map((l) => el('tr', {},
    el('td', { text: l.framework }), el('td', { text: l.lot ?? '—' }),
    el('td', {}, statusTag(l.status)), el('td', { class: 'listing-reason', text: l.reasonLabel ?? '—' }),
    el('td', { text: formatDate(l.since) })));
  return el('div', { class: 'table-wrap' }, el('table', { class: 'listing-table' }, head, el('tbody', {}, rows)));
}

function products(items) {
  if (!Array.isArray(items) || items.length === 0) return null;
  return el('ul', { class: 'products' }, items.map((p) => el('li', {},
    el('h3', { class: 'product-name', text: p.name }),
    p.description ? el('p', { text: p.description }) : null)));
}

function facts(record) {
  const rows = [
    ['Technology areas', tags(record.technologyAreas)],
    ['Capabilities', tags(record.capabilities)],
    ['Pathways', tags(record.pathways)],
    ['Standards', tags(record.standards)],
    ['Regions', tags(record.regions)],
    ['SME', record.sme === undefined || record.sme === null ? null : record.sme ? 'Yes' : 'No'],
    ['Deployments', record.deployments === undefined || record.deployments === null ? null : String(record.deployments)],
    ['Website', record.website ? website(record.website) : null],
    ['Supplier ID', record.id],
  ].filter(([, value]) => value);
  return definitionList(rows);
}

function others(record) {
  const rows = Object.entries(record).filter(([key, value]) => !SHOWN.has(key) && value !== null)
    .map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]);
  return rows.length ? definitionList(rows) : null;
}

function definitionList(rows) {
  return el('dl', { class: 'facts' }, rows.map(([label, value]) => el('div', { class: 'fact' },
    el('dt', { text: label }), el('dd', {}, value))));
}

function tags(values) {
  if (!Array.isArray(values) || values.length === 0) return null;
  return el('ul', { class: 'tags' }, values.map((v) => el('li', { class: 'tag', text: v })));
}

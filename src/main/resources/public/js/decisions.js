// The frozen list as a table of decisions: each supplier shortlisted or excluded (an exclusion always with
// its written reason), and up to six shortlisted suppliers compared side by side.
import * as buyer from './buyer-api.js';
import { el, replace } from './dom.js';
import { reasonDialog } from './dialog.js';

export const MAX_COMPARED = 6;

const DIMENSION_LABELS = {
  technologyArea: 'Technology areas', capability: 'Capabilities', pathway: 'Pathways', standard: 'Standards',
  region: 'Regions', listing: 'Framework listings', product: 'Products',
};

/**
 * The decisions table for `rows` (GET …/decisions). `view`: {project, ctx, redraw(focusSelector)}; decisions
 * can be changed while the project is open.
 */
export function decisionsTable(rows, view) {
  const open = !view.project.closedAt;
  const comparison = el('div', { id: 'comparison', class: 'comparison' });
  const table = el('table', { id: 'decisions', class: 'records-table' },
    el('caption', { class: 'visually-hidden', text: 'Frozen suppliers and your decision on each' }),
    el('thead', {}, el('tr', {}, ['#', 'Supplier', 'Decision', 'Reason', open ? 'Decide' : null, 'Compare']
      .filter(Boolean).map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows.map((row) => supplierRow(row, view, open))));
  const shortlisted = rows.filter((r) => r.decision?.decision === 'shortlisted').length;
  const error = el('p', { id: 'compare-error', class: 'error-message', role: 'alert', hidden: true });
  const compare = el('button', { type: 'button', id: 'compare', class: 'button button-secondary',
    text: `Compare ticked suppliers (up to ${MAX_COMPARED})`, disabled: shortlisted === 0,
    on: { click: () => showComparison(view.project.id, table, comparison, error) } });
  return [table, el('div', { class: 'actions' }, compare), error, comparison];
}

function supplierRow(row, view, open) {
  const decision = row.decision?.decision ?? null;
  const name = row.name;
  return el('tr', { class: 'frozen-supplier', 'data-supplier-id': row.id, 'data-decision': decision ?? 'none' },
    el('td', { text: row.place }),
    el('th', { scope: 'row' }, el('a', { href: `/?supplier=${encodeURIComponent(row.id)}`, 'data-nav': '', text: name })),
    el('td', { class: decision ? `decision-${decision}` : 'hint',
      text: decision === 'shortlisted' ? 'Shortlisted' : decision === 'excluded' ? 'Excluded' : 'Not decided' }),
    el('td', { class: 'decision-reason', text: row.decision?.reason ?? '' }),
    open && el('td', { class: 'decide' },
      el('button', { type: 'button', class: 'link-button', 'data-decide': 'shortlisted', 'aria-label': `Shortlist ${name}`,
        text: 'Shortlist', on: { click: () => decide(row, 'shortlisted', view) } }),
      ' ',
      el('button', { type: 'button', class: 'link-button', 'data-decide': 'excluded', 'aria-label': `Exclude ${name}`,
        text: 'Exclude…', on: { click: () => decide(row, 'excluded', view) } })),
    el('td', {}, decision === 'shortlisted' && [
      el('input', { type: 'checkbox', class: 'compare-box', value: row.id, id: `compare-${row.place}` }),
      el('label', { for: `compare-${row.place}`, class: 'visually-hidden', text: `Compare ${name}` })]));
}

async function decide(row, decision, view) {
  let reason = null;
  if (decision === 'excluded') {
    reason = await reasonDialog({
      title: `Exclude ${row.name}?`,
      message: 'The procurement record keeps your reason with the exclusion, and an auditor reads it.',
      label: 'Why is this supplier excluded?',
      confirm: 'Exclude',
    });
    if (reason === null) return;
  }
  try {
    await buyer.decide(view.project.id, row.id, reason === null ? { decision } : { decision, reason });
    view.ctx.status(`${row.name}: ${decision === 'shortlisted' ? 'shortlisted' : `excluded (${reason})`}.`);
    await view.redraw(`tr[data-supplier-id="${CSS.escape(row.id)}"] [data-decide="${decision}"]`);
  } catch (e) {
    if (e.status === 401) return view.ctx.signOut();
    view.ctx.status(`Not recorded: ${e.message}`);
  }
}

async function showComparison(projectId, table, container, error) {
  const ids = [...table.querySelectorAll('.compare-box:checked')].map((box) => box.value);
  error.hidden = true;
  if (ids.length === 0 || ids.length > MAX_COMPARED) {
    error.textContent = ids.length === 0 ? 'Tick the shortlisted suppliers to compare.'
      : `Tick at most ${MAX_COMPARED} suppliers to compare; ${ids.length} are ticked.`;
    error.hidden = false;
    return;
  }
  try {
    const comparison = await buyer.compare(projectId, ids);
    replace(container,
      el('h3', { id: 'comparison-heading', class: 'subheading', tabindex: '-1', text: 'Shortlisted suppliers side by side' }),
      el('div', { class: 'table-scroll' }, comparisonTable(comparison)));
    document.getElementById('comparison-heading').focus();
  } catch (e) {
    error.textContent = `Not compared: ${e.message}`;
    error.hidden = false;
  }
}

function comparisonTable({ suppliers, dimensions }) {
  return el('table', { id: 'comparison-table', class: 'records-table' },
    el('thead', {}, el('tr', {}, el('td'), suppliers.map((s) => el('th', { scope: 'col', text: s.name })))),
    el('tbody', {}, dimensions.map((d) => el('tr', { 'data-dimension': d.dimension },
      el('th', { scope: 'row', text: DIMENSION_LABELS[d.dimension] ?? d.dimension }),
      d.values.map((values) => el('td', {}, values.length === 0 ? el('span', { class: 'hint', text: 'None' })
        : el('ul', { class: 'compare-values' }, values.map((v) => el('li', {
          class: d.shared.includes(v) ? 'is-shared' : null, text: v })))))))));
}

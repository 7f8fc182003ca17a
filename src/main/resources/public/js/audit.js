// A project's audit trail: every change with its time and who made it, and a check that the hash chain
// linking them is intact.
import * as buyer from './buyer-api.js';
import { el } from './dom.js';

const TYPE_LABELS = {
  create: 'Project created', rename: 'Renamed', 'save-search': 'Search saved', activate: 'Active search chosen',
  freeze: 'Search frozen', close: 'Project closed', release: 'Frozen catalogue released', decide: 'Decision',
  allocate: 'Supplier allocated', download: 'Downloaded', outcome: 'Outcome recorded',
};

/**
 * The audit trail section, folded until opened: {element, refresh()}, refresh reloading the events when it is
 * open. `formatTime` renders an instant.
 */
export function auditTrail(projectId, formatTime) {
  const body = el('div', { id: 'audit-body' }, el('p', { class: 'hint', text: 'Loading the audit trail…' }));
  const result = el('p', { id: 'audit-result', role: 'status', 'aria-live': 'polite' });
  const details = el('details', { class: 'project-part audit', id: 'audit' },
    el('summary', { class: 'subheading', text: 'Audit trail' }),
    body,
    el('button', { type: 'button', id: 'verify-audit', class: 'button button-secondary', text: 'Check the audit trail',
      on: { click: () => verify(projectId, result) } }),
    result);
  const refresh = async () => {
    if (details.open) await load(projectId, body, formatTime);
  };
  details.addEventListener('toggle', refresh);
  return { element: details, refresh };
}

async function load(projectId, body, formatTime) {
  try {
    const events = await buyer.events(projectId);
    body.replaceChildren(table(events, formatTime));
  } catch (e) {
    body.replaceChildren(el('p', { class: 'error-message', role: 'alert', text: `Not shown: ${e.message}` }));
  }
}

function table(events, formatTime) {
  return el('table', { class: 'records-table', id: 'audit-events' },
    el('caption', { class: 'visually-hidden', text: 'Audit events, oldest first' }),
    el('thead', {}, el('tr', {}, ['#', 'When', 'What', 'Who', 'Hash'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, events.map((e) => el('tr', { 'data-event': e.type },
      el('td', { text: e.seq }),
      el('td', { text: formatTime(e.at) }),
      el('td', { text: TYPE_LABELS[e.type] ?? e.type }),
      el('td', { text: e.actor ?? 'Your organisation' }),
      el('td', {}, el('code', { title: e.hash, text: `${String(e.hash).slice(0, 12)}…` }))))));
}

async function verify(projectId, result) {
  result.textContent = 'Checking…';
  try {
    const answer = await buyer.verifyEvents(projectId);
    result.textContent = answer.intact
      ? `The audit trail is intact: each of its ${answer.events} events holds the hash of the one before.`
      : `The audit trail has been altered at event ${answer.brokenAt}: ${answer.reason}`;
  } catch (e) {
    result.textContent = `Not checked: ${e.message}`;
  }
}

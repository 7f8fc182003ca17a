// One project: its saved searches (one active), freezing the active one behind a confirmation, and the
// frozen list with its check against the catalogue as it was.
import * as buyer from './buyer-api.js';
import { el, plural, replace } from './dom.js';
import { confirmDialog } from './dialog.js';
import { auditTrail } from './audit.js';
import { downloadsPart } from './downloads.js';
import { decisionsTable } from './decisions.js';
import { outcomePart } from './outcome.js';
import { allocationPart } from './allocation.js';

/** The time an instant ("2026-12-04T22:30:00.123Z") reads as for a buyer in the UK. */
export function formatTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso ?? '';
  return date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
}

/**
 * Draws project `id` into `container`. `ctx`: {focus, status(text), signOut()}; focus moves to the
 * project's heading when `ctx.focus` is true, or to the element a selector names.
 */
export async function renderProject(container, id, ctx) {
  container.setAttribute('aria-busy', 'true');
  try {
    const [project, searches, frozen, allocation] = await Promise.all(
      [buyer.getProject(id), buyer.searches(id), buyer.frozen(id), buyer.allocation(id)]);
    const [rows, outcome] = frozen ? await Promise.all([buyer.decisions(id), buyer.outcome(id)]) : [[], null];
    const redraw = (focus) => renderProject(container, id, { ...ctx, focus });
    const view = { project, searches, frozen, rows, ctx, redraw };
    const audit = auditTrail(id, formatTime);
    replace(container,
      el('div', { class: 'project-title' },
        el('h2', { id: 'project-name', class: 'project-name', tabindex: '-1', text: project.name }),
        el('button', { type: 'button', id: 'hide-project', class: 'link-button', text: 'Hide the project',
          on: { click: ctx.hide } })),
      el('p', { class: 'hint', text: project.closedAt ? `Closed ${formatTime(project.closedAt)}.`
        : `Created ${formatTime(project.createdAt)}.` }),
      savedSearches(view),
      frozen ? frozenList(view) : freezeOffer(view),
      allocationPart(view, allocation, formatTime),
      frozen && outcomePart(view, rows, outcome, formatTime),
      frozen && downloadsPart(id, ctx, audit.refresh),
      audit.element);
    container.dataset.drawnFor = id;
    if (ctx.focus) container.querySelector(ctx.focus === true ? '#project-name' : ctx.focus)?.focus();
  } catch (error) {
    if (error.status === 401) return ctx.signOut();
    replace(container, el('p', { class: 'error-message', role: 'alert', text: `The project could not be shown: ${error.message}` }));
  } finally {
    container.removeAttribute('aria-busy');
  }
}

function savedSearches({ project, searches, frozen, ctx, redraw }) {
  if (searches.length === 0) {
    return el('p', { id: 'saved-searches', text: 'No saved search yet: search above, then save the search to this project.' });
  }
  const changeable = !frozen && !project.closedAt;
  return el('section', { class: 'project-part', 'aria-labelledby': 'saved-heading' },
    el('h3', { id: 'saved-heading', class: 'subheading', tabindex: '-1', text: 'Saved searches' }),
    el('ul', { id: 'saved-searches', class: 'saved-searches' }, searches.map((s) => el('li', {
      class: s.active ? 'saved-search is-active' : 'saved-search', 'data-search': s.id },
    el('span', { class: 'saved-summary', text: s.summary }),
    el('span', { class: 'hint', text: ` · saved ${formatTime(s.savedAt)}` }),
    s.active ? el('strong', { class: 'tag tag-strong', text: 'Active' })
      : changeable && el('button', { type: 'button', class: 'link-button', text: 'Make active',
        'aria-label': `Make active: ${s.summary}`,
        on: { click: async () => {
          await buyer.activate(project.id, s.id);
          ctx.status(`Active search: ${s.summary}.`);
          await redraw('#saved-heading');
        } } })))));
}

function freezeOffer({ project, searches, ctx, redraw }) {
  const active = searches.find((s) => s.active);
  if (!active || project.closedAt) return null;
  const error = el('div', { id: 'freeze-error', class: 'error-message', role: 'alert', hidden: true });
  const button = el('button', { type: 'button', id: 'freeze', class: 'button', text: 'Freeze the active search' });
  button.addEventListener('click', async () => {
    const yes = await confirmDialog({
      title: `Freeze ${plural(active.total, 'supplier')}?`,
      message: [
        `The active search (${active.summary}) is run once more and its list is kept as it stands now, with each`
          + ' supplier\'s record, the catalogue generation and the time.',
        'This cannot be undone: the project\'s search ends here, and the list is what you decide on.',
      ],
      confirm: 'Freeze the list',
    });
    if (!yes) return;
    try {
      const frozen = await buyer.freeze(project.id);
      ctx.status(`Frozen: ${plural(frozen.total, 'supplier')}.`);
      await redraw('#frozen-heading');
    } catch (e) {
      if (e.status === 401) return ctx.signOut();
      replace(error, el('p', { text: `Not frozen: ${e.message}` }));
      error.hidden = false;
      button.focus();
    }
  });
  return el('section', { class: 'project-part', 'aria-labelledby': 'freeze-heading' },
    el('h3', { id: 'freeze-heading', class: 'subheading', text: 'Freeze the search' }),
    el('p', { class: 'hint', text: 'Freezing ends the search: the list is kept with each supplier as it is now, so'
      + ' your decisions and the outcome rest on a record an auditor can re-run.' }),
    button, error);
}

function frozenList(view) {
  const { project, frozen, rows, ctx, redraw } = view;
  const result = el('p', { id: 'verify-result', role: 'status', 'aria-live': 'polite' });
  const verify = el('button', { type: 'button', id: 'verify-freeze', class: 'button button-secondary',
    text: 'Check the frozen list', on: { click: async () => {
      result.textContent = 'Checking…';
      try {
        const answer = await buyer.verifyFreeze(project.id);
        result.textContent = answer.same
          ? `The frozen search, re-run on the catalogue as it was (generation ${answer.generation}), gives the same list.`
          : `The re-run gives a different list (generation ${answer.generation}).`;
      } catch (e) {
        result.textContent = `Not checked: ${e.message}`;
      }
    } } });
  return el('section', { class: 'project-part', 'aria-labelledby': 'frozen-heading' },
    el('h3', { id: 'frozen-heading', class: 'subheading', tabindex: '-1', text: 'Frozen list' }),
    el('p', { id: 'frozen-summary', text: `${frozen.summary}. Frozen ${formatTime(frozen.frozenAt)} on catalogue`
      + ` generation ${frozen.generation}.` }),
    notices(frozen.notices ?? []),
    decisionsTable(rows, view),
    el('div', { class: 'actions' }, verify, closeButton({ project, ctx, redraw })),
    result);
}

/** What has changed since the freeze: a supplier suspended or removed on its framework, or the framework expired. */
function notices(list) {
  if (list.length === 0) return null;
  return el('div', { id: 'frozen-notices', class: 'notices', role: 'note', 'aria-label': 'Changes since the freeze' },
    el('p', { class: 'notices-title', text: `Since the freeze, ${plural(list.length, 'listing')} changed:` }),
    el('ul', {}, list.map((n) => el('li', { 'data-supplier-id': n.supplierId, text: n.message }))));
}

function closeButton({ project, ctx, redraw }) {
  if (project.closedAt) return null;
  return el('button', { type: 'button', id: 'close-project', class: 'button button-secondary', text: 'Close the project',
    on: { click: async () => {
      const yes = await confirmDialog({
        title: `Close ${project.name}?`,
        message: ['A closed project takes no more changes, and the catalogue its search was frozen on is released.',
          'This cannot be undone.'],
        confirm: 'Close the project',
      });
      if (!yes) return;
      await buyer.closeProject(project.id);
      ctx.status(`${project.name} is closed.`);
      await redraw(true);
    } } });
}

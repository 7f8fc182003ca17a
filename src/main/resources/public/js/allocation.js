// Random allocation within a lot: one draw per project among the suppliers active on the lot, recorded with
// its seed, algorithm and eligible list so that anyone can re-run it and get the same supplier.
import * as buyer from './buyer-api.js';
import { el, plural, replace } from './dom.js';
import { confirmDialog } from './dialog.js';

/** The allocation section: the recorded draw, or a form to draw one (while the project is open). */
export function allocationPart(view, allocation, formatTime) {
  const part = el('section', { class: 'project-part', id: 'allocation', 'aria-labelledby': 'allocation-heading' },
    el('h3', { id: 'allocation-heading', class: 'subheading', tabindex: '-1', text: 'Random allocation within a lot' }));
  if (allocation) {
    part.append(...recorded(view, allocation, formatTime));
  } else if (!view.project.closedAt) {
    part.append(...drawForm(view));
  } else {
    return null;
  }
  return part;
}

function recorded(view, a, formatTime) {
  const result = el('p', { id: 'allocation-verify-result', role: 'status', 'aria-live': 'polite' });
  return [
    el('p', { id: 'allocation-result' }, 'Allocated: ', el('strong', { text: a.chosen }),
      ` on ${a.lot} of ${a.framework}, drawn ${formatTime(a.allocatedAt)} from ${plural(a.eligible.length, 'eligible supplier')}`
      + ` (catalogue generation ${a.generation}).`),
    el('dl', { class: 'allocation-facts' },
      el('dt', { text: 'Seed' }), el('dd', {}, el('code', { id: 'allocation-seed', text: a.seed })),
      el('dt', { text: 'Algorithm' }), el('dd', { text: `${a.algorithm}: ${a.algorithmDescription}` })),
    el('details', {}, el('summary', { text: `The ${plural(a.eligible.length, 'eligible supplier')}, in the order drawn from` }),
      el('ol', { id: 'allocation-eligible' }, a.eligible.map((id) => el('li', { text: id })))),
    el('button', { type: 'button', id: 'verify-allocation', class: 'button button-secondary', text: 'Re-run the draw',
      on: { click: async () => {
        result.textContent = 'Re-running…';
        try {
          const v = await buyer.verifyAllocation(view.project.id);
          result.textContent = v.same
            ? `Re-run from the recorded seed and eligible list, the draw gives ${v.rerun} again.`
            : `The re-run gives ${v.rerun}, not the recorded ${v.chosen}.`;
        } catch (e) {
          result.textContent = `Not re-run: ${e.message}`;
        }
      } } }),
    result,
  ];
}

function drawForm(view) {
  const select = el('select', { id: 'allocation-lot' }, el('option', { value: '', text: 'Loading lots…' }));
  const error = el('p', { id: 'allocation-error', class: 'error-message', role: 'alert', hidden: true });
  loadLots(select);
  const form = el('form', { class: 'inline-form', on: { submit: (event) => draw(event, view, select, error) } },
    el('label', { for: 'allocation-lot', text: 'Lot' }), select,
    el('button', { type: 'submit', id: 'allocate', class: 'button', text: 'Draw a supplier' }));
  return [
    el('p', { class: 'hint', text: 'For a lot its framework allocates at random: one supplier is drawn among those'
      + ' active on the lot, narrowed by the active search\'s filters. A project has one draw.' }),
    form, error,
  ];
}

async function loadLots(select) {
  try {
    const { facets } = await buyer.facets();
    const groups = (facets?.framework ?? []).filter((f) => (f.children ?? []).length > 0).map((f) =>
      el('optgroup', { label: f.value }, f.children.map((lot) =>
        el('option', { value: JSON.stringify([f.value, lot.value]), text: lot.value }))));
    replace(select, el('option', { value: '', text: 'Choose a lot' }), groups);
  } catch (e) {
    replace(select, el('option', { value: '', text: 'Lots could not be loaded' }));
  }
}

async function draw(event, view, select, error) {
  event.preventDefault();
  error.hidden = true;
  if (!select.value) {
    error.textContent = 'Choose the lot to draw within.';
    error.hidden = false;
    select.focus();
    return;
  }
  const [framework, lot] = JSON.parse(select.value);
  const yes = await confirmDialog({
    title: `Draw a supplier on ${lot}?`,
    message: [`One supplier active on ${lot} of ${framework} is drawn at random, and the draw is recorded with its seed.`,
      'A project has one draw: this cannot be undone or repeated.'],
    confirm: 'Draw a supplier',
  });
  if (!yes) return;
  try {
    const a = await buyer.allocate(view.project.id, { framework, lot });
    view.ctx.status(`Allocated: ${a.chosen}.`);
    await view.redraw('#allocation-heading');
  } catch (e) {
    if (e.status === 401) return view.ctx.signOut();
    error.textContent = `Nothing was drawn: ${e.message}`;
    error.hidden = false;
  }
}

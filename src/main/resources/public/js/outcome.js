// The project's outcome: awarded (a frozen supplier, its value and dates), cancelled, or none suitable (each
// of the last two with its reason).
import * as buyer from './buyer-api.js';
import { el, formatDate } from './dom.js';

const KINDS = [['awarded', 'Awarded'], ['cancelled', 'Cancelled'], ['none-suitable', 'None suitable']];
const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** The outcome section: what was recorded, and (while the project is open) the form to record or change it. */
export function outcomePart(view, rows, outcome, formatTime) {
  const open = !view.project.closedAt;
  if (!outcome && !open) return null;
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return el('section', { class: 'project-part', id: 'outcome', 'aria-labelledby': 'outcome-heading' },
    el('h3', { id: 'outcome-heading', class: 'subheading', tabindex: '-1', text: 'Outcome' }),
    outcome && el('p', { id: 'outcome-recorded' }, el('strong', { text: sentence(outcome, names) }),
      ` Recorded ${formatTime(outcome.recordedAt)}.`),
    open && form(view, rows.filter((r) => r.decision?.decision !== 'excluded'), outcome));
}

/** "Awarded to Alpha Remote Care: £120,000.00, 1 April 2027 to 31 March 2029." and the like. */
export function sentence(o, names) {
  if (o.outcome === 'awarded') {
    return `Awarded to ${names.get(o.supplierId) ?? o.supplierId}: ${POUNDS.format(Number(o.value))},`
      + ` ${formatDate(o.start)} to ${formatDate(o.end)}.${o.reason ? ` ${o.reason}` : ''}`;
  }
  return `${o.outcome === 'cancelled' ? 'Cancelled' : 'None suitable'}: ${o.reason}`;
}

function form(view, candidates, outcome) {
  const error = el('div', { id: 'outcome-error', class: 'error-message', role: 'alert', hidden: true });
  const radios = KINDS.map(([value, label]) => el('div', { class: 'check' },
    el('input', { type: 'radio', name: 'outcome', id: `outcome-${value}`, value, checked: outcome?.outcome === value }),
    el('label', { for: `outcome-${value}`, text: label })));
  const supplier = el('select', { id: 'outcome-supplier', name: 'supplierId' },
    el('option', { value: '', text: 'Choose the supplier' }),
    candidates.map((r) => el('option', { value: r.id, text: r.name, selected: outcome?.supplierId === r.id })));
  const award = el('div', { id: 'award-fields', class: 'stacked-form' },
    el('label', { for: 'outcome-supplier', text: 'Awarded supplier' }), supplier,
    field('outcome-value', 'Value (£)', { type: 'text', inputmode: 'decimal', value: outcome?.value ?? '' }),
    field('outcome-start', 'Start date', { type: 'date', value: outcome?.start ?? '' }),
    field('outcome-end', 'End date', { type: 'date', value: outcome?.end ?? '' }));
  const reason = el('textarea', { id: 'outcome-reason', name: 'reason', rows: '3', maxlength: '2000' });
  reason.value = outcome?.reason ?? '';
  const reasonLabel = el('label', { for: 'outcome-reason', id: 'outcome-reason-label', text: 'Reason' });
  const formEl = el('form', { id: 'outcome-form', class: 'stacked-form', novalidate: true },
    el('fieldset', { class: 'radios' }, el('legend', { text: outcome ? 'Record a different outcome' : 'Record the outcome' }),
      radios),
    award, el('div', { class: 'stacked-form' }, reasonLabel, reason), error,
    el('div', { class: 'actions' }, el('button', { type: 'submit', id: 'record-outcome', class: 'button',
      text: 'Record the outcome' })));
  const kind = () => formEl.querySelector('input[name=outcome]:checked')?.value ?? null;
  const update = () => {
    award.hidden = kind() !== 'awarded';
    reasonLabel.textContent = kind() === 'awarded' || !kind() ? 'Notes (optional)' : 'Reason (required)';
  };
  formEl.addEventListener('change', update);
  formEl.addEventListener('submit', (event) => submit(event, view, kind(), error));
  update();
  return formEl;
}

function field(id, label, attrs) {
  return [el('label', { for: id, text: label }), el('input', { id, class: 'text-input', ...attrs })];
}

/** The body of PUT …/outcome from the form, or an error message for what is missing. */
function body(kind) {
  const value = (id) => document.getElementById(id).value.trim();
  const reason = value('outcome-reason');
  if (!kind) return { error: 'Choose the outcome: awarded, cancelled or none suitable.' };
  if (kind !== 'awarded') return reason ? { body: { outcome: kind, reason } } : { error: 'Give the reason.' };
  const amount = value('outcome-value').replace(/[£,\s]/g, '');
  if (!value('outcome-supplier')) return { error: 'Choose the awarded supplier.' };
  if (!/^\d+(\.\d{1,2})?$/.test(amount)) return { error: 'Give the value in pounds, such as 120000 or 120000.50.' };
  if (!value('outcome-start') || !value('outcome-end')) return { error: 'Give the start and end dates.' };
  const award = { outcome: kind, supplierId: value('outcome-supplier'), value: Number(amount), currency: 'GBP',
    start: value('outcome-start'), end: value('outcome-end') };
  return { body: reason ? { ...award, reason } : award };
}

async function submit(event, view, kind, error) {
  event.preventDefault();
  const { body: request, error: missing } = body(kind);
  error.hidden = true;
  try {
    if (missing) throw new Error(missing);
    await buyer.recordOutcome(view.project.id, request);
    view.ctx.status('The outcome is recorded.');
    await view.redraw('#outcome-heading');
  } catch (e) {
    if (e.status === 401) return view.ctx.signOut();
    error.textContent = `Not recorded: ${e.message}`;
    error.hidden = false;
  }
}

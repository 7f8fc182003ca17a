// One result: the supplier, the words that matched, and which parts of the need it covers.
import { el, formatDate, markedText } from './dom.js';
import { capitalise, fieldLabel, kindLabel, listText } from './labels.js';

const SNIPPET_FIELDS = [['description', 'Description'], ['products', 'Products']];

/** A result card; `href` opens the supplier, `concepts` is how the API read the need. */
export function hitCard(hit, href, concepts) {
  const titleId = `hit-${hit.id}`;
  return el('article', { class: 'hit', 'aria-labelledby': titleId },
    el('h3', { class: 'hit-title', id: titleId },
      el('a', { href, 'data-nav': '', 'data-supplier': hit.id, 'data-focus-key': `hit:${hit.id}` }, highlighted(hit, 'name', hit.name))),
    coverage(hit, concepts),
    byMeaning(hit.meaning),
    el('p', { class: 'hit-summary' }, highlighted(hit, 'summary', hit.summary)),
    snippets(hit),
    tagRows(hit),
    listings(hit.listings));
}

/** The API's passages of one field. */
function passagesOf(hit, field) {
  return (Array.isArray(hit.highlights) ? hit.highlights : []).filter((p) => p?.field === field);
}

/** A short field shown whole: the API's passage of it is the whole text, with the matched words marked. */
function highlighted(hit, field, plain) {
  const whole = passagesOf(hit, field).find((p) => p.text === plain);
  return whole ? markedText(whole) : [plain ?? ''];
}

/** Marked passages from the longer fields, which are not shown whole in the list. */
function snippets(hit) {
  const rows = SNIPPET_FIELDS.map(([field, label]) => [passagesOf(hit, field), label])
    .filter(([passages]) => passages.length)
    .map(([passages, label]) => el('p', { class: 'snippet' }, el('span', { class: 'snippet-field', text: `${label}: ` }),
      passages.map((passage, i) => [i > 0 ? ' … ' : null, markedText(passage)])));
  return rows.length ? el('div', { class: 'snippets' }, rows) : null;
}

/** "Covers 3 of 4: Remote monitoring, Wearables, Frailty", with where each was found. */
function coverage(hit, concepts) {
  const total = hit.conceptsTotal ?? 0;
  if (total === 0) return null;
  const matched = hit.matched ?? [];
  const covered = new Set(matched.map((m) => m.concept));
  // context words ("trust", "pathway") only break ties: shown apart, never counted or missed
  // concepts read from the need's meaning are shown apart (byMeaning), never counted or missed
  const all = (concepts ?? []).filter((c) => !c.meaning);
  const counted = all.some((c) => !c.context) ? all.filter((c) => !c.context) : all;
  const missing = counted.filter((c) => !covered.has(c.concept));
  const context = hit.context ?? [];
  const names = matched.map((m) => m.concept).join(', ');
  return el('details', { class: matched.length === total ? 'coverage is-full' : 'coverage' },
    el('summary', { class: 'coverage-line' },
      el('strong', { text: `Covers ${matched.length} of ${total}` }), names ? `: ${names}` : '', ' ',
      el('span', { class: 'why-hint', text: 'where?' })),
    el('ul', { class: 'why-list' },
        matched.map((m) => el('li', {},
          el('span', { class: 'why-concept', text: m.concept }),
          ` (${kindLabel(m.kind)}) found in ${listText((m.fields ?? []).map(fieldLabel))}`)),
        missing.map((c) => el('li', { class: 'why-missing' },
          el('span', { class: 'why-concept', text: c.concept }), ` (${kindLabel(c.kind)}) not found`)),
        context.map((m) => el('li', { class: 'why-context' },
          el('span', { class: 'why-concept', text: m.concept }),
          ` (context, not counted) found in ${listText((m.fields ?? []).map(fieldLabel))}`))));
}

/**
 * "Found for its meaning, not your words" when none of the need's words matched, else "Also close in
 * meaning": the concepts read from the need's meaning it covers and where, and how close its name and
 * summary are to the need.
 */
function byMeaning(meaning) {
  if (!meaning) return null;
  const parts = (meaning.concepts ?? []).map((m) =>
    `${m.concept} (read from what you need) in ${listText((m.fields ?? []).map(fieldLabel))}`);
  if (meaning.similarity != null) {
    parts.push(`its ${listText((meaning.nearestBy ?? []).map(fieldLabel))} close to your need (${Math.round(meaning.similarity * 100)}%)`);
  }
  const lead = meaning.only ? 'Found for its meaning, not your words' : 'Also close in meaning';
  return el('p', { class: meaning.only ? 'meaning is-alone' : 'meaning' },
    el('strong', { text: lead }), `: ${parts.join('; ')}`,
    meaning.passage ? el('q', { class: 'meaning-passage', text: clipped(meaning.passage, 240) }) : null);
}

/** At most {@code max} characters, cut at a word with an ellipsis. */
function clipped(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}

function tagRows(hit) {
  const rows = [
    ['Technology areas', hit.technologyAreas],
    ['Capabilities', hit.capabilities],
    ['Pathways', hit.pathways],
  ].filter(([, values]) => values?.length);
  if (rows.length === 0) return null;
  return el('dl', { class: 'tag-rows' }, rows.map(([label, values]) => el('div', { class: 'tag-row' },
    el('dt', { text: label }),
    el('dd', {}, el('ul', { class: 'tags' }, values.map((v) => el('li', { class: 'tag', text: v })))))));
}

/** Framework, lot and status of each listing; shared with the supplier page. */
export function listings(items) {
  if (!Array.isArray(items) || items.length === 0) return null;
  return el('ul', { class: 'listings', 'aria-label': 'Framework listings' }, items.map((l) => el('li', { class: 'listing' },
    el('span', { class: 'listing-framework', text: l.framework }),
    l.lot ? el('span', { class: 'listing-lot', text: l.lot }) : null,
    statusTag(l.status),
    l.reasonLabel ? el('span', { class: 'listing-reason', text: `Reason: ${l.reasonLabel}` }) : null,
    l.since ? el('span', { class: 'listing-since', text: `since ${formatDate(l.since)}` }) : null)));
}

export function statusTag(status) {
  const known = ['active', 'suspended', 'removed', 'expired'].includes(status) ? status : 'other';
  return el('span', { class: `status status-${known}`, text: capitalise(String(status ?? '')) });
}

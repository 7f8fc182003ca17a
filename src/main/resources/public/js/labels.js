// Words buyers see for the API's names.

export const DIMENSION_LABELS = {
  technologyArea: 'Technology area',
  framework: 'Framework and lot',
  lot: 'Lot',
  capability: 'Capability',
  pathway: 'Pathway',
  standard: 'Standard',
  region: 'Region',
  sme: 'SME',
  status: 'Listing status',
};

/** The side panel's dimensions, in order; lots are shown inside their framework. */
export const PANEL_DIMENSIONS = [
  'technologyArea', 'framework', 'capability', 'pathway', 'standard', 'region', 'sme', 'status',
];

const FILTER_KIND_LABELS = { any: '', all: ' (all of)', not: ' (not)' };

/** How a filter parameter reads: "Technology area", "Technology area (all of)", "Technology area (not)". */
export function filterLabel(dim, kind) {
  return `${DIMENSION_LABELS[dim] ?? dim}${FILTER_KIND_LABELS[kind] ?? ''}`;
}

const SME_LABELS = { true: 'Yes', false: 'No' };

/** How a filter value reads: SME "true" is "Yes", statuses are capitalised. */
export function valueLabel(dim, value) {
  if (dim === 'sme') return SME_LABELS[value] ?? value;
  if (dim === 'status') return capitalise(value);
  return value;
}

export function capitalise(text) {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

const KIND_LABELS = {
  technologyArea: 'technology area',
  capability: 'capability',
  pathway: 'pathway',
  standard: 'standard',
  framework: 'framework',
  region: 'region',
  word: 'keyword',
  phrase: 'phrase',
};

export function kindLabel(kind) {
  return KIND_LABELS[kind] ?? String(kind ?? '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

const FIELD_LABELS = {
  taxonomy: 'listed categories',
  labels: 'listed categories',
  name: 'name',
  summary: 'summary',
  description: 'description',
  products: 'products',
  productNames: 'product names',
};

export function fieldLabel(field) {
  return FIELD_LABELS[field] ?? field;
}

/** Joins words as "a, b and c". */
export function listText(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

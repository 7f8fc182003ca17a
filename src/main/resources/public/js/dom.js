// Building DOM from data. Supplier text only ever becomes text nodes: nothing here parses HTML.

/**
 * Creates an element. attrs: plain attributes, except `class`, `text` (textContent), `hidden` and
 * `on` ({event: handler}). Children are nodes or strings (strings become text nodes).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else if (name === 'on') Object.entries(value).forEach(([ev, fn]) => node.addEventListener(ev, fn));
    else if (name === 'class') node.className = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends nodes and strings (as text), skipping null, undefined and false; flattens arrays. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces an element's content. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** Text only screen readers hear, e.g. the noun after a bare count. */
export function hiddenText(text) {
  return el('span', { class: 'visually-hidden', text });
}

/**
 * A passage from the API as nodes: its text, with each marked range ({start, end} in characters of the
 * text) in a <mark>. Every piece becomes a text node; nothing is parsed as HTML. Ranges that overlap,
 * run backwards or fall outside the text are skipped.
 */
export function markedText(passage) {
  const text = String(passage?.text ?? '');
  const nodes = [];
  let cursor = 0;
  for (const { start, end } of passage?.marks ?? []) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < cursor || end <= start || end > text.length) continue;
    if (start > cursor) nodes.push(document.createTextNode(text.slice(cursor, start)));
    nodes.push(el('mark', { text: text.slice(start, end) }));
    cursor = end;
  }
  if (cursor < text.length) nodes.push(document.createTextNode(text.slice(cursor)));
  return nodes;
}

/** "1 supplier", "37 suppliers". */
export function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** An ISO date (2024-03-01) as "1 March 2024"; anything else as given. */
export function formatDate(iso) {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso ?? '';
  const date = new Date(`${iso}T00:00:00Z`);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

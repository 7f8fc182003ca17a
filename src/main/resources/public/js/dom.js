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

const OPEN = '<mark>';
const CLOSE = '</mark>';
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi;
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Turns the API's escaped entities back into characters; the result is only used as text. */
export function unescapeEntities(text) {
  return text.replace(ENTITY, (whole, code) => {
    const lower = code.toLowerCase();
    if (lower in NAMED) return NAMED[lower];
    const n = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}

/**
 * A highlight snippet as nodes: the API escapes the text and puts <mark>…</mark> around matches, so
 * splitting on those exact markers is unambiguous. Each piece becomes a text node, never HTML.
 */
export function markedText(snippet) {
  const nodes = [];
  let rest = String(snippet);
  while (rest.length > 0) {
    const open = rest.indexOf(OPEN);
    const close = open < 0 ? -1 : rest.indexOf(CLOSE, open + OPEN.length);
    if (open < 0 || close < 0) {
      nodes.push(document.createTextNode(unescapeEntities(rest)));
      break;
    }
    if (open > 0) nodes.push(document.createTextNode(unescapeEntities(rest.slice(0, open))));
    nodes.push(el('mark', { text: unescapeEntities(rest.slice(open + OPEN.length, close)) }));
    rest = rest.slice(close + CLOSE.length);
  }
  return nodes;
}

const ELLIPSIS = /\s*…\s*/;

/**
 * A whole field with the API's marked passages put back in place: passages are whole sentences,
 * so a short field such as a summary would otherwise lose words. Falls back to the plain text when
 * a passage cannot be found in it.
 */
export function markedWithin(full, snippets) {
  const text = String(full ?? '');
  const passages = [snippets].flat().flatMap((s) => String(s).split(ELLIPSIS)).filter((p) => p.trim() !== '');
  const nodes = [];
  let cursor = 0;
  for (const passage of passages) {
    const plain = unescapeEntities(passage.split(OPEN).join('').split(CLOSE).join(''));
    const at = text.indexOf(plain, cursor);
    if (at < 0) return [document.createTextNode(text)];
    if (at > cursor) nodes.push(document.createTextNode(text.slice(cursor, at)));
    nodes.push(...markedText(passage));
    cursor = at + plain.length;
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

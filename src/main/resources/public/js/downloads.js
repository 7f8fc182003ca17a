// Downloading the procurement record as CSV or PDF. The key goes in a header, never in an address, so the
// file is fetched and handed to the browser as a download; each download is an audit event with the file's
// SHA-256, which the page shows beside the file.
import * as buyer from './buyer-api.js';
import { el } from './dom.js';

const FORMATS = [['csv', 'CSV'], ['pdf', 'PDF']];

/** The downloads section; `onDownloaded` runs after each one (the audit trail then holds its event). */
export function downloadsPart(projectId, ctx, onDownloaded) {
  const files = el('ul', { id: 'downloaded-files', class: 'downloaded-files' });
  const error = el('p', { id: 'download-error', class: 'error-message', role: 'alert', hidden: true });
  const buttons = FORMATS.map(([format, label]) => el('button', {
    type: 'button', id: `download-${format}`, class: 'button button-secondary', text: `Download ${label}`,
    on: { click: () => download(projectId, format, files, error, ctx, onDownloaded) } }));
  return el('section', { class: 'project-part', 'aria-labelledby': 'downloads-heading' },
    el('h3', { id: 'downloads-heading', class: 'subheading', text: 'Download the record' }),
    el('p', { class: 'hint', text: 'The search, each frozen supplier with your decision and reason, its contact and'
      + ' listings, and the outcome. Each download is kept in the audit trail with the file\'s SHA-256.' }),
    el('div', { class: 'actions' }, buttons), error, files);
}

async function download(projectId, format, files, error, ctx, onDownloaded) {
  error.hidden = true;
  try {
    const file = await buyer.exportFile(projectId, format);
    const url = URL.createObjectURL(file.blob);
    const link = el('a', { href: url, download: file.name, class: 'downloaded-file', 'data-sha256': file.sha256 ?? '',
      text: file.name });
    files.append(el('li', {}, link, file.sha256 && el('span', { class: 'hint' }, ' · SHA-256 ',
      el('code', { class: 'sha256', text: file.sha256 }))));
    link.click();
    ctx.status(`Downloaded ${file.name}.`);
    await onDownloaded?.();
  } catch (e) {
    if (e.status === 401) return ctx.signOut();
    error.textContent = `Not downloaded: ${e.message}`;
    error.hidden = false;
  }
}

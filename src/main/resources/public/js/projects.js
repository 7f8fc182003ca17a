// The procurement side of the page: sign in with the organisation key, save the search on screen to a
// project, list the projects and open one (project.js draws it).
import * as buyer from './buyer-api.js';
import { el, replace } from './dom.js';
import { filterOf, readState } from './state.js';
import { renderProject } from './project.js';

const $ = (id) => document.getElementById(id);
const section = $('procurement');
const OPEN = 'supplier-discovery.open-project';
const NEW = '';

let projects = [];

/** The search in the address as the body of POST /api/search (need, filters, sort, asTyped). */
export function currentRequest(search = location.search) {
  const state = readState(search);
  const body = { q: state.q, filters: {}, all: {}, not: {}, sort: state.sort, asTyped: state.asTyped };
  for (const [param, values] of Object.entries(state.filters)) {
    const { dim, kind } = filterOf(param);
    body[{ any: 'filters', all: 'all', not: 'not' }[kind]][dim] = values;
  }
  return body;
}

function status(text) {
  $('procurement-status').textContent = text;
}

function showSignIn(error = null) {
  const input = el('input', {
    id: 'org-key', name: 'org-key', type: 'password', class: 'text-input', autocomplete: 'off', spellcheck: 'false',
    'aria-describedby': error ? 'sign-in-error org-key-hint' : 'org-key-hint', 'aria-invalid': error ? 'true' : null,
  });
  const form = el('form', { id: 'sign-in-form', class: 'inline-form', on: { submit: signIn } },
    el('label', { for: 'org-key', text: 'Organisation key' }),
    input,
    el('button', { type: 'submit', class: 'button', text: 'Sign in' }));
  replace($('procurement-body'),
    el('p', { id: 'org-key-hint', class: 'hint', text: 'Sign in to save searches to your organisation\'s projects.'
      + ' The key is kept in this browser tab until you sign out or close it.' }),
    error && el('p', { id: 'sign-in-error', class: 'error-message', role: 'alert', text: error }),
    form);
  replace($('project-workspace'));
  if (error) input.focus();
}

async function signIn(event) {
  event.preventDefault();
  const key = $('org-key').value.trim();
  if (!key) return showSignIn('Enter your organisation key.');
  try {
    projects = await buyer.projects(key);
  } catch (error) {
    return showSignIn(error.status === 401 ? 'That organisation key is not valid. Check it and try again.'
      : `Signing in did not work: ${error.message}`);
  }
  buyer.keepKey(key);
  showSignedIn();
  status(`Signed in. Your organisation has ${projects.length === 1 ? '1 project' : `${projects.length} projects`}.`);
  $('sign-out').focus();
}

function signOut() {
  buyer.forgetKey();
  sessionStorage.removeItem(OPEN);
  projects = [];
  showSignIn();
  status('Signed out. The organisation key is no longer kept in this browser.');
  $('org-key').focus();
}

function showSignedIn({ focusProject = false } = {}) {
  const choice = el('select', { id: 'save-project', on: { change: showNameField } },
    projects.map((p) => el('option', { value: p.id, text: p.name })),
    el('option', { value: NEW, text: 'A new project' }));
  const openId = sessionStorage.getItem(OPEN);
  if (projects.some((p) => p.id === openId)) choice.value = openId;
  else if (projects.length === 0) choice.value = NEW;
  replace($('procurement-body'),
    el('div', { class: 'signed-in' },
      el('p', { class: 'hint', text: 'Signed in with your organisation key.' }),
      el('button', { type: 'button', id: 'sign-out', class: 'button button-secondary', text: 'Sign out',
        on: { click: signOut } })),
    el('form', { id: 'save-form', class: 'inline-form', on: { submit: save } },
      el('label', { for: 'save-project', text: 'Save this search to' }), choice,
      el('span', { id: 'new-project-field', class: 'inline-field' },
        el('label', { for: 'new-project-name', text: 'New project name' }),
        el('input', { id: 'new-project-name', type: 'text', class: 'text-input', maxlength: '200' })),
      el('button', { type: 'submit', id: 'save-search', class: 'button', text: 'Save search' })),
    el('p', { id: 'save-error', class: 'error-message', role: 'alert', hidden: true }),
    projectList());
  showNameField();
  if (projects.some((p) => p.id === openId)) openProject(openId, { focus: focusProject });
}

function showNameField() {
  $('new-project-field').hidden = $('save-project').value !== NEW;
}

function projectList() {
  if (projects.length === 0) return el('p', { id: 'project-list', class: 'hint', text: 'No projects yet.' });
  return el('nav', { 'aria-labelledby': 'projects-heading' },
    el('h3', { id: 'projects-heading', class: 'subheading', text: 'Your projects' }),
    el('ul', { id: 'project-list', class: 'project-list' }, projects.map((p) => el('li', {},
      el('button', { type: 'button', class: 'link-button', 'data-project': p.id, text: p.name,
        'aria-current': sessionStorage.getItem(OPEN) === p.id ? 'true' : null,
        on: { click: () => openProject(p.id, { focus: true }) } }),
      p.closedAt && el('span', { class: 'tag', text: 'Closed' })))));
}

async function save(event) {
  event.preventDefault();
  const error = $('save-error');
  error.hidden = true;
  try {
    let id = $('save-project').value;
    if (id === NEW) {
      const name = $('new-project-name').value.trim();
      if (!name) throw new Error('Give the new project a name.');
      id = (await buyer.createProject(name)).id;
    }
    const saved = await buyer.saveSearch(id, currentRequest());
    projects = await buyer.projects();
    sessionStorage.setItem(OPEN, id);
    showSignedIn({ focusProject: true });
    status(`Saved to ${projects.find((p) => p.id === id)?.name ?? 'the project'}: ${saved.summary}.`);
  } catch (e) {
    if (e.status === 401) return signOut();
    error.textContent = `The search was not saved: ${e.message}`;
    error.hidden = false;
  }
}

async function openProject(id, { focus }) {
  sessionStorage.setItem(OPEN, id);
  for (const button of section.querySelectorAll('[data-project]')) {
    if (button.dataset.project === id) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
  $('save-project').value = id;
  showNameField();
  await renderProject($('project-workspace'), id, { focus, status, signOut, hide: () => hideProject(id) });
}

/** Folds the open project away, back to the list; focus goes to its name there. */
function hideProject(id) {
  sessionStorage.removeItem(OPEN);
  replace($('project-workspace'));
  section.querySelector('[aria-current]')?.removeAttribute('aria-current');
  section.querySelector(`[data-project="${CSS.escape(id)}"]`)?.focus();
}

async function start() {
  const key = buyer.storedKey();
  if (!key) return showSignIn();
  try {
    projects = await buyer.projects(key);
    showSignedIn();
  } catch (error) {
    if (error.status === 401) buyer.forgetKey();
    showSignIn(error.status === 401 ? null : `Your projects could not be loaded: ${error.message}`);
  }
}

start();

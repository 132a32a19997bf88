// The demo page: every element of the kit against the mock district, running in the browser.
import { setupWorker } from 'msw/browser';
import { HttpCommsAdapter } from '../src/api/index.js';
import type { CommsProvider } from '../src/components/comms-provider/comms-provider.js';
import '../src/define.js';
import { createMockDistrictBackend, mockToken, type District } from '../src/mocks/index.js';
import { demoViews, type DemoElement } from './views.js';

const status = document.getElementById('demo-status')!;
const main = document.getElementById('demo-main')!;

const { handlers, district } = createMockDistrictBackend({ seed: 1, size: 'default', latencyMs: 200 });
await setupWorker(...handlers).start({ onUnhandledRequest: 'bypass', quiet: true });

const personas = viewerChoices(district);
let viewerId = personas[0]!.id;
const adapter = new HttpCommsAdapter({
  baseUrl: '/api',
  headers: () => ({ Authorization: `Bearer ${mockToken(viewerId)}` }),
});

const viewerSelect = document.getElementById('viewer-select') as HTMLSelectElement;
const localeSelect = document.getElementById('locale-select') as HTMLSelectElement;
const themeSelect = document.getElementById('theme-select') as HTMLSelectElement;
const dirSelect = document.getElementById('dir-select') as HTMLSelectElement;
for (const persona of personas) viewerSelect.append(new Option(persona.label, persona.id));

const provider = document.createElement('comms-provider') as CommsProvider;
provider.adapter = adapter;
main.append(provider);
render();

viewerSelect.addEventListener('change', () => {
  viewerId = viewerSelect.value;
  render();
});
localeSelect.addEventListener('change', () => {
  document.documentElement.lang = localeSelect.value;
  provider.locale = localeSelect.value as CommsProvider['locale'];
});
themeSelect.addEventListener('change', () => {
  document.documentElement.style.colorScheme = themeSelect.value;
});
dirSelect.addEventListener('change', () => {
  document.documentElement.dir = dirSelect.value;
});

/** Rebuilds every section for the chosen viewer (new elements, so nothing is cached across viewers). */
function render(): void {
  provider.replaceChildren(...demoViews(district, viewerId).map(renderView));
  provider.refresh();
  const persona = personas.find((p) => p.id === viewerId)!;
  status.textContent = `Signed in as ${persona.label}. ${district.people.size.toLocaleString()} people in the district.`;
}

function renderView(view: { title: string; about: string; elements: DemoElement[] }): HTMLElement {
  const section = document.createElement('section');
  section.className = 'demo-view';
  const heading = document.createElement('h2');
  heading.textContent = view.title;
  const about = document.createElement('p');
  about.textContent = view.about;
  section.append(heading, about, ...view.elements.map(renderElement));
  return section;
}

function renderElement(spec: DemoElement): HTMLElement {
  const box = document.createElement('article');
  box.className = 'demo-element';
  const heading = document.createElement('h3');
  heading.textContent = `<${spec.tag}>`;
  box.append(heading);
  if (!customElements.get(spec.tag)) {
    box.classList.add('not-built');
    const note = document.createElement('p');
    note.textContent = 'This element is not part of the kit yet.';
    box.append(note);
    return box;
  }
  box.append(spec.create());
  return box;
}

function viewerChoices(d: District): { id: string; label: string }[] {
  const f = d.fixtures;
  const name = (id: string) => d.people.get(id)?.person.displayName ?? id;
  return [
    { id: f.guardian, label: `${name(f.guardian)} (guardian)` },
    // No other persona has a method to confirm, so only with her does <contact-confirm-prompt> ask anything.
    { id: f.unconfirmedMethod.personId, label: `${name(f.unconfirmedMethod.personId)} (guardian, unconfirmed email)` },
    { id: f.spanishGuardian, label: `${name(f.spanishGuardian)} (guardian, Spanish)` },
    { id: f.teacher, label: `${name(f.teacher)} (teacher)` },
    { id: f.admin, label: `${name(f.admin)} (district admin)` },
    { id: f.studentMayJoin, label: `${name(f.studentMayJoin)} (student)` },
  ];
}

// From the adapter's answer to an interactive grid: a household of `people` editors, each with
// `methods` contact methods × all 8 reasons. The adapter lives in the page and answers as soon
// as it is told to, so the figure is the element's own work (no network, no msw): the clock
// starts when every answer is released and stops after the frame that follows the last grid
// being rendered. Median of `runs` runs, after `warmup` unmeasured ones.
// With `mode=plain` the page instead shows the same grids as plain markup (one string per
// grid, parsed by the browser, no framework, no state), for the floor this machine sets.
import { ContactPrefsEditor } from '../../src/components/contact-prefs-editor/contact-prefs-editor.js';
import '../../src/components/contact-prefs-editor/define.js';
import { CONTACT_REASONS } from '../../src/domain/vocabulary.js';
import { plainGrid } from './prefs-grid-plain.js';
import type { ContactMethod, ContactMethodType, ContactPreferences, DistrictSettings, PreferenceCell } from '../../src/domain/types.js';

const query = new URLSearchParams(location.search);
const people = Number(query.get('people') ?? 6);
const methodCount = Number(query.get('methods') ?? 8);
const runs = Number(query.get('runs') ?? 25);
const warmup = Number(query.get('warmup') ?? 5);
const mode = query.get('mode') === 'plain' ? 'plain' : 'element';

const TYPES: ContactMethodType[] = ['householdPhone', 'cellPhone', 'email', 'homePhone', 'workPhone', 'secondaryEmail', 'cellPhone', 'email'];

const settings: DistrictSettings = {
  id: 'd1', name: 'Bench District', schools: [], enabledReasons: [...CONTACT_REASONS], participantLimit: 15,
  studentsInConversations: false, defaultConversationChannel: 'email',
  texting: { enabled: true, senderName: 'Bench', number: '+12015550100', messageFrequency: 'Varies' },
  languages: [{ code: 'en', name: 'English' }, { code: 'es', name: 'Español' }],
  attachments: { maxBytes: 1, allowedTypes: [] }, grades: [],
};

function preferencesOf(index: number): ContactPreferences {
  const personId = `p${index}`;
  const methods: ContactMethod[] = Array.from({ length: methodCount }, (_, m) => {
    const type = TYPES[m % TYPES.length]!;
    const phone = type !== 'email' && type !== 'secondaryEmail';
    return {
      id: `${personId}-m${m}`, personId, type,
      value: phone ? `+1201555${String(1000 + index * 10 + m).slice(-4)}` : `person${index}.${m}@example.org`,
      source: 'sis', confirmation: m === 2 ? 'unconfirmed' : 'confirmed', health: 'ok', sharedAccountCount: m % 3,
      smsConsent: phone ? { phone: `+1201555${String(1000 + index * 10 + m).slice(-4)}`, status: m % 2 ? 'optedIn' : 'notAsked', updatedAt: null, source: null, actor: null } : null,
    };
  });
  const preferences: PreferenceCell[] = methods.flatMap((method, m) =>
    CONTACT_REASONS.filter((_, r) => (r + m) % 2 === 0).map((reason) => ({ methodId: method.id, reason, channel: method.type.endsWith('mail') ? 'email' as const : 'voice' as const, enabled: true })),
  );
  return {
    personId, version: 'v1', language: 'en', conversationChannel: null, canEdit: true, methods, preferences,
    person: { id: personId, role: 'staff', displayName: `Person ${index}`, active: true, householdId: 'h1', language: 'en', linkedAccountIds: [], hasDistrictAssignment: true },
    household: { id: 'h1', members: Array.from({ length: people }, (_, i) => ({ id: `p${i}`, role: 'guardian' as const, displayName: `Person ${i}` })) },
  };
}

const answers = Array.from({ length: people }, (_, i) => preferencesOf(i));
interface Run {
  /** Answer released → the end of the frame that shows the grids (idle time to that frame included). */
  total: number;
  /** Answer released → every grid in the DOM. */
  rendered: number;
  /** `rendered` plus that frame's own rendering work (style, layout, paint), without the wait for it. */
  work: number;
}

/** Waits for the next frame; returns how long its rendering work took (rAF callback → next task). */
const nextFrame = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const frameStart = performance.now();
      setTimeout(() => resolve(performance.now() - frameStart), 0);
    }),
  );

/**
 * An answer arrives at any point of a frame: run `index` starts a different number of
 * milliseconds after one, the same in both modes, so the wait for the next frame averages out.
 */
async function startOfRun(index: number): Promise<void> {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, (index * 7) % 16));
}

async function once(index: number): Promise<Run> {
  const stage = document.getElementById('stage')!;
  stage.replaceChildren();
  const releases: Array<() => void> = [];
  const editors = answers.map((answer) => {
    const editor = new ContactPrefsEditor();
    editor.settings = settings;
    editor.personId = answer.personId;
    editor.adapter = {
      getContactPreferences: () => new Promise<ContactPreferences>((resolve) => releases.push(() => resolve(answer))),
      updateContactPreferences: () => Promise.reject(new Error('not in this benchmark')),
    };
    stage.append(editor);
    return editor;
  });
  // Every editor is showing "Loading…" and waiting for its answer.
  await Promise.all(editors.map((editor) => editor.updateComplete));
  while (releases.length < people) await Promise.resolve();
  await startOfRun(index);
  const started = performance.now();
  for (const release of releases) release();
  for (const editor of editors) {
    while (!editor.shadowRoot!.querySelector('table')) await editor.updateComplete;
  }
  const rendered = performance.now() - started;
  const frameWork = await nextFrame();
  return { total: performance.now() - started, rendered, work: rendered + frameWork };
}

async function oncePlain(index: number): Promise<Run> {
  const stage = document.getElementById('stage')!;
  stage.replaceChildren();
  await startOfRun(index);
  const started = performance.now();
  for (const answer of answers) stage.append(plainGrid(answer));
  const rendered = performance.now() - started;
  const frameWork = await nextFrame();
  return { total: performance.now() - started, rendered, work: rendered + frameWork };
}

window.benchResult = (async () => {
  const run = mode === 'plain' ? oncePlain : once;
  for (let i = 0; i < warmup; i++) await run(i);
  const timings: number[] = [];
  const renderTimings: number[] = [];
  const workTimings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { total, rendered, work } = await run(i);
    timings.push(total);
    renderTimings.push(rendered);
    workTimings.push(work);
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const hosts = [...document.getElementById('stage')!.children];
  const checkboxes = hosts.reduce((n, host) => n + host.shadowRoot!.querySelectorAll('input[type="checkbox"]').length, 0);
  return { timings, renderTimings, workTimings, median: sorted[sorted.length >> 1], min: sorted[0], max: sorted[sorted.length - 1], checkboxes };
})();

// From the adapter's answer to an interactive grid: a household of `people` editors, each with
// `methods` contact methods × all 8 reasons. The adapter lives in the page and answers as soon
// as it is told to, so the figure is the element's own work (no network, no msw): the clock
// starts when every answer is released and stops after the frame that follows the last grid
// being rendered. Median of `runs` runs, after `warmup` unmeasured ones.
import { ContactPrefsEditor } from '../../src/components/contact-prefs-editor/contact-prefs-editor.js';
import '../../src/components/contact-prefs-editor/define.js';
import { CONTACT_REASONS } from '../../src/domain/vocabulary.js';
import type { ContactMethod, ContactMethodType, ContactPreferences, DistrictSettings, PreferenceCell } from '../../src/domain/types.js';

const query = new URLSearchParams(location.search);
const people = Number(query.get('people') ?? 6);
const methodCount = Number(query.get('methods') ?? 8);
const runs = Number(query.get('runs') ?? 25);
const warmup = Number(query.get('warmup') ?? 5);

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
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function once(): Promise<{ total: number; rendered: number }> {
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
  const started = performance.now();
  for (const release of releases) release();
  for (const editor of editors) {
    while (!editor.shadowRoot!.querySelector('table')) await editor.updateComplete;
  }
  const rendered = performance.now() - started;
  await nextFrame();
  const ms = performance.now() - started;
  const boxes = stage.querySelector('contact-prefs-editor')!.shadowRoot!.querySelectorAll('input[type="checkbox"]').length;
  if (boxes === 0) throw new Error('no grid rendered');
  return { total: ms, rendered };
}

window.benchResult = (async () => {
  for (let i = 0; i < warmup; i++) await once();
  const timings: number[] = [];
  const renderTimings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { total, rendered } = await once();
    timings.push(total);
    renderTimings.push(rendered);
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const checkboxes = document.querySelectorAll('contact-prefs-editor').length
    ? [...document.querySelectorAll('contact-prefs-editor')].reduce((n, e) => n + e.shadowRoot!.querySelectorAll('input[type="checkbox"]').length, 0)
    : 0;
  return { timings, renderTimings, median: sorted[sorted.length >> 1], min: sorted[0], max: sorted[sorted.length - 1], checkboxes };
})();

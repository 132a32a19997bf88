import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import type { ConversationThread } from '../../src/components/conversation-thread/conversation-thread.js';
import { isPreferenceOn } from '../../src/domain/preference-rules.js';
import { Random } from '../../src/mocks/district/random.js';
import { createMockDistrictBackend } from '../../src/mocks/index.js';
import { ConfirmUsers, type Holder } from './fixtures/fault-session-confirm.js';
import { $, $$, buttonIn, FaultTally, quietResizeObserverNotices, Session, TrackedAdapter, until } from './fixtures/fault-session-kit.js';
import { OptinUser } from './fixtures/fault-session-optin.js';
import { cellOf, PrefsUser } from './fixtures/fault-session-prefs.js';
import { StartUser, type Someone } from './fixtures/fault-session-start.js';
import { ThreadUser } from './fixtures/fault-session-thread.js';
import { ignoreResizeObserverLoopNotice } from './fixtures/resize-observer-notice.js';

/*
 * The trust gate's fault-injection session: one seeded script of more than a thousand UI actions
 * across the prefs editor, two conversation threads, the confirmation prompt, the opt-in form
 * (a guardian on their own record, staff on a guardian's) and the "Start a conversation" dialog,
 * against the mock backend failing a share of all requests (500, timeout, offline, and on
 * writes 409 and lost answers). After every action the screen must still show what the person
 * last set or wrote; at the end, with the faults off and the retries done, the backend must hold
 * exactly that: each preference as last set, each message once, each confirmation answered once,
 * each consent answer recorded once per submission, each new conversation created once.
 */

const SEED = 20261123;
const ACTIONS = 1000;
const FAILURE_RATE = 0.2;
const FAULT_KINDS = [500, 'timeout', 'offline', 409, 'answerLost'] as const;
/** Every write the session drives. Each also gets every kind of fault injected once in turn, whatever the random draw gives it. */
const WRITES = ['updateContactPreferences', 'sendMessage', 'answerMethodConfirmation', 'recordSmsConsent', 'createConversation'] as const;
const ENSURED = FAULT_KINDS.flatMap((status) => WRITES.map((operationId) => ({ operationId, status })));

const { backend, handlers, district } = createMockDistrictBackend({ seed: 4, size: 'default' });
const worker = setupWorker(...handlers);
const f = district.fixtures;

let restoreConsole = () => {};
before(async () => {
  ignoreResizeObserverLoopNotice();
  restoreConsole = quietResizeObserverNotices();
  localStorage.clear();
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
after(() => {
  restoreConsole();
  worker.stop();
});

const layers: HTMLElement[] = [];
/**
 * A box over the whole viewport for one element. The thread's virtualized list renders only the
 * rows inside the viewport, so an element stacked below the others would show none.
 */
function layer(): HTMLElement {
  const box = document.createElement('div');
  box.style.cssText = 'position: fixed; inset: 0; overflow: auto; background: white;';
  document.body.append(box);
  layers.push(box);
  return box;
}
afterEach(() => {
  for (const box of layers.splice(0)) box.remove();
  backend.controls.clear();
});

/** People sharing a household with any of `ids`: the household phone's switches reach them too. */
function householdsOf(ids: string[]): Set<string> {
  const households = new Set(ids.map((id) => backend.state.person(id)!.person.householdId).filter(Boolean));
  const members = new Set(ids);
  for (const record of backend.district.people.values()) if (households.has(record.person.householdId)) members.add(record.person.id);
  return members;
}

describe('fault injection: a scripted session against a failing backend', () => {
  it(`${ACTIONS}+ actions across the elements lose no edit or draft and send nothing twice`, async function () {
    this.timeout(150_000);
    const started = performance.now();
    const session = new Session(new Random(SEED));

    const api = new Map<string, TrackedAdapter>();
    const apiFor = (id: string) => api.get(id) ?? api.set(id, new TrackedAdapter(id)).get(id)!;
    const settings = await apiFor(f.admin).adapter.getDistrictSettings();
    const viewerOf = (id: string) => apiFor(id).adapter.getViewer();

    // The household guardian and the administrator change the same record, each their own half of
    // the switches, so real conflicts (409 with the latest state) happen besides injected ones.
    const guardian = f.household.guardianId;
    const prefs = [
      new PrefsUser(session, "guardian's prefs", apiFor(guardian), guardian, settings, { switchParity: 0, language: true, channel: false }, layer()),
      new PrefsUser(session, "admin on guardian's prefs", apiFor(f.admin), guardian, settings, { switchParity: 1, language: false, channel: true }, layer()),
      new PrefsUser(session, "spanish guardian's prefs", apiFor(f.spanishGuardian), f.spanishGuardian, settings, { language: true, channel: true }, layer()),
    ];
    const conversations = [f.conversations.unread, f.conversations.muted];
    const threads = [
      new ThreadUser(session, 'teacher', apiFor(f.teacher), await viewerOf(f.teacher), settings, conversations, layer()),
      new ThreadUser(session, 'guardian', apiFor(guardian), await viewerOf(guardian), settings, conversations, layer()),
    ];
    // Numbers the opt-in forms save go on these records, which changes their versions.
    const optinGuardian = f.vietnameseGuardian;
    const optinTarget = f.neverAskedGuardian.personId;
    const busyPeople = householdsOf([guardian, f.spanishGuardian, f.teacher, f.admin, optinGuardian, optinTarget, f.staffWithoutAssignment]);
    const holders: Holder[] = [];
    for (const record of backend.district.people.values()) {
      if (busyPeople.has(record.person.id) || !record.methods.some((m) => m.confirmation === 'unconfirmed')) continue;
      holders.push({ api: apiFor(record.person.id), viewer: await viewerOf(record.person.id) });
    }
    const confirm = new ConfirmUsers(session, holders, layer());
    const known = (e164: string) => backend.district.consents.has(e164) || backend.state.valueIndex.has(e164);
    const optins = [
      new OptinUser(session, 'guardian opting in', apiFor(optinGuardian), await viewerOf(optinGuardian), settings, optinGuardian, false, known, layer()),
      new OptinUser(session, 'staff entering a number', apiFor(f.staffWithoutAssignment), await viewerOf(f.staffWithoutAssignment), settings, optinTarget, true, known, layer()),
    ];
    const names = new Map<string, number>();
    for (const entry of backend.district.directory) names.set(entry.displayName, (names.get(entry.displayName) ?? 0) + 1);
    const reachable = backend.district.directory.filter((e) => e.id !== f.teacher && (e.role === 'staff' || e.role === 'guardian') && names.get(e.displayName) === 1);
    const directory: Someone[] = session.rng.shuffle(reachable).slice(0, 40);
    // Its own adapter: waiting for the dialog's requests must not wait for the teacher's thread.
    const starter = new StartUser(session, 'teacher starting', new TrackedAdapter(f.teacher), await viewerOf(f.teacher), settings, directory, backend, layer());

    const faults = new FaultTally(backend, (fault, { method, path }) => {
      if (!path.endsWith('/events')) session.note(`${fault} injected on ${method} ${path}`);
    });
    backend.controls.setFailureRate({ rate: FAILURE_RATE, seed: SEED });
    for (const user of [...prefs, ...threads, ...optins, starter]) await user.mount();

    type Actor = { step(): Promise<void> };
    let ensured = 0;
    while (session.actions < ACTIONS || confirm.busy) {
      if (ensured < ENSURED.length && session.actions >= (ensured + 1) * 30) backend.controls.failNext(ENSURED[ensured++]!);
      const actors: Array<readonly [Actor, number]> = [
        ...prefs.map((user) => [user, 15] as const),
        ...threads.map((user) => [user, 20] as const),
        // Enough for every holder to be asked within the scripted actions.
        [confirm, confirm.busy ? 22 : 0] as const,
        [optins[0]!, 12] as const,
        [optins[1]!, 5] as const,
        [starter, 14] as const,
      ];
      await session.rng.weighted(actors.filter(([, weight]) => weight > 0)).step();
    }
    const scripted = session.actions;
    const injected = faults.total;

    // The server is well again: everything still pending is retried, as a person would.
    backend.controls.clear();
    for (const user of prefs) await user.flush();
    for (const user of threads) await user.flush();
    await confirm.flush();
    for (const user of optins) await user.flush();
    await starter.flush();
    for (const user of prefs) user.verify();

    const differences = [...prefs, ...threads, confirm, ...optins, starter].flatMap((user) => user.differencesInBackend(backend));
    // A reload shows what the backend holds: it must be what each person last set.
    for (const user of prefs) {
      await user.mount();
      user.verify();
    }

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const byElement = new Map<string, number>();
    for (const [kind, n] of session.actionsByKind) byElement.set(kind.split(':')[0]!, (byElement.get(kind.split(':')[0]!) ?? 0) + n);
    const sent = threads.reduce((n, user) => n + [...user.intents.values()].reduce((m, intent) => m + intent.sent.length, 0), 0);
    console.log(
      [
        `fault session (seed ${SEED}, failure rate ${FAILURE_RATE}): ${scripted} scripted actions (+${session.actions - scripted} to finish), ` +
          `${injected} faults injected: ${FaultTally.describe(faults.byKind)}; ${seconds} s in the page`,
        `  on writes (${faults.totalOnWrites}): ${[...faults.onWrites].map(([op, kinds]) => `${op} ${FaultTally.describe(kinds)}`).join('; ')}`,
        `  actions by element: ${[...byElement].map(([element, n]) => `${element} ${n}`).join(', ')}`,
        `  actions: ${[...session.actionsByKind].map(([kind, n]) => `${kind} ${n}`).join(', ')}`,
        `  ${sent} messages sent, ${confirm.answers.size} confirmations answered by ${confirm.visited.length} holders`,
        ...optins.map(
          (user) =>
            `  ${user.label}: ${user.submissions.saved.length} of ${user.submissions.all.length} submissions saved, ` +
            `${[...user.refused.values()].reduce((a, b) => a + b, 0)} entries refused (${[...user.refused].map(([why, n]) => `${why}×${n}`).join(', ')})`,
        ),
        `  ${starter.label}: ${starter.submissions.saved.length} of ${starter.submissions.all.length} conversations created`,
      ].join('\n'),
    );

    expect(differences, differences.join('\n')).to.deep.equal([]);
    expect(scripted).to.be.at.least(ACTIONS);
    for (const { operationId, status } of ENSURED) {
      expect(faults.onWrites.get(operationId)?.get(String(status)) ?? 0, `${status} faults on ${operationId}`).to.be.greaterThan(0);
    }
  });
});

/*
 * The defects the session found, each pinned down by one small case (the session's seeded draw
 * may not meet them again after unrelated changes). The opt-in form's are in its own test file,
 * optin-consent-mock.test.ts (a decision saved again after a lost answer, recorded twice).
 */
describe('fault injection: what the session found', () => {
  beforeEach(() => {
    backend.reset();
    localStorage.clear();
  });

  it('prefs: a switch set back after a save whose answer was lost is still saved as set', async () => {
    const api = new TrackedAdapter(f.spanishGuardian);
    const el = document.createElement('contact-prefs-editor');
    Object.assign(el, { adapter: api.adapter, settings: await api.adapter.getDistrictSettings(), personId: f.spanishGuardian });
    layer().append(el);
    await until(() => $(el, 'table.grid'), 'the grid shows');
    const input = () => $$<HTMLInputElement>(el, 'table.grid input[type="checkbox"]').find((i) => !i.disabled && i.getAttribute('aria-disabled') !== 'true')!;
    const name = input().getAttribute('aria-label')!;
    const cell = cellOf(input());
    const wanted = input().checked;
    input().click();
    await el.updateComplete;
    backend.controls.failNext({ operationId: 'updateContactPreferences', status: 'answerLost' });
    buttonIn(el.shadowRoot!, 'Save')!.click();
    await api.idle('save');
    await el.updateComplete;
    input().click();
    await el.updateComplete;
    expect(input().checked).to.equal(wanted);
    // The server may hold the other value: the switch must still count as a change to send.
    expect(el.dirty, `"${name}" set back is no longer an unsaved change`).to.equal(true);
    buttonIn($(el, '.state-error')!, 'Try again')!.click();
    await api.idle('try again');
    await el.updateComplete;
    // The conflict the retry meets is the lost save's own doing: not someone else's change to show.
    expect($(el, '[part="conflict"]'), 'a conflict is shown').to.equal(null);
    expect(el.dirty, 'edits left after Try again').to.equal(false);
    const stored = isPreferenceOn(backend.state.person(f.spanishGuardian)!.preferences, cell.methodId, cell.reason, cell.channel);
    expect(stored, `"${name}" in the backend`).to.equal(wanted);
  });

  async function openThread(api: TrackedAdapter): Promise<ConversationThread> {
    const el = document.createElement('conversation-thread');
    Object.assign(el, {
      adapter: api.adapter,
      viewer: await api.adapter.getViewer(),
      settings: await api.adapter.getDistrictSettings(),
      conversationId: f.conversations.unread,
    });
    layer().append(el);
    await until(() => $(el, '.thread'), 'the thread shows');
    return el;
  }

  async function typeInto(el: ConversationThread, value: string): Promise<void> {
    const input = $<HTMLTextAreaElement>(el, '#composer-input')!;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  }

  it('thread: once removed from the page it loads nothing and stops listening', async () => {
    const api = new TrackedAdapter(f.teacher);
    let loads = 0;
    let listening = 0;
    const { getConversation, subscribeToConversation } = api.adapter;
    Object.assign(api.adapter, {
      getConversation: (...args: Parameters<typeof getConversation>) => (loads++, getConversation(...args)),
      subscribeToConversation: (...args: Parameters<typeof subscribeToConversation>) => {
        listening++;
        const stop = subscribeToConversation(...args);
        return () => (listening--, stop());
      },
    });
    const el = await openThread(api);
    expect([loads, listening]).to.deep.equal([1, 1]);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([loads, listening], 'loads and live subscriptions after removal').to.deep.equal([1, 0]);
    layer().append(el);
    await until(() => $(el, '.thread'), 'the thread shows again');
    expect([loads, listening], 'after it is put back').to.deep.equal([2, 1]);
  });

  it('thread: a send that settles after its page was left does not undo the draft written since', async () => {
    // The slow answer must still come within the adapter's time limit.
    const api = new TrackedAdapter(f.teacher, { timeoutMs: 3000 });
    const first = await openThread(api);
    backend.controls.slowNext({ operationId: 'sendMessage', ms: 500 });
    await typeInto(first, 'Sent while leaving the page');
    $(first, '#composer-input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await first.updateComplete;
    first.remove();
    const second = await openThread(api);
    await typeInto(second, 'Written on the next page');
    await api.idle('the first send');
    second.remove();
    const third = await openThread(api);
    expect($<HTMLTextAreaElement>(third, '#composer-input')!.value).to.equal('Written on the next page');
    const sent = backend.state.conversations.get(f.conversations.unread)!.messages.filter((m) => m.body === 'Sent while leaving the page');
    expect(sent.length).to.equal(1);
  });
});

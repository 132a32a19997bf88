// The strict CSP page: every element the kit registers, in the demo's three sections, inside
// <comms-provider>, against the mock district, for one viewer, language and theme chosen by
// the query (`?viewer=admin&locale=es&theme=dark`). The gate serves it under the policy of
// scripts/gates/csp-policy.mjs and reads `window.cspGate`.
import type { ReactiveElement } from 'lit';
import { violations, type ViolationRecord } from './violation-log.js';
import { nextTask, noteThrow, pageBusyWith, pageThrew } from './activity.js';
import { HttpCommsAdapter } from '../../src/api/index.js';
import type { CommsProvider } from '../../src/components/comms-provider/comms-provider.js';
import '../../src/define.js';
import { createMockDistrictBackend, mockToken } from '../../src/mocks/index.js';
import { demoViews } from '../../demo/views.js';
import { answerApiInPage } from './mock-fetch.js';

/** How one rendered element ended up. */
export interface ElementReport {
  key: string;
  tag: string;
  section: string;
  /**
   * The state view it shows; `content` when none, `nothing to show` when it rendered elements
   * but no text (a prompt with nothing to ask), `empty` when its shadow root holds nothing.
   */
  state: 'no shadow root' | 'empty' | 'not set up' | 'loading' | 'error' | 'nothing to show' | 'content';
}

/** What the page tells the gate. */
export interface CspGatePage {
  violations: ViolationRecord[];
  /** Tags of the demo that the kit does not register (yet): skipped. */
  skipped: string[];
  /** The page's first `settle()`, started as soon as its elements are placed. */
  firstSettle: Promise<string[]>;
  elements(): ElementReport[];
  /**
   * Resolves once every element has rendered, none shows loading, no request is in flight and
   * no short timer is pending, twice in a row: with nothing, or, when that took longer than
   * `limitMs`, with what the page was still busy with.
   */
  settle(limitMs: number): Promise<string[]>;
  /** True once an error went uncaught in the page or an element's update threw. */
  threw(): boolean;
}

declare global {
  interface Window {
    cspGate?: CspGatePage;
  }
}

const SETTLE_LIMIT_MS = 20_000;
const SETTLE_POLL_MS = 25;
const params = new URLSearchParams(location.search);
const role = params.get('viewer') ?? 'guardian';
const locale = params.get('locale') ?? 'en';
document.documentElement.lang = locale;
// CSSOM, not a style attribute: allowed by `style-src 'self'`.
document.documentElement.style.colorScheme = params.get('theme') ?? 'light';

const { handlers, district } = createMockDistrictBackend({ seed: 1, size: 'small' });
answerApiInPage(handlers);
const f = district.fixtures;
const viewers: Record<string, string> = {
  // The guardian of the shared household who has a method to confirm, so the prompt has something to ask.
  guardian: f.unconfirmedMethod.personId,
  teacher: f.teacher,
  admin: f.admin,
};

/**
 * What the demo leaves to a click: the thread shows a conversation once one is chosen in the
 * list. The gate opens one the viewer can see, so the thread renders its messages too.
 */
function supplement(element: HTMLElement): void {
  if (element.localName === 'conversation-thread' && !element.hasAttribute('conversation-id') && role === 'teacher') {
    element.setAttribute('conversation-id', f.conversations.withAttachments);
  }
}
const viewerId = viewers[role];
if (viewerId === undefined) throw new Error(`Unknown viewer "${role}": use ${Object.keys(viewers).join(', ')}.`);

const rendered: { key: string; tag: string; section: string; element: ReactiveElement }[] = [];
const skipped = new Set<string>();

const provider = document.createElement('comms-provider') as CommsProvider;
provider.dataset.cspGateKey = 'provider';
provider.locale = locale;
provider.adapter = new HttpCommsAdapter({ baseUrl: '/api', headers: () => ({ Authorization: `Bearer ${mockToken(viewerId)}` }) });
rendered.push({ key: 'provider', tag: 'comms-provider', section: 'page', element: provider });

for (const view of demoViews(district, viewerId)) {
  const section = document.createElement('section');
  const heading = document.createElement('h2');
  heading.textContent = view.title;
  section.append(heading);
  for (const spec of view.elements) {
    if (!customElements.get(spec.tag)) {
      skipped.add(spec.tag);
      continue;
    }
    const node = spec.create();
    const element = node.localName === spec.tag ? node : node.querySelector<HTMLElement>(spec.tag);
    if (!element) throw new Error(`The demo's <${spec.tag}> entry created no <${spec.tag}>.`);
    supplement(element);
    const key = `${spec.tag}-${rendered.length}`;
    element.dataset.cspGateKey = key;
    rendered.push({ key, tag: spec.tag, section: view.title, element: element as ReactiveElement });
    section.append(node);
  }
  provider.append(section);
}
document.getElementById('csp-main')!.append(provider);

function stateOf(element: HTMLElement): ElementReport['state'] {
  const root = element.shadowRoot;
  if (!root) return 'no shadow root';
  if (root.childElementCount === 0) return 'empty';
  if (root.querySelector('[part~="not-configured"]')) return 'not set up';
  if (root.querySelector('[part~="loading"]')) return 'loading';
  if (root.querySelector('[part~="error"]')) return 'error';
  if (root.querySelector('slot') === null && (root.textContent ?? '').trim() === '') return 'nothing to show';
  return 'content';
}

function elements(): ElementReport[] {
  return rendered.map(({ key, tag, section, element }) => ({ key, tag, section, state: stateOf(element) }));
}

/** One look, once every element finished its update: what is still loading or pending. */
async function busyWith(): Promise<string[]> {
  const updates = await Promise.allSettled(rendered.map(({ element }) => element.updateComplete));
  if (updates.some((update) => update.status === 'rejected')) noteThrow();
  // Reports of what that update did are dispatched as tasks of their own.
  await nextTask();
  const loading = elements().filter((e) => e.state === 'loading').map((e) => `<${e.tag}> loading`);
  return [...loading, ...pageBusyWith()];
}

// An element without a data source shows loading until its grace period is over, then "not
// set up": waiting while anything loads waits exactly as long as that needs, and no longer.
// A page that threw is not waited for: the error fails the gate, and its element may load forever.
async function settle(limitMs: number): Promise<string[]> {
  const started = performance.now();
  for (let quietLooks = 0; quietLooks < 2; ) {
    const busy = await busyWith();
    if (busy.length && (pageThrew() || performance.now() - started > limitMs)) return busy;
    quietLooks = busy.length ? 0 : quietLooks + 1;
    if (quietLooks < 2) await nextTask(SETTLE_POLL_MS);
  }
  return [];
}

const gate: CspGatePage = { violations, skipped: [...skipped], elements, settle, firstSettle: settle(SETTLE_LIMIT_MS), threw: pageThrew };
window.cspGate = gate;
await gate.firstSettle;
document.getElementById('csp-status')!.textContent = `Rendered ${rendered.length} elements.`;

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CommsAdapter } from '../../src/api/adapter.js';
import {
  ConflictError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
} from '../../src/api/errors.js';
import type { CommsProvider } from '../../src/components/comms-provider/comms-provider.js';
import '../../src/components/comms-provider/define.js';
import { CommsElement } from '../../src/components/shared/comms-element.js';
import { setKitLocale } from '../../src/components/shared/localization.js';
import { captureWarnings, shadowLabels, visibleShadowTexts } from './fixtures/dom.js';
import { page, settings, viewer } from './fixtures/fakes.js';
import './fixtures/probe-elements.js';

// In the pseudo-locale every string that went through msg() has no ASCII letter left and is
// bracketed (⟦…⟧). A visible text with an ASCII letter in it was not localized.
const PSEUDO = /^[^A-Za-z]*[⟦⟧][^A-Za-z]*$/;

const never = () => new Promise<never>(() => {});
const failing = (error: unknown): Partial<CommsAdapter> => ({
  listConversations: async () => {
    throw error;
  },
});

const scenarios: Record<string, () => ReturnType<typeof html>> = {
  loading: () => html`<comms-provider .adapter=${{ listConversations: never }} .viewer=${viewer} .settings=${settings}>
    <probe-element></probe-element>
  </comms-provider>`,
  'loading the session': () => html`<comms-provider .adapter=${{ getViewer: never, getDistrictSettings: never }}>
    <session-probe></session-probe>
  </comms-provider>`,
  'loading the adapter': () => html`<comms-provider base-url="/nowhere"><probe-element></probe-element></comms-provider>`,
  empty: () => html`<comms-provider .adapter=${{ listConversations: async () => page([]) }}>
    <probe-element></probe-element>
  </comms-provider>`,
  'read-only and empty': () => html`<comms-provider .adapter=${{ listConversations: async () => page([]) }}>
    <probe-element read-only></probe-element>
  </comms-provider>`,
  'not configured': () => html`<comms-provider><probe-element></probe-element><session-probe></session-probe></comms-provider>`,
  'session failed': () => html`<comms-provider
    .adapter=${{ getViewer: async () => Promise.reject(new UnauthorizedError()), getDistrictSettings: async () => settings }}
  >
    <session-probe></session-probe>
  </comms-provider>`,
  ...Object.fromEntries(
    [
      new NetworkError(),
      new TimeoutError(15000),
      new UnauthorizedError(),
      new ForbiddenError(),
      new NotFoundError(),
      new ConflictError(undefined),
      new ValidationError([]),
      new RateLimitedError(undefined),
      new RateLimitedError(30),
      new RateLimitedError(90),
      new RateLimitedError(600),
      new ServerError(),
      new TypeError('not a CommsError'),
    ].map((error, i) => [
      `error ${i + 1} (${'kind' in error ? String(error.kind) : error.name})`,
      () => html`<comms-provider .adapter=${failing(error)}><probe-element></probe-element></comms-provider>`,
    ]),
  ),
};

describe('pseudo-locale coverage', () => {
  let console: ReturnType<typeof captureWarnings>;
  before(async () => {
    console = captureWarnings();
    CommsElement.configurationGraceMs = 0;
    expect(await setKitLocale('en-XA')).to.equal('en-XA');
  });
  after(async () => {
    await setKitLocale('en');
    console.restore();
  });

  for (const [name, scenario] of Object.entries(scenarios)) {
    it(`${name}: every visible text and label is localized`, async () => {
      const provider = await fixture<CommsProvider>(scenario());
      const elements = [...provider.querySelectorAll('probe-element, session-probe')];
      // Settled: each element shows a state view.
      await waitUntil(
        () => elements.every((el) => el.shadowRoot?.querySelector('[part~="state"]')),
        'every element shows a state',
      );
      if (name.startsWith('error') || name === 'session failed') {
        await waitUntil(() => elements.every((el) => el.shadowRoot!.querySelector('[part~="error"]')));
      }
      if (name === 'not configured') {
        await waitUntil(() => elements.every((el) => el.shadowRoot!.querySelector('[part~="not-configured"]')));
      }
      const texts = visibleShadowTexts(provider);
      expect(texts.length, 'something is shown').to.be.greaterThan(0);
      expect(texts.filter((text) => !PSEUDO.test(text))).to.deep.equal([]);
      expect(shadowLabels(provider).filter((label) => !PSEUDO.test(label))).to.deep.equal([]);
    });
  }

  it('the check itself catches a string that did not go through msg()', async () => {
    const provider = await fixture<CommsProvider>(html`<comms-provider .adapter=${{ listConversations: async () => page([]) }}>
      <probe-element></probe-element>
    </comms-provider>`);
    const probe = provider.querySelector('probe-element')!;
    await waitUntil(() => probe.shadowRoot!.querySelector('[part~="empty"]'));
    probe.shadowRoot!.querySelector('.state-text')!.append(' Hard-coded');
    expect(visibleShadowTexts(provider).filter((text) => !PSEUDO.test(text))).to.have.length(1);
  });
});

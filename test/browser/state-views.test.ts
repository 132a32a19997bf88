import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
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
import {
  renderEmpty,
  renderError,
  renderLoading,
  renderNotConfigured,
  renderReadOnlyNotice,
} from '../../src/components/shared/state-views.js';
import { shadowText } from './fixtures/dom.js';
import './fixtures/view-host.js';

function show(view: unknown, scheme: 'light' | 'dark' = 'light') {
  // A dark page paints a dark background; the kit's text colors follow the color-scheme.
  const style = scheme === 'dark' ? 'color-scheme: dark; background: #14181e; padding: 8px' : 'padding: 8px';
  return fixture(html`<view-host style="display: block; ${style}" .view=${view}></view-host>`);
}

const views = {
  loading: () => renderLoading(),
  empty: () => renderEmpty({ action: html`<button type="button" class="button">Add one</button>` }),
  error: () => renderError(new ServerError(), { onRetry: () => {} }),
  'not configured': () => renderNotConfigured(),
  'read-only notice': () => renderReadOnlyNotice(),
};

describe('state views', () => {
  for (const [name, view] of Object.entries(views)) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${name}: axe finds nothing in the ${scheme} scheme`, async () => {
        const host = await show(view(), scheme);
        await expect(host).to.be.accessible();
      });
    }
  }

  it('loading: a polite status with visible words, not only a spinner', async () => {
    const host = await show(renderLoading());
    const status = host.shadowRoot!.querySelector('[role="status"]')!;
    expect(status).to.exist;
    expect(status.textContent!.trim()).to.equal('Loading…');
    expect(host.shadowRoot!.querySelector('.spinner')!.getAttribute('aria-hidden')).to.equal('true');
    expect((await show(renderLoading('Loading messages…'))).shadowRoot!.textContent).to.include('Loading messages…');
  });

  it('loading: the spinner stands still when the person prefers reduced motion', async () => {
    try {
      const moving = await show(renderLoading());
      expect(getComputedStyle(moving.shadowRoot!.querySelector('.spinner')!).animationName).to.equal('comms-spin');
      await emulateMedia({ reducedMotion: 'reduce' });
      const still = await show(renderLoading());
      expect(getComputedStyle(still.shadowRoot!.querySelector('.spinner')!).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('empty: a message, the default one when none is given, and an optional action', async () => {
    expect(shadowText(await show(renderEmpty()))).to.equal('Nothing to show yet.');
    const host = await show(renderEmpty({ message: 'No conversations yet.', action: html`<button>Start one</button>` }));
    expect(shadowText(host)).to.equal('No conversations yet. Start one');
    expect(host.shadowRoot!.querySelector('slot[name="empty-action"] button')).to.exist;
  });

  const expectations: [string, unknown, string, string][] = [
    ['network', new NetworkError(), "Can't reach the server", 'Check your internet connection'],
    ['timeout', new TimeoutError(15000), 'This is taking too long', 'did not answer in time'],
    ['unauthorized', new UnauthorizedError(), 'Your session has ended', 'Please sign in again'],
    ['forbidden', new ForbiddenError(), "You don't have permission", "isn't allowed to do this"],
    ['notFound', new NotFoundError(), "We couldn't find this", 'may have been removed'],
    ['conflict', new ConflictError(undefined), 'Someone else made changes', 'Get the latest version'],
    ['validation', new ValidationError([]), "Some information wasn't accepted", 'Check what you entered'],
    ['rateLimited', new RateLimitedError(30), 'Too many requests', 'Wait 30 seconds, then try again.'],
    ['server', new ServerError(), 'Something went wrong', 'The problem is on our side'],
    ['an error that is not a CommsError', new TypeError('x is undefined'), 'Something went wrong', 'Try again in a moment'],
  ];
  for (const [kind, error, title, detail] of expectations) {
    it(`error (${kind}): says "${title}" in an alert`, async () => {
      const host = await show(renderError(error));
      const alert = host.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.querySelector('.state-title')!.textContent).to.equal(title);
      expect(alert.querySelector('.state-text')!.textContent).to.include(detail);
      expect(alert.textContent, 'no technical message').not.to.include('x is undefined');
    });
  }

  it('error (network, offline): says so', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      expect(shadowText(await show(renderError(new NetworkError())))).to.include("You're offline");
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect(navigator.onLine).to.equal(true);
  });

  it('error (rate limited): turns the wait into words', async () => {
    const words = async (seconds: number | undefined) =>
      shadowText(await show(renderError(new RateLimitedError(seconds))));
    expect(await words(undefined)).to.include('Wait a moment, then try again.');
    expect(await words(1)).to.include('Wait a moment, then try again.');
    expect(await words(90)).to.include('Wait about a minute, then try again.');
    expect(await words(300)).to.include('Wait 5 minutes, then try again.');
  });

  it('error: "Try again" calls back, is a plain button that cannot submit a form, and is absent without a callback', async () => {
    let retries = 0;
    let submits = 0;
    const host = await show(html`
      <form @submit=${(event: Event) => { event.preventDefault(); submits++; }}>
        <input name="draft" value="kept" />
        ${renderError(new ServerError(), { onRetry: () => retries++ })}
      </form>
    `);
    const button = host.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    expect(button.type).to.equal('button');
    expect(button.textContent!.trim()).to.equal('Try again');
    button.click();
    expect(retries).to.equal(1);
    expect(submits).to.equal(0);
    expect(host.shadowRoot!.querySelector('input')!.value).to.equal('kept');
    expect((await show(renderError(new ServerError()))).shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('error (forbidden): no "Try again", since asking again cannot change a refusal', async () => {
    const host = await show(renderError(new ForbiddenError(), { onRetry: () => {} }));
    expect(shadowText(host)).to.include("You don't have permission");
    expect(host.shadowRoot!.querySelector('[part="retry-button"]')).to.equal(null);
    for (const error of [new UnauthorizedError(), new NotFoundError(), new TimeoutError(30_000)]) {
      expect((await show(renderError(error, { onRetry: () => {} }))).shadowRoot!.querySelector('[part="retry-button"]'), error.kind).to.exist;
    }
  });

  it('not configured: plain words for the person using the page', async () => {
    const text = shadowText(await show(renderNotConfigured()));
    expect(text).to.include("This section isn't set up yet");
    expect(text).to.include('Please let the school know.');
  });

  it('read-only notice: default and custom words, with a hidden icon', async () => {
    const host = await show(renderReadOnlyNotice());
    expect(shadowText(host)).to.equal("You can view this, but you can't make changes.");
    expect(host.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(shadowText(await show(renderReadOnlyNotice('This conversation was stopped.')))).to.equal(
      'This conversation was stopped.',
    );
  });

  it('every view carries the state part names a page can style', async () => {
    const parts = await Promise.all(
      [renderLoading(), renderEmpty(), renderError(new ServerError()), renderNotConfigured()].map(async (view) =>
        (await show(view)).shadowRoot!.querySelector('[part~="state"]')!.getAttribute('part'),
      ),
    );
    expect(parts).to.deep.equal(['state loading', 'state empty', 'state error', 'state not-configured']);
  });
});

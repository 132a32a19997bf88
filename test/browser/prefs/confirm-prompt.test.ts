import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ForbiddenError } from '../../../src/api/errors.js';
import type { ContactConfirmPrompt } from '../../../src/components/contact-confirm-prompt/contact-confirm-prompt.js';
import '../../../src/components/contact-confirm-prompt/define.js';
import { adapterFor, backend, fixtures, useMockBackend } from './prefs-harness.js';

useMockBackend();

const { unconfirmedMethod, household } = fixtures;
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const buttonNamed = (el: Element, text: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text)!;

async function mountPrompt(viewerId = unconfirmedMethod.personId, adapter: object = adapterFor(viewerId)): Promise<ContactConfirmPrompt> {
  const viewer = await adapterFor(viewerId).getViewer();
  const el = await fixture<ContactConfirmPrompt>(html`<contact-confirm-prompt .adapter=${adapter} .viewer=${viewer}></contact-confirm-prompt>`);
  await waitUntil(() => $(el, '[part="prompt"], .state-error') || (el as unknown as { hasUpdated: boolean }).hasUpdated && !$(el, '[part~="loading"]'), 'prompt did not load', { timeout: 5000 });
  return el;
}

describe('<contact-confirm-prompt>', () => {
  it('asks about each unconfirmed method, saying answering is optional and sign-in does not change', async () => {
    const el = await mountPrompt();
    const text = $(el, '[part="prompt"]')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include(`Is ${household.sharedEmail} yours?`);
    expect(text).to.include('you keep receiving messages either way').and.include('how you sign in does not change');
    await expect(el).to.be.accessible();
  });

  it('shows nothing to a person with nothing to confirm', async () => {
    const el = await mountPrompt(household.guardianId);
    expect($(el, '[part="prompt"]')).to.equal(null);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('');
  });

  it('confirms through the adapter, announces it and fires confirm-answer', async () => {
    const el = await mountPrompt();
    const answered = oneEvent(el, 'confirm-answer');
    buttonNamed(el, 'Yes, it’s mine').click();
    const { detail } = await answered;
    expect(detail).to.deep.include({ answer: 'mine' });
    expect(detail.method.confirmation).to.equal('confirmed');
    await el.updateComplete;
    expect($(el, '[role="status"]')!.textContent).to.equal(`Thank you. ${household.sharedEmail} is confirmed.`);
    expect($(el, '[part="prompt"]')).to.equal(null);
    expect(await adapterFor(unconfirmedMethod.personId).listUnconfirmedMethods(unconfirmedMethod.personId)).to.deep.equal([]);
  });

  it('records "not mine" for district review', async () => {
    const el = await mountPrompt();
    buttonNamed(el, 'No, it isn’t mine').click();
    await oneEvent(el, 'confirm-answer');
    const prefs = await adapterFor(unconfirmedMethod.personId).getContactPreferences(unconfirmedMethod.personId);
    expect(prefs.methods.find((m) => m.id === unconfirmedMethod.methodId)!.confirmation).to.equal('notMine');
  });

  it('keeps the question after an error and retries with the same idempotency key', async () => {
    const keys: string[] = [];
    const http = adapterFor(unconfirmedMethod.personId);
    const adapter = {
      listUnconfirmedMethods: http.listUnconfirmedMethods.bind(http),
      answerMethodConfirmation: (id: string, answer: 'mine' | 'notMine', options: { idempotencyKey: string }) => {
        keys.push(options.idempotencyKey);
        return http.answerMethodConfirmation(id, answer, options);
      },
    };
    const el = await mountPrompt(unconfirmedMethod.personId, adapter);
    backend.controls.failNext({ operationId: 'answerMethodConfirmation', status: 500, times: 10 });
    buttonNamed(el, 'Yes, it’s mine').click();
    await waitUntil(() => $(el, '[role="alert"]'), 'no error', { timeout: 8000 });
    expect($(el, '[role="alert"]')!.textContent).to.include('Something went wrong');
    expect($(el, '[part="prompt"]')!.textContent).to.include(`Is ${household.sharedEmail} yours?`);
    await expect(el).to.be.accessible();
    backend.controls.clear();
    const answered = oneEvent(el, 'confirm-answer');
    buttonNamed(el, 'Try again').click();
    await answered;
    expect(new Set(keys).size).to.equal(1);
  });

  it('keeps keyboard focus in the element: on the answer while it is sent, then on the thanks; after "Not now", on what it says', async () => {
    const focusedPart = (el: ContactConfirmPrompt) => {
      const inside = el.shadowRoot!.activeElement;
      return inside ? (inside.getAttribute('data-answer') ?? inside.className) : `not in the prompt: ${document.activeElement?.localName}`;
    };
    backend.controls.slowNext({ operationId: 'answerMethodConfirmation', ms: 300 });
    const el = await mountPrompt();
    buttonNamed(el, 'Yes, it’s mine').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focusedPart(el), 'while sending').to.equal('mine');
    await waitUntil(() => $(el, '.status')!.textContent!.includes('is confirmed'), 'the thanks');
    await el.updateComplete;
    expect(focusedPart(el), 'after the last question').to.equal('status');

    // The question again, as before it was answered.
    backend.reset();
    const fresh = await mountPrompt();
    buttonNamed(fresh, 'Not now').focus();
    await sendKeys({ press: 'Enter' });
    await fresh.updateComplete;
    expect(focusedPart(fresh)).to.equal('status');
    expect($(fresh, '.status')!.textContent).to.equal('The question is hidden for now.');
  });

  it('"Not now" dismisses it and fires confirm-dismiss', async () => {
    const el = await mountPrompt();
    const dismissed = oneEvent(el, 'confirm-dismiss');
    buttonNamed(el, 'Not now').click();
    await dismissed;
    await el.updateComplete;
    expect(el.dismissed).to.equal(true);
    expect($(el, '[part="prompt"]')).to.equal(null);
  });

  it('only the holder may answer: the backend refuses anyone else', async () => {
    const error = await adapterFor(fixtures.admin)
      .answerMethodConfirmation(unconfirmedMethod.methodId, 'mine', { idempotencyKey: crypto.randomUUID() })
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ForbiddenError);
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CommsAdapter, ConversationQuery } from '../../src/api/adapter.js';
import { ServerError } from '../../src/api/errors.js';
import { captureUncaught, shadowText } from './fixtures/dom.js';
import { conversation, deferred, page, untilAborted } from './fixtures/fakes.js';
import type { ProbeElement } from './fixtures/probe-elements.js';
import './fixtures/probe-elements.js';

/** An adapter whose listConversations waits until the test answers or the signal aborts. */
function controlledAdapter() {
  const calls: { query: ConversationQuery; signal: AbortSignal; answer: ReturnType<typeof deferred<unknown>> }[] = [];
  const adapter: Partial<CommsAdapter> = {
    listConversations: (query = {}) => {
      const answer = deferred<unknown>();
      calls.push({ query, signal: query.signal!, answer });
      return Promise.race([answer.promise, untilAborted(query.signal)]) as ReturnType<CommsAdapter['listConversations']>;
    },
  };
  return { adapter, calls };
}

describe('DataTask in an element', () => {
  it('shows loading, then the content', async () => {
    const { adapter, calls } = controlledAdapter();
    const probe = await fixture<ProbeElement>(html`<probe-element .adapter=${adapter}></probe-element>`);
    expect(probe.shadowRoot!.querySelector('[part~="loading"]')).to.exist;
    expect(probe.conversations.state).to.equal('loading');
    calls[0]!.answer.resolve(page([conversation('c-1', 'Bus route change')]));
    await waitUntil(() => probe.conversations.state === 'ready');
    await probe.updateComplete;
    expect(shadowText(probe)).to.equal('Bus route change');
  });

  it('shows the empty view when the result is empty', async () => {
    const adapter: Partial<CommsAdapter> = { listConversations: async () => page([]) };
    const probe = await fixture<ProbeElement>(html`<probe-element .adapter=${adapter}></probe-element>`);
    await waitUntil(() => probe.shadowRoot!.querySelector('[part~="empty"]'));
    expect(probe.conversations.state).to.equal('empty');
  });

  it('aborts the pending request when the element is removed, and asks again when it comes back', async () => {
    const uncaught = captureUncaught();
    const { adapter, calls } = controlledAdapter();
    const probe = await fixture<ProbeElement>(html`<probe-element .adapter=${adapter}></probe-element>`);
    expect(calls).to.have.length(1);
    const parent = probe.parentElement!;
    probe.remove();
    expect(calls[0]!.signal.aborted).to.equal(true);
    expect((calls[0]!.signal.reason as DOMException).name).to.equal('AbortError');

    parent.append(probe);
    await probe.updateComplete;
    expect(calls).to.have.length(2);
    expect(calls[1]!.signal.aborted).to.equal(false);
    expect(probe.shadowRoot!.querySelector('[part~="error"]'), 'an abort is never shown as an error').to.equal(null);
    calls[1]!.answer.resolve(page([conversation('c-1', 'Back on the page')]));
    await waitUntil(() => shadowText(probe) === 'Back on the page');
    uncaught.stop();
    expect(uncaught.errors).to.deep.equal([]);
  });

  it('aborts the pending request when the element asks for something newer', async () => {
    const { adapter, calls } = controlledAdapter();
    const probe = await fixture<ProbeElement>(html`<probe-element .adapter=${adapter} search="bus"></probe-element>`);
    probe.search = 'lunch';
    await probe.updateComplete;
    expect(calls.map((call) => call.query.search)).to.deep.equal(['bus', 'lunch']);
    expect(calls[0]!.signal.aborted).to.equal(true);
    expect(calls[1]!.signal.aborted).to.equal(false);
    // A late answer to the old request must not replace the newer one.
    calls[1]!.answer.resolve(page([conversation('c-2', 'Lunch menu')]));
    calls[0]!.answer.resolve(page([conversation('c-1', 'Bus route')]));
    await waitUntil(() => probe.conversations.state === 'ready');
    await probe.updateComplete;
    expect(shadowText(probe)).to.equal('Lunch menu');
  });

  it('aborts the pending request when the adapter goes away', async () => {
    const { adapter, calls } = controlledAdapter();
    const probe = await fixture<ProbeElement>(html`<probe-element .adapter=${adapter}></probe-element>`);
    probe.adapter = undefined;
    await probe.updateComplete;
    expect(calls[0]!.signal.aborted).to.equal(true);
  });

  it('asks again on retry() after an error', async () => {
    let fail = true;
    const adapter: Partial<CommsAdapter> = {
      listConversations: async () => {
        if (fail) throw new ServerError();
        return page([conversation('c-5', 'Picture day')]);
      },
    };
    const probe = await fixture<ProbeElement>(html`<probe-element .adapter=${adapter}></probe-element>`);
    await waitUntil(() => probe.conversations.state === 'error');
    expect(probe.conversations.error).to.be.instanceOf(ServerError);
    fail = false;
    await probe.conversations.retry();
    expect(probe.conversations.state).to.equal('ready');
    expect(probe.conversations.value?.items[0]?.title).to.equal('Picture day');
  });
});

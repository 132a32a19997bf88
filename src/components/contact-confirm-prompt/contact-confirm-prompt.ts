import { msg, str } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ContactMethod } from '../../domain/types.js';
import { CommsElement } from '../shared/comms-element.js';
import { DataTask } from '../shared/data-task.js';
import { fireEvent } from '../shared/events.js';
import { infoIcon } from '../shared/icons.js';
import { renderError } from '../shared/state-views.js';
import { displayValue } from '../contact-prefs-editor/prefs-words.js';

/** Detail of `confirm-answer`: the method as saved after the answer. */
export interface ConfirmAnswerDetail {
  method: ContactMethod;
  answer: 'mine' | 'notMine';
}

interface Pending {
  answer: 'mine' | 'notMine';
  /** Reused when the same answer is retried, so the backend records it once. */
  idempotencyKey: string;
  error?: unknown;
  busy: boolean;
}

/**
 * "Is this yours?" for the contact methods that arrived from the SIS onto the viewer's account
 * without being confirmed. Each can be confirmed, or reported as not theirs (the district
 * reviews those). It says plainly that answering is optional: messages keep arriving either
 * way, and how the person signs in does not change. Shows nothing when there is nothing to ask,
 * or once dismissed.
 *
 * @tagname contact-confirm-prompt
 * @fires {CustomEvent<ConfirmAnswerDetail>} confirm-answer - An answer was saved.
 * @fires {CustomEvent<Record<string, never>>} confirm-dismiss - The person chose "Not now".
 * @csspart prompt - The prompt's box.
 * @csspart answer-button - Each answer button.
 */
export class ContactConfirmPrompt extends CommsElement<'listUnconfirmedMethods' | 'answerMethodConfirmation'> {
  static override styles = [
    ...CommsElement.styles,
    css`
      :host {
        display: block;
      }
      .prompt {
        display: flex;
        gap: var(--_space-s);
        padding: var(--_space-m);
        border: 1px solid var(--_info);
        border-radius: var(--_radius);
        background: var(--_info-surface);
        overflow-wrap: anywhere;
      }
      .body {
        flex: 1;
        min-inline-size: 0;
      }
      h2 {
        margin: 0;
        font-size: 1.125em;
      }
      p {
        margin-block: var(--_space-xs);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        padding-block: var(--_space-s);
        border-block-start: 1px solid var(--_border);
      }
      .question {
        font-weight: var(--_font-weight-strong);
      }
      .status:empty {
        margin: 0;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-s);
      }
    `,
  ];
  static override adapterMethods = ['listUnconfirmedMethods', 'answerMethodConfirmation'] as const;
  static override requires = ['viewer'] as const;

  /** Whose methods to ask about. Default: the viewer (only the holder can answer). */
  @property({ attribute: 'person-id' }) personId?: string;

  /** Hidden after "Not now". Set it back to false to ask again. */
  @property({ type: Boolean, reflect: true }) dismissed = false;

  @state() private answered = new Set<string>();
  @state() private pending = new Map<string, Pending>();
  @state() private announcement = '';

  readonly #methods = new DataTask(this, {
    args: () => {
      const personId = this.personId ?? this.activeViewer?.id;
      return this.activeAdapter && personId ? ([this.activeAdapter, personId] as const) : undefined;
    },
    load: ([adapter, personId], signal) => adapter.listUnconfirmedMethods(personId, { signal }),
  });

  protected renderContent(): unknown {
    // Focusable from script only: where focus goes when the question it was on has gone.
    const status = html`<p role="status" class="status" tabindex="-1">${this.announcement}</p>`;
    if (this.dismissed) return status;
    return html`${this.#methods.render({
        empty: () => nothing,
        ready: (methods) => this.#renderPrompt(methods.filter((method) => !this.answered.has(method.id))),
      })}
      ${status}`;
  }

  #renderPrompt(methods: ContactMethod[]): unknown {
    if (methods.length === 0) return nothing;
    return html`<section class="prompt" part="prompt" aria-labelledby="prompt-title">
      ${infoIcon}
      <div class="body">
        <h2 id="prompt-title">${msg('Please check your contact information')}</h2>
        <p>${msg('The school added these from its records. Answering is optional: you keep receiving messages either way, and how you sign in does not change.')}</p>
        <ul>
          ${methods.map((method) => this.#renderMethod(method))}
        </ul>
        <button type="button" class="button" @click=${this.#dismiss}>${msg('Not now')}</button>
      </div>
    </section>`;
  }

  #renderMethod(method: ContactMethod): unknown {
    const value = displayValue(method);
    const pending = this.pending.get(method.id);
    const questionId = `question-${method.id}`;
    return html`<li data-method-id=${method.id}>
      <p class="question" id=${questionId}>${msg(str`Is ${value} yours?`)}</p>
      <div class="buttons" role="group" aria-labelledby=${questionId}>
        <button type="button" class="button primary" part="answer-button" data-answer="mine" aria-disabled=${pending?.busy ? 'true' : 'false'}
          @click=${() => this.#answer(method, 'mine')}>${msg('Yes, it’s mine')}</button>
        <button type="button" class="button" part="answer-button" data-answer="notMine" aria-disabled=${pending?.busy ? 'true' : 'false'}
          @click=${() => this.#answer(method, 'notMine')}>${msg('No, it isn’t mine')}</button>
      </div>
      ${pending?.error ? renderError(pending.error, { onRetry: () => this.#answer(method, pending.answer) }) : nothing}
    </li>`;
  }

  async #answer(method: ContactMethod, answer: 'mine' | 'notMine'): Promise<void> {
    const previous = this.pending.get(method.id);
    if (previous?.busy) return;
    const idempotencyKey = previous?.answer === answer ? previous.idempotencyKey : crypto.randomUUID();
    // "Try again" leaves with the error it sits in: focus moves to the answer being sent.
    this.#focusIn(method.id, `[data-answer="${answer}"]`);
    this.#setPending(method.id, { answer, idempotencyKey, busy: true });
    try {
      const saved = await this.activeAdapter!.answerMethodConfirmation(method.id, answer, { idempotencyKey });
      this.#setPending(method.id, undefined);
      const hadFocus = this.#holdsFocus(method.id);
      this.answered = new Set([...this.answered, method.id]);
      const value = displayValue(method);
      this.announcement = answer === 'mine' ? msg(str`Thank you. ${value} is confirmed.`) : msg(str`Thank you. The school will review ${value}.`);
      fireEvent(this, 'confirm-answer', { method: saved, answer });
      // The question is gone: on to the next one, or to the thanks.
      if (hadFocus) void this.updateComplete.then(() => (this.renderRoot.querySelector<HTMLElement>('[part="answer-button"]') ?? this.renderRoot.querySelector<HTMLElement>('.status'))?.focus());
    } catch (error) {
      this.#setPending(method.id, { answer, idempotencyKey, busy: false, error });
    }
  }

  /** Whether keyboard focus is inside the question about `id`. */
  #holdsFocus(id: string): boolean {
    return !!(this.renderRoot as ShadowRoot).activeElement?.closest(`li[data-method-id="${CSS.escape(id)}"]`);
  }

  #focusIn(id: string, selector: string): void {
    if (this.#holdsFocus(id)) this.renderRoot.querySelector<HTMLElement>(`li[data-method-id="${CSS.escape(id)}"] ${selector}`)?.focus();
  }

  #setPending(id: string, pending: Pending | undefined): void {
    const next = new Map(this.pending);
    if (pending) next.set(id, pending);
    else next.delete(id);
    this.pending = next;
  }

  #dismiss = (): void => {
    this.dismissed = true;
    this.announcement = msg('The question is hidden for now.');
    fireEvent(this, 'confirm-dismiss', {});
    // "Not now" went with the prompt: focus stays in the element, on what it says now.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.status')?.focus());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-confirm-prompt': ContactConfirmPrompt;
  }
  interface HTMLElementEventMap {
    'confirm-answer': CustomEvent<ConfirmAnswerDetail>;
    'confirm-dismiss': CustomEvent<Record<string, never>>;
  }
}

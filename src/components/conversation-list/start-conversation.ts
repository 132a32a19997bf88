import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CommsAdapter } from '../../api/adapter.js';
import { isAbortError, isCommsError, type ValidationError } from '../../api/errors.js';
import type { Conversation, DirectoryEntry, DistrictSettings, NewConversation, PersonRole } from '../../domain/types.js';
import { DEFAULT_PARTICIPANT_LIMIT } from '../../domain/vocabulary.js';

/** The adapter methods the "Start a conversation" dialog calls. */
export type StartConversationAdapter = Pick<CommsAdapter, 'searchDirectory' | 'createConversation'>;

export interface StartConversationOptions {
  adapter(): StartConversationAdapter | undefined;
  settings(): DistrictSettings | undefined;
  /** Called once the backend created the conversation; the dialog has closed by then. */
  started(conversation: Conversation): void;
}

/** Fields of the dialog that can hold an error. */
export type StartField = 'people' | 'message';

/** Most directory matches shown at once; typing more narrows them. */
const RESULT_LIMIT = 20;
/** Pause after the last keystroke before the directory is searched. */
export const SEARCH_DELAY_MS = 250;

/** Id of the match at `index`, the combobox's active descendant when highlighted. */
export const optionId = (index: number): string => `start-option-${index}`;

/** A fresh key for one intended create, usable outside secure contexts too. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * State and actions of the "Start a conversation" dialog: directory search behind a combobox,
 * chosen people, the district's participant limit, an optional title and the first message.
 *
 * The draft outlives closing the dialog and a failed request; it is cleared only once the
 * conversation exists. A retry of the same draft reuses its idempotency key, so a request that
 * reached the backend but lost its answer does not start a second conversation.
 */
export class StartConversation implements ReactiveController {
  people: DirectoryEntry[] = [];
  query = '';
  results: DirectoryEntry[] = [];
  searchState: 'idle' | 'searching' | 'ready' | 'error' = 'idle';
  /** Index of the highlighted match, -1 for none. */
  active = -1;
  expanded = false;
  title = '';
  message = '';
  fieldErrors: Partial<Record<StartField, string>> = {};
  /** The person tried to add someone past the limit. */
  limitRefused = false;
  saving = false;
  saveError: unknown = undefined;
  /** What the dialog's polite live region says. */
  announcement = '';

  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #searchAbort: AbortController | undefined;
  #key: string | undefined;
  #keyFor: string | undefined;
  #keyedInput: NewConversation | undefined;
  #revealActive = false;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly options: StartConversationOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#stopSearch();
  }

  /**
   * Focus stays in the search while the highlight moves (it is only the active descendant), so
   * the browser never scrolls the matches to it, and new matches keep the old scroll position:
   * without this, Enter could add someone the person never saw.
   */
  hostUpdated(): void {
    if (!this.#revealActive) return;
    this.#revealActive = false;
    if (this.expanded && this.active >= 0) this.host.renderRoot.querySelector(`#${optionId(this.active)}`)?.scrollIntoView({ block: 'nearest' });
  }

  /** Most people in a conversation, the starter included. */
  get limit(): number {
    return this.options.settings()?.participantLimit ?? DEFAULT_PARTICIPANT_LIMIT;
  }

  /** Whether adding one more person would pass the limit. */
  get atLimit(): boolean {
    return this.people.length + 1 >= this.limit;
  }

  /** Roles the directory search covers: students only where the district lets them join. */
  get roles(): PersonRole[] {
    return this.options.settings()?.studentsInConversations ? ['staff', 'guardian', 'student'] : ['staff', 'guardian'];
  }

  setQuery(value: string): void {
    this.query = value;
    this.limitRefused = false;
    this.#stopSearch();
    if (value.trim() === '') {
      this.results = [];
      this.searchState = 'idle';
      this.expanded = false;
      this.active = -1;
    } else {
      this.expanded = true;
      this.searchState = 'searching';
      this.#searchTimer = setTimeout(() => void this.search(), SEARCH_DELAY_MS);
    }
    this.host.requestUpdate();
  }

  /** Search the directory for the current query (what "Try again" does after a failure). */
  async search(): Promise<void> {
    this.#stopSearch();
    const adapter = this.options.adapter();
    const search = this.query.trim();
    if (!adapter || search === '') return;
    const abort = (this.#searchAbort = new AbortController());
    this.searchState = 'searching';
    this.expanded = true;
    this.host.requestUpdate();
    try {
      const page = await adapter.searchDirectory({ search, roles: this.roles, limit: RESULT_LIMIT, signal: abort.signal });
      if (abort.signal.aborted) return;
      const chosen = new Set(this.people.map((person) => person.id));
      this.results = page.items.filter((entry) => !chosen.has(entry.id));
      this.searchState = 'ready';
      this.active = this.results.length ? 0 : -1;
      this.#revealActive = true;
      const count = this.results.length;
      this.announcement =
        count === 0
          ? msg('No people match.', { desc: 'Directory search found nobody.' })
          : count === 1
            ? msg('1 person found.')
            : msg(str`${count} people found.`);
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.results = [];
      this.active = -1;
      this.searchState = 'error';
      this.announcement = msg("Couldn't search the directory.");
    }
    this.host.requestUpdate();
  }

  /** Keyboard of the combobox: arrows move through the matches, Enter adds one, Escape closes the list. */
  onComboboxKeydown(event: KeyboardEvent): void {
    const count = this.results.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.active = !this.expanded ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count;
        this.expanded = true;
        this.#revealActive = true;
        break;
      }
      case 'Enter':
        // Enter in the search never submits the form; with a highlighted match it adds it.
        event.preventDefault();
        if (this.expanded && this.active >= 0 && this.results[this.active]) this.choose(this.results[this.active]!);
        return;
      case 'Escape':
        if (!this.expanded) return;
        // Closes the list only; a second Escape closes the dialog.
        event.preventDefault();
        event.stopPropagation();
        this.expanded = false;
        break;
      case 'Backspace':
        if (this.query !== '' || this.people.length === 0) return;
        this.remove(this.people[this.people.length - 1]!);
        return;
      default:
        return;
    }
    this.host.requestUpdate();
  }

  /** Close the list of matches (focus left the search). */
  collapse(): void {
    if (!this.expanded) return;
    this.expanded = false;
    this.host.requestUpdate();
  }

  /** Add a person from the matches, unless the conversation is full. */
  choose(entry: DirectoryEntry): void {
    if (this.atLimit) {
      this.limitRefused = true;
      this.announcement = this.limitWords();
      this.host.requestUpdate();
      return;
    }
    this.people = [...this.people, entry];
    this.#stopSearch();
    this.query = '';
    this.results = [];
    this.expanded = false;
    this.active = -1;
    this.searchState = 'idle';
    this.fieldErrors = { ...this.fieldErrors, people: undefined };
    const name = entry.displayName;
    this.announcement = msg(str`${name} added.`, { desc: 'Said when a person is added to a new conversation.' });
    this.host.requestUpdate();
  }

  remove(entry: DirectoryEntry): void {
    this.people = this.people.filter((person) => person.id !== entry.id);
    this.limitRefused = false;
    const name = entry.displayName;
    this.announcement = msg(str`${name} removed.`, { desc: 'Said when a person is taken off a new conversation.' });
    this.host.requestUpdate();
  }

  /** "You've reached the limit…": why nobody more can be added. */
  limitWords(): string {
    const limit = this.limit;
    return msg(str`A conversation can have at most ${limit} people, you included. Remove someone to add another.`, {
      desc: 'Shown when the participant limit of a conversation is reached.',
    });
  }

  setTitle(value: string): void {
    this.title = value;
  }

  setMessage(value: string): void {
    this.message = value;
    if (value.trim() !== '' && this.fieldErrors.message) {
      this.fieldErrors = { ...this.fieldErrors, message: undefined };
      this.host.requestUpdate();
    }
  }

  /**
   * Check the draft and create the conversation. Resolves with the fields that were refused
   * (empty when it was sent), so the view can move focus to the first one.
   */
  async submit(): Promise<StartField[]> {
    if (this.saving) return [];
    const adapter = this.options.adapter();
    const errors: Partial<Record<StartField, string>> = {};
    if (this.people.length === 0) errors.people = msg('Add at least one person.');
    if (this.message.trim() === '') errors.message = msg('Write a first message.');
    this.fieldErrors = errors;
    this.saveError = undefined;
    const refused = (Object.keys(errors) as StartField[]).filter((field) => errors[field]);
    if (refused.length || !adapter) {
      this.host.requestUpdate();
      return refused;
    }
    const input: NewConversation = {
      participantIds: this.people.map((person) => person.id),
      title: this.title.trim() || null,
      firstMessage: { body: this.message },
    };
    // The same people in another order (one taken off and put back) are the same conversation.
    const fingerprint = JSON.stringify({ ...input, participantIds: [...input.participantIds].sort() });
    if (fingerprint !== this.#keyFor) {
      this.#key = newIdempotencyKey();
      this.#keyFor = fingerprint;
      // A retry sends the very body its key was first sent with: a server may tie a key to it.
      this.#keyedInput = input;
    }
    this.saving = true;
    this.host.requestUpdate();
    try {
      const conversation = await adapter.createConversation(this.#keyedInput!, { idempotencyKey: this.#key! });
      this.#reset();
      this.options.started(conversation);
    } catch (error) {
      this.saveError = error;
      this.announcement = '';
      this.limitRefused = isLimitError(error);
    } finally {
      this.saving = false;
      this.host.requestUpdate();
    }
    return [];
  }

  #reset(): void {
    this.#stopSearch();
    this.people = [];
    this.query = '';
    this.results = [];
    this.searchState = 'idle';
    this.active = -1;
    this.expanded = false;
    this.title = '';
    this.message = '';
    this.fieldErrors = {};
    this.limitRefused = false;
    this.saveError = undefined;
    this.announcement = '';
    this.#key = undefined;
    this.#keyFor = undefined;
    this.#keyedInput = undefined;
  }

  #stopSearch(): void {
    clearTimeout(this.#searchTimer);
    this.#searchTimer = undefined;
    this.#searchAbort?.abort(new DOMException('A newer search replaced this one.', 'AbortError'));
    this.#searchAbort = undefined;
  }
}

/** Whether the backend refused the conversation for having too many people. */
export function isLimitError(error: unknown): boolean {
  if (!isCommsError(error)) return false;
  if (error.code === 'participantLimit') return true;
  const fields = (error as Partial<ValidationError>).fields;
  return error.kind === 'validation' && Array.isArray(fields) && fields.some((field) => field.code === 'participantLimit');
}

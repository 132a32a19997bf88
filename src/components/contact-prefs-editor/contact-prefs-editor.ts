import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isCommsError, ValidationError, type ConflictError } from '../../api/errors.js';
import { preferenceKey, reasonsFor } from '../../domain/preference-rules.js';
import type { ContactPreferences, ContactPreferencesSaveResult, ConversationChannel, FieldError } from '../../domain/types.js';
import { CommsElement } from '../shared/comms-element.js';
import { DataTask } from '../shared/data-task.js';
import { fireEvent } from '../shared/events.js';
import { renderEmpty, renderReadOnlyNotice } from '../shared/state-views.js';
import { editorStyles } from './contact-prefs-editor.styles.js';
import { handleGridKey } from './grid-keys.js';
import { checkMethodForm, formFor, methodErrorWords, renderMethodForm, typeChoices, type MethodFormState } from './method-form.js';
import * as drafts from './prefs-draft.js';
import { renderGrid } from './prefs-grid.js';
import { renderPanels, type ConflictState } from './prefs-panels.js';
import type { PrefsChangeDetail, PrefsSaveDetail } from './prefs-events.js';
import { landedAdds, mayHaveUpdatedOthers, pinsOf, whoseDifferences } from './unanswered-saves.js';

export type { PrefsChangeDetail, PrefsSaveDetail } from './prefs-events.js';

/**
 * One person's contact preferences: their contact methods (rows) × the district's contact
 * reasons (columns), with voice and text switches for phones and email switches for emails;
 * their preferred language and conversation channel; adding, changing and removing methods;
 * Save and Cancel with a summary of unsaved changes.
 *
 * Rules it follows (the backend refuses the same things): text can be switched on only for a
 * cell phone whose holder opted in (the reason is shown otherwise; switching off is always
 * possible); the Staff reason appears only for people with a district assignment and
 * reasons the district has not enabled show as "Not enabled"; nothing here can set a
 * number to opted out (consent comes from the number's holder); a household phone's switches
 * apply to every active member of the household, who are listed before saving.
 *
 * Keyboard: the grid follows the WAI-ARIA **table** pattern. It is a `<table>` whose cells hold
 * native checkboxes, each in the Tab order with its full name ("Attendance — cell phone
 * (555) 010-1234 — text message") and toggled with Space. On top of Tab, arrow keys move between
 * checkboxes like a grid: Left/Right within the row (mirrored right-to-left), Up/Down to the
 * same reason and channel in the next row, Home/End to the row's ends, Ctrl+Home/End to the
 * grid's. Below about 36rem of width it reflows into one block per method.
 *
 * A save that meets a conflict (someone else saved first) shows what they changed and lets the
 * person re-apply their edits on the latest version; a save that fails keeps every edit and
 * offers to try again. When a save's answer was lost, a later save recognizes what the lost one
 * applied as the person's own: it is neither shown as someone else's change nor sent twice.
 *
 * @tagname contact-prefs-editor
 * @fires {CustomEvent<PrefsChangeDetail>} prefs-change - An edit was made or undone; not saved yet.
 * @fires {CustomEvent<PrefsSaveDetail>} prefs-save - The edits were saved.
 * @csspart grid - The methods × reasons table.
 * @csspart sms-status - A phone's texting-consent badge (an `<optin-badge>`).
 * @csspart sms-status-badge - The badge's own `badge` part, to restyle it from the page.
 * @csspart method-form - The form that adds or changes a method.
 * @csspart summary - The list of unsaved changes.
 * @csspart conflict - The notice shown when someone else saved first.
 * @csspart save-button - The Save button.
 */
export class ContactPrefsEditor extends CommsElement<'getContactPreferences' | 'updateContactPreferences'> {
  static override styles = [...CommsElement.styles, editorStyles];
  static override adapterMethods = ['getContactPreferences', 'updateContactPreferences'] as const;
  static override requires = ['settings'] as const;

  /** The person whose preferences to show. Default: the viewer. */
  @property({ attribute: 'person-id' }) personId?: string;

  /** Show the preferences without letting them be changed, even when the viewer may. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  @state() private draft: drafts.PrefsDraft = drafts.emptyDraft();
  @state() private base?: ContactPreferences;
  @state() private form?: MethodFormState;
  @state() private saving = false;
  @state() private saveError?: unknown;
  @state() private fieldErrors: FieldError[] = [];
  @state() private conflict?: ConflictState;
  @state() private lastSave?: PrefsSaveDetail;

  #loaded?: ContactPreferences;
  /** Drafts sent since `base` came from the server whose saves got no answer: they may have been applied. */
  #unanswered: drafts.PrefsDraft[] = [];
  /** Set while a save takes in a lost save's household switches, whose other members are unknown. */
  #othersUnknown = false;

  readonly #prefs = new DataTask(this, {
    args: () => {
      const personId = this.personId ?? this.activeViewer?.id;
      return this.activeAdapter && personId ? ([this.activeAdapter, personId] as const) : undefined;
    },
    load: ([adapter, personId], signal) => adapter.getContactPreferences(personId, { signal }),
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const loaded = this.#prefs.value;
    if (loaded && loaded !== this.#loaded) {
      // A new person (or a reload after the person changed): start from their saved state.
      if (this.#loaded?.personId !== loaded.personId) this.#resetEdits();
      this.#loaded = loaded;
      this.base = loaded;
      this.#unanswered = [];
    }
  }

  /** Whether there are edits not saved yet. */
  get dirty(): boolean {
    return drafts.isDirty(this.draft);
  }

  protected renderContent(): unknown {
    return this.#prefs.render({
      // While a reload after "Try again" runs, the last state stays on screen.
      ready: () => this.#renderEditor(),
    });
  }

  #renderEditor(): unknown {
    const base = this.base;
    const settings = this.activeSettings!;
    if (!base) return nothing;
    const editable = base.canEdit && !this.readonly;
    const methods = drafts.methodsAfter(base, this.draft);
    const reasons = reasonsFor(base.person, settings).filter(({ availability }) => availability !== 'notApplicable');
    const methodErrors = methodErrorWords(this.draft, this.fieldErrors);
    // Read-only, nothing in a wide grid takes focus: its scroll area does, so a keyboard can scroll it.
    const scrollRegion = !editable;
    return html`
      ${editable ? nothing : renderReadOnlyNotice()}
      ${methods.length === 0
        ? renderEmpty({
            message: msg('No contact methods yet.'),
            action: editable && !this.form ? this.#addButton() : undefined,
          })
        : html`<div
            class="grid-scroller"
            role=${scrollRegion ? 'region' : nothing}
            tabindex=${scrollRegion ? '0' : nothing}
            aria-label=${scrollRegion ? msg('Which messages go to which contact method') : nothing}
            @keydown=${(event: KeyboardEvent) => handleGridKey(event.currentTarget as HTMLElement, event)}
          >
            ${renderGrid({
              methods,
              reasons,
              editable,
              textingEnabled: settings.texting.enabled,
              methodErrors,
              isOn: (cell) => drafts.isOn(base, this.draft, cell),
              onToggle: (cell) => this.#edit((draft) => drafts.setSwitch(base, draft, cell, pinsOf(this.#unanswered).switches.has(preferenceKey(cell)))),
              onEdit: (id) => this.#openForm(id),
              onRemove: (id) => {
                this.#edit((draft) => drafts.removeMethod(draft, id, pinsOf(this.#unanswered).adds.has(id)));
                // The row and its button are gone: continue from Save, which the removal enabled.
                this.#focusAfterUpdate('[part="save-button"]');
              },
            })}
          </div>`}
      ${editable && this.form
        ? renderMethodForm({
            form: this.form,
            types: typeChoices(base, this.draft, this.form.target === 'add' ? undefined : this.form.target.id),
            onInput: (form) => (this.form = form),
            onApply: () => this.#applyForm(),
            onCancel: () => this.#closeForm(),
          })
        : editable && methods.length > 0
          ? html`<p>${this.#addButton()}</p>`
          : nothing}
      ${renderPanels({
        base,
        draft: this.draft,
        methods,
        settings,
        locale: this.activeLocale,
        editable,
        saving: this.saving,
        saveError: this.saveError,
        fieldErrors: this.fieldErrors,
        conflict: this.conflict,
        lastSave: this.lastSave,
        unanswered: this.#unanswered,
        onLanguage: (language) => this.#edit((draft) => drafts.setLanguage(base, draft, language, pinsOf(this.#unanswered).language)),
        onChannel: (channel: ConversationChannel | null) =>
          this.#edit((draft) => drafts.setConversationChannel(base, draft, channel, pinsOf(this.#unanswered).conversationChannel)),
        onSave: () => void this.#save(),
        onCancel: () => this.#cancel(),
        onReapply: () => this.#reapply(),
        onDiscard: () => this.#discard(),
      })}
    `;
  }

  #addButton() {
    return html`<button type="button" class="button" id="add-method" @click=${() => this.#openForm('add')}>${msg('Add a contact method')}</button>`;
  }

  #openForm(target: 'add' | string): void {
    this.form = formFor(target, this.base!, this.draft) ?? this.form;
    this.#focusAfterUpdate('#method-type');
  }

  #applyForm(): void {
    const form = this.form!;
    const checked = checkMethodForm(this.base!, this.draft, form);
    if (!checked.ok) {
      this.form = { ...form, error: checked.error };
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#method-value')?.focus());
      return;
    }
    this.#edit((draft) => {
      if (form.target === 'add') drafts.addMethod(draft, form.type, checked.value);
      else drafts.editMethod(this.base!, draft, form.target.id, form.type, checked.value, pinsOf(this.#unanswered).methods.has(form.target.id));
    });
    this.#closeForm();
  }

  /** Closes the method form; focus goes back to the button that opened it. */
  #closeForm(): void {
    const target = this.form?.target;
    this.form = undefined;
    this.#focusAfterUpdate(!target || target === 'add' ? '#add-method' : `tr[data-method-id="${CSS.escape(target.id)}"] .actions button`);
  }

  #focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /** Applies one edit to a copy of the draft and announces it. */
  #edit(apply: (draft: drafts.PrefsDraft) => void): void {
    const draft = drafts.copyDraft(this.draft);
    apply(draft);
    this.draft = draft;
    this.lastSave = undefined;
    fireEvent(this, 'prefs-change', { personId: this.base!.personId, change: drafts.changeOf(draft) });
  }

  async #save(): Promise<void> {
    if (!this.base || !this.activeAdapter || this.saving || !this.dirty) return;
    this.saving = true;
    this.saveError = undefined;
    this.fieldErrors = [];
    this.#othersUnknown = false;
    try {
      while (await this.#send()) continue;
    } finally {
      this.saving = false;
    }
  }

  /** Sends the draft once; true when what is left of it must be sent again (see `#onConflict`). */
  async #send(): Promise<boolean> {
    const base = this.base!;
    const change = drafts.changeOf(this.draft);
    const sent = this.draft;
    try {
      const result = await this.activeAdapter!.updateContactPreferences(base.personId, change, { version: base.version });
      // Edits made while the save was in flight stay as edits on top of the new state.
      if (this.draft === sent) this.draft = drafts.emptyDraft();
      this.#rebaseOn(result.preferences, [sent]);
      this.#saved(result);
    } catch (error) {
      if (!isCommsError(error) || error.kind === 'network' || error.kind === 'timeout') this.#unanswered = [...this.#unanswered, sent];
      if (isCommsError(error) && error.kind === 'conflict') return this.#onConflict(error as ConflictError<ContactPreferences>);
      if (error instanceof ValidationError || (isCommsError(error) && error.kind === 'validation')) {
        this.fieldErrors = (error as ValidationError).fields ?? [];
      }
      this.saveError = error;
    }
    return false;
  }

  /**
   * A conflict may be of the person's own making: a save whose answer was lost was applied, and
   * its retry carried the old version. Or the newer version changed nothing this editor edits
   * (a method confirmed in "Is this yours?", a consent recorded). Then nobody else's change is
   * in the way and there is nothing to ask: what is left of the draft goes on top of the
   * latest state, and is sent.
   */
  async #onConflict(error: ConflictError<ContactPreferences>): Promise<boolean> {
    const base = this.base!;
    let latest = error.current;
    if (!latest?.version) {
      try {
        latest = await this.activeAdapter!.getContactPreferences(base.personId);
      } catch (reload) {
        this.saveError = reload;
        return false;
      }
    }
    const { others, restore } = whoseDifferences(base, latest, this.#unanswered, this.draft);
    if (others.length === 0) {
      if (mayHaveUpdatedOthers(base, this.#unanswered)) this.#othersUnknown = true;
      this.#rebaseOn(latest, this.#unanswered);
      const draft = drafts.copyDraft(this.draft);
      for (const cell of restore) drafts.setSwitch(latest, draft, cell);
      this.draft = draft;
      if (this.dirty) return true;
      this.#saved({ preferences: latest, alsoUpdated: [] });
      return false;
    }
    this.conflict = { latest, differences: others };
    // Save is disabled now; the choice to make is in the conflict notice.
    this.#focusAfterUpdate('#reapply');
    return false;
  }

  #saved(result: ContactPreferencesSaveResult): void {
    const detail: PrefsSaveDetail = this.#othersUnknown ? { ...result, alsoUpdated: null } : result;
    this.lastSave = detail;
    // Listeners of prefs-save find the element done saving.
    this.saving = false;
    fireEvent(this, 'prefs-save', detail);
  }

  /** Makes the server's `latest` the saved state, the draft re-applied on it; `sent` may have added methods there. */
  #rebaseOn(latest: ContactPreferences, sent: readonly drafts.PrefsDraft[]): void {
    const landed = landedAdds(this.base!, latest, sent);
    this.draft = drafts.rebaseDraft(this.draft, latest, landed);
    // A form open on a method that was new is now about the saved one.
    const target = this.form?.target;
    const savedId = target && target !== 'add' ? landed.get(target.id) : undefined;
    if (savedId) this.form = { ...this.form!, target: { id: savedId } };
    this.base = latest;
    this.#unanswered = [];
  }

  #reapply(): void {
    this.#rebaseOn(this.conflict!.latest, this.#unanswered);
    this.conflict = undefined;
    this.saveError = undefined;
    fireEvent(this, 'prefs-change', { personId: this.base!.personId, change: drafts.changeOf(this.draft) });
  }

  #discard(): void {
    this.base = this.conflict!.latest;
    this.#unanswered = [];
    this.conflict = undefined;
    this.#cancel();
  }

  /**
   * After a save whose answer was lost, the saved state on screen may not be what the server
   * holds: Cancel fetches it again, so the screen shows the truth and the next save starts from
   * it (the pins stay until it arrives).
   */
  #cancel(): void {
    this.#resetEdits();
    fireEvent(this, 'prefs-change', { personId: this.base!.personId, change: {} });
    if (this.#unanswered.length > 0) void this.#prefs.retry();
  }

  #resetEdits(): void {
    this.draft = drafts.emptyDraft();
    this.form = undefined;
    this.saveError = undefined;
    this.fieldErrors = [];
    this.conflict = undefined;
    this.lastSave = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-prefs-editor': ContactPrefsEditor;
  }
  interface HTMLElementEventMap {
    'prefs-change': CustomEvent<PrefsChangeDetail>;
    'prefs-save': CustomEvent<PrefsSaveDetail>;
  }
}

import { isPreferenceOn, offersChannel, preferenceKey } from '../../domain/preference-rules.js';
import type {
  ContactMethod,
  ContactMethodType,
  ContactPreferences,
  ContactPreferencesChange,
  ConversationChannel,
  PreferenceCell,
} from '../../domain/types.js';

/*
 * The unsaved edits of one person's preferences, kept apart from the saved state they are
 * based on. Pure data and functions (no DOM), so the element can re-apply the same edits onto a
 * newer saved state after a conflict without losing anything the person typed.
 */

/** A method as the editor shows it: saved, edited since, or added since. */
export interface DraftMethod extends ContactMethod {
  draftState: 'saved' | 'edited' | 'added';
}

/** The person's edits since the saved state. */
export interface PrefsDraft {
  /** Methods added, by clientId (`new-1`, …); the value as typed, normalized. */
  added: Array<{ clientId: string; type: ContactMethodType; value: string }>;
  /** Saved methods whose type or value changed, by id. */
  updated: Map<string, { type: ContactMethodType; value: string }>;
  /** Saved methods removed. */
  removed: Set<string>;
  /**
   * Methods this draft added, sent by a save whose answer was lost, and removed since: if the
   * server applied that save, the method it created must go (see `rebaseDraft`). Not sent as
   * such: the server knows no clientId.
   */
  withdrawn: Array<{ clientId: string; type: ContactMethodType; value: string }>;
  /** Switches that differ from the saved state, by `preferenceKey`. */
  switches: Map<string, PreferenceCell>;
  /** A new language, or undefined for no change. */
  language?: string | undefined;
  /** A new conversation channel (null: the district default), or undefined for no change. */
  conversationChannel?: ConversationChannel | null | undefined;
  /** Counter behind new clientIds. */
  nextClientId: number;
}

export function emptyDraft(): PrefsDraft {
  return { added: [], updated: new Map(), removed: new Set(), withdrawn: [], switches: new Map(), nextClientId: 1 };
}

export function copyDraft(draft: PrefsDraft): PrefsDraft {
  return {
    ...draft,
    added: draft.added.map((method) => ({ ...method })),
    updated: new Map(draft.updated),
    removed: new Set(draft.removed),
    withdrawn: draft.withdrawn.map((method) => ({ ...method })),
    switches: new Map(draft.switches),
  };
}

/** Whether the draft holds any edit. */
export function isDirty(draft: PrefsDraft): boolean {
  return (
    draft.added.length > 0 ||
    draft.updated.size > 0 ||
    draft.removed.size > 0 ||
    draft.withdrawn.length > 0 ||
    draft.switches.size > 0 ||
    draft.language !== undefined ||
    draft.conversationChannel !== undefined
  );
}

/** The methods after the edits, in saved order with added ones last. */
export function methodsAfter(base: ContactPreferences, draft: PrefsDraft): DraftMethod[] {
  const methods: DraftMethod[] = [];
  for (const method of base.methods) {
    if (draft.removed.has(method.id)) continue;
    const edit = draft.updated.get(method.id);
    methods.push(edit ? { ...method, ...edit, draftState: 'edited' } : { ...method, draftState: 'saved' });
  }
  for (const added of draft.added) {
    methods.push({
      id: added.clientId,
      personId: base.personId,
      type: added.type,
      value: added.value,
      source: 'user',
      confirmation: 'confirmed',
      health: 'ok',
      sharedAccountCount: 0,
      smsConsent: null,
      draftState: 'added',
    });
  }
  return methods;
}

/** Whether a switch is on, edits included. */
export function isOn(base: ContactPreferences, draft: PrefsDraft, cell: Omit<PreferenceCell, 'enabled'>): boolean {
  const edited = draft.switches.get(preferenceKey(cell));
  if (edited) return edited.enabled;
  return isPreferenceOn(base.preferences, cell.methodId, cell.reason, cell.channel);
}

/**
 * Sets a switch; setting it back to its saved value removes the edit, unless `keep`: the saved
 * state may be out of date (see `pinsOf`), and only an explicit value survives a later rebase.
 */
export function setSwitch(base: ContactPreferences, draft: PrefsDraft, cell: PreferenceCell, keep = false): void {
  const key = preferenceKey(cell);
  if (!keep && isPreferenceOn(base.preferences, cell.methodId, cell.reason, cell.channel) === cell.enabled) draft.switches.delete(key);
  else draft.switches.set(key, { ...cell });
}

export function setLanguage(base: ContactPreferences, draft: PrefsDraft, language: string, keep = false): void {
  draft.language = language === base.language && !keep ? undefined : language;
}

export function setConversationChannel(base: ContactPreferences, draft: PrefsDraft, channel: ConversationChannel | null, keep = false): void {
  draft.conversationChannel = channel === base.conversationChannel && !keep ? undefined : channel;
}

/** Adds a method; returns its clientId. */
export function addMethod(draft: PrefsDraft, type: ContactMethodType, value: string): string {
  const clientId = `new-${draft.nextClientId++}`;
  draft.added.push({ clientId, type, value });
  return clientId;
}

/**
 * Changes a method's type and value (a saved one or one added in this draft). Setting a saved
 * method back to its saved value removes the edit, unless `keep` (the same reason as `setSwitch`).
 */
export function editMethod(base: ContactPreferences, draft: PrefsDraft, id: string, type: ContactMethodType, value: string, keep = false): void {
  const added = draft.added.find((method) => method.clientId === id);
  if (added) {
    Object.assign(added, { type, value });
  } else {
    const saved = base.methods.find((method) => method.id === id);
    if (!saved) return;
    if (saved.type === type && saved.value === value && !keep) draft.updated.delete(id);
    else draft.updated.set(id, { type, value });
  }
  dropSwitchesNotOffered(draft, id, type);
}

/**
 * Removes a method and every edit of its switches. `keep`: the method is one this draft added
 * and a save whose answer was lost sent it, so the server may hold it (see `withdrawn`).
 */
export function removeMethod(draft: PrefsDraft, id: string, keep = false): void {
  const index = draft.added.findIndex((method) => method.clientId === id);
  if (index >= 0) {
    const [added] = draft.added.splice(index, 1);
    if (keep) draft.withdrawn.push({ ...added! });
  } else {
    draft.removed.add(id);
    draft.updated.delete(id);
  }
  for (const [key, cell] of draft.switches) if (cell.methodId === id) draft.switches.delete(key);
}

function dropSwitchesNotOffered(draft: PrefsDraft, id: string, type: ContactMethodType): void {
  for (const [key, cell] of draft.switches) {
    if (cell.methodId === id && !offersChannel(type, cell.channel)) draft.switches.delete(key);
  }
}

/** The Save request for the draft: only what changed. */
export function changeOf(draft: PrefsDraft): ContactPreferencesChange {
  const change: ContactPreferencesChange = {};
  if (draft.added.length || draft.updated.size || draft.removed.size) {
    change.methods = {
      ...(draft.added.length && { added: draft.added.map((method) => ({ ...method })) }),
      ...(draft.updated.size && { updated: [...draft.updated].map(([id, edit]) => ({ id, ...edit })) }),
      ...(draft.removed.size && { removed: [...draft.removed] }),
    };
  }
  if (draft.switches.size) change.preferences = [...draft.switches.values()].map((cell) => ({ ...cell }));
  if (draft.language !== undefined) change.language = draft.language;
  if (draft.conversationChannel !== undefined) change.conversationChannel = draft.conversationChannel;
  return change;
}

/**
 * The same edits re-applied onto a newer saved state (after a conflict, or under a save's
 * answer). Nothing typed is dropped: an edit of a method someone else removed becomes an added
 * method, and edits that the newer state already holds simply stop being edits. An added method
 * the newer state already holds (`landed`: by clientId, the server's id of an add that was
 * applied; otherwise the same type and value) becomes that method, its switches carried over:
 * adding it again could only be refused. A withdrawn add that landed becomes a removal.
 */
export function rebaseDraft(draft: PrefsDraft, latest: ContactPreferences, landed: ReadonlyMap<string, string> = new Map()): PrefsDraft {
  const next = emptyDraft();
  next.nextClientId = draft.nextClientId;
  const latestIds = new Set(latest.methods.map((method) => method.id));
  for (const id of draft.removed) if (latestIds.has(id)) next.removed.add(id);
  // A withdrawn add that never landed needs nothing more.
  for (const withdrawn of draft.withdrawn) {
    const landedId = landed.get(withdrawn.clientId);
    if (landedId !== undefined && latestIds.has(landedId)) next.removed.add(landedId);
  }
  const newIds = new Map<string, string>();
  const taken = (id: string) => next.removed.has(id) || draft.updated.has(id) || [...newIds.values()].includes(id);
  for (const added of draft.added) {
    const landedId = landed.get(added.clientId);
    const savedId =
      landedId !== undefined && latestIds.has(landedId) && !taken(landedId)
        ? landedId
        : latest.methods.find((m) => m.type === added.type && m.value === added.value && !taken(m.id))?.id;
    if (savedId === undefined) next.added.push({ ...added });
    else {
      newIds.set(added.clientId, savedId);
      editMethod(latest, next, savedId, added.type, added.value);
    }
  }
  for (const [id, edit] of draft.updated) {
    if (latestIds.has(id)) editMethod(latest, next, id, edit.type, edit.value);
    else newIds.set(id, addMethod(next, edit.type, edit.value));
  }
  for (const cell of draft.switches.values()) {
    const methodId = newIds.get(cell.methodId) ?? cell.methodId;
    const exists = latestIds.has(methodId) || next.added.some((method) => method.clientId === methodId);
    if (exists && !next.removed.has(methodId)) setSwitch(latest, next, { ...cell, methodId });
  }
  if (draft.language !== undefined) setLanguage(latest, next, draft.language);
  if (draft.conversationChannel !== undefined) setConversationChannel(latest, next, draft.conversationChannel);
  return next;
}

/** One difference between two saved states, for "what someone else changed". */
export type SavedDifference =
  | { kind: 'methodAdded' | 'methodRemoved'; method: ContactMethod }
  | { kind: 'methodChanged'; before: ContactMethod; after: ContactMethod }
  | { kind: 'switch'; method: ContactMethod; cell: PreferenceCell }
  | { kind: 'language'; language: string }
  | { kind: 'conversationChannel'; channel: ConversationChannel | null };

/** What changed between the state an edit was based on and the latest one. */
export function savedDifferences(before: ContactPreferences, after: ContactPreferences): SavedDifference[] {
  const differences: SavedDifference[] = [];
  const beforeById = new Map(before.methods.map((method) => [method.id, method]));
  const afterById = new Map(after.methods.map((method) => [method.id, method]));
  for (const method of after.methods) {
    const old = beforeById.get(method.id);
    if (!old) differences.push({ kind: 'methodAdded', method });
    else if (old.type !== method.type || old.value !== method.value) differences.push({ kind: 'methodChanged', before: old, after: method });
  }
  for (const method of before.methods) if (!afterById.has(method.id)) differences.push({ kind: 'methodRemoved', method });
  const keys = new Map<string, PreferenceCell>();
  for (const cell of [...before.preferences, ...after.preferences]) if (cell.enabled) keys.set(preferenceKey(cell), cell);
  for (const cell of keys.values()) {
    const method = afterById.get(cell.methodId);
    if (!method) continue;
    const wasOn = isPreferenceOn(before.preferences, cell.methodId, cell.reason, cell.channel);
    const nowOn = isPreferenceOn(after.preferences, cell.methodId, cell.reason, cell.channel);
    if (wasOn !== nowOn) differences.push({ kind: 'switch', method, cell: { ...cell, enabled: nowOn } });
  }
  if (before.language !== after.language) differences.push({ kind: 'language', language: after.language });
  if (before.conversationChannel !== after.conversationChannel) {
    differences.push({ kind: 'conversationChannel', channel: after.conversationChannel });
  }
  return differences;
}

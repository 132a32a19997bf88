import { offersChannel, preferenceKey } from '../../domain/preference-rules.js';
import type { ContactMethod, ContactPreferences, PreferenceCell } from '../../domain/types.js';
import { savedDifferences, type PrefsDraft, type SavedDifference } from './prefs-draft.js';

/*
 * Saves that got no answer (the network failed or timed out) may or may not have been applied.
 * The contract's only guard for this save is the expected version, so a retry of an applied
 * save meets a 409 of the person's own making; these functions tell that apart from what
 * someone else changed. Each unanswered save is a draft sent against the same saved state: the
 * editor forgets them as soon as it holds a state the server confirmed.
 */

/** What unanswered saves may have changed on the server: edits of these stay explicit. */
export interface Pins {
  switches: Set<string>;
  /** Saved methods changed or removed, by id. */
  methods: Set<string>;
  /** Methods added, by clientId. */
  adds: Set<string>;
  language: boolean;
  conversationChannel: boolean;
}

/**
 * The saved state the editor holds may be stale after an unanswered save: a switch or method set
 * back to its old saved value, or a sent add removed again, must still be sent, or the
 * unanswered save's value would silently win while the screen shows it undone.
 */
export function pinsOf(unanswered: readonly PrefsDraft[]): Pins {
  return {
    switches: new Set(unanswered.flatMap((sent) => [...sent.switches.keys()])),
    methods: new Set(unanswered.flatMap((sent) => [...sent.updated.keys(), ...sent.removed])),
    adds: new Set(unanswered.flatMap((sent) => sent.added.map((added) => added.clientId))),
    language: unanswered.some((sent) => sent.language !== undefined),
    conversationChannel: unanswered.some((sent) => sent.conversationChannel !== undefined),
  };
}

const sameMethod = (edit: Pick<ContactMethod, 'type' | 'value'> | undefined, method: ContactMethod) =>
  !!edit && edit.type === method.type && edit.value === method.value;

/**
 * The server's id of each method an unanswered save added, by the clientId it was sent with:
 * a method `latest` holds, `base` did not, with the type and (normalized) value sent.
 */
export function landedAdds(base: ContactPreferences, latest: ContactPreferences, unanswered: readonly PrefsDraft[]): Map<string, string> {
  const baseIds = new Set(base.methods.map((method) => method.id));
  const landed = new Map<string, string>();
  for (const sent of unanswered) {
    for (const added of sent.added) {
      const method = latest.methods.find((m) => !baseIds.has(m.id) && sameMethod(added, m));
      if (method) landed.set(added.clientId, method.id);
    }
  }
  return landed;
}

/**
 * Splits what changed between `base` and `latest` into what the person's own unanswered saves
 * account for and the rest, someone else's. A change that matches what the person sent is
 * theirs even if someone else happened to make the same one: the outcome is what they asked for.
 * It is theirs only while `draft` (what the screen shows) still states that part explicitly:
 * an edit undone without a pin would otherwise be kept by the server while the screen shows
 * it undone, so it counts as a conflict to show rather than a change to take quietly. One
 * exception: a switch the server dropped because of a method edit the person has set back is
 * theirs, and in `restore` — set explicitly on top of `latest`, it is back as the screen shows it.
 */
export function whoseDifferences(
  base: ContactPreferences,
  latest: ContactPreferences,
  unanswered: readonly PrefsDraft[],
  draft: PrefsDraft,
): { own: SavedDifference[]; others: SavedDifference[]; restore: PreferenceCell[] } {
  const differences = savedDifferences(base, latest);
  const landed = landedAdds(base, latest, unanswered);
  const clientIdOf = new Map([...landed].map(([clientId, id]) => [id, clientId]));
  const stillAdded = (id: string) => {
    const clientId = clientIdOf.get(id);
    return clientId !== undefined && [...draft.added, ...draft.withdrawn].some((added) => added.clientId === clientId);
  };
  const gone = (id: string) => draft.removed.has(id) || draft.withdrawn.some((method) => method.clientId === clientIdOf.get(id));
  const stated = (cell: PreferenceCell) => {
    const clientId = clientIdOf.get(cell.methodId);
    return (
      gone(cell.methodId) ||
      draft.switches.has(preferenceKey(cell)) ||
      (clientId !== undefined && draft.switches.has(preferenceKey({ ...cell, methodId: clientId })))
    );
  };
  const stillEdited = (method: ContactMethod) => sameMethod(draft.updated.get(method.id), method) || draft.removed.has(method.id);
  const setBack = (method: ContactMethod) => {
    const before = baseById.get(method.id);
    return !!before && sameMethod(draft.updated.get(method.id) ?? before, before);
  };
  const restore: PreferenceCell[] = [];
  const baseById = new Map(base.methods.map((method) => [method.id, method]));
  const editedByMe = (method: ContactMethod) => unanswered.some((sent) => sameMethod(sent.updated.get(method.id), method));
  const switchSent = (cell: PreferenceCell) =>
    unanswered.some((sent) =>
      [...sent.switches.values()].some(
        (mine) =>
          (landed.get(mine.methodId) ?? mine.methodId) === cell.methodId &&
          mine.reason === cell.reason &&
          mine.channel === cell.channel &&
          mine.enabled === cell.enabled,
      ),
    );
  // Changing a method's type or number makes the server drop switches it can no longer carry.
  const droppedByMyEdit = (method: ContactMethod, cell: PreferenceCell) => {
    const before = baseById.get(method.id);
    if (cell.enabled || !before || !editedByMe(method)) return false;
    return !offersChannel(method.type, cell.channel) || (cell.channel === 'text' && before.value !== method.value);
  };
  const isOwn = (difference: SavedDifference): boolean => {
    switch (difference.kind) {
      case 'methodAdded':
        return stillAdded(difference.method.id);
      case 'methodRemoved':
        return unanswered.some((sent) => sent.removed.has(difference.method.id)) && draft.removed.has(difference.method.id);
      case 'methodChanged':
        return editedByMe(difference.after) && (draft.updated.has(difference.after.id) || draft.removed.has(difference.after.id));
      case 'switch': {
        const { method, cell } = difference;
        if (switchSent(cell) && stated(cell)) return true;
        if (!droppedByMyEdit(method, cell)) return false;
        if (stillEdited(method) || stated(cell)) return true;
        if (setBack(method)) restore.push({ ...cell, enabled: true });
        return setBack(method);
      }
      case 'language':
        return unanswered.some((sent) => sent.language === difference.language) && draft.language !== undefined;
      case 'conversationChannel':
        return (
          unanswered.some((sent) => sent.conversationChannel !== undefined && sent.conversationChannel === difference.channel) &&
          draft.conversationChannel !== undefined
        );
    }
  };
  const own: SavedDifference[] = [];
  const others: SavedDifference[] = [];
  for (const difference of differences) (isOwn(difference) ? own : others).push(difference);
  return { own, others, restore };
}

/**
 * Whether an unanswered save set a switch of a household phone: the server carries those to the
 * other members and names them in its answer, which was lost, so who they were is not known.
 */
export function mayHaveUpdatedOthers(base: ContactPreferences, unanswered: readonly PrefsDraft[]): boolean {
  return unanswered.some((sent) =>
    [...sent.switches.values()].some((cell) => {
      const type =
        sent.updated.get(cell.methodId)?.type ??
        base.methods.find((method) => method.id === cell.methodId)?.type ??
        sent.added.find((added) => added.clientId === cell.methodId)?.type;
      return type === 'householdPhone';
    }),
  );
}

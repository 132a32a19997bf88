import type { PreferenceCell } from '../../domain/types.js';
import { applyPreferencesChange, type PreferencesChangeContext } from '../../domain/preferences-change.js';
import { isPreferenceOn, reasonAvailability } from '../../domain/preference-rules.js';
import { channelsForType } from '../../domain/vocabulary.js';
import { summaryOf } from '../district/builder.js';
import { cellKey, type BatchApplier, type BatchOutcome } from './batch-runner.js';

/**
 * Applies a batch to people as a series of Saves: for each person, the switches the request
 * turns on or off on their methods of each requested type become one preferences change that
 * the domain validates and applies (household phones reaching every active member included).
 * Text is never among them: a batch sets voice on phones and email on addresses only.
 */
export const applyBatchAsSaves: BatchApplier = (state, job, personIds, dryRun) => {
  const settings = state.district.settings;
  const outcome: BatchOutcome = {
    cellCounts: new Map(),
    peopleChanged: 0,
    preferencesChanged: 0,
    skipped: { noMethodOfType: 0, noDistrictAssignment: 0 },
    errors: [],
  };
  const context: PreferencesChangeContext = {
    settings,
    consents: state.district.consents,
    actor: { kind: 'staff', person: job.actor },
    households: state.district.households,
    people: state.district.people,
  };
  // A household phone switch set through one member is set for all: count it once.
  const householdSwitches = new Set<string>();
  const requestedTypes = new Set(job.request.cells.map((c) => c.methodType));
  for (const personId of personIds) {
    const record = state.person(personId);
    if (!record) continue;
    if (!record.person.active) {
      outcome.errors.push({ person: summaryOf(record.person), code: 'inactive', message: 'Inactive accounts receive nothing and are not updated.' });
      continue;
    }
    if (!record.methods.some((m) => requestedTypes.has(m.type))) {
      outcome.skipped.noMethodOfType += 1;
      continue;
    }
    let staffSkipped = false;
    const cells: PreferenceCell[] = [];
    const counted: string[] = [];
    for (const cell of job.request.cells) {
      if (reasonAvailability(record.person, cell.reason, settings) === 'notApplicable') {
        staffSkipped ||= record.methods.some((m) => m.type === cell.methodType);
        continue;
      }
      const enabled = cell.setting === 'on';
      for (const method of record.methods) {
        if (method.type !== cell.methodType) continue;
        for (const channel of channelsForType(method.type)) {
          if (channel === 'text') continue;
          if (isPreferenceOn(record.preferences, method.id, cell.reason, channel) === enabled) continue;
          const shared = method.type === 'householdPhone' ? `${method.value}|${cell.reason}|${channel}` : null;
          if (shared && householdSwitches.has(shared)) continue;
          if (shared) householdSwitches.add(shared);
          cells.push({ methodId: method.id, reason: cell.reason, channel, enabled });
          counted.push(cellKey(cell.methodType, cell.reason));
        }
      }
    }
    if (staffSkipped) outcome.skipped.noDistrictAssignment += 1;
    if (!cells.length) continue;
    if (!dryRun) {
      const applied = applyPreferencesChange(record, { preferences: cells }, context, { at: state.clock.now() });
      if (!applied.ok) {
        outcome.errors.push({ person: summaryOf(record.person), code: 'invalidMethod', message: applied.errors.map((e) => `${e.field}: ${e.code}`).join('; ') });
        continue;
      }
      // Stored at once, so a household member later in the same chunk sees the change.
      for (const next of [applied.record, ...applied.alsoUpdated]) state.storePerson(next);
    }
    for (const key of counted) outcome.cellCounts.set(key, (outcome.cellCounts.get(key) ?? 0) + 1);
    outcome.peopleChanged += 1;
    outcome.preferencesChanged += cells.length;
  }
  return outcome;
};

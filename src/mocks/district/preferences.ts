import type { DistrictRecords, PersonRecord } from '../../domain/records.js';
import type { ContactMethodType, ContactReason, PreferenceCell, PreferenceChannel } from '../../domain/types.js';
import type { Random } from './random.js';

type Odds = Partial<Record<ContactReason, number>>;
type RoleOdds = Partial<Record<ContactMethodType, Partial<Record<PreferenceChannel, Odds>>>>;

/** How likely each switch is on, by role, method type and channel: what people typically choose. */
const ODDS: Record<'guardian' | 'student' | 'staff', RoleOdds> = {
  guardian: {
    householdPhone: { voice: { emergency: 0.95, attendance: 0.8, priority: 0.7, general: 0.2 } },
    homePhone: { voice: { emergency: 0.8, attendance: 0.4 } },
    workPhone: { voice: { emergency: 0.5 } },
    cellPhone: {
      voice: { emergency: 0.9, attendance: 0.6, priority: 0.5 },
      text: { emergency: 0.8, attendance: 0.7, general: 0.5, priority: 0.6, foodService: 0.3, behavior: 0.4 },
    },
    email: { email: { emergency: 0.85, attendance: 0.8, behavior: 0.8, general: 0.85, foodService: 0.7, priority: 0.8 } },
    secondaryEmail: { email: { emergency: 0.6, general: 0.5 } },
  },
  student: {
    cellPhone: { voice: { emergency: 0.5 }, text: { emergency: 0.5 } },
    email: { email: { general: 0.7, priority: 0.4, emergency: 0.5 } },
  },
  staff: {
    workPhone: { voice: { emergency: 0.9, staff: 0.5 } },
    cellPhone: { voice: { emergency: 0.8 }, text: { emergency: 0.6, priority: 0.5, staff: 0.3 } },
    homePhone: { voice: { emergency: 0.5 } },
    email: { email: { emergency: 0.9, general: 0.9, staff: 0.8, priority: 0.7 } },
  },
};

/** The rules a seeded switch must obey; the district generator passes the domain's own. */
export interface SeedRules {
  /** Whether the reason is enabled and applies to this person. */
  reasonAllowed(records: DistrictRecords, record: PersonRecord, reason: ContactReason): boolean;
  /** Whether text (SMS) may be switched on for this method. */
  textAllowed(records: DistrictRecords, record: PersonRecord, methodId: string): boolean;
}

/** Draws each person's switches; household phones get one set shared by every member. */
export function seedPreferences(random: Random, records: DistrictRecords, rules: SeedRules): void {
  const householdCells = new Map<string, { reason: ContactReason; channel: PreferenceChannel }[]>();
  for (const record of records.people.values()) {
    const odds = ODDS[record.person.role];
    const cells: PreferenceCell[] = [];
    for (const method of record.methods) {
      if (method.type === 'householdPhone' && method.householdId && householdCells.has(method.householdId)) {
        for (const c of householdCells.get(method.householdId)!) {
          if (rules.reasonAllowed(records, record, c.reason)) cells.push({ methodId: method.id, ...c, enabled: true });
        }
        continue;
      }
      const drawn: { reason: ContactReason; channel: PreferenceChannel }[] = [];
      // A household phone's switches are the household's, drawn as its guardians choose them.
      const methodOdds = method.type === 'householdPhone' ? ODDS.guardian.householdPhone : odds[method.type];
      for (const [channel, byReason] of Object.entries(methodOdds ?? {}) as [PreferenceChannel, Odds][]) {
        if (channel === 'text' && !rules.textAllowed(records, record, method.id)) continue;
        for (const [reason, p] of Object.entries(byReason) as [ContactReason, number][]) {
          if (!random.chance(p)) continue;
          if (!rules.reasonAllowed(records, record, reason)) continue;
          drawn.push({ reason, channel });
          cells.push({ methodId: method.id, reason, channel, enabled: true });
        }
      }
      if (method.type === 'householdPhone' && method.householdId) householdCells.set(method.householdId, drawn);
    }
    record.preferences = cells;
  }
}

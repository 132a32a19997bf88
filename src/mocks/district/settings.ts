import type { ContactReason, DistrictSettings, School } from '../../domain/types.js';
import { SCHOOL_NAMES } from './names.js';
import type { Random } from './random.js';

/** The fixed "today" of every synthetic district: all timestamps are at or before it. */
export const REFERENCE_DATE = '2026-09-14T15:00:00.000Z';

export const GRADES = ['K', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;

/**
 * Reasons the district uses. Teacher is off, as in many districts that have not given
 * teachers messaging rights, so editors show it as "Not enabled".
 */
export const ENABLED_REASONS: readonly ContactReason[] = [
  'emergency', 'attendance', 'behavior', 'staff', 'general', 'foodService', 'priority',
];

/** The school a grade belongs to: schools split the grades into consecutive bands. */
export function schoolIndexForGrade(grade: string, schoolCount: number): number {
  const index = GRADES.indexOf(grade as (typeof GRADES)[number]);
  return Math.min(schoolCount - 1, Math.floor((index * schoolCount) / GRADES.length));
}

export function buildSettings(random: Random, schoolCount: number, textingNumber: string): DistrictSettings {
  // Schools take consecutive grade bands, so name them elementary, then middle, then high.
  const pools = [SCHOOL_NAMES.elementary, SCHOOL_NAMES.middle, SCHOOL_NAMES.high].map((pool) => random.shuffle(pool));
  const schools: School[] = [];
  for (let i = 0; i < schoolCount; i++) {
    const band = Math.min(2, Math.floor((i * 3) / schoolCount));
    const name = pools[band]!.shift() ?? `School ${i + 1}`;
    schools.push({ id: `school-${i + 1}`, name });
  }
  return {
    id: 'district-1',
    name: 'Riverbend Unified School District',
    schools,
    enabledReasons: [...ENABLED_REASONS],
    participantLimit: 15,
    studentsInConversations: true,
    defaultConversationChannel: 'sms',
    texting: {
      enabled: true,
      senderName: 'Riverbend Unified',
      number: textingNumber,
      // The district's frequency statement alone: the consent question and the keyword replies
      // add their own rates notice, in the reader's language, so a rates sentence here showed twice.
      messageFrequency: 'Message frequency varies.',
      privacyUrl: 'https://district.example.org/privacy',
    },
    languages: [
      { code: 'en', name: 'English' },
      { code: 'es', name: 'Español' },
      { code: 'vi', name: 'Tiếng Việt' },
    ],
    attachments: {
      maxBytes: 10 * 1024 * 1024,
      allowedTypes: ['image/*', 'application/pdf', 'text/plain'],
    },
    grades: [...GRADES],
  };
}

import type { DistrictRecords } from '../../domain/records.js';
import type { ConversationWriter } from './conversation-writer.js';
import type { DistrictFixtures, FixturePeople } from './fixtures.js';
import { FAMILY_REPLIES, STAFF_FOLLOW_UPS, STAFF_OPENERS } from './phrasebook.js';
import type { Random } from './random.js';

const TITLES = [
  'Field trip permission', 'Reading progress', 'Science fair', 'Practice schedule', 'Book fair',
  'Picture day', 'Homework help', 'Attendance question', 'Lunch account', 'Band concert',
  'Parent-teacher conference', 'Bus route change', 'Makeup test', 'Class party',
];

/** The fixture conversations, each in its state as the fixture teacher sees it. */
export function writeFixtureConversations(
  w: ConversationWriter,
  random: Random,
  people: FixturePeople,
  extraGuardians: string[],
): DistrictFixtures['conversations'] {
  const t = people.teacher;
  const { guardianId: dennis, partnerId: ana } = people.household;
  const grace = people.staffAlsoGuardian.guardianId;
  const everyoneSees = (c: ReturnType<ConversationWriter['create']>) => {
    for (const id of c.participantIds) w.seeUpTo(c, id);
  };

  const long = w.create({ title: 'Class of 2027 families', createdBy: t, others: [dennis, ana, grace, ...extraGuardians.slice(0, 8)], minutesAgo: 60 * 24 * 30 });
  const speakers = long.participantIds;
  for (let i = 0; i < 150; i++) {
    const author = i % 3 === 0 ? t : speakers[1 + (i % (speakers.length - 1))]!;
    const pool = author === t ? (i % 2 ? STAFF_FOLLOW_UPS : STAFF_OPENERS) : FAMILY_REPLIES;
    w.say(long, author, random.pick(pool), { minutesAgo: 60 * 24 * 30 - 1 - i * 280 });
  }
  everyoneSees(long);

  const stopped = w.create({ title: 'Field trip to the science museum', createdBy: t, others: [dennis, ana, grace], minutesAgo: 60 * 24 * 12 });
  w.say(stopped, t, STAFF_OPENERS[0]!, { minutesAgo: 60 * 24 * 12 - 1 });
  w.say(stopped, dennis, FAMILY_REPLIES[0]!, { minutesAgo: 60 * 24 * 12 - 90, via: 'sms' });
  w.say(stopped, grace, FAMILY_REPLIES[3]!, { minutesAgo: 60 * 24 * 11 });
  w.say(stopped, t, STAFF_FOLLOW_UPS[0]!, { minutesAgo: 60 * 24 * 11 - 30 });
  everyoneSees(stopped);
  w.stop(stopped, t, 60 * 24 * 10);

  const archived = w.create({ title: 'Book fair volunteers', createdBy: t, others: [people.optedOutGuardian.personId, people.bouncingEmailGuardian.personId], minutesAgo: 60 * 24 * 20 });
  w.say(archived, t, STAFF_OPENERS[4]!, { minutesAgo: 60 * 24 * 20 - 1 });
  w.say(archived, people.bouncingEmailGuardian.personId, FAMILY_REPLIES[4]!, { minutesAgo: 60 * 24 * 19, via: 'email' });
  everyoneSees(archived);
  archived.members[t]!.archived = true;

  const muted = w.create({ title: 'Soccer team parents', createdBy: people.staffAlsoGuardian.staffId, others: [t, dennis, people.studentMayJoin, ...extraGuardians.slice(8, 12)], minutesAgo: 60 * 24 * 6 });
  w.say(muted, people.staffAlsoGuardian.staffId, STAFF_OPENERS[3]!, { minutesAgo: 60 * 24 * 6 - 1 });
  w.say(muted, dennis, FAMILY_REPLIES[3]!, { minutesAgo: 60 * 24 * 5 });
  everyoneSees(muted);
  w.say(muted, muted.participantIds[muted.participantIds.length - 1]!, FAMILY_REPLIES[4]!, { minutesAgo: 60 * 20 });
  w.say(muted, people.studentMayJoin, 'Can we bring our own water bottles?', { minutesAgo: 60 * 19 });
  muted.members[t]!.muted = true;

  const withAttachments = w.create({ title: 'Picture day order forms', createdBy: t, others: [ana], minutesAgo: 60 * 24 * 4 });
  w.say(withAttachments, t, STAFF_OPENERS[5]!, {
    minutesAgo: 60 * 24 * 4 - 1,
    attachments: [w.attachment('Picture day order form.pdf', 'application/pdf', 184_320), w.attachment('sample-photo.jpg', 'image/jpeg', 512_000)],
  });
  w.say(withAttachments, ana, FAMILY_REPLIES[0]!, {
    minutesAgo: 60 * 24 * 3,
    attachments: [w.attachment('signed form.png', 'image/png', 730_112)],
  });
  everyoneSees(withAttachments);

  const translated = w.create({ title: 'Conference times', createdBy: t, others: [people.spanishGuardian, people.vietnameseGuardian], minutesAgo: 60 * 24 * 2 });
  w.say(translated, t, STAFF_OPENERS[1]!, { minutesAgo: 60 * 24 * 2 - 1 });
  w.say(translated, people.spanishGuardian, FAMILY_REPLIES[1]!, { minutesAgo: 60 * 24, via: 'sms' });
  w.say(translated, people.vietnameseGuardian, FAMILY_REPLIES[2]!, { minutesAgo: 60 * 22, via: 'sms' });
  everyoneSees(translated);

  const unread = w.create({ title: 'Reading progress', createdBy: t, others: [dennis], minutesAgo: 60 * 24 });
  w.say(unread, t, STAFF_OPENERS[1]!, { minutesAgo: 60 * 24 - 1 });
  w.seeUpTo(unread, dennis);
  w.say(unread, dennis, FAMILY_REPLIES[1]!, { minutesAgo: 60 * 3, via: 'sms' });
  w.say(unread, dennis, FAMILY_REPLIES[2]!, { minutesAgo: 60 * 2, via: 'sms' });
  w.say(unread, dennis, FAMILY_REPLIES[5]!, { minutesAgo: 30, via: 'sms' });

  return {
    stopped: stopped.id,
    archived: archived.id,
    muted: muted.id,
    unread: unread.id,
    withAttachments: withAttachments.id,
    translated: translated.id,
    long: long.id,
  };
}

/** Everyday conversations between staff and families, scaled with the district. */
export function writeGeneralConversations(
  w: ConversationWriter,
  random: Random,
  records: DistrictRecords,
  pools: { staff: string[]; guardians: string[]; students: string[] },
  count: number,
): void {
  if (!pools.staff.length || !pools.guardians.length) return;
  for (let i = 0; i < count; i++) {
    const creator = random.pick(pools.staff);
    const others = new Set<string>();
    const guardianCount = Math.min(random.int(1, 5), pools.guardians.length);
    while (others.size < guardianCount) others.add(random.pick(pools.guardians));
    if (random.chance(0.2)) others.add(random.pick(pools.staff));
    if (random.chance(0.1) && pools.students.length) others.add(random.pick(pools.students));
    others.delete(creator);
    const start = random.int(60 * 24 * 2, 60 * 24 * 60);
    const c = w.create({ title: random.pick(TITLES), createdBy: creator, others: [...others], minutesAgo: start });
    const replies = random.int(1, 10);
    w.say(c, creator, random.pick(STAFF_OPENERS), { minutesAgo: start - 1 });
    for (let m = 1; m <= replies; m++) {
      const author = random.chance(0.4) ? creator : random.pick(c.participantIds);
      const fromStaff = records.people.get(author)!.person.role === 'staff';
      w.say(c, author, random.pick(fromStaff ? STAFF_FOLLOW_UPS : FAMILY_REPLIES), {
        minutesAgo: start - 1 - Math.floor((m * (start - 60)) / (replies + 1)),
        via: fromStaff ? 'app' : random.pick(['app', 'sms', 'sms', 'email'] as const),
      });
    }
    for (const id of c.participantIds) {
      if (random.chance(0.7)) {
        w.seeUpTo(c, id);
        continue;
      }
      // Some have not caught up, but everyone has read what came before their own last reply.
      let lastOwn = -1;
      c.messages.forEach((m, index) => {
        if (m.authorId === id) lastOwn = index;
      });
      w.seeUpTo(c, id, random.int(lastOwn, c.messages.length - 1));
    }
    if (random.chance(0.1)) w.stop(c, creator, random.int(1, 59));
    if (random.chance(0.15)) c.members[random.pick(c.participantIds)]!.archived = true;
    if (random.chance(0.1)) c.members[random.pick(c.participantIds)]!.muted = true;
  }
}

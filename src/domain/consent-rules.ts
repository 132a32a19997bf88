import type {
  ConsentEvent,
  ConsentSource,
  E164,
  InboundSms,
  InboundSmsResult,
  LanguageTag,
  PersonSummary,
  SmsConsent,
  SmsConsentDecision,
  SmsConsentStatus,
  SmsConsentSummary,
  TextingSettings,
  Timestamp,
} from './types.js';
import { classifyInboundText, type KeywordMatch } from './keywords.js';
import { keywordReply, replyLanguageFor } from './sms-replies.js';

/**
 * Who records a consent decision.
 * - `self`: the number's holder — a guardian answering a form, or an anonymous visitor of a
 *   public form (`person: null`).
 * - `staff`: staff or a district administrator recording a number on someone else's record.
 */
export type ConsentActor = { kind: 'self'; person: PersonSummary | null } | { kind: 'staff'; person: PersonSummary };

/** Why a consent decision was refused. */
export type ConsentRefusal =
  /** Staff may never record opted out on someone else's behalf; only the holder opts out. */
  | 'staffCannotOptOut'
  /** Texting consent is asked for cell numbers only. */
  | 'notCellPhone'
  /** A cell number from a form needs an answer to the consent question. */
  | 'required';

/** The outcome of a consent decision. `event` is null when nothing changed. */
export type ConsentChange =
  | { ok: true; consent: SmsConsent; event: ConsentEvent | null }
  | { ok: false; code: ConsentRefusal };

/** The consent of a number nobody has asked: not asked, no history. */
export function notAskedConsent(phone: E164): SmsConsent {
  return { phone, status: 'notAsked', updatedAt: null, source: null, actor: null, history: [] };
}

/** A consent without its history, as methods and reports carry it. */
export function summarizeConsent(consent: SmsConsentSummary): SmsConsentSummary {
  const { phone, status, updatedAt, source, actor } = consent;
  return { phone, status, updatedAt, source, actor };
}

/** The status of a number in a consent store; a number with no entry has not been asked. */
export function consentStatusOf(
  consents: ReadonlyMap<E164, Pick<SmsConsentSummary, 'status'>>,
  phone: E164,
): SmsConsentStatus {
  return consents.get(phone)?.status ?? 'notAsked';
}

function withEvent(current: SmsConsent, event: ConsentEvent): SmsConsent {
  return {
    phone: current.phone,
    status: event.status,
    updatedAt: event.at,
    source: event.source,
    actor: event.actor,
    history: [...current.history, event],
  };
}

function change(
  current: SmsConsent,
  status: SmsConsentStatus,
  source: ConsentSource,
  actor: PersonSummary | null,
  at: Timestamp,
  keyword?: string,
): { ok: true; consent: SmsConsent; event: ConsentEvent } {
  const event: ConsentEvent = keyword === undefined ? { at, status, source, actor } : { at, status, source, actor, keyword };
  return { ok: true, consent: withEvent(current, event), event };
}

/**
 * Staff typed a cell number on someone's record: it counts as opted in — unless its holder has
 * opted out, which staff cannot undo (the opt-out stays, with no new event).
 */
export function recordStaffEntry(
  current: SmsConsent | undefined,
  phone: E164,
  staff: PersonSummary,
  at: Timestamp,
): { ok: true; consent: SmsConsent; event: ConsentEvent | null } {
  const consent = current ?? notAskedConsent(phone);
  if (consent.status !== 'notAsked') return { ok: true, consent, event: null };
  return change(consent, 'optedIn', 'staffEntry', staff, at);
}

/**
 * Records a number and, for a cell number, the answer to the consent question
 * (`POST /sms-consent`). The holder's own answer is always recorded, even when it repeats the
 * current status, because each answer is evidence of consent at that time. Staff entering a
 * cell number records it as opted in (see `recordStaffEntry`); staff asking for opted out is
 * refused with `staffCannotOptOut`.
 */
export function recordConsentDecision(
  current: SmsConsent | undefined,
  decision: SmsConsentDecision,
  actor: ConsentActor,
  at: Timestamp,
): ConsentChange {
  const consent = current ?? notAskedConsent(decision.phone);
  if (decision.numberType !== 'cell') {
    return decision.consent === null ? { ok: true, consent, event: null } : { ok: false, code: 'notCellPhone' };
  }
  if (actor.kind === 'staff') {
    if (decision.consent === 'optOut') return { ok: false, code: 'staffCannotOptOut' };
    return recordStaffEntry(current, decision.phone, actor.person, at);
  }
  if (decision.consent === null) return { ok: false, code: 'required' };
  return change(consent, decision.consent === 'optIn' ? 'optedIn' : 'optedOut', 'webForm', actor.person, at);
}

/** What an inbound text did to its number. */
export interface InboundSmsOutcome {
  /** What the text means (`review` asks a person to look at it; nothing was changed). */
  match: KeywordMatch;
  /** The number's consent after the text. */
  consent: SmsConsent;
  /** The audit entry, when the consent changed. */
  event: ConsentEvent | null;
  /** The confirmation to text back, or null for none. */
  reply: string | null;
}

/** Longest stretch of an inbound text kept in the audit trail. */
const MAX_AUDIT_KEYWORD_LENGTH = 160;

/**
 * Applies an inbound text to its number's consent (and only that number: the person's other
 * numbers keep theirs).
 *
 * - An opt-out keyword (STOP, ALTO, …) opts the number out and confirms once; a repeated
 *   opt-out while already opted out changes nothing and sends nothing more.
 * - START, UNSTOP (and COMENZAR, INICIAR, REANUDAR) opt the number in — out of an opt-out
 *   too — and always confirm. YES and SÍ opt in only a number that is opted out or not asked;
 *   from an opted-in number they are ordinary replies to a message, answered by nobody.
 * - HELP, INFO, AYUDA are answered whatever the status, without changing it.
 * - `review` and `none` change nothing and get no automatic reply.
 *
 * Replies are in the keyword's language; for a keyword shared by both languages (INFO), in
 * `language` (the holder's preferred language) when given.
 */
export function handleInboundSms(
  current: SmsConsent | undefined,
  sms: Pick<InboundSms, 'from' | 'body'>,
  texting: Pick<TextingSettings, 'senderName' | 'messageFrequency' | 'privacyUrl'>,
  at: Timestamp,
  language?: LanguageTag | null,
): InboundSmsOutcome {
  const match = classifyInboundText(sms.body);
  const consent = current ?? notAskedConsent(sms.from);
  const replyLanguage = match.language ?? replyLanguageFor(language);
  const keyword = sms.body.trim().slice(0, MAX_AUDIT_KEYWORD_LENGTH);
  switch (match.classification) {
    case 'optOut': {
      if (consent.status === 'optedOut') return { match, consent, event: null, reply: null };
      const next = change(consent, 'optedOut', 'keywordStop', null, at, keyword);
      return { match, consent: next.consent, event: next.event, reply: keywordReply('optOut', replyLanguage, texting) };
    }
    case 'optIn': {
      const casualYes = match.keyword === 'YES' || match.keyword === 'SI';
      if (consent.status === 'optedIn') {
        return casualYes
          ? { match: { ...match, classification: 'none' }, consent, event: null, reply: null }
          : { match, consent, event: null, reply: keywordReply('optIn', replyLanguage, texting) };
      }
      const next = change(consent, 'optedIn', 'keywordStart', null, at, keyword);
      return { match, consent: next.consent, event: next.event, reply: keywordReply('optIn', replyLanguage, texting) };
    }
    case 'help':
      return { match, consent, event: null, reply: keywordReply('help', replyLanguage, texting) };
    default:
      return { match, consent, event: null, reply: null };
  }
}

/** The HTTP contract's answer to an inbound text. */
export function toInboundSmsResult(outcome: InboundSmsOutcome): InboundSmsResult {
  return {
    classification: outcome.match.classification,
    reply: outcome.reply,
    consent: summarizeConsent(outcome.consent),
  };
}

/** Whether a text may be sent to a number. */
export type TextPermission = { ok: true } | { ok: false; code: 'recipientOptedOut' };

/**
 * Whether a text may be sent to a number: refused (`recipientOptedOut`) once its holder opted
 * out. A number not asked may still get a direct text (a reply in a conversation the person
 * started); planned communications text opted-in numbers only (see delivery planning).
 */
export function canSendText(consent: Pick<SmsConsentSummary, 'status'> | null | undefined): TextPermission {
  return consent?.status === 'optedOut' ? { ok: false, code: 'recipientOptedOut' } : { ok: true };
}

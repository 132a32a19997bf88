import type { LanguageTag, TextingSettings } from './types.js';
import type { KeywordLanguage } from './keywords.js';

/** The automatic replies to keywords. */
export type KeywordReplyKind = 'optOut' | 'optIn' | 'help';

/** The parts of the texting settings a reply names. */
export type ReplySettings = Pick<TextingSettings, 'senderName' | 'messageFrequency' | 'privacyUrl'>;

/** The reply language for a BCP 47 tag: Spanish for `es`, `es-MX`, …; English otherwise. */
export function replyLanguageFor(tag: LanguageTag | null | undefined): KeywordLanguage {
  return tag && /^es(?:-|$)/i.test(tag) ? 'es' : 'en';
}

function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  return /[.!?]$/.test(trimmed) ? `${trimmed} ` : `${trimmed}. `;
}

/**
 * The confirmation text sent back after a keyword, in the keyword's language. Each names the
 * sender, and says how to stop and how to get help, as carriers require; opt-in and help
 * replies carry the district's message-frequency disclosure and the rates notice.
 */
export function keywordReply(kind: KeywordReplyKind, language: KeywordLanguage, settings: ReplySettings): string {
  const sender = settings.senderName.trim();
  const frequency = sentence(settings.messageFrequency);
  const privacy = settings.privacyUrl ? settings.privacyUrl.trim() : '';
  if (language === 'es') {
    switch (kind) {
      case 'optOut':
        return `${sender}: Se canceló su suscripción y no recibirá más textos de este número. Responda COMENZAR para volver a suscribirse o AYUDA para obtener ayuda.`;
      case 'optIn':
        return `${sender}: Está suscrito a los textos de este número. ${frequency}Pueden aplicarse tarifas de mensajes y datos. Responda AYUDA para obtener ayuda o ALTO para cancelar.`;
      case 'help':
        return `${sender}: Textos de su escuela. ${frequency}Pueden aplicarse tarifas de mensajes y datos. Responda ALTO para cancelar o COMENZAR para suscribirse.${privacy ? ` Privacidad: ${privacy}` : ''}`;
    }
  }
  switch (kind) {
    case 'optOut':
      return `${sender}: You are unsubscribed and will get no more texts from this number. Reply START to subscribe again or HELP for help.`;
    case 'optIn':
      return `${sender}: You are subscribed to texts from this number. ${frequency}Msg & data rates may apply. Reply HELP for help or STOP to cancel.`;
    case 'help':
      return `${sender}: Texts from your school. ${frequency}Msg & data rates may apply. Reply STOP to cancel or START to subscribe.${privacy ? ` Privacy: ${privacy}` : ''}`;
  }
}

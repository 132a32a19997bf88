import { msg, str } from '@lit/localize';
import { isCommsError, type CommsErrorKind } from '../../api/errors.js';

/** What to tell a person about an error: a short title and one or two plain sentences. */
export interface ErrorWords {
  title: string;
  detail: string;
}

/**
 * Whether the backend refused the viewer (403). Asking again cannot change that, so views offer
 * no "Try again", and a report shows the refusal without controls that would be refused too.
 */
export function isRefusal(error: unknown): boolean {
  return isCommsError(error) && error.kind === 'forbidden';
}

/**
 * Plain words for an error an adapter reported, by its kind. Errors that are not
 * `CommsError`s (a bug, a broken adapter) get the words of a server failure.
 */
export function describeError(error: unknown): ErrorWords {
  const kind: CommsErrorKind = isCommsError(error) ? error.kind : 'server';
  switch (kind) {
    case 'network':
      return isOffline()
        ? {
            title: msg("You're offline"),
            detail: msg('Check your internet connection, then try again.'),
          }
        : {
            title: msg("Can't reach the server"),
            detail: msg('Check your internet connection, then try again.'),
          };
    case 'timeout':
      return {
        title: msg('This is taking too long'),
        detail: msg('The server did not answer in time. Try again in a moment.'),
      };
    case 'unauthorized':
      return {
        title: msg('Your session has ended'),
        detail: msg('Please sign in again to continue.'),
      };
    case 'forbidden':
      return {
        title: msg("You don't have permission"),
        detail: msg("Your account isn't allowed to do this. If you think it should be, contact your school."),
      };
    case 'notFound':
      return {
        title: msg("We couldn't find this"),
        detail: msg('It may have been removed, or the link may be out of date.'),
      };
    case 'conflict':
      return {
        title: msg('Someone else made changes'),
        detail: msg('This was changed by someone else at the same time. Get the latest version, then try again.'),
      };
    case 'validation':
      return {
        title: msg("Some information wasn't accepted"),
        detail: msg('Check what you entered, then try again.'),
      };
    case 'rateLimited':
      return {
        title: msg('Too many requests'),
        detail: waitWords(isCommsError(error) ? (error as { retryAfterSeconds?: number }).retryAfterSeconds : undefined),
      };
    case 'server':
      return {
        title: msg('Something went wrong'),
        detail: msg('The problem is on our side. Try again in a moment.'),
      };
  }
}

function waitWords(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 2) {
    return msg('Wait a moment, then try again.');
  }
  if (seconds < 60) return msg(str`Wait ${Math.ceil(seconds)} seconds, then try again.`);
  if (seconds < 120) return msg('Wait about a minute, then try again.');
  return msg(str`Wait ${Math.ceil(seconds / 60)} minutes, then try again.`);
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

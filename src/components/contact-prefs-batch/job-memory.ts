/*
 * Where the wizard keeps the id of the job it started, so that a person who leaves the page
 * (or reloads it) comes back to that job's progress or result. Per viewer, in sessionStorage:
 * it lasts as long as the tab, and another account signed in later never sees it. Storage can
 * be unavailable (privacy modes, sandboxed frames); the wizard then simply forgets.
 */

const KEY_PREFIX = 'school-comms-elements:batch-job:';

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The job id kept for a viewer, if any. */
export function recallJobId(viewerId: string): string | null {
  try {
    return storage()?.getItem(KEY_PREFIX + viewerId) ?? null;
  } catch {
    return null;
  }
}

/** Keeps (or, with null, forgets) the job id of a viewer. */
export function rememberJobId(viewerId: string, jobId: string | null): void {
  try {
    if (jobId === null) storage()?.removeItem(KEY_PREFIX + viewerId);
    else storage()?.setItem(KEY_PREFIX + viewerId, jobId);
  } catch {
    // Full or refused storage: the job still runs; only leave-and-return is lost.
  }
}

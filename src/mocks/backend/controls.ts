import { Random } from '../district/random.js';

/**
 * What a request suffers: an HTTP status or `'offline'` / `'timeout'` instead of being handled,
 * or `'answerLost'`: the server handles it, then the answer never arrives (the case that makes a
 * retried send a duplicate unless idempotency keys work).
 */
export type Fault = number | 'offline' | 'timeout' | 'answerLost';

export interface RequestMatch {
  /** HTTP method, any case. */
  method?: string;
  /** The path after the base URL (`/conversations/conv-00001`), or the contract's template (`/conversations/{conversationId}`), or a pattern. */
  path?: string | RegExp;
  operationId?: string;
}

export interface FailNextOptions extends RequestMatch {
  /** An HTTP status (e.g. 500, 503, 429, 409), `'offline'` (a network error), `'timeout'` (no answer until aborted) or `'answerLost'` (handled, then a network error). */
  status: Fault;
  /** How many matching requests fail. Default 1. */
  times?: number;
}

export interface SlowOptions extends RequestMatch {
  ms: number;
  times?: number;
}

export interface FailureRateOptions {
  /** Share of requests that fail, 0–1. */
  rate: number;
  /** Seed of the draw, so a failure pattern repeats. Default 1. */
  seed?: number;
}

interface Rule<T> extends RequestMatch {
  value: T;
  remaining: number;
}

/** Describes one request so rules can match it. */
export interface RequestFacts {
  method: string;
  path: string;
  template: string;
  operationId: string;
}

function matches(rule: RequestMatch, facts: RequestFacts): boolean {
  if (rule.method && rule.method.toUpperCase() !== facts.method) return false;
  if (rule.operationId && rule.operationId !== facts.operationId) return false;
  if (rule.path instanceof RegExp) return rule.path.test(facts.path);
  if (typeof rule.path === 'string') return rule.path === facts.path || rule.path === facts.template;
  return true;
}

/**
 * Knobs for tests, stories and the demo: latency, one-off failures, a seeded failure rate,
 * slow answers, and the pace of batch jobs.
 */
export class BackendControls {
  /** Added before every answer. 0 in tests; the demo uses about 200. */
  latencyMs = 0;
  /** People per batch chunk. */
  batchChunkSize = 500;
  /** Pause between batch chunks, so progress can be watched and a job cancelled. */
  batchChunkDelayMs = 5;
  private failures: Rule<Fault>[] = [];
  private slows: Rule<number>[] = [];
  private rate = 0;
  private rateRandom = new Random(1);

  /** Sets the latency of every answer. */
  setLatency(ms: number): this {
    this.latencyMs = Math.max(0, ms);
    return this;
  }

  /** Makes the next matching request(s) fail. */
  failNext(options: FailNextOptions): this {
    const { status, times = 1, ...match } = options;
    this.failures.push({ ...match, value: status, remaining: times });
    return this;
  }

  /** Delays the next matching answer(s) by `ms` on top of the latency. */
  slowNext(options: SlowOptions): this {
    const { ms, times = 1, ...match } = options;
    this.slows.push({ ...match, value: ms, remaining: times });
    return this;
  }

  /** Fails a seeded share of requests with a mix of 500, timeout, offline and, on writes, 409 and lost answers. */
  setFailureRate(options: FailureRateOptions): this {
    this.rate = Math.min(1, Math.max(0, options.rate));
    this.rateRandom = new Random(options.seed ?? 1);
    return this;
  }

  /** Back to a well-behaved server: no latency, no failures, default batch pace. */
  clear(): this {
    this.latencyMs = 0;
    this.batchChunkSize = 500;
    this.batchChunkDelayMs = 5;
    this.failures = [];
    this.slows = [];
    this.rate = 0;
    return this;
  }

  /** Consumes the rules that match a request: its extra delay and its fault, if any. */
  take(facts: RequestFacts): { delayMs: number; fault: Fault | null } {
    let delayMs = this.latencyMs;
    const slow = this.slows.find((rule) => rule.remaining > 0 && matches(rule, facts));
    if (slow) {
      slow.remaining -= 1;
      delayMs += slow.value;
    }
    this.slows = this.slows.filter((rule) => rule.remaining > 0);
    const failure = this.failures.find((rule) => rule.remaining > 0 && matches(rule, facts));
    if (failure) {
      failure.remaining -= 1;
      this.failures = this.failures.filter((rule) => rule.remaining > 0);
      return { delayMs, fault: failure.value };
    }
    if (this.rate > 0 && this.rateRandom.chance(this.rate)) {
      const write = facts.method !== 'GET';
      const fault = this.rateRandom.weighted<Fault>([
        [500, 35],
        ['timeout', 10],
        ['offline', 20],
        [write ? 409 : 500, 20],
        [write ? 'answerLost' : 'offline', 15],
      ]);
      return { delayMs, fault };
    }
    return { delayMs, fault: null };
  }
}

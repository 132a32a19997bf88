import type { District } from '../district/index.js';
import { authenticate } from './auth.js';
import { BackendControls } from './controls.js';
import { BatchRunner } from './batch-runner.js';
import type { MockReply, MockRequest, Operation, OperationRequest } from './operation.js';
import { OPERATIONS } from './operations.js';
import { ProblemError, field, invalid, unauthorized } from './problems.js';
import { Simulation } from './simulation.js';
import { BackendState } from './state.js';
import { sessionCopy } from './session-copy.js';

const PROBLEM_HEADERS = { 'Content-Type': 'application/problem+json' };

/** Renders a problem as a reply, with `Retry-After` where the contract promises it. */
export function problemReply(error: ProblemError): MockReply {
  const headers: Record<string, string> = { ...PROBLEM_HEADERS };
  if (error.problem.retryAfter !== undefined) headers['Retry-After'] = String(error.problem.retryAfter);
  return { status: error.status, body: error.problem, headers };
}

/**
 * The whole HTTP contract over a synthetic district, in memory. Changes persist across requests
 * until `reset()`. The msw handlers of `../handlers` put it behind HTTP; tests may also call
 * `handle` directly.
 */
export class MockBackend {
  /** Latency, failures and batch pace. */
  readonly controls = new BackendControls();
  /** Makes the district come alive: replies, seen receipts, bounces, inbound texts. */
  readonly simulate: Simulation;
  /** Runs batch jobs in chunks. */
  readonly batch: BatchRunner = new BatchRunner(this);
  /** Every operation of the contract, by operationId. */
  readonly operations: ReadonlyMap<string, Operation>;
  private current: BackendState;

  constructor(private readonly pristine: District) {
    this.current = new BackendState(sessionCopy(pristine));
    this.simulate = new Simulation(this);
    this.operations = new Map(OPERATIONS.map((op) => [op.operationId, op]));
  }

  /** The session's state: the district as edited so far. */
  get state(): BackendState {
    return this.current;
  }

  /** The district as edited so far. */
  get district(): District {
    return this.current.district;
  }

  /** Back to the generated district: edits, jobs, events and idempotency keys are forgotten. Controls stay. */
  reset(): void {
    this.current.stopTimers();
    this.current = new BackendState(sessionCopy(this.pristine));
  }

  private viewerOf(operation: Operation, headers: Headers) {
    try {
      return authenticate(this.district, headers.get('Authorization'));
    } catch (error) {
      if (operation.anonymousOnBadToken) return null;
      throw error;
    }
  }

  /** Runs one operation: authentication, idempotency, the operation, problems as replies. */
  async handle(operationId: string, request: MockRequest): Promise<MockReply> {
    const operation = this.operations.get(operationId);
    if (!operation) throw new Error(`Unknown operation ${operationId}`);
    try {
      const viewer = this.viewerOf(operation, request.headers);
      if (!viewer && !operation.public) throw unauthorized();
      const full: OperationRequest = { ...request, viewer };
      if (!operation.idempotent) return await operation.run(this, full);
      const key = request.headers.get('Idempotency-Key');
      if (!key || key.length < 8 || key.length > 200) {
        throw invalid([field('Idempotency-Key', 'required', 'A unique key of 8 to 200 characters is required.')]);
      }
      const earlier = this.state.idempotency.get(viewer?.person.id ?? null, operationId, key);
      if (earlier) return { ...earlier, status: operation.replayStatus ?? earlier.status };
      const reply = await operation.run(this, full);
      if (reply.status < 300) this.state.idempotency.remember(viewer?.person.id ?? null, operationId, key, reply);
      return reply;
    } catch (error) {
      if (error instanceof ProblemError) return problemReply(error);
      // A bug in the mock shows as the contract's server error, with the cause for the logs.
      return problemReply(new ProblemError(500, 'server', { detail: error instanceof Error ? error.message : String(error) }));
    }
  }
}

import { setupServer } from 'msw/node';
import { createMockDistrictBackend, type DistrictFixtures, type MockBackend } from '../../../src/mocks/index.js';
import { contractClient, type CallOptions, type CallResult } from '../support/client.js';

/** One mock backend behind msw for a whole conformance run, and a client that checks every answer. */
export interface ConformanceContext {
  backend: MockBackend;
  f: DistrictFixtures;
  call<T = any>(operationId: string, options?: CallOptions): Promise<CallResult<T>>;
  exercised: Map<string, Set<number>>;
  start(): void;
  stop(): void;
}

export function conformanceContext(): ConformanceContext {
  const { backend, handlers, district } = createMockDistrictBackend({ seed: 11, size: 'small' });
  const server = setupServer(...handlers);
  const { call, exercised } = contractClient();
  return {
    backend,
    f: district.fixtures,
    call,
    exercised,
    start: () => server.listen({ onUnhandledRequest: 'error' }),
    stop: () => server.close(),
  };
}

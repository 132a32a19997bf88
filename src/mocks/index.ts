/**
 * The mock side of the kit: a synthetic district, a mock backend implementing the HTTP
 * contract over it, and msw handlers that put the backend behind HTTP in the browser
 * (`setupWorker`) and in Node (`setupServer`). For Storybook, tests and the demo only;
 * shipped code never imports it.
 */
import type { HttpHandler } from 'msw';
import { DISTRICT_SIZES, generateDistrict, type District, type DistrictOptions, type DistrictSize } from './district/index.js';
import { MockBackend } from './backend/mock-backend.js';
import { createHandlers } from './handlers/index.js';

export { generateDistrict, DISTRICT_SIZES, REFERENCE_DATE } from './district/index.js';
export type { District, DistrictFixtures, DistrictOptions, DistrictSize } from './district/index.js';
export { MockBackend } from './backend/mock-backend.js';
export { mockToken } from './backend/auth.js';
export type { BackendControls, FailNextOptions, Fault, SlowOptions } from './backend/controls.js';
export type { Simulation, SimulatedReply } from './backend/simulation.js';
export { keepConversationAlive, type ConversationLifeOptions } from './backend/conversation-life.js';
export { createHandlers, type HandlerOptions } from './handlers/index.js';
export { inMemoryReportsAdapter, syntheticSharedGroups } from './reports/synthetic-shared-groups.js';

export interface MockDistrictOptions extends DistrictOptions {
  /** A named size; explicit counts in the options win over it. Default `default`. */
  size?: DistrictSize;
  /** Where the handlers serve the API. Default `/api`. */
  baseUrl?: string;
  /** Latency of every answer. Default 0; the demo uses about 200. */
  latencyMs?: number;
}

export interface MockDistrict {
  backend: MockBackend;
  handlers: HttpHandler[];
  /** The district as generated (fixtures, counts). The backend edits its own copy: read live state from `backend.district`. */
  district: District;
}

const generated = new Map<string, District>();

/**
 * A district generated once per set of options and kept: generating is the slow part, and
 * every backend works on its own copy.
 */
export function sharedDistrict(options: DistrictOptions): District {
  const key = JSON.stringify(options, Object.keys(options).sort());
  let district = generated.get(key);
  if (!district) generated.set(key, (district = generateDistrict(options)));
  return district;
}

/** A mock backend over a seeded district, with its msw handlers. */
export function createMockDistrictBackend(options: MockDistrictOptions = {}): MockDistrict {
  const { size = 'default', baseUrl, latencyMs, ...districtOptions } = options;
  const district = sharedDistrict({ ...DISTRICT_SIZES[size], ...districtOptions });
  const backend = new MockBackend(district);
  if (latencyMs) backend.controls.setLatency(latencyMs);
  return { backend, handlers: createHandlers(backend, baseUrl === undefined ? {} : { baseUrl }), district };
}
export { withDisplayText, hostileText, hostileTextFrom, pseudoText, HOSTILE_STRINGS, type TextRewrite } from './display-text/index.js';

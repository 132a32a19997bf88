// Puts every story on the mock district: a fresh mock backend per story (so one story's
// changes never leak into another), behind msw, reached through the HTTP adapter signed in as
// the story's viewer. Stories say what they need in `parameters.mock`.
import type { SetupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { HttpCommsAdapter } from '../../src/api/index.js';
import {
  createMockDistrictBackend,
  mockToken,
  type District,
  type DistrictFixtures,
  type DistrictSize,
  type MockBackend,
  hostileTextFrom,
  pseudoText,
  withDisplayText,
} from '../../src/mocks/index.js';

/** What a story asks of the mock district. */
export interface MockStoryParameters {
  /** Who is signed in: a fixture key (`guardian`, `teacher`, `admin`, …), a person id, or `null` for nobody. */
  viewer?: ViewerChoice | null;
  /** District size. Default `small` (about 160 people): quick to generate, every fixture present. */
  size?: DistrictSize;
  /** Latency of every answer, in ms. Default 300, so loading states are visible but short. */
  latencyMs?: number;
  /** Faults and simulations before the story renders: `backend.controls.failNext(…)`, … */
  setup?: (backend: MockBackend, district: District) => void | Promise<void>;
}

type StringFixtureKey = { [K in keyof DistrictFixtures]: DistrictFixtures[K] extends string ? K : never }[keyof DistrictFixtures];
export type ViewerChoice = StringFixtureKey | { personId: string } | ((district: District) => string);

/** What the loader hands to render functions as `context.loaded`. */
export interface MockStoryLoaded {
  adapter: HttpCommsAdapter;
  backend: MockBackend;
  district: District;
  fixtures: DistrictFixtures;
}

function viewerId(choice: ViewerChoice, district: District): string {
  if (typeof choice === 'function') return choice(district);
  if (typeof choice === 'object') return choice.personId;
  return district.fixtures[choice];
}

const startMsw = mswLoader();
/** Stories loaded in this page so far: each hostile story starts at a different hostile string. */
let storiesLoaded = 0;

/** Storybook loader: starts msw once, then builds this story's backend and adapter. */
export async function mockDistrictLoader(context: {
  parameters: { mock?: MockStoryParameters } & Record<string, unknown>;
  globals?: Record<string, unknown>;
}): Promise<MockStoryLoaded> {
  await startMsw(context as never);
  storiesLoaded++;
  const worker = (context as unknown as { msw: SetupWorker }).msw;
  const { size = 'small', latencyMs = 300, viewer = 'guardian', setup } = context.parameters.mock ?? {};
  const { backend, handlers, district } = createMockDistrictBackend({ seed: 1, size, latencyMs });
  await setup?.(backend, district);
  // One story's handlers at a time: the previous story's backend is let go.
  worker.resetHandlers();
  worker.use(...handlers);
  const signedIn = viewer === null ? undefined : viewerId(viewer, district);
  const http = new HttpCommsAdapter({
    baseUrl: '/api',
    headers: (): Record<string, string> => (signedIn ? { Authorization: `Bearer ${mockToken(signedIn)}` } : {}),
  });
  // The "Data" toolbar: hostile text for the security gate; in the pseudo-locale the data is
  // pseudo-localized too, so only hard-coded strings stay plain ASCII.
  const adapter =
    context.globals?.['data'] === 'hostile' ? withDisplayText(http, hostileTextFrom(storiesLoaded * 13))
    : context.globals?.['locale'] === 'en-XA' ? withDisplayText(http, pseudoText)
    : http;
  return { adapter, backend, district, fixtures: district.fixtures };
}

/** Typed story parameters: `parameters: mock({ viewer: 'admin', setup: (backend) => … })`. */
export function mock(parameters: MockStoryParameters): { mock: MockStoryParameters } {
  return { mock: parameters };
}

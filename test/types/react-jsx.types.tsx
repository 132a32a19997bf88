// Type-level test (checked by the typecheck stage): React 19 users get checked props and events.
import type {} from '../../src/react.js';
import type { CommsAdapter } from '../../src/api/adapter.js';

declare const adapter: CommsAdapter;

export const wired = (
  <comms-provider adapter={adapter} locale="es" base-url="/api" oncomms-ready={(event) => event.detail.viewer?.id}>
    <p>content</p>
  </comms-provider>
);

// @ts-expect-error `locale` is a string, not a number
export const wrongPropertyType = <comms-provider locale={42} />;

// @ts-expect-error the detail of comms-ready has no `nonsense`
export const wrongEventDetail = <comms-provider oncomms-ready={(event) => event.detail.nonsense} />;

// @ts-expect-error no such element in the kit
export const unknownTag = <comms-providr />;

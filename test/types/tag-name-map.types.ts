// Type-level test: document.createElement and querySelector know the kit's tags and events.
import type { CommsProvider } from '../../src/components/comms-provider/comms-provider.js';

export const provider: CommsProvider = document.createElement('comms-provider');
provider.addEventListener('comms-ready', (event) => event.detail.viewer?.role satisfies string | undefined);
// @ts-expect-error events carry typed details
provider.addEventListener('comms-ready', (event) => event.detail.nothing);
export const found: CommsProvider | null = document.querySelector('comms-provider');

import type { CountryCode, MetadataJson } from 'libphonenumber-js/core';
import phoneMetadataJson from './generated/phone-metadata.json' with { type: 'json' };

// Only the United States and its territories: the full metadata would cost ~30 kB gzip in the
// browser for countries the district's families cannot be texted in anyway.
// Regenerate with `node scripts/generate-phone-metadata.mjs`.
export const phoneMetadata = phoneMetadataJson as unknown as MetadataJson;

export const US_REGION: CountryCode = 'US';

/** A letter of any script: a phone number with one is refused rather than guessed at. */
export const LETTER = /\p{L}/u;

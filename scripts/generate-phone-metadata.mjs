// Writes the phone-number metadata the domain layer parses with: the United States and its
// territories only, in libphonenumber-js's own "min" metadata format, plus the area codes of the
// other North American Numbering Plan countries (so "+1 416 …" can be refused as not a US number
// rather than as an invalid one). The full "min" metadata costs about 30 kB gzip in a browser
// bundle; these few countries cost a small fraction of it.
//
// Run after upgrading libphonenumber-js: `node scripts/generate-phone-metadata.mjs`.
// `--check` exits 1 when the committed files differ from what would be written.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePhoneNumberWithError } from 'libphonenumber-js/core';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'src/domain/generated');
const full = require('libphonenumber-js/metadata.min.json');
const { version: libraryVersion } = require('libphonenumber-js/package.json');

/** The United States and the territories that dial +1 with US numbering (UM has no numbers of its own). */
const US_REGIONS = ['US', 'AS', 'GU', 'MP', 'PR', 'VI'];
const NANP_CALLING_CODE = '1';

function restrictedMetadata() {
  const nanp = full.country_calling_codes[NANP_CALLING_CODE];
  if (nanp[0] !== 'US') throw new Error('Expected the US to be the main country of +1.');
  const regions = nanp.filter((region) => US_REGIONS.includes(region));
  const missing = US_REGIONS.filter((region) => !regions.includes(region));
  if (missing.length) throw new Error(`The metadata no longer holds ${missing.join(', ')}.`);
  const countries = {};
  for (const region of regions) countries[region] = full.countries[region];
  return {
    version: full.version,
    country_calling_codes: { [NANP_CALLING_CODE]: regions },
    countries,
    nonGeographic: {},
  };
}

/**
 * Area codes (NPA) that the full metadata assigns to a +1 country outside the US regions.
 * Each area code is tried with a spread of exchange and line numbers, because some countries
 * are told apart by the whole national number pattern rather than by leading digits.
 */
function foreignNanpAreaCodes() {
  const exchanges = ['200', '234', '300', '321', '400', '456', '500', '555', '600', '612', '700', '789', '800', '900', '987', '999'];
  const lines = ['0123', '1000', '5678'];
  const byAreaCode = {};
  for (let npa = 200; npa <= 999; npa++) {
    const regions = new Set();
    for (const exchange of exchanges) {
      for (const line of lines) {
        try {
          const number = parsePhoneNumberWithError(`+1${npa}${exchange}${line}`, full);
          if (number.country) regions.add(number.country);
        } catch {
          // Not a number any +1 country uses; nothing to learn from it.
        }
      }
    }
    const foreign = [...regions].filter((region) => !US_REGIONS.includes(region));
    if (foreign.length && foreign.length === regions.size) byAreaCode[String(npa)] = foreign.sort()[0];
    else if (foreign.length) throw new Error(`Area code ${npa} is shared by US and non-US regions.`);
  }
  return byAreaCode;
}

const files = {
  'phone-metadata.json': JSON.stringify(restrictedMetadata()) + '\n',
  'nanp-foreign-area-codes.json':
    JSON.stringify(
      {
        description:
          'Area codes of +1 countries other than the United States and its territories, with the region each belongs to.',
        libphonenumberJs: libraryVersion,
        metadataVersion: full.version,
        areaCodes: foreignNanpAreaCodes(),
      },
      null,
      2,
    ) + '\n',
};

const check = process.argv.includes('--check');
let stale = 0;
mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(files)) {
  const path = join(outDir, name);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (check) {
    if (current !== text) {
      console.error(`${name} is out of date: run node scripts/generate-phone-metadata.mjs`);
      stale++;
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote src/domain/generated/${name} (${text.length} bytes)`);
  }
}
process.exit(stale ? 1 : 0);

// Turns locations in a built bundle (`http://host/assets/x.js:775:68`) back into the source
// file and line that produced them, through the bundle's source map, so a gate's report points
// at the template to fix.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';

/**
 * @param {string} outDir where the bundle was built (its `.map` files beside the scripts)
 * @param {string} baseUrl where it is served
 * @param {string} root paths are shown relative to it
 * @returns {(text: string) => string} replaces every bundle location in `text` (1-based line and column)
 */
export function sourceLocator(outDir, baseUrl, root) {
  const maps = new Map();
  const mapFor = (file) => {
    if (!maps.has(file)) {
      const path = join(outDir, `${file}.map`);
      maps.set(file, existsSync(path) ? { map: new SourceMap(JSON.parse(readFileSync(path, 'utf8'))), dir: join(outDir, file, '..') } : null);
    }
    return maps.get(file);
  };
  const pattern = new RegExp(`${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([^\\s:()]+\\.js):(\\d+)(?::(\\d+))?`, 'g');
  return (text) =>
    text.replace(pattern, (whole, file, line, column = '1') => {
      const found = mapFor(file);
      const entry = found?.map.findEntry(Number(line) - 1, Number(column) - 1);
      if (!entry?.originalSource) return whole;
      const source = relative(root, join(found.dir, entry.originalSource.replace(/^file:\/\//, '')));
      return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    });
}

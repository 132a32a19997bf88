// Localization workflow of the kit, on top of the lit-localize CLI (config: lit-localize.json).
//
//   node scripts/localize.mjs extract   msg() strings of src/ → xliff/es.xlf (new strings get no
//                                       <target>: translate them) and xliff/en-XA.xlf (filled in
//                                       by pseudo-localization)
//   node scripts/localize.mjs build     xliff/*.xlf → src/locales/generated/*.ts
//   node scripts/localize.mjs check     fails when the XLIFF files or the generated modules are
//                                       out of date, or a string has no translation
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fillPseudoTargets } from './pseudo-locale.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const xliffDir = join(root, config.interchange.xliffDir);
const generatedDir = join(root, config.output.outputDir);
const PSEUDO_LOCALE = 'en-XA';

function litLocalize(command, configPath = join(root, 'lit-localize.json')) {
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js'), `--config=${configPath}`, command],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`lit-localize ${command} failed`);
  }
  return result.stdout + result.stderr;
}

/** A copy of the config whose outputs go to a scratch directory (absolute paths throughout). */
function scratchConfig(scratch, { xliff, output }) {
  const copy = structuredClone(config);
  copy.tsConfig = join(root, config.tsConfig);
  copy.inputFiles = config.inputFiles.map((glob) => join(root, glob));
  copy.interchange.xliffDir = xliff;
  copy.output.outputDir = output;
  copy.output.localeCodesModule = join(output, 'locale-codes.ts');
  const path = join(scratch, 'lit-localize.json');
  writeFileSync(path, JSON.stringify(copy, null, 2));
  return path;
}

function fillPseudo(dir) {
  const path = join(dir, `${PSEUDO_LOCALE}.xlf`);
  writeFileSync(path, fillPseudoTargets(readFileSync(path, 'utf8')));
}

function extract() {
  litLocalize('extract');
  fillPseudo(xliffDir);
  const missing = untranslated(xliffDir);
  for (const [locale, sources] of missing) {
    console.log(`${sources.length} ${locale} string(s) to translate in ${join(config.interchange.xliffDir, `${locale}.xlf`)}.`);
  }
}

function build() {
  const log = litLocalize('build');
  const problems = [...generatedProblems(generatedDir), ...log.split('\n').filter((line) => / is missing/.test(line))];
  for (const problem of problems) console.error(problem);
  if (problems.length) process.exitCode = 1;
}

/** Units of each target locale's XLIFF that have no <target>. */
function untranslated(dir) {
  const result = new Map();
  for (const locale of config.targetLocales) {
    const xliff = readFileSync(join(dir, `${locale}.xlf`), 'utf8');
    const units = xliff.match(/<trans-unit\b[\s\S]*?<\/trans-unit>/g) ?? [];
    const sources = units.filter((unit) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit))
      .map((unit) => /<source>([\s\S]*?)<\/source>/.exec(unit)?.[1] ?? unit);
    if (sources.length) result.set(locale, sources);
  }
  return result;
}

/**
 * lit-localize copies XML character references (&amp; &lt; …) into plain-text templates as they
 * are, so "&" would show as "&amp;". Strings must say "and" instead.
 */
function generatedProblems(dir) {
  const problems = [];
  for (const name of readdirSync(dir)) {
    const text = readFileSync(join(dir, name), 'utf8');
    for (const match of text.matchAll(/^.*&(amp|lt|gt|quot|apos|#\d+);.*$/gm)) {
      problems.push(`${name}: an XML character reference would show as-is: ${match[0].trim()}`);
    }
  }
  return problems;
}

function sameFiles(a, b) {
  const names = [...new Set([...readdirSync(a), ...readdirSync(b)])].filter((n) => !n.endsWith('.json'));
  return names.filter((name) => {
    try {
      return readFileSync(join(a, name), 'utf8') !== readFileSync(join(b, name), 'utf8');
    } catch {
      return true;
    }
  });
}

function check() {
  const scratch = mkdtempSync(join(tmpdir(), 'comms-localize-'));
  const problems = [];
  try {
    const xliffCopy = join(scratch, 'xliff');
    cpSync(xliffDir, xliffCopy, { recursive: true });
    litLocalize('extract', scratchConfig(scratch, { xliff: xliffCopy, output: join(scratch, 'unused') }));
    fillPseudo(xliffCopy);
    for (const name of sameFiles(xliffDir, xliffCopy)) {
      problems.push(`xliff/${name} is out of date: run \`node scripts/localize.mjs extract\`.`);
    }
    for (const [locale, sources] of untranslated(xliffCopy)) {
      problems.push(`${sources.length} string(s) lack a ${locale} translation:\n  ${sources.join('\n  ')}`);
    }
    const output = join(scratch, 'generated');
    litLocalize('build', scratchConfig(scratch, { xliff: xliffDir, output }));
    for (const name of sameFiles(generatedDir, output)) {
      problems.push(`${join(config.output.outputDir, name)} is out of date: run \`node scripts/localize.mjs build\`.`);
    }
    problems.push(...generatedProblems(output));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  for (const problem of problems) console.error(problem);
  if (problems.length === 0) console.log('Localization files are current and complete.');
  return problems.length === 0;
}

const command = process.argv[2];
if (command === 'extract') extract();
else if (command === 'build') build();
else if (command === 'check') process.exitCode = check() ? 0 : 1;
else {
  console.error('Usage: node scripts/localize.mjs extract|build|check');
  process.exitCode = 2;
}

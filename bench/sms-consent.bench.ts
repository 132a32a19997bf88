// Measures the inbound-text classifier on a large mixed batch of replies, and the download of a
// page that shows only <optin-badge>. Run: node --import tsx bench/sms-consent.bench.ts [messages]
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { classifyInboundText } from '../src/domain/keywords.js';
import { median, reportFigure } from './support/report.js';

const count = Number(process.argv[2] ?? 200_000);

// Replies as people send them: bare keywords, keywords in sentences, revocations, ordinary text,
// and long messages, in roughly the shares a district's texting number receives.
const SAMPLES = [
  'STOP', 'Stop!!', 'stop please', 'UNSUBSCRIBE', 'Alto', 'START', 'yes', 'Sí', 'HELP', 'info',
  'Thanks!', 'Who is this?', "I'll stop by the office at 3", 'OK see you tomorrow',
  'please stop texting me', 'Ya no quiero recibir mensajes', 'Wrong number',
  'Can you tell me when the bus arrives? My son missed it this morning and I need to know.',
  'Gracias por avisar, mañana llevamos el formulario firmado a la escuela.',
  'x'.repeat(1600),
];

const messages = Array.from({ length: count }, (_, i) => SAMPLES[(i * 7919) % SAMPLES.length]!);

const runs: number[] = [];
let sink = 0;
for (let run = 0; run < 7; run++) {
  const started = performance.now();
  for (const message of messages) if (classifyInboundText(message).classification !== 'none') sink++;
  runs.push(performance.now() - started);
}
const ms = median(runs.slice(2));
reportFigure({ benchmark: 'sms keywords', metric: `classify ${count.toLocaleString('en')} replies, median of 5 after 2 warm-ups`, value: Math.round(ms), unit: 'ms' });
reportFigure({ benchmark: 'sms keywords', metric: 'replies classified per second', value: Math.round((count / ms) * 1000), unit: 'count' });

const bundle = await build({
  entryPoints: [new URL('../src/components/optin-badge/define.ts', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  conditions: ['production'],
  write: false,
  logLevel: 'silent',
});
const gzip = spawnSync('gzip', ['-9', '-c'], { input: bundle.outputFiles[0]!.contents });
const kB = gzip.stdout.length / 1024;
reportFigure({ benchmark: 'optin-badge page', metric: 'badge + Lit, minified, gzip -9', value: Math.round(kB * 100) / 100, unit: 'kB', target: '<= 8 kB', met: kB <= 8 });
if (sink < 0) console.log(sink);

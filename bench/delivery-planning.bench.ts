// Measures planDelivery on a large synthetic audience against a bare pass that only groups
// endpoints in a Map. Run: node --max-old-space-size=6144 --import tsx bench/delivery-planning.bench.ts [recipients]
// With `--endpoints-only` it times the Map pass alone over the same endpoint strings, with no
// records in the heap: what grouping the endpoints costs on this machine before any planner.
import { spawnSync } from 'node:child_process';
import { reportFigure } from './support/report.js';
import { planDelivery } from '../src/domain/delivery-planning.js';
import type { PersonRecord } from '../src/domain/records.js';
import type { ContactMethod, PreferenceCell, SmsConsentStatus } from '../src/domain/types.js';

const size = Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 1_000_000);
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

if (process.argv.includes('--endpoints-only')) {
  const values: string[] = [];
  for (let i = 0; i < size; i++) {
    const family = i >> 1;
    values.push(`+1201${String(i % 10_000_000).padStart(7, '0')}`, `+1301${String(family % 10_000_000).padStart(7, '0')}`, family % 3 === 0 ? `family${family}@example.org` : `p${i}@example.org`);
  }
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    collect();
    const started = performance.now();
    const byEndpoint = new Map<string, number[]>();
    for (const [index, value] of values.entries()) {
      const list = byEndpoint.get(value);
      if (list) list.push(index);
      else byEndpoint.set(value, [index]);
    }
    times.push(performance.now() - started);
  }
  console.log(`${values.length.toLocaleString('en')} endpoints grouped, rounds ${times.map((t) => t.toFixed(0)).join(' ')} ms`);
  reportFigure({ benchmark: 'delivery planning', metric: `Map pass over ${values.length.toLocaleString('en')} endpoint strings alone, best of 5`, value: Math.min(...times), unit: 'ms' });
  process.exit(0);
}

function build(count: number): { people: PersonRecord[]; consents: Map<string, { status: SmsConsentStatus }> } {
  const people: PersonRecord[] = [];
  const consents = new Map<string, { status: SmsConsentStatus }>();
  for (let i = 0; i < count; i++) {
    // Two guardians per family share the home phone and, for one family in three, the email.
    const family = i >> 1;
    const id = `p${i}`;
    const cell = `+1201${String(i % 10_000_000).padStart(7, '0')}`;
    const home = `+1301${String(family % 10_000_000).padStart(7, '0')}`;
    const email = family % 3 === 0 ? `family${family}@example.org` : `p${i}@example.org`;
    const base = { personId: id, source: 'sis', confirmation: 'confirmed', healthSince: null, householdId: null } as const;
    const methods: ContactMethod[] = [
      { ...base, id: `${id}c`, type: 'cellPhone', value: cell, health: 'ok', sharedAccountCount: 0 },
      { ...base, id: `${id}h`, type: 'homePhone', value: home, health: 'ok', sharedAccountCount: 1 },
      { ...base, id: `${id}e`, type: 'email', value: email, health: i % 50 === 0 ? 'bouncing' : 'ok', sharedAccountCount: family % 3 === 0 ? 1 : 0 },
    ];
    const preferences: PreferenceCell[] = [
      { methodId: `${id}c`, reason: 'general', channel: 'text', enabled: true },
      { methodId: `${id}h`, reason: 'general', channel: 'voice', enabled: true },
      { methodId: `${id}e`, reason: 'general', channel: 'email', enabled: true },
      { methodId: `${id}h`, reason: 'emergency', channel: 'voice', enabled: true },
    ];
    people.push({
      person: { id, role: 'guardian', displayName: `Guardian ${i}`, active: i % 97 !== 0, language: i % 4 === 0 ? 'es' : 'en', linkedAccountIds: [] },
      methods,
      preferences,
      conversationChannel: null,
    });
    consents.set(cell, { status: i % 10 === 0 ? 'optedOut' : i % 10 === 1 ? 'notAsked' : 'optedIn' });
  }
  return { people, consents };
}

/** The floor: one Map lookup per method, grouping people by endpoint. */
function barePass(people: readonly PersonRecord[]): number {
  const byEndpoint = new Map<string, string[]>();
  for (const record of people) {
    for (const method of record.methods) {
      const list = byEndpoint.get(method.value);
      if (list) list.push(record.person.id);
      else byEndpoint.set(method.value, [record.person.id]);
    }
  }
  return byEndpoint.size;
}

function time<T>(run: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = run();
  return { ms: performance.now() - started, result };
}

const { people, consents } = build(size);
const settings = { enabledReasons: ['general', 'emergency'] as const, texting: { enabled: true } };
const runs: Array<{ bare: number; plan: number }> = [];
// Each timing starts from a collected heap, so neither pass pays for the other's garbage
// (the bench runner passes --expose-gc; without it, the runs simply go uncollected).
for (let round = 0; round < 5; round++) {
  collect();
  const bare = time(() => barePass(people));
  collect();
  const plan = time(() => planDelivery({ recipients: people, reason: 'general', consents, settings: { ...settings, enabledReasons: [...settings.enabledReasons] } }));
  runs.push({ bare: bare.ms, plan: plan.ms });
  if (round === 0) {
    const o = plan.result;
    console.log(`recipients ${o.recipientCount}, deliveries ${o.deliveryCount} (sms ${o.byChannel.sms}, voice ${o.byChannel.voice}, email ${o.byChannel.email}), collapsed ${o.duplicatesCollapsed}, skipped ${o.skippedCount}, opted-out numbers ${o.optedOutNumbers}`);
  }
}
for (const [i, run] of runs.entries()) console.log(`round ${i + 1}: bare ${run.bare.toFixed(0)} ms, planDelivery ${run.plan.toFixed(0)} ms, ratio ${(run.plan / run.bare).toFixed(2)}`);
const best = (key: 'bare' | 'plan') => Math.min(...runs.map((run) => run[key]));
console.log(`best: bare ${best('bare').toFixed(0)} ms, planDelivery ${best('plan').toFixed(0)} ms, ratio ${(best('plan') / best('bare')).toFixed(2)}`);
const label = `${size.toLocaleString('en')} recipients, best of 5`;
reportFigure({ benchmark: 'delivery planning', metric: label, value: best('plan'), unit: 'ms', target: '< 1000 ms', met: best('plan') < 1000 });
reportFigure({ benchmark: 'delivery planning', metric: 'planDelivery / bare Map pass', value: best('plan') / best('bare'), unit: 'ratio', target: '≤ 2', met: best('plan') / best('bare') <= 2 });

// The Map pass once more, in a fresh process with only the endpoint strings in its heap: the
// cost of grouping this many endpoints here before any planner or record is involved.
const alone = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, String(size), '--endpoints-only'], { encoding: 'utf8' });
process.stdout.write(alone.stdout);
if (alone.status !== 0) throw new Error(`the endpoints-only pass failed: ${alone.stderr}`);

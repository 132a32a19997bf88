import { Random } from './random.js';
import { asciiSlug } from './names.js';

/**
 * Real US area codes. Every synthetic number is +1 <area code> 555-XXXX, the exchange
 * reserved for fiction, and never 555-1212 (directory assistance).
 */
const AREA_CODES = [
  '217', '312', '415', '503', '512', '602', '617', '702', '713', '720',
  '801', '808', '813', '816', '832', '901', '904', '916', '919', '206',
  '210', '215', '216', '301', '313', '314', '402', '405', '414', '469',
  '502', '504', '505', '615', '651', '704', '717', '763', '785', '804',
] as const;

const LINES_PER_AREA = 9999; // 0000–9999 less 1212
const LINE_STRIDE = 7919; // coprime with 10000, so lines come out scattered but never repeat

/** Hands out distinct synthetic phone numbers and email addresses. */
export class ContactValueAllocator {
  private phoneCount = 0;
  private readonly areaCodes: string[];
  private readonly lineOffset: number;
  /** Per "local@domain" base, the next number to append; a base absent here is still free. */
  private readonly emailCounters = new Map<string, number>();

  constructor(random: Random) {
    this.areaCodes = random.shuffle(AREA_CODES);
    this.lineOffset = random.int(0, 9999);
  }

  /** The district's main area code. */
  get homeAreaCode(): string {
    return this.areaCodes[0]!;
  }

  /** A phone number in E.164 that no one has been given yet. */
  phone(): string {
    const n = this.phoneCount++;
    const area = this.areaCodes[Math.floor(n / LINES_PER_AREA) % this.areaCodes.length]!;
    if (n >= LINES_PER_AREA * this.areaCodes.length) {
      throw new Error('The synthetic number space is exhausted.');
    }
    let line = ((n % LINES_PER_AREA) * LINE_STRIDE + this.lineOffset) % 10000;
    // The stride maps 0–9999 onto 0–9999 one to one; only 0–9998 are used, so the line
    // slot 9999 would have taken is free to stand in for 1212.
    if (line === 1212) line = (9999 * LINE_STRIDE + this.lineOffset) % 10000;
    return `+1${area}555${String(line).padStart(4, '0')}`;
  }

  /** An email address at one of the example domains, made unique with a number when needed. */
  email(given: string, family: string, domain: 'example.org' | 'example.com' | 'example.net'): string {
    const base = `${asciiSlug(given)}.${asciiSlug(family)}` || 'person';
    const key = `${base}@${domain}`;
    const n = this.emailCounters.get(key);
    this.emailCounters.set(key, (n ?? 1) + 1);
    // Numbered forms ("ana.lopez2") never collide with a plain base: bases end in a letter.
    return n === undefined ? key : `${base}${n}@${domain}`;
  }
}

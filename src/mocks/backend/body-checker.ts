import type { FieldError } from '../../domain/types.js';
import { field, invalid } from './problems.js';

interface StringRule {
  required?: boolean;
  nullable?: boolean;
  min?: number;
  max?: number;
  pattern?: RegExp;
  patternCode?: string;
  values?: readonly string[];
}

/**
 * Checks a JSON request body field by field, collecting every broken rule so one 422 lists
 * them all, with the contract's dotted field paths.
 */
export class BodyChecker {
  readonly errors: FieldError[] = [];
  readonly body: Record<string, unknown>;

  constructor(body: unknown, private readonly prefix = '') {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw invalid([field(prefix || 'body', 'invalidType', 'Expected a JSON object.')]);
    }
    this.body = body as Record<string, unknown>;
  }

  path(key: string): string {
    return this.prefix ? `${this.prefix}.${key}` : key;
  }

  fail(path: string, code: string, message?: string): void {
    this.errors.push(field(path, code, message));
  }

  has(key: string): boolean {
    return this.body[key] !== undefined;
  }

  string(key: string, rule: StringRule & { required: true; nullable?: false }): string;
  string(key: string, rule?: StringRule): string | null | undefined;
  string(key: string, rule: StringRule = {}): string | null | undefined {
    const value = this.body[key];
    const path = this.path(key);
    if (value === undefined || (value === null && !rule.nullable)) {
      if (rule.required || value === null) this.fail(path, 'required');
      return undefined;
    }
    if (value === null) return null;
    if (typeof value !== 'string') {
      this.fail(path, 'invalidType', 'Expected a string.');
      return undefined;
    }
    if (rule.values && !rule.values.includes(value)) this.fail(path, 'invalidValue', `One of: ${rule.values.join(', ')}.`);
    else if (rule.min !== undefined && value.length < rule.min) this.fail(path, rule.min === 1 ? 'required' : 'tooShort');
    else if (rule.max !== undefined && value.length > rule.max) this.fail(path, 'tooLong', `At most ${rule.max} characters.`);
    else if (rule.pattern && !rule.pattern.test(value)) this.fail(path, rule.patternCode ?? 'invalidFormat');
    return value;
  }

  boolean(key: string, required = false): boolean | undefined {
    const value = this.body[key];
    if (value === undefined) {
      if (required) this.fail(this.path(key), 'required');
      return undefined;
    }
    if (typeof value !== 'boolean') {
      this.fail(this.path(key), 'invalidType', 'Expected true or false.');
      return undefined;
    }
    return value;
  }

  /** An array; `each` checks one item at its path (`key.index`). */
  array<T>(key: string, rule: { required?: boolean; min?: number; max?: number }, each: (item: unknown, path: string) => T | undefined): T[] | undefined {
    const value = this.body[key];
    const path = this.path(key);
    if (value === undefined || value === null) {
      if (rule.required) this.fail(path, 'required');
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.fail(path, 'invalidType', 'Expected an array.');
      return undefined;
    }
    if (rule.min !== undefined && value.length < rule.min) this.fail(path, 'required', `At least ${rule.min}.`);
    if (rule.max !== undefined && value.length > rule.max) this.fail(path, 'tooMany', `At most ${rule.max}.`);
    const out: T[] = [];
    value.forEach((item, i) => {
      const checked = each(item, `${path}.${i}`);
      if (checked !== undefined) out.push(checked);
    });
    return out;
  }

  /** Checks an array item that must be a string. */
  stringItem = (item: unknown, path: string): string | undefined => {
    if (typeof item === 'string') return item;
    this.fail(path, 'invalidType', 'Expected a string.');
    return undefined;
  };

  /** A nested object checked by its own checker, whose errors join this one's. */
  object<T>(key: string, required: boolean, check: (nested: BodyChecker) => T): T | undefined {
    const value = this.body[key];
    if (value === undefined) {
      if (required) this.fail(this.path(key), 'required');
      return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(this.path(key), 'invalidType', 'Expected an object.');
      return undefined;
    }
    const nested = new BodyChecker(value, this.path(key));
    const result = check(nested);
    this.errors.push(...nested.errors);
    return result;
  }

  /** Throws the collected errors as one 422. */
  done(code = 'validation'): void {
    if (this.errors.length) throw invalid(this.errors, code);
  }
}

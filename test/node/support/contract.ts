import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

type Json = Record<string, any>;

/** The HTTP contract, parsed. */
export const contract: Json = parse(readFileSync(new URL('../../../openapi/school-comms.openapi.yaml', import.meta.url), 'utf8'));

export interface ContractOperation {
  operationId: string;
  method: string;
  path: string;
  spec: Json;
}

const METHODS = ['get', 'post', 'patch', 'put', 'delete'];

/** Every operation of the contract. */
export const contractOperations: ContractOperation[] = Object.entries(contract.paths as Json).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((m) => ({ operationId: item[m].operationId as string, method: m.toUpperCase(), path, spec: item[m] as Json })),
);

export const operationById = new Map(contractOperations.map((op) => [op.operationId, op]));

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
// OpenAPI's discriminator: the named property must pick one of the mapped schemas, and the
// value must satisfy the schema it picks (the `oneOf` beside it checks the same from the other side).
ajv.addKeyword({
  keyword: 'discriminator',
  schemaType: 'object',
  validate: function discriminator(schema: Json, data: unknown) {
    if (typeof data !== 'object' || data === null) return false;
    const value = (data as Json)[schema.propertyName];
    if (typeof value !== 'string') return false;
    const target = schema.mapping?.[value] as string | undefined;
    if (!target) return false;
    const check = ajv.getSchema(`contract${target}`);
    return check ? (check(data) as boolean) : false;
  },
});
ajv.addSchema(contract, 'contract');

const validators = new Map<string, ValidateFunction>();

function pointer(...parts: string[]): string {
  return parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

function resolve(node: Json): Json {
  let current = node;
  while (current && typeof current.$ref === 'string') {
    const path = (current.$ref as string).replace(/^#\//, '').split('/');
    current = path.reduce<Json>((acc, key) => acc[key.replace(/~1/g, '/').replace(/~0/g, '~')], contract);
  }
  return current;
}

/** The documented response of an operation for a status (or `default`), and where it sits in the document. */
export function documentedResponse(operationId: string, status: number): { response: Json; ref: string } {
  const op = operationById.get(operationId);
  assert.ok(op, `operation ${operationId} is in the contract`);
  const responses = op.spec.responses as Json;
  const key = responses[String(status)] ? String(status) : 'default';
  assert.ok(responses[key], `${operationId} documents status ${status} (or a default)`);
  if (key === 'default') assert.ok(status >= 500, `${operationId}: status ${status} is not documented (only 5xx may fall to default)`);
  return { response: resolve(responses[key]), ref: `#/paths/${pointer(op.path)}/${op.method.toLowerCase()}/responses/${key}` };
}

/**
 * Checks an answer against the contract: the status is documented, the content type is the
 * documented one, the body matches its schema, documented headers are present.
 */
export function assertConforms(operationId: string, status: number, headers: Headers, body: unknown): void {
  const { response, ref } = documentedResponse(operationId, status);
  const content = response.content as Json | undefined;
  if (!content) {
    assert.equal(body, undefined, `${operationId} ${status} has no body`);
    return;
  }
  const type = (headers.get('Content-Type') ?? '').split(';')[0]!.trim();
  assert.ok(content[type], `${operationId} ${status}: content type ${type || '(none)'} is one of ${Object.keys(content).join(', ')}`);
  // A response given by $ref (`#/components/responses/NotFound`) holds its schema there.
  const schemaPath = `${responsesRef(operationId, status) ?? ref}/content/${pointer(type)}/schema`;
  const validate = validators.get(schemaPath) ?? ajv.compile({ $ref: `contract${schemaPath}` });
  validators.set(schemaPath, validate);
  const ok = validate(body);
  assert.ok(ok, `${operationId} ${status} body breaks the schema: ${ajv.errorsText(validate.errors, { separator: '\n' })}\n${JSON.stringify(body).slice(0, 800)}`);
  for (const name of Object.keys((response.headers ?? {}) as Json)) {
    // Retry-After is promised for 429 and 503; other server errors may omit it.
    if (name === 'Retry-After' && status !== 429 && status !== 503) continue;
    assert.ok(headers.has(name), `${operationId} ${status} sends the ${name} header`);
  }
}

/** The `$ref` a response entry points to (`#/components/responses/NotFound`), if it is one. */
function responsesRef(operationId: string, status: number): string | null {
  const op = operationById.get(operationId)!;
  const responses = op.spec.responses as Json;
  const entry = responses[String(status)] ?? responses.default;
  return typeof entry?.$ref === 'string' ? entry.$ref : null;
}

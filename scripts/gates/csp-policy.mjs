// The strict Content-Security-Policy the kit is checked under (see docs/security.md).

/**
 * Names of the Trusted Types policies the kit's pages must allow. Only Lit creates one:
 * lit-html parses each template's markup once through a policy named `lit-html` (and passes
 * every value as text or through the DOM, never as markup). The kit creates none of its own.
 */
export const TRUSTED_TYPES_POLICIES = ['lit-html'];

/** The policy's directives, in the order they are sent. */
export const STRICT_CSP_DIRECTIVES = [
  ["default-src", "'self'"],
  // 'report-sample' only adds the first characters of what was blocked to the report.
  ["script-src", "'self' 'report-sample'"],
  ["style-src", "'self' 'report-sample'"],
  ["img-src", "'self' data: blob:"],
  ["connect-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'none'"],
  ["form-action", "'self'"],
  ["frame-ancestors", "'none'"],
  ["require-trusted-types-for", "'script'"],
  ["trusted-types", TRUSTED_TYPES_POLICIES.join(' ')],
];

/** The `Content-Security-Policy` header value. */
export const STRICT_CSP = STRICT_CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** Names of the Trusted Types policies the kit's pages must allow (Lit's own `lit-html`). */
export declare const TRUSTED_TYPES_POLICIES: string[];
/** The policy's directives, in the order they are sent. */
export declare const STRICT_CSP_DIRECTIVES: [name: string, value: string][];
/** The `Content-Security-Policy` header value. */
export declare const STRICT_CSP: string;

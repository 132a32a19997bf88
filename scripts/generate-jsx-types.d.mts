export declare function freshManifest(): unknown;
export declare function renderJsxTypes(manifest: unknown): string;

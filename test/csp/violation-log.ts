// Imported first by the page, so it listens before any element module runs.

/** One `securitypolicyviolation` event, as the gate reports it. */
export interface ViolationRecord {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

/** Every violation the page has seen so far. */
export const violations: ViolationRecord[] = [];

// Capture phase on the document: violations inside shadow roots are composed and reach it.
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: event.sourceFile ? `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : '',
    });
  },
  true,
);

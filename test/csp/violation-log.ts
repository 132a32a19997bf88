// Imported first by the page, so it listens before any element module runs.

/** One `securitypolicyviolation` event, as the gate reports it. */
export interface ViolationRecord {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  /** The element it happened on and the custom elements around it, innermost first. */
  element: string;
}

/** `<slot> in <comms-provider>`: the target and its custom-element hosts (open shadow roots show in the path). */
function describeTarget(event: Event): string {
  const elements = event.composedPath().filter((node): node is Element => node instanceof Element);
  const [target, ...around] = elements;
  if (target === undefined) return '';
  const hosts = around.filter((element) => element.localName.includes('-')).map((element) => `<${element.localName}>`);
  return [`<${target.localName}>`, ...hosts].join(' in ');
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
      element: describeTarget(event),
    });
  },
  true,
);

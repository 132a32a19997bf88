// How the CSP gate hears about a page: everything the browser says about the policy (DevTools
// issues, the console, the browser log), page errors and console errors, from the first byte on,
// and the violations the page's own `securitypolicyviolation` listener recorded.

// Messages the browser prints about the policy: counted as violations, not as console errors.
const MESSAGE_LENGTH = 240;
const POLICY_MESSAGE = /Content[- ]Security[- ]Policy|Trusted ?Type|TrustedHTML|TrustedScript/i;

/**
 * @typedef {{ policy: Map<string, string>, pageErrors: string[], consoleErrors: string[] }} Heard
 * Policy messages are keyed by their text: the console event and the DevTools log repeat each other.
 */

/**
 * Opens `url` in a page of its own (its own browser context) and listens to it.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<{ page: import('playwright-core').Page, seen: Heard, response: import('playwright-core').Response | null }>}
 */
export async function openWatchedPage(browser, url) {
  const origin = new URL(url).origin;
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  /** @type {Heard} */
  const seen = { policy: new Map(), pageErrors: [], consoleErrors: [] };
  const at = (where, line, column) => (where ? ` at ${where}:${line + 1}:${column + 1}` : '');
  const cdp = await page.context().newCDPSession(page);
  // Pages run side by side and only one can be in front: each must still behave as the focused
  // one (focus events, animation frames), or what an element does on focus would go unchecked.
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  cdp.on('Audits.issueAdded', ({ issue }) => {
    if (issue.code !== 'ContentSecurityPolicyIssue') return;
    const d = issue.details.contentSecurityPolicyIssueDetails ?? {};
    const where = d.sourceCodeLocation ? at(d.sourceCodeLocation.url, d.sourceCodeLocation.lineNumber, d.sourceCodeLocation.columnNumber) : '';
    const text = `DevTools issue: ${d.contentSecurityPolicyViolationType} (${d.violatedDirective})${d.blockedURL ? ` ${d.blockedURL}` : ''}`;
    if (!seen.policy.has(text + where)) seen.policy.set(text + where, text + where);
  });
  // The console event carries the browser's own messages too; this also catches any it would not.
  cdp.on('Log.entryAdded', ({ entry }) => {
    const text = entry.text.slice(0, MESSAGE_LENGTH);
    if (POLICY_MESSAGE.test(text) && !seen.policy.has(text)) seen.policy.set(text, `browser log ${entry.level}: ${text}${at(entry.url, entry.lineNumber ?? 0, 0)}`);
  });
  await cdp.send('Audits.enable');
  await cdp.send('Log.enable');
  page.on('pageerror', (error) => {
    const frame = error.stack?.split('\n').find((line) => line.includes(origin))?.trim() ?? '';
    seen.pageErrors.push(`page error: ${error.message.slice(0, MESSAGE_LENGTH)} ${frame}`);
  });
  page.on('console', (message) => {
    const text = message.text().slice(0, MESSAGE_LENGTH);
    const { url: where, lineNumber, columnNumber } = message.location();
    if (POLICY_MESSAGE.test(text)) seen.policy.set(text, `console ${message.type()}: ${text}${at(where, lineNumber, columnNumber)}`);
    else if (message.type() === 'error') seen.consoleErrors.push(`console error: ${text}${at(where, lineNumber, columnNumber)}`);
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, seen, response };
}

/**
 * The violations the page's own listener recorded, in words.
 * @param {import('playwright-core').Page} page
 */
export async function pageViolations(page) {
  const list = await page.evaluate(() => window.cspGate?.violations ?? []);
  return list.map((v) => `securitypolicyviolation: ${v.directive}, blocked ${v.blocked || '(nothing)'}${v.sample ? `, sample "${v.sample}"` : ''}${v.element ? ` on ${v.element}` : ''}${v.source ? ` at ${v.source}` : ''}`);
}

/**
 * Resolves true as soon as `condition()` holds, false once `limitMs` has passed without it.
 * @param {() => boolean} condition
 * @param {number} limitMs
 */
export async function until(condition, limitMs) {
  const end = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

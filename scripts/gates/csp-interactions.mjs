// What the CSP gate does with each element once it has rendered: the interactions most likely
// to render new templates (a tab's panel, a dialog, a menu, a form, a field's messages), done
// as a person would, through Playwright (its locators reach into open shadow roots). Best
// effort: an element offers what it offers, and an interaction that cannot be done is skipped.

const TEXT_FIELDS = [
  'input:not([type])',
  'input[type="text"]',
  'input[type="search"]',
  'input[type="tel"]',
  'input[type="email"]',
  'textarea',
].map((selector) => `${selector}:enabled:not([readonly])`).join(', ');

/** Typed into fields: markup, a script URL and a bidi override, all of which must stay text. */
export const HOSTILE_TEXT = '<img src=x onerror=alert(1)> javascript:alert(1) \u202Egnp.exe';

const ACTION_TIMEOUT = 2000;
const MAX_PROBED_BUTTONS = 6;
const MAX_ESCAPES = 3;
const SETTLE_LIMIT_MS = 5000;

/**
 * Exercises the element marked `data-csp-gate-key="<key>"`: switches a tab, types into a
 * field, opens a menu (and its first item), ticks a checkbox, picks a radio button, chooses
 * another option, then presses its buttons until one opens a dialog (typed into, closed with
 * Escape) or a form (typed into). Returns what it managed to do, in words.
 * @param {import('playwright-core').Page} page
 * @param {string} key
 * @returns {Promise<string[]>}
 */
export async function exerciseElement(page, key) {
  const host = page.locator(`[data-csp-gate-key="${key}"]`);
  const visible = (selector, within = host) => within.locator(selector).filter({ visible: true });
  const done = [];
  /** Runs `action`; when it returns true, `what` was done. */
  const attempt = async (what, action) => {
    try {
      if (await action()) done.push(what);
    } catch {
      // The element re-rendered under the pointer, or the control went away: not this gate's concern.
    }
  };
  const dialogOpen = async () => (await host.locator('dialog[open], [role="dialog"]:visible').count()) > 0;
  const closeDialog = async () => {
    await attempt('typed into the dialog', async () => {
      const field = visible(TEXT_FIELDS, host.locator('dialog[open], [role="dialog"]')).first();
      if ((await field.count()) === 0) return false;
      await field.fill(HOSTILE_TEXT, { timeout: ACTION_TIMEOUT });
      return true;
    });
    // A field's own popup (a combobox's list) takes the first Escape. A dialog left open would
    // keep its modal backdrop over the page, and every click after it would wait out its timeout.
    for (let i = 0; i < MAX_ESCAPES && (await dialogOpen()); i += 1) await page.keyboard.press('Escape');
  };

  await attempt('switched a tab', async () => {
    const tab = visible('[role="tab"][aria-selected="false"]').first();
    if ((await tab.count()) === 0) return false;
    await tab.click({ timeout: ACTION_TIMEOUT });
    return true;
  });

  await attempt('typed into a field', async () => {
    const field = visible(TEXT_FIELDS).first();
    if ((await field.count()) === 0) return false;
    await field.fill(HOSTILE_TEXT, { timeout: ACTION_TIMEOUT });
    await field.press('Tab', { timeout: ACTION_TIMEOUT });
    return true;
  });

  await attempt('opened a menu', async () => {
    const opener = visible('button[aria-haspopup]:enabled').first();
    if ((await opener.count()) === 0) return false;
    await opener.click({ timeout: ACTION_TIMEOUT });
    const item = visible('[role="menuitem"]:enabled, [role="menuitem"]:not([aria-disabled="true"])').first();
    if ((await item.count()) > 0) {
      await item.click({ timeout: ACTION_TIMEOUT });
      if (await dialogOpen()) {
        done.push('opened a dialog from the menu');
        await closeDialog();
      }
    }
    await page.keyboard.press('Escape');
    return true;
  });

  await attempt('ticked a checkbox', async () => {
    const box = visible('input[type="checkbox"]:enabled, [role="checkbox"]:not([aria-disabled="true"]), [role="switch"]:not([aria-disabled="true"])').first();
    if ((await box.count()) === 0) return false;
    await box.click({ timeout: ACTION_TIMEOUT });
    return true;
  });

  await attempt('picked a radio button', async () => {
    const radio = visible('input[type="radio"]:enabled:not(:checked), [role="radio"][aria-checked="false"]').first();
    if ((await radio.count()) === 0) return false;
    await radio.click({ timeout: ACTION_TIMEOUT });
    return true;
  });

  await attempt('chose another option', async () => {
    const select = visible('select:enabled').first();
    if ((await select.count()) === 0 || (await select.locator('option').count()) < 2) return false;
    await select.selectOption({ index: 1 }, { timeout: ACTION_TIMEOUT });
    return true;
  });

  // Press the element's buttons one by one until one opens a dialog or a form (a new field);
  // the action reports what it did itself.
  await attempt(undefined, async () => {
    // The buttons on offer depend on what the interactions above set off (a filter reloads a
    // list): look once that is done, not in the middle of it.
    await settle(page);
    const buttons = visible('button:enabled:not([type="submit"])');
    let pressed = 0;
    // Counted again once what a press set off is done: a press can take buttons away (an export
    // that finishes re-renders its toolbar), and a vanished one would be waited for in vain.
    for (let i = 0; i < MAX_PROBED_BUTTONS && i < (await buttons.count()); i += 1) {
      const fieldsBefore = await visible(TEXT_FIELDS).count();
      if (await buttons.nth(i).click({ timeout: ACTION_TIMEOUT }).then(() => true, () => false)) pressed += 1;
      await settle(page);
      if (await dialogOpen()) {
        done.push('opened a dialog');
        await closeDialog();
        return false;
      }
      const fields = visible(TEXT_FIELDS);
      if ((await fields.count()) > fieldsBefore) {
        await fields.last().fill(HOSTILE_TEXT, { timeout: ACTION_TIMEOUT });
        done.push('opened a form and typed into it');
        return false;
      }
    }
    if (pressed) done.push(`pressed ${pressed} button${pressed === 1 ? '' : 's'}`);
    return false;
  });

  await leave(page);
  return done;
}

/**
 * Waits until what the page set off is done (see `settle` in test/csp/page.ts).
 * @param {import('playwright-core').Page} page
 */
async function settle(page) {
  await page.evaluate((limitMs) => window.cspGate?.settle(limitMs), SETTLE_LIMIT_MS);
}

/**
 * Moves the pointer off the element and takes focus out of it, as a person moving on would:
 * a popup shown on hover or focus (a badge's details) would otherwise cover the next element.
 * @param {import('playwright-core').Page} page
 */
async function leave(page) {
  await page.mouse.move(0, 0);
  await page.evaluate(() => {
    let focused = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    if (focused instanceof HTMLElement) focused.blur();
  });
}

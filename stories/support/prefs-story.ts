// Steps the contact-preferences stories take after rendering, to show states that need a
// person's input first (saving, conflict, household note). They use only what a person could
// do: find a switch by its accessible name and click it.

/** The first element matching `selector` inside the editor's shadow root, once it appears. */
export async function inEditor<T extends Element>(canvas: HTMLElement, selector: string, tag = 'contact-prefs-editor'): Promise<T> {
  for (let waited = 0; waited < 10000; waited += 50) {
    const found = canvas.querySelector(tag)?.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${selector} did not appear in <${tag}>`);
}

/** Clicks the first switch whose accessible name starts with `prefix`. */
export async function clickSwitch(canvas: HTMLElement, prefix: string): Promise<void> {
  await inEditor(canvas, 'table');
  const editor = canvas.querySelector('contact-prefs-editor')!;
  const box = [...editor.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
    (input) => input.getAttribute('aria-label')?.startsWith(prefix) && input.getAttribute('aria-disabled') !== 'true',
  );
  if (!box) throw new Error(`No switch named ${prefix}…`);
  box.click();
  await (editor as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Clicks a button of the editor by its visible words. */
export async function clickButton(canvas: HTMLElement, words: string, tag = 'contact-prefs-editor'): Promise<void> {
  await inEditor(canvas, 'button', tag);
  const host = canvas.querySelector(tag)!;
  const button = [...host.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === words);
  if (!button) throw new Error(`No button "${words}"`);
  button.click();
}

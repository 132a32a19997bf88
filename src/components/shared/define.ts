/**
 * Register a custom element once, without ever throwing.
 *
 * - The tag is free: registers `ctor` under it.
 * - The tag already holds this exact class (the define module ran twice): does nothing.
 * - The tag holds another class (a second copy of the kit, or another library using the same
 *   name): keeps the first definition and warns in the console.
 *
 * Every element's `define.ts` calls it; importing an element's class module registers nothing.
 * Returns whether `ctor` is now the class of `tag`.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  const existing = registry?.get(tag);
  if (!registry || existing === ctor) return existing === ctor;
  if (existing) {
    console.warn(
      `school-comms-elements: <${tag}> is already defined by another class, which is kept. ` +
        'Is the kit (or another library using this tag) loaded twice?',
    );
    return false;
  }
  try {
    registry.define(tag, ctor);
    return true;
  } catch (error) {
    // e.g. the same class already registered under another tag.
    console.warn(`school-comms-elements: could not define <${tag}>.`, error);
    return false;
  }
}

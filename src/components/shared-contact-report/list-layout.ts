import type { flow } from '@lit-labs/virtualizer/layouts/flow.js';

type ListLayout = ReturnType<typeof flow>;

let loaded: ListLayout | undefined;

// Left without a layout, the virtualizer imports its default one itself when a list first renders,
// and lays out no row until that import resolves, a task later: the next frame is often painted
// without rows by then. Asked for here, as the element's module is evaluated, the layout has
// loaded by the time a backend answers, and it stays a chunk of its own, out of the element's
// first download. An answer that comes sooner (from memory, as the page starts) or a failed load
// falls back on the virtualizer's own import: its first rows come a frame later.
void import('@lit-labs/virtualizer/layouts/flow.js').then(
  (module) => (loaded = module.flow()),
  () => undefined,
);

/**
 * The layout to hand the virtualizer, once loaded. Handed one, the virtualizer lays out the first
 * rows in the same task as the data, so the next frame paints them.
 */
export function listLayout(): ListLayout | undefined {
  return loaded;
}

import { flow } from '@lit-labs/virtualizer/layouts/flow.js';

/**
 * The layout the report hands its virtualizer. Left without one, the virtualizer imports its
 * default layout itself when the list first renders and lays out no row until that import
 * resolves, a task later, so the frame after the data was often painted without rows. Handed
 * this one, it lays out the first rows in the same task as the data and the next frame paints
 * them. Imported with the element (about 3 kB gzip) rather than lazily: a lazy import only wins
 * when the backend answers slower than the chunk loads, and the report must not depend on that.
 */
export const listLayout = flow();

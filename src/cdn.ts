/**
 * The single-file build for pages without a build step: registers every element and exposes
 * the same API as the package root.
 */
import './define.js';
export * from './index.js';

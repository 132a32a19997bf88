export { withDisplayText, hostileText, pseudoText, type TextRewrite } from './display-text.js';
export { HOSTILE_STRINGS } from './hostile-strings.js';

export { withDisplayText, hostileText, hostileTextFrom, pseudoText, type TextRewrite } from './display-text.js';
export { HOSTILE_STRINGS } from './hostile-strings.js';

import { css } from 'lit';

/*
 * Written minified: the badge sits next to every phone number of a portal page. Status colors
 * read the kit's `--comms-color-*` tokens with the same defaults as `theme-palette.ts` (a Node
 * test checks them); the tooltip uses the system colors Canvas / CanvasText, which follow the
 * page's color scheme, instead of resolving the whole shared theme.
 */
export const optinBadgeStyles = css`:host{display:inline-block;position:relative;max-inline-size:100%;font-size:var(--comms-font-size-small,.875rem);overflow-wrap:anywhere}:host([hidden]){display:none}button{all:unset}span,button{display:inline-flex;align-items:center;flex-wrap:wrap;gap:.25em}button{flex-wrap:nowrap;min-block-size:1.5rem;padding:0 .25em;border-radius:var(--comms-radius,.375rem)}:focus-visible{outline:var(--comms-focus-ring,2px solid var(--comms-color-focus,light-dark(#0b5cad,#7cb7ff)))}svg{inline-size:1.1em}.optedIn svg{color:var(--comms-color-success,light-dark(#1a6333,#7fdc9d))}.optedOut svg{color:var(--comms-color-danger,light-dark(#b42318,#ff9b91))}.notAsked svg,.pending{color:var(--comms-color-text-muted,light-dark(#57606a,#a3adb8))}.unknown svg{color:var(--comms-color-warning,light-dark(#7a4700,#f5c36b))}.unknown button{border:1px solid}:host([compact]) .label{position:absolute;clip-path:inset(50%)}#tip{display:none;position:absolute;inset-block-start:100%;inset-inline-start:0;z-index:1;inline-size:max-content;max-inline-size:min(20rem,90vw);padding:.25em .5em;border:1px solid;background:Canvas;color:CanvasText}:not(.hide):is(:hover,:focus-within)>#tip{display:block}`;

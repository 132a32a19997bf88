import { css } from 'lit';
import { chipStyles } from '../shared/chip.styles.js';
import { markerStyles } from '../shared/marker.styles.js';
import { composerStyles } from './composer.styles.js';
import { threadHeaderStyles } from './thread-header.styles.js';
import { timelineStyles } from './timeline.styles.js';

/** Styles of `<conversation-thread>`'s frame. Logical properties only, so right-to-left holds. */
const frameStyles = css`
  :host {
    display: block;
    block-size: var(--conversation-thread-block-size, min(40rem, 90vh));
    min-inline-size: 0;
    background: var(--_surface);
  }

  .root,
  .thread {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    min-block-size: 0;
  }

  [hidden] {
    display: none !important;
  }

  p,
  ul,
  h2,
  h3 {
    margin: 0;
  }

  ul {
    padding: 0;
    list-style: none;
  }

  .state-error {
    margin: var(--_space-s) var(--_space-m) 0;
  }
`;

/** Borders and the unread line in system colors, where author colors are replaced. */
const forcedColorStyles = css`
  @media (forced-colors: active) {
    .bubble,
    .chip,
    .menu {
      border-color: CanvasText;
    }
    .separator.unread::before,
    .separator.unread::after {
      border-color: Highlight;
    }
  }
`;

/** Styles of `<conversation-thread>`: its frame, then each part's; forced colors last. */
export const conversationThreadStyles = [frameStyles, markerStyles, threadHeaderStyles, timelineStyles, chipStyles, composerStyles, forcedColorStyles];

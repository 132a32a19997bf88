import { css } from 'lit';

/** The provider draws nothing: its children lay out as if it were not there. */
export const providerStyles = css`
  :host {
    display: contents;
  }

  :host([hidden]) {
    display: none;
  }
`;

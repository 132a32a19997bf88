// A story-only element that shows what <comms-provider> hands down: who is signed in and how the
// district is set up. It lets the provider's stories show the wiring without any product element.
import { html, css } from 'lit';
import { CommsElement } from '../../src/components/shared/comms-element.js';
import { defineElement } from '../../src/components/shared/define.js';

class StorySessionSummary extends CommsElement<'getViewer' | 'getDistrictSettings'> {
  static override styles = [
    ...CommsElement.styles,
    css`
      dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: var(--comms-space-xs) var(--comms-space-l); margin: 0; }
      dt { font-weight: var(--comms-font-weight-strong); }
      dd { margin: 0; overflow-wrap: anywhere; }
    `,
  ];
  static override adapterMethods = ['getViewer', 'getDistrictSettings'] as const;
  static override requires = ['viewer', 'settings'] as const;

  protected renderContent() {
    const viewer = this.activeViewer!;
    const settings = this.activeSettings!;
    return html`<dl>
      <dt>Viewer</dt><dd>${viewer.displayName} (${viewer.role})</dd>
      <dt>District</dt><dd>${settings.name}</dd>
      <dt>Texting number</dt><dd>${settings.texting.number}</dd>
      <dt>Enabled reasons</dt><dd>${settings.enabledReasons.join(', ')}</dd>
      <dt>Language</dt><dd>${this.activeLocale}</dd>
    </dl>`;
  }
}

defineElement('story-session-summary', StorySessionSummary);

// What the demo shows: the guardian, staff and admin views, each element with the district's
// fixtures as its data. Elements join the page as they are registered by src/define.ts.
import type { District } from '../src/mocks/index.js';

export interface DemoElement {
  tag: string;
  create(): HTMLElement;
}

export interface DemoView {
  title: string;
  about: string;
  elements: DemoElement[];
}

function element(tag: string, attributes: Record<string, string> = {}, setup?: (el: HTMLElement) => void): DemoElement {
  return {
    tag,
    create() {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      setup?.(el);
      return el;
    },
  };
}

/** A conversation list and a thread beside it, wired so a selection opens the thread. */
function conversations(): DemoElement[] {
  let thread: HTMLElement | undefined;
  return [
    element('conversation-list', {}, (list) => {
      list.addEventListener('conversation-select', (event) => {
        const id = (event as CustomEvent<{ conversationId: string }>).detail.conversationId;
        thread?.setAttribute('conversation-id', id);
      });
    }),
    element('conversation-thread', {}, (el) => {
      thread = el;
    }),
  ];
}

/** A native form around the opt-in form, showing what it submits. */
function optinFormInNativeForm(): DemoElement {
  return {
    tag: 'optin-form',
    create() {
      const form = document.createElement('form');
      const optin = document.createElement('optin-form');
      optin.setAttribute('name', 'guardianPhone');
      const submit = document.createElement('button');
      submit.textContent = 'Submit the enrollment form';
      const output = document.createElement('output');
      form.append(optin, submit, output);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        output.textContent = `Submitted: ${JSON.stringify([...new FormData(form).entries()])}`;
      });
      return form;
    },
  };
}

export function demoViews(district: District, viewerId: string): DemoView[] {
  const f = district.fixtures;
  return [
    {
      title: 'Guardian view',
      about:
        'What a parent sees in the portal: their own contact preferences, the "is this yours?" prompt, conversations, and the texting consent form of the school website.',
      elements: [
        element('contact-confirm-prompt', { 'person-id': viewerId }),
        element('contact-prefs-editor', { 'person-id': viewerId }),
        ...conversations(),
        optinFormInNativeForm(),
      ],
    },
    {
      title: 'Staff view',
      about:
        'What a teacher sees: texting status next to phone numbers, and who a message would reach before sending it.',
      elements: [
        element('optin-badge', { phone: f.optedOutGuardian.phone }),
        element('optin-badge', { phone: f.neverAskedGuardian.phone }),
        element('optin-badge', { phone: f.household.phone }),
        element('delivery-preview', { 'audience-id': f.audience, reason: 'attendance' }),
      ],
    },
    {
      title: 'District administrator view',
      about:
        "What a district administrator sees: anyone's preferences, the batch wizard, the opt-in report and the shared contact methods report. Other viewers see that they lack permission.",
      elements: [
        element('contact-prefs-editor', { 'person-id': f.household.guardianId }),
        element('contact-prefs-batch'),
        element('optin-report'),
        element('shared-contact-report'),
      ],
    },
  ];
}

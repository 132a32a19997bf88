import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { mockDistrictLoader, type MockStoryLoaded } from '../stories/support/mock-story.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  loaders: [mockDistrictLoader],
  decorators: [
    // Every story sits inside a provider wired to its own mock backend, in the chosen
    // language, color scheme and direction.
    (story, context) => {
      const loaded = context.loaded as MockStoryLoaded;
      const { locale, theme, dir } = context.globals as { locale: string; theme: string; dir: string };
      return html`<div class="story-frame" dir=${dir} data-theme=${theme} data-locale=${locale}>
        <comms-provider .adapter=${loaded.adapter} locale=${locale}>${story()}</comms-provider>
      </div>`;
    },
  ],
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: { title: 'Language', icon: 'globe', dynamicTitle: true, items: [
        { value: 'en', title: 'English' },
        { value: 'es', title: 'Español' },
        { value: 'en-XA', title: 'Pseudo-locale (finds untranslated text)' },
      ] },
    },
    theme: {
      description: 'Color scheme',
      toolbar: { title: 'Theme', icon: 'contrast', dynamicTitle: true, items: [
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
      ] },
    },
    dir: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', dynamicTitle: true, items: [
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ] },
    },
    data: {
      description: 'What the mock data says',
      toolbar: { title: 'Data', icon: 'database', dynamicTitle: true, items: [
        { value: 'normal', title: 'District data' },
        { value: 'hostile', title: 'Hostile text (markup, scripts, bidi, 10,000 characters)' },
      ] },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', dir: 'ltr', data: 'normal' },
  parameters: {
    controls: { expanded: true },
    a11y: {
      // WCAG 2.0–2.2 A and AA, the same rules the stories gate enforces.
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
      test: 'error',
    },
  },
};

export default preview;

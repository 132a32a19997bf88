import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', 'msw-storybook-addon'],
  // The msw service worker lives in public/ and must be served from the root. The single-file
  // build (made by `npm run build` first) is served at /cdn for the no-build page of the stories.
  staticDirs: ['../public', { from: '../dist/cdn', to: '/cdn' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;

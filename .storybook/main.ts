import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/Introduction.mdx', '../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest', 'storybook-addon-pseudo-states'],
  // No "what's new" fetch and popup on start: contributors come here for maqal's stories.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Stories that exist for the story tests (keyboard flows, unsafe URLs, hostile text, malformed
  // data, play-driven flows) carry this tag: hidden from the sidebar by default (the tag filter
  // brings them back), still run by the story tests, which select on the built-in `test` tag.
  tags: { 'test-harness': { defaultFilterSelection: 'exclude' } },
  // The theme toolbar paints each story's root with the theme's surface; a second background
  // control on the same canvas only contradicted it (issue 15).
  // Storybook's own onboarding (the sidebar "Get started" checklist and the menu's guide) is for
  // people setting up a new Storybook, not for contributors to this one (issue 19).
  features: { backgrounds: false, sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // Client components start with "use client" for React Server Components; bundled into
  // Storybook's single preview the directive has no meaning, so the warning about it is noise.
  viteFinal: (config) => ({
    ...config,
    // Pre-bundled at start, with what Storybook crawls from the stories: the dependencies the
    // preview reaches only through MDX pages, addons or a later story. A dependency Vite meets late
    // makes it re-optimize and reload the preview, which cost the first story seconds (issue 19).
    optimizeDeps: {
      ...config.optimizeDeps,
      include: [
        ...(config.optimizeDeps?.include ?? []),
        'react',
        'react/jsx-runtime',
        'react/jsx-dev-runtime',
        'react-dom',
        'react-dom/client',
        'storybook/test',
        '@storybook/addon-docs/blocks',
        'parse5',
      ],
    },
    build: {
      ...config.build,
      rolldownOptions: {
        ...config.build?.rolldownOptions,
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  }),
  typescript: {
    // Props tables in autodocs come from the components' TypeScript types and JSDoc.
    reactDocgen: 'react-docgen-typescript',
    // Only the components' own files: by default the plugin builds a TypeScript program of the whole
    // tsconfig.json (tests, stories, scripts: ~900 files, 14 s on two busy cores) before the first
    // page can render; the components alone are ~130 files and 1 s (.storybook/tsconfig.docgen.json).
    reactDocgenTypescriptOptions: { tsconfigPath: './.storybook/tsconfig.docgen.json', include: ['src/**/*.tsx'] },
  },
};

export default config;

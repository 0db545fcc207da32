/**
 * The architecture, checked in `npm test` (`npm run deps`). What may import what is explained in ARCHITECTURE.md;
 * each rule here names the line of it that it enforces. Type-only imports count too.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'No import cycle anywhere: every module can be read after the modules it imports.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'widget-imports-widget',
      comment: 'A widget never imports another widget; what two widgets share moves to src/core or src/shared.',
      severity: 'error',
      from: { path: '^src/elements/([^/]+)/' },
      to: { path: '^src/elements/', pathNot: '^src/elements/$1/' },
    },
    {
      name: 'core-imports-backend-or-widget',
      comment: 'The core knows the backend interface only: adapters register themselves from the entry points.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(backends|elements|builder)/' },
    },
    {
      name: 'browser-imports-server',
      comment: 'Browser code never imports the server.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^server/' },
    },
    {
      name: 'shared-imports-outside',
      comment: 'Shared code imports only shared code and zod: no browser code, no server code, no Node or DOM API.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: {
        pathNot: ['^src/shared/', '^node_modules/zod/'],
      },
    },
    {
      name: 'server-imports-browser-code',
      comment: 'The server imports nothing of the widget package but its shared folder (m4a-widgets/shared/*).',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(src|dist)/', pathNot: '^src/shared/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves (a typo in a path is caught here, before the bundler).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Only the crawl stops at node_modules (doNotFollow): imports of packages and of built files stay visible to the rules.
    exclude: { path: '(^|/)storybook-static/' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    tsConfig: { fileName: 'tsconfig.tools.json' },
    enhancedResolveOptions: {
      conditionNames: ['m4a-source', 'import', 'types', 'default'],
      exportsFields: ['exports'],
      extensions: ['.ts', '.js', '.mjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

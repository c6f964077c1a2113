import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'node_modules', 'coverage', 'examples/**/node_modules', 'examples/**/dist', 'bench/*/node_modules', 'bench/*/.out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // No path from a text prop to markup in the library or its stories (CONVENTIONS.md, "Avoid").
    // eslint-plugin-react's no-danger would cover only the JSX attribute, and is not installed:
    // these selectors also catch the prop passed as an object and the DOM's own HTML sinks.
    // Tests are exempt: one renders the React 18 JSON-LD recipe an app writes for itself.
    files: ['src/**', 'stories/**', '.storybook/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML'], Property[key.name='dangerouslySetInnerHTML']",
          message: 'maqal never turns text into markup: render text as text.',
        },
        {
          selector: [
            'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
            'CallExpression > MemberExpression.callee[property.name=/^(insertAdjacentHTML|createContextualFragment)$/]',
            "CallExpression > MemberExpression.callee[object.name='document'][property.name=/^(write|writeln)$/]",
          ].join(', '),
          message: 'maqal never turns text into markup: set textContent or render with React.',
        },
      ],
    },
  },
);

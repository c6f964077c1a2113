// Size budgets, checked by `npm test` (min + gzip, React excluded). Each component adds its own.
const js = (name, imported, limit) => ({
  name,
  path: 'dist/index.js',
  import: imported,
  ignore: ['react', 'react-dom'],
  gzip: true,
  limit,
});
const css = (name, path, limit) => ({ name, path, gzip: true, limit });

export default [
  js('maqal — whole library, JS', '*', '10 kB'),
  css('maqal/styles.css — whole library, CSS', 'dist/styles.css', '5 kB'),
  // components: budgets
];

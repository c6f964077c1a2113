// Layout direction belongs to CSS logical properties: a physical one (margin-left, right: 0,
// text-align: left, float: right, 100vw…) is an error. Transforms stay physical: mirror them by
// hand with :dir(rtl) and a test.
export default {
  plugins: ['stylelint-plugin-logical-css'],
  rules: {
    'logical-css/require-logical-keywords': [true, { severity: 'error' }],
    'logical-css/require-logical-properties': [true, { severity: 'error' }],
    'logical-css/require-logical-units': [true, { severity: 'error' }],
  },
};

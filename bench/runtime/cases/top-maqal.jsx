// maqal's ScrollToTop, from the built package (dist/), with the one stylesheet it exports.
// Default props: shown after one viewport of scrolling.
import '../../../dist/styles.css';
import { ScrollToTop } from '../../../dist/index.js';
import { backToTopPage } from '../harness.jsx';

backToTopPage({ Button: () => <ScrollToTop />, isShown: (c) => !c.querySelector('button').hidden });

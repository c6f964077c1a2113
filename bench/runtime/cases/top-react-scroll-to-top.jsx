// react-scroll-to-top, shown after one viewport of scrolling like the others (its default is 20 px).
import ScrollToTop from 'react-scroll-to-top';
import { backToTopPage } from '../harness.jsx';

backToTopPage({ Button: () => <ScrollToTop smooth top={window.innerHeight} />, isShown: (c) => c.querySelector('button') !== null });

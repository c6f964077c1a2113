// The floor: a back-to-top button with no state, no effect and no scroll listener. It shows once
// the page has scrolled one viewport, by a CSS scroll-driven animation (floor-top.css); the click
// is the only JavaScript.
import { backToTopPage } from '../harness.jsx';
import './floor-top.css';

function FloorTop() {
  return (
    <button type="button" className="floor-top" aria-label="العودة إلى الأعلى" onClick={() => window.scrollTo({ top: 0, behavior: 'smooth' })}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 5l-7 7m7-7l7 7M12 5v14" />
      </svg>
    </button>
  );
}

backToTopPage({ Button: FloorTop, isShown: (c) => getComputedStyle(c.querySelector('button')).visibility === 'visible' });

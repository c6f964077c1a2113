// The floor: what a hand-written rating costs at least. Plain JSX, no state, no effect, no handler:
// a radiogroup of five native radios, each in a label with one star SVG and its name as text.
// The value lives in the radios (defaultChecked); the fill and the hover preview are CSS (floor.css).
import { ratingPage } from '../harness.jsx';
import './floor.css';

const STAR = 'M12 2.6l2.9 6 6.6.9-4.8 4.6 1.2 6.5L12 17.5l-5.9 3.1 1.2-6.5-4.8-4.6 6.6-.9z';
const DIGITS = ['١', '٢', '٣', '٤', '٥'];

function FloorRating({ index }) {
  return (
    <div role="radiogroup" aria-label="تقييم القرّاء" className="floor-rating">
      {DIGITS.map((digit, i) => (
        <label key={digit} className="floor-star">
          <input type="radio" name={`floor-${index}`} value={i + 1} defaultChecked={i === 2} />
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d={STAR} />
          </svg>
          <span className="floor-name">{`${digit} من ٥ نجوم`}</span>
        </label>
      ))}
    </div>
  );
}

ratingPage({ Rating: FloorRating });

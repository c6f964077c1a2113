// maqal's StarRating, from the built package (dist/), with the one stylesheet it exports.
import '../../../dist/styles.css';
import { StarRating } from '../../../dist/index.js';
import { ratingPage } from '../harness.jsx';

ratingPage({ Rating: () => <StarRating defaultValue={3} /> });

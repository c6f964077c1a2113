// @smastrom/react-rating: controlled only, so each rating holds its value in state, as its docs
// show. It fills its container's width unless given a max width: 5 × 32 px, maqal's star size.
import { Rating } from '@smastrom/react-rating';
import '@smastrom/react-rating/style.css';
import { useState } from 'react';
import { ratingPage } from '../harness.jsx';

function SmastromRating() {
  const [value, setValue] = useState(3);
  return <Rating value={value} onChange={setValue} style={{ maxWidth: 160 }} />;
}

ratingPage({ Rating: SmastromRating });

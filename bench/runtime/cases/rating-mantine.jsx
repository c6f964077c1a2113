// Mantine Rating, with the providers and the per-component stylesheets Mantine's docs list.
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/Rating.css';
import { DirectionProvider, MantineProvider, Rating } from '@mantine/core';
import { ratingPage } from '../harness.jsx';

ratingPage({
  Rating: () => <Rating defaultValue={3} />,
  Wrapper: ({ children }) => (
    <DirectionProvider initialDirection="rtl">
      <MantineProvider>{children}</MantineProvider>
    </DirectionProvider>
  ),
});

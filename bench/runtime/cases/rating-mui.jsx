// MUI Rating, with the theme direction MUI's RTL guide asks for (the stylis RTL plugin it also
// suggests only flips physical CSS, which Rating does not depend on, and is left out).
import Rating from '@mui/material/Rating';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import { ratingPage } from '../harness.jsx';

const theme = createTheme({ direction: 'rtl' });

ratingPage({
  Rating: () => <Rating defaultValue={3} />,
  Wrapper: ({ children }) => <ThemeProvider theme={theme}>{children}</ThemeProvider>,
});

import 'maqal/styles.css';
import 'maqal/fonts.css';

export const metadata = { title: 'maqal — Next.js example (English)' };

// The English pages' root layout (a route group of its own, so <html> can say lang="en").
export default function RootLayout({ children }) {
  return (
    <html lang="en" dir="ltr">
      <body>{children}</body>
    </html>
  );
}

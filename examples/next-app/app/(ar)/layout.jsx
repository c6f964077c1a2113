import 'maqal/styles.css';
import 'maqal/fonts.css';

export const metadata = { title: 'maqal — مثال Next.js' };

// The Arabic pages' root layout: the app sets lang and dir once, on <html>.
export default function RootLayout({ children }) {
  return (
    <html lang="ar" dir="rtl">
      <body>{children}</body>
    </html>
  );
}

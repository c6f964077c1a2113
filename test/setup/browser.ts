import '@testing-library/jest-dom/vitest';
import '../../src/styles/fonts.css';
import '../../src/styles/index.css';

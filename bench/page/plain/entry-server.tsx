import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { PlainApp } from './PlainApp';

export function render(): string {
  return renderToString(
    <StrictMode>
      <PlainApp />
    </StrictMode>,
  );
}

// The public API of maqal: components, hooks and types, nothing else.
export { MaqalProvider, useLocale, useDirection, useMessages } from './core/MaqalProvider.js';
export type { MaqalProviderProps } from './core/MaqalProvider.js';
export type { Direction, NumberingSystem } from './core/locale.js';
export type {
  Messages,
  MessageOverrides,
  PluralMessage,
  RatingMessages,
  HeaderMessages,
  BylineMessages,
  ReadingTimeMessages,
  ScrollToTopMessages,
} from './core/messages/types.js';

export { Kicker } from './Kicker.js';
export type { KickerProps, KickerTone } from './Kicker.js';

export { Timestamp } from './Timestamp.js';
export type { TimestampProps, TimestampFormat } from './Timestamp.js';

export { Standfirst } from './Standfirst.js';
export type { StandfirstProps } from './Standfirst.js';

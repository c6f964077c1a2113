const warned = new Set<string>();

/**
 * Warns once per distinct message, in development only. Bundlers replace `process.env.NODE_ENV`
 * in production builds, so the call and its strings drop out there.
 */
export function warnOnce(message: string): void {
  if (process.env.NODE_ENV === 'production' || warned.has(message)) return;
  warned.add(message);
  console.warn(`[maqal] ${message}`);
}

/** A prop's value as a warning quotes it: strings quoted and cut to 40 characters, else the type. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value.slice(0, 40)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null ? 'null' : typeof value;
}

/** Lets tests see a warning again after the one that fired for an earlier test. */
export function resetWarnings(): void {
  warned.clear();
}

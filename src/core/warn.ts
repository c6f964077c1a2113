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

/** Lets tests see a warning again after the one that fired for an earlier test. */
export function resetWarnings(): void {
  warned.clear();
}

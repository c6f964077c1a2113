import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Timestamp, type TimestampProps } from '../src';

/*
 * Golden strings: what a reader sees for one fixed instant in every locale, numbering system and
 * format, with the Hijri secondary date and relative wording. The table in fixtures/timestamps.json
 * was reviewed by a person; when an engine or CLDR update changes it, regenerate with
 * MAQAL_UPDATE_GOLDEN=1 npx vitest run --project unit test/timestamp.golden.test.tsx
 * and review the diff line by line before committing it.
 */
// Vitest runs from the project root (jsdom gives import.meta.url an http: scheme).
const FIXTURE = resolve(process.cwd(), 'test/fixtures/timestamps.json');

// 21:30 UTC on 15 March 2026 is 00:30 on the 16th in Riyadh: the zone decides the day.
const INSTANT = '2026-03-15T21:30:00.000Z';
const at = (ms: number) => new Date(Date.parse(INSTANT) + ms).toISOString();
const MINUTE = 60_000;

type Case = Omit<TimestampProps, 'dateTime'>;
const LOCALES = ['ar', 'ar-EG', 'he', 'fa', 'ur', 'en'];

const cases: Record<string, Case> = {};
for (const locale of LOCALES) {
  const base = { locale, timeZone: 'Asia/Riyadh' };
  cases[`${locale} date`] = { ...base, format: 'date' };
  cases[`${locale} datetime`] = { ...base, format: 'datetime' };
  cases[`${locale} time`] = { ...base, format: 'time' };
  for (const numberingSystem of ['latn', 'arab', 'arabext'] as const) {
    cases[`${locale} datetime ${numberingSystem}`] = { ...base, numberingSystem };
  }
  cases[`${locale} date + Hijri`] = { ...base, format: 'date', secondaryCalendar: 'islamic-umalqura' };
  cases[`${locale} updated`] = { ...base, updated: true };
  cases[`${locale} relative, 30 s`] = { ...base, format: 'relative', now: at(30_000) };
  cases[`${locale} relative, 5 min`] = { ...base, format: 'relative', now: at(5 * MINUTE) };
  cases[`${locale} relative, 3 h`] = { ...base, format: 'relative', now: at(180 * MINUTE) };
  cases[`${locale} relative, 2 days`] = { ...base, format: 'relative', now: at(2 * 1440 * MINUTE) };
}
cases['ar datetime UTC'] = { locale: 'ar', timeZone: 'UTC' };
cases['ar date, Umm al-Qura calendar, Hijri secondary shown once'] = {
  locale: 'ar',
  timeZone: 'Asia/Riyadh',
  format: 'date',
  calendar: 'islamic-umalqura',
  secondaryCalendar: 'islamic-umalqura',
};
cases['ar-SA datetime'] = { locale: 'ar-SA', timeZone: 'Asia/Riyadh' };

/** Server-rendered text of a Timestamp, as a reader sees it. */
function serverText(props: Case): string {
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(<Timestamp dateTime={INSTANT} {...props} />);
  return host.textContent ?? '';
}

// Invisible characters written as escapes, so a reviewer sees them in the JSON.
const escapeInvisible = (json: string) =>
  json.replace(/[\u00a0\u061c\u200b-\u200f\u202a-\u202e\u202f\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

if (process.env.MAQAL_UPDATE_GOLDEN === '1') {
  const table = Object.fromEntries(Object.entries(cases).map(([id, props]) => [id, serverText(props)]));
  writeFileSync(FIXTURE, `${escapeInvisible(JSON.stringify(table, null, 2))}\n`);
}

const golden: Record<string, string> = existsSync(FIXTURE) ? JSON.parse(readFileSync(FIXTURE, 'utf8')) : {};

describe('Timestamp golden strings (test/fixtures/timestamps.json)', () => {
  it('has exactly one reviewed string per case', () => {
    expect(Object.keys(golden).sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.keys(cases))('renders %s as reviewed', (id) => {
    expect(serverText(cases[id]!)).toBe(golden[id]);
  });
});

// API reports (etc/<name>.api.md) of every JS entry point in package.json "exports", made by
// API Extractor from the built declarations in dist/ (run `npm run build` first).
//   node scripts/api-report.mjs          check: exits 1 when an export's signature changed and the
//                                        committed report was not updated (npm test runs this)
//   node scripts/api-report.mjs --local  update: rewrites the reports (npm run api:update)
// Every export that has "types" gets a report, so a new entry point cannot slip through unreviewed.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const root = resolve(new URL('..', import.meta.url).pathname);
const local = process.argv.includes('--local');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const base = ExtractorConfig.loadFile(join(root, 'api-extractor.json'));

/** "." → maqal, "./html" → maqal-html: the report's file name, etc/<name>.api.md. */
export const reportName = (subpath) => (subpath === '.' ? pkg.name : `${pkg.name}-${subpath.slice(2).replaceAll('/', '-')}`);

const entries = Object.entries(pkg.exports).flatMap(([subpath, target]) =>
  typeof target === 'object' && target.types ? [[subpath, target.types]] : [],
);

let failed = false;
for (const [subpath, types] of entries) {
  const entry = join(root, types);
  if (!existsSync(entry)) {
    console.error(`api-report: ${subpath} → ${types} is missing; run \`npm run build\` first.`);
    failed = true;
    continue;
  }
  const config = ExtractorConfig.prepare({
    configObject: {
      ...base,
      mainEntryPointFilePath: entry,
      compiler: { ...base.compiler, overrideTsconfig: { ...base.compiler.overrideTsconfig, files: [entry] } },
      apiReport: { ...base.apiReport, reportFileName: reportName(subpath) },
    },
    configObjectFullPath: join(root, 'api-extractor.json'),
    packageJsonFullPath: join(root, 'package.json'),
  });
  const result = Extractor.invoke(config, { localBuild: local, showVerboseMessages: false, printApiReportDiff: !local });
  if (!result.succeeded) failed = true;
  const report = `etc/${reportName(subpath)}.api.md`;
  if (result.apiReportChanged) {
    console.log(local ? `api-report: updated ${report}` : `api-report: ${subpath} changed; review the diff above, then run \`npm run api:update\` and commit ${report}.`);
  } else {
    console.log(`api-report: ${subpath} matches ${report}`);
  }
}
process.exit(failed ? 1 : 0);

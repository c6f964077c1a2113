// How long TypeScript takes to build the program react-docgen-typescript needs, for each choice of
// project: the whole tsconfig.json, the library's tsconfig.build.json, and src/**/*.tsx without @types/node.

import ts from 'typescript';

function time(label, fileNames, options) {
  const t = performance.now();
  const program = ts.createProgram(fileNames, options);
  program.getTypeChecker();
  console.log(label, fileNames.length, 'roots', program.getSourceFiles().length, 'files', Math.round(performance.now() - t), 'ms');
}
for (const cfg of ['tsconfig.json', 'tsconfig.build.json']) {
  const parsed = ts.getParsedCommandLineOfConfigFile(cfg, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} });
  time(cfg, parsed.fileNames, parsed.options);
  if (cfg === 'tsconfig.build.json') {
    time('src/**/*.tsx, types: []', ts.sys.readDirectory('src', ['.tsx']), { ...parsed.options, types: [] });
  }
}

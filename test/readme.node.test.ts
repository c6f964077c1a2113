// Every tsx block in the README is a module an app could paste: it must type-check under strict
// TypeScript against maqal's published declarations (issue 14). A block may import './article', the sample
// article of examples/vite-app, and './App', its App, as the README's Vite page does.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const blocks = [...readFileSync(`${root}README.md`, 'utf8').matchAll(/```tsx\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** The README's code for a file, with the file-name comment and trailing notes on imports removed. */
const bare = (code: string) => code.replace(/^\/\/ \S+.*\n/, '').replace(/(from '[^']+';) \/\/.*$/gm, '$1').trim();

describe('README page snippets are the example apps, which consumers.e2e.test.ts builds and renders in Chromium', () => {
  it.each([
    ['tsx', '// src/App.tsx', 'examples/vite-app/src/App.tsx'],
    ['tsx', '// src/main.tsx (server-rendered or not)', 'examples/vite-app/src/main.tsx'],
    ['jsx', '// app/(ar)/page.jsx', 'examples/next-app/app/(ar)/page.jsx'],
  ])('the %s block %s is %s', (fence, heading, file) => {
    const block = [...readFileSync(`${root}README.md`, 'utf8').matchAll(new RegExp('```' + fence + '\\n([\\s\\S]*?)```', 'g'))]
      .map((m) => m[1]!)
      .find((code) => code.startsWith(heading));
    expect(block, `README has no ${heading} block`).toBeDefined();
    const source = readFileSync(`${root}${file}`, 'utf8').replace(/^(\/\/.*\n)+/, '');
    expect(bare(block!)).toBe(bare(source));
  });
});

describe('README tsx blocks', () => {
  it('has tsx blocks to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  it('type-checks every one under strict TypeScript against maqal’s public API', () => {
    const dir = `${root}node_modules/.cache/maqal/readme/`;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    copyFileSync(`${root}examples/vite-app/src/article.ts`, `${dir}article.ts`);
    // The example's App, which the README's src/main.tsx block imports.
    copyFileSync(`${root}examples/vite-app/src/App.tsx`, `${dir}App.tsx`);
    writeFileSync(`${dir}css.d.ts`, "declare module '*.css';\n");
    const files = blocks.map((code, i) => {
      const file = `${dir}block-${i + 1}.tsx`;
      // A block with no import or export is a script to TypeScript: make each a module of its own.
      writeFileSync(file, /^\s*(import|export)\s/m.test(code) ? code : `${code}\nexport {};\n`);
      return file;
    });
    const program = ts.createProgram([...files, `${dir}css.d.ts`], {
      strict: true,
      noEmit: true,
      jsx: ts.JsxEmit.ReactJSX,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      skipLibCheck: true,
      types: [],
      typeRoots: [`${root}node_modules/@types`],
      // What an app gets: the built declarations (npm test builds before it runs the tests).
      paths: { maqal: [`${root}dist/index.d.ts`], 'maqal/html': [`${root}dist/html.d.ts`], 'maqal/wordpress': [`${root}dist/wordpress.d.ts`] },
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file ? `${d.file.fileName.replace(dir, '')}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : ''} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
  }, 120_000);
});

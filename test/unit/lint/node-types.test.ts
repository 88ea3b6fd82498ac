/**
 * The Node-side TypeScript project (tsconfig.node.json: electron/, assets/,
 * the pure renderer folders, unit tests) has no DOM library, so a pure module
 * that reaches for `document` fails the type-check, not only the lint. A
 * probe file is type-checked in memory with that project's options.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function diagnosticsFor(relativeFile: string, code: string): string[] {
  const configPath = path.join(repoRoot, 'tsconfig.node.json');
  const { config } = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, repoRoot);
  const probe = path.join(repoRoot, relativeFile);
  const host = ts.createCompilerHost({ ...options, noEmit: true });
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) =>
    path.resolve(file) === probe
      ? ts.createSourceFile(file, code, language)
      : getSourceFile(file, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => path.resolve(file) === probe || fileExists(file);
  const program = ts.createProgram({
    rootNames: [probe],
    options: {
      ...options,
      noEmit: true,
      composite: false,
      declaration: false,
      emitDeclarationOnly: false,
    },
    host,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('tsconfig.node.json', () => {
  it('refuses DOM globals in Node-side code', () => {
    const messages = diagnosticsFor(
      'assets/format/dom-probe.ts',
      'export const title = document.title;',
    );
    expect(messages.join('\n')).toMatch(/Cannot find name 'document'/);
  });

  it('still knows the web-standard values Node has (Request, Response, URL)', () => {
    const messages = diagnosticsFor(
      'electron/pure/web-probe.ts',
      "export const r = new Response(new URL('moon://app/').host, { status: 200 });\nexport const q = (x: Request) => x.url;",
    );
    expect(messages).toEqual([]);
  });
});

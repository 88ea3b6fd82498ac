/**
 * The layering rules are real: each planted violation is linted through
 * ESLint's Node API with the project's own eslint.config.js (as if the file
 * sat at that path) and must be reported by the rule that guards it, while
 * the allowed twin of each probe lints clean.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  // import/no-cycle reads the linted file from disk, which a probe is not on.
  eslint = new ESLint({ cwd: repoRoot, overrideConfig: { rules: { 'import/no-cycle': 'off' } } });
});

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const TS_IMPORTS = '@typescript-eslint/no-restricted-imports';
const CORE_IMPORTS = 'no-restricted-imports';
const GLOBALS = 'no-restricted-globals';

type Probe = { file: string; code: string; rule: string };

const violations: Probe[] = [
  // Pure folders: no DOM globals, no electron, React, three.js or Node.
  { file: 'assets/format/probe.ts', code: 'export const b = document.body;', rule: GLOBALS },
  { file: 'assets/format/probe.ts', code: 'export const w = window.innerWidth;', rule: GLOBALS },
  {
    file: 'assets/format/probe.ts',
    code: "export const v = localStorage.getItem('x');",
    rule: GLOBALS,
  },
  { file: 'assets/format/probe.ts', code: 'export const e = process.env;', rule: GLOBALS },
  {
    file: 'assets/format/probe.ts',
    code: "import { app } from 'electron';\nexport const a = app;",
    rule: CORE_IMPORTS,
  },
  {
    file: 'renderer/geo/probe.ts',
    code: "import { useState } from 'react';\nexport const u = useState;",
    rule: CORE_IMPORTS,
  },
  {
    file: 'renderer/geo/probe.ts',
    code: "import { Vector3 } from 'three';\nexport const v = new Vector3();",
    rule: CORE_IMPORTS,
  },
  {
    file: 'renderer/sites/probe.ts',
    code: 'export const n = navigator.language;',
    rule: GLOBALS,
  },
  {
    file: 'electron/pure/probe.ts',
    code: "import * as fs from 'node:fs';\nexport const f = fs;",
    rule: CORE_IMPORTS,
  },
  {
    file: 'electron/ipc/probe.ts',
    code: 'export const h = (e: HTMLElement) => e;\nexport const d = document;',
    rule: GLOBALS,
  },
  // assets/ imports neither electron/ nor renderer/ (not even types).
  {
    file: 'assets/tool/probe.ts',
    code: "import { APP_ORIGIN } from '../../electron/pure/trust';\nexport const o = APP_ORIGIN;",
    rule: TS_IMPORTS,
  },
  {
    file: 'assets/tool/probe.ts',
    code: "import type { PackStatus } from '../../electron/ipc/contract';\nexport type P = PackStatus;",
    rule: TS_IMPORTS,
  },
  {
    file: 'assets/format/probe.ts',
    code: "import { latLonToXYZ } from '../../renderer/geo/frame';\nexport const f = latLonToXYZ;",
    rule: TS_IMPORTS,
  },
  // electron/ never imports renderer/ (its locale JSON excepted, below): not code, not other JSON.
  {
    file: 'electron/main/probe.ts',
    code: "import { i18n } from '../../renderer/i18n';\nexport const i = i18n;",
    rule: TS_IMPORTS,
  },
  {
    file: 'electron/main/probe.ts',
    code: "import g from '../../renderer/gazetteer/gazetteer.json';\nexport const n = g;",
    rule: TS_IMPORTS,
  },
  {
    file: 'electron/main/probe.ts',
    code: "import x from '../../renderer/i18n/locales/en.json.ts';\nexport const n = x;",
    rule: TS_IMPORTS,
  },
  {
    file: 'electron/main/probe.ts',
    code: "import { useMoon } from '../../renderer/state/moon';\nexport const m = useMoon;",
    rule: TS_IMPORTS,
  },
  // The renderer imports electron/ as types only, and no Node-side code.
  {
    file: 'renderer/ui/probe.ts',
    code: "import { ipcContract } from '../../electron/ipc/contract';\nexport const c = ipcContract;",
    rule: TS_IMPORTS,
  },
  {
    file: 'renderer/ui/probe.ts',
    code: "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;",
    rule: TS_IMPORTS,
  },
  {
    file: 'renderer/ui/probe.ts',
    code: "import { buildPack } from '../../assets/tool/build';\nexport const b = buildPack;",
    rule: TS_IMPORTS,
  },
];

const allowed: Omit<Probe, 'rule'>[] = [
  // Web-standard values both runtimes share stay allowed in pure code.
  {
    file: 'assets/format/probe.ts',
    code: "export const h = new URL('moon://app/').host + new TextEncoder().encode('x').length;",
  },
  {
    file: 'electron/pure/probe.ts',
    code: 'export const r = (req: Request) => new Response(req.url, { headers: new Headers() });',
  },
  {
    file: 'renderer/ui/probe.ts',
    code: "import type { PackStatus } from '../../electron/ipc/contract';\nexport type P = PackStatus;",
  },
  {
    file: 'electron/main/probe.ts',
    code: "import { MANIFEST_FILE } from '../../assets/format/manifest';\nexport const m = MANIFEST_FILE;",
  },
  { file: 'renderer/ui/probe.ts', code: 'export const b = document.body;' },
  // The locale files are data: the application menu speaks the renderer's words.
  {
    file: 'electron/main/probe.ts',
    code: "import en from '../../renderer/i18n/locales/en.json';\nexport const e = en;",
  },
];

describe('layer rules catch planted violations', () => {
  it.each(violations)('$file: $code → $rule', async ({ file, code, rule }) => {
    expect(await ruleIds(file, code)).toContain(rule);
  });

  it.each(allowed)('$file: $code → clean', async ({ file, code }) => {
    expect(await ruleIds(file, code)).toEqual([]);
  });
});

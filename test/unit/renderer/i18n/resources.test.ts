/**
 * Translation completeness: every key in every language, the same
 * placeholders everywhere, every key used by the code, and the site catalog
 * translated entry by entry.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../../renderer/i18n/locales/en.json';
import fr from '../../../../renderer/i18n/locales/fr.json';
import zh from '../../../../renderer/i18n/locales/zh.json';
import frCatalog from '../../../../renderer/i18n/catalog/fr.json';
import zhCatalog from '../../../../renderer/i18n/catalog/zh.json';
import { FAR_SIDE_FACTS, SITE_DATA } from '../../../../renderer/sites/catalog';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const LOCALES = { fr, zh } as Record<string, Tree>;
const english = flatten(en as Tree);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('interface strings', () => {
  for (const [lng, tree] of Object.entries(LOCALES)) {
    const local = flatten(tree);
    it(`${lng} has exactly the English keys`, () => {
      expect([...local.keys()].sort()).toEqual([...english.keys()].sort());
    });
    it(`${lng} keeps every placeholder of each English string`, () => {
      for (const [key, text] of english) {
        expect(placeholders(local.get(key) ?? ''), key).toEqual(placeholders(text));
      }
    });
    it(`${lng} has no empty string`, () => {
      for (const [key, text] of local) expect(text.trim(), key).not.toBe('');
    });
  }

  it('Chinese strings are written in Chinese, not copied from English', () => {
    const local = flatten(zh as Tree);
    // A name, and 'UTC' (written so in Chinese too), are not words to translate.
    const sameOk = new Set(['app.name', 'toggle.apollo11', 'info.dateTimeUtc']);
    for (const [key, text] of english) {
      if (sameOk.has(key) || !/[A-Za-z]{3}/.test(text.replace(/\{\{\w+\}\}/g, ''))) continue;
      expect(local.get(key), key).toMatch(/\p{Script=Han}/u);
    }
  });

  it('every key is used by the code, and nothing else is in the files', () => {
    // The shortcut table (assets/format) and the menu template (electron/pure) name keys too.
    const source = ['renderer', 'assets/format', 'electron/pure']
      .flatMap(sourceFiles)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = [...english.keys()].filter((key) => !source.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});

describe('site catalog text', () => {
  const ids = SITE_DATA.map((s) => s.id).sort();
  for (const [lng, catalog] of Object.entries({ fr: frCatalog, zh: zhCatalog })) {
    const sites = catalog.sites as Record<string, Record<string, string>>;
    it(`${lng} translates every site and no other`, () => {
      expect(Object.keys(sites).sort()).toEqual(ids);
    });
    it(`${lng} gives each site a name, description, frame, accuracy and the note English has`, () => {
      for (const site of SITE_DATA) {
        const t = sites[site.id]!;
        const fields = ['name', 'description', 'frame', 'accuracy'];
        if (site.provenance.note) fields.push('note');
        expect(Object.keys(t).sort(), site.id).toEqual(fields.sort());
        for (const field of fields) expect(t[field]!.trim(), `${site.id}.${field}`).not.toBe('');
        // A description copied from English is not a translation.
        expect(t.description, site.id).not.toBe(site.description);
      }
    });
    it(`${lng} translates every far-side fact`, () => {
      const facts = catalog.facts as Record<string, { title: string; text: string }>;
      expect(Object.keys(facts).sort()).toEqual(FAR_SIDE_FACTS.map((f) => f.id).sort());
      for (const f of FAR_SIDE_FACTS) expect(facts[f.id]!.text).not.toBe(f.text);
    });
    it(`${lng} keeps the years, sizes and masses of each description`, () => {
      // Numbers of two or more digits survive translation (Chinese writes small
      // ones in words, e.g. 嫦娥五号); grouping differs (1,731 / 1 731 / 1731).
      const numbers = (text: string) =>
        [...text.replace(/(\d)[,\u202f\u00a0 ](?=\d{3}\b)/g, '$1').matchAll(/\d+(?:[.,]\d+)?/g)]
          .map((m) => m[0].replace(',', '.'))
          .filter((n) => n.length >= 2)
          .sort();
      for (const site of SITE_DATA) {
        const local = numbers(sites[site.id]!.description!);
        for (const n of numbers(site.description)) expect(local, site.id).toContain(n);
      }
    });
  }

  it('Chinese site descriptions are in Chinese', () => {
    for (const t of Object.values(zhCatalog.sites))
      expect(t.description).toMatch(/\p{Script=Han}/u);
  });
});

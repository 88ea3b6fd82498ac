/**
 * The site catalog in each language: names, descriptions, frame and accuracy
 * wording, notes, and the far-side facts. English is the catalog itself
 * (renderer/sites/catalog.ts); French and Chinese are tables keyed by site id,
 * loaded with their language. Citations (sources) stay as published.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../assets/format/language';
import { FAR_SIDE_FACTS, SITE_DATA } from '../sites/catalog';

export interface SiteText {
  name: string;
  description: string;
  frame: string;
  accuracy: string;
  note?: string;
}

export interface FactText {
  title: string;
  text: string;
}

export interface CatalogText {
  sites: Record<string, SiteText>;
  facts: Record<string, FactText>;
}

/** The English catalog text, straight from the catalog data. */
export function englishCatalogText(): CatalogText {
  const sites: Record<string, SiteText> = {};
  for (const s of SITE_DATA) {
    const { frame, accuracy, note } = s.provenance;
    sites[s.id] = {
      name: s.name,
      description: s.description,
      frame,
      accuracy,
      ...(note ? { note } : {}),
    };
  }
  const facts: Record<string, FactText> = {};
  for (const f of FAR_SIDE_FACTS) facts[f.id] = { title: f.title, text: f.text };
  return { sites, facts };
}

const tables: Partial<Record<Language, CatalogText>> = { en: englishCatalogText() };

const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: CatalogText }>> = {
  fr: () => import('./catalog/fr.json'),
  zh: () => import('./catalog/zh.json'),
};

export async function loadCatalogText(language: Language): Promise<void> {
  if (language === 'en' || tables[language]) return;
  tables[language] = (await loaders[language]()).default;
}

/** A site's text in a language; English for anything that language lacks. */
export function siteText(language: Language, id: string): SiteText {
  const english = tables.en!.sites[id];
  const local = tables[language]?.sites[id];
  if (!english) return local ?? { name: id, description: '', frame: '', accuracy: '' };
  return { ...english, ...local };
}

export function factText(language: Language, id: string): FactText {
  return tables[language]?.facts[id] ?? tables.en!.facts[id] ?? { title: id, text: '' };
}

/** `(siteId) => SiteText` in the current language; re-renders on a switch. */
export function useSiteText(): (id: string) => SiteText {
  const { i18n } = useTranslation();
  const lng = isLanguage(i18n.language) ? i18n.language : 'en';
  return useCallback((id: string) => siteText(lng, id), [lng]);
}

export function useFactText(): (id: string) => FactText {
  const { i18n } = useTranslation();
  const lng = isLanguage(i18n.language) ? i18n.language : 'en';
  return useCallback((id: string) => factText(lng, id), [lng]);
}

import './gazetteer.css';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Gazetteer } from '../../assets/format/gazetteer';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { parseCoordinates } from '../gazetteer/coordinates';
import { featureTypeKey, GAZETTEER_STRINGS as S } from '../gazetteer/strings';
import { useFormat, type Formatters } from '../i18n/format';
import { translate } from '../i18n/message';
import { flyToFeature, flyToLatLon, useGazetteer } from '../state/gazetteer';
import { useGazetteerSearch } from './useGazetteerSearch';
import { usePanels } from '../state/panels';

type Choice =
  { kind: 'feature'; index: number } | { kind: 'coordinates'; latDeg: number; lonDeg: number };

/** 'Crater · 184 km · far side', in the current language. */
export function featureSummary(t: TFunction, f: Formatters, g: Gazetteer, k: number): string {
  const code = g.types[g.typeIndex[k]!]!;
  const typeKey = featureTypeKey(code);
  return t(S.summary, {
    type: typeKey ? t(typeKey) : code,
    diameter: f.length(g.diameterKm[k]!, 1),
    side: t(Math.abs(g.lonDeg[k]!) > 90 ? S.farSide : S.nearSide),
  });
}

/**
 * Search every IAU name on the Moon, or type coordinates; Enter flies there.
 * Opens with Ctrl/Cmd+F or `/`; Escape closes it.
 *
 * @example <SearchBox />
 */
export function SearchBox() {
  const { t } = useTranslation();
  const f = useFormat();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const index = useGazetteerSearch(open);
  const gazetteer = useGazetteer((s) => s.gazetteer);
  const loadError = useGazetteer((s) => s.error);

  // `/` and Ctrl/Cmd+F come through the shortcut table (renderer/keys).
  // A request made before this box mounted (an earlier kiosk session) is not one.
  const searchRequest = usePanels((s) => s.searchRequest);
  const answered = useRef(searchRequest);
  useEffect(() => {
    if (searchRequest === answered.current) return;
    answered.current = searchRequest;
    setOpen(true);
    requestAnimationFrame(() => input.current?.select());
  }, [searchRequest]);

  const coords = useMemo(() => parseCoordinates(query), [query]);
  const choices = useMemo((): Choice[] => {
    const out: Choice[] = [];
    if (coords.kind === 'coordinates')
      out.push({ kind: 'coordinates', latDeg: coords.latDeg, lonDeg: coords.lonDeg });
    if (index)
      for (const hit of index.search(query, 12)) out.push({ kind: 'feature', index: hit.index });
    return out;
  }, [coords, index, query]);

  const close = useCallback(() => {
    setOpen(false);
    setQuery('');
    setActive(0);
  }, []);

  const choose = useCallback(
    (choice: Choice | undefined) => {
      if (!choice) return;
      close();
      if (choice.kind === 'feature') void flyToFeature(choice.index);
      else void flyToLatLon(choice.latDeg, choice.lonDeg);
    },
    [close],
  );

  if (!open) {
    return (
      <button
        type="button"
        className="search-open"
        onClick={() => setOpen(true)}
        title={t(S.searchHint)}
      >
        {t(S.searchButton)}
      </button>
    );
  }

  const activeIndex = Math.min(active, Math.max(0, choices.length - 1));
  return (
    <div className="search" role="search">
      <input
        ref={input}
        type="search"
        autoFocus
        value={query}
        placeholder={t(S.searchPlaceholder)}
        aria-label={t(S.searchLabel)}
        aria-controls={listId}
        aria-activedescendant={choices.length > 0 ? `${listId}-${activeIndex}` : undefined}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onBlur={(e) => {
          if (!e.currentTarget.parentElement?.contains(e.relatedTarget as Node | null)) close();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            close();
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive(Math.min(activeIndex + 1, choices.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive(Math.max(activeIndex - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(choices[activeIndex]);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={t(S.searchLabel)} className="search-results">
        {choices.map((c, i) => (
          <li
            key={c.kind === 'feature' ? c.index : 'coordinates'}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === activeIndex}
            tabIndex={-1}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(c)}
            onMouseEnter={() => setActive(i)}
          >
            {c.kind === 'coordinates' ? (
              <>
                <span className="name">{t(S.searchCoordinates)}</span>
                <span className="meta">
                  {f.latDeg(c.latDeg, 2)}, {f.lonDeg(c.lonDeg, 2)}
                </span>
              </>
            ) : (
              gazetteer && (
                <>
                  <span className="name">{gazetteer.names[c.index]}</span>
                  <span className="meta">{featureSummary(t, f, gazetteer, c.index)}</span>
                </>
              )
            )}
          </li>
        ))}
      </ul>
      {coords.kind === 'invalid' && <p className="search-note">{t(coords.message)}</p>}
      {!index && !loadError && <p className="search-note">{t(S.searchLoading)}</p>}
      {loadError && <p className="search-note">{translate(t, loadError)}</p>}
      {index && query.trim() !== '' && choices.length === 0 && coords.kind !== 'invalid' && (
        <p className="search-note">{t(S.searchNoResults, { query: query.trim() })}</p>
      )}
    </div>
  );
}

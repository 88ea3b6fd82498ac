/**
 * The gazetteer, loaded on first use: the JSON ships as its own file and is
 * fetched only when names are first needed, so the first frame of the globe
 * never waits for 9,049 names.
 */
import { decodeGazetteer, type Gazetteer } from '../../assets/format/gazetteer';
import gazetteerUrl from '../gazetteer/gazetteer.json?url';

let pending: Promise<Gazetteer> | null = null;

export function loadGazetteer(): Promise<Gazetteer> {
  pending ??= fetch(gazetteerUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`the names file answered ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then(decodeGazetteer)
    .catch((error: unknown) => {
      pending = null; // let a later call try again
      throw error;
    });
  return pending;
}

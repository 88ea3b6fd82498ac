/**
 * The renderer's heap census (test/support/heap-census.ts) from a heap
 * snapshot taken through the DevTools protocol, which collects garbage first.
 */
import type { CDPSession } from '@playwright/test';
import { census, type HeapCensus, type HeapSnapshot } from '../../support/heap-census';

export type { HeapCensus };

/** Take a heap snapshot of the page behind `cdp` (after a GC) and count it. */
export async function takeCensus(cdp: CDPSession): Promise<HeapCensus> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return census(JSON.parse(chunks.join('')) as HeapSnapshot);
}

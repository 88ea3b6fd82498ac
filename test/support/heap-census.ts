/**
 * A census of a V8 heap snapshot (the .heapsnapshot JSON of the DevTools
 * protocol's HeapProfiler.takeHeapSnapshot or node:v8's getHeapSnapshot,
 * both taken after a garbage collection). It splits the live bytes into
 * what a leak in the app would grow and what V8 grows by itself as it warms
 * up:
 *
 *  - js: JavaScript values (objects, arrays and their backing stores,
 *    closures, strings, numbers, regexps, symbols, hidden classes), the
 *    app's and its libraries' state;
 *  - v8Code: V8's own code and feedback (snapshot node type "code":
 *    bytecode, optimised machine code and its deopt data, feedback vectors,
 *    function infos, allocation sites) plus the literal boilerplates that
 *    allocation sites keep (objects and arrays V8 copies an object or array
 *    literal from once a site is warm);
 *  - native: Blink and other embedder objects (DOM, performance timeline
 *    entries, the inspector's network buffers, array buffer storage).
 *
 * Optimising compilers tier functions up for many minutes of a repetitive
 * workload, so v8Code creeps up round after round and then levels off; a
 * leak of app state shows in js.
 */
export type HeapCensus = {
  /** Bytes of JavaScript values (see above). */
  js: number;
  /** Bytes of V8 code and feedback, boilerplates included. */
  v8Code: number;
  /** Bytes of embedder (Blink) objects. */
  native: number;
  /** Objects and arrays in js, by count. */
  objects: number;
};

/** The parts of a .heapsnapshot the census reads. */
export type HeapSnapshot = {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
};

const JS_TYPES = new Set([
  'object',
  'closure',
  'array',
  'string',
  'concatenated string',
  'sliced string',
  'number',
  'regexp',
  'symbol',
  'bigint',
  'object shape',
  'hidden',
]);

export function census(snapshot: HeapSnapshot): HeapCensus {
  const { meta } = snapshot.snapshot;
  const { nodes, edges, strings } = snapshot;
  const nodeWidth = meta.node_fields.length;
  const edgeWidth = meta.edge_fields.length;
  const typeAt = meta.node_fields.indexOf('type');
  const nameAt = meta.node_fields.indexOf('name');
  const sizeAt = meta.node_fields.indexOf('self_size');
  const edgeCountAt = meta.node_fields.indexOf('edge_count');
  const toAt = meta.edge_fields.indexOf('to_node');
  const types = meta.node_types[0];
  const count = nodes.length / nodeWidth;

  // Objects an allocation site points at: the boilerplates of warm literals.
  const boilerplate = new Uint8Array(count);
  for (let n = 0, e = 0; n < count; n += 1) {
    const edgeCount = nodes[n * nodeWidth + edgeCountAt]!;
    if (strings[nodes[n * nodeWidth + nameAt]!] === 'system / AllocationSite') {
      for (let k = 0; k < edgeCount; k += 1) {
        boilerplate[edges[e + k * edgeWidth + toAt]! / nodeWidth] = 1;
      }
    }
    e += edgeCount * edgeWidth;
  }

  const result: HeapCensus = { js: 0, v8Code: 0, native: 0, objects: 0 };
  for (let n = 0; n < count; n += 1) {
    const type = types[nodes[n * nodeWidth + typeAt]!]!;
    const size = nodes[n * nodeWidth + sizeAt]!;
    if (type === 'code' || (type === 'object' && boilerplate[n])) result.v8Code += size;
    else if (JS_TYPES.has(type)) {
      result.js += size;
      if (type === 'object' || type === 'array') result.objects += 1;
    } else result.native += size;
  }
  return result;
}

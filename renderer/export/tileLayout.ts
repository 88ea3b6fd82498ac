/**
 * How a picture larger than one GPU pass is cut into tiles (pure math).
 * Tiles are rows of columns, left to right, top to bottom, in picture pixels
 * (origin top-left, like `camera.setViewOffset`). Every pixel belongs to
 * exactly one tile; edge tiles are the remainders.
 */
export interface Tile {
  /** Offset of the tile in the picture, px from the top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TileLayout {
  widthPx: number;
  heightPx: number;
  columns: number;
  rows: number;
  tiles: Tile[];
}

/**
 * Cut a `widthPx`×`heightPx` picture into tiles no larger than `maxTilePx`
 * on a side, as few and as even as possible (so no sliver tiles).
 */
export function tileLayout(widthPx: number, heightPx: number, maxTilePx: number): TileLayout {
  for (const [name, v] of [
    ['width', widthPx],
    ['height', heightPx],
    ['tile size', maxTilePx],
  ] as const) {
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`${name} must be a positive integer`);
  }
  const columns = Math.ceil(widthPx / maxTilePx);
  const rows = Math.ceil(heightPx / maxTilePx);
  const cuts = (total: number, parts: number) =>
    Array.from({ length: parts + 1 }, (_, k) => Math.round((k * total) / parts));
  const xs = cuts(widthPx, columns);
  const ys = cuts(heightPx, rows);
  const tiles: Tile[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      tiles.push({ x: xs[c]!, y: ys[r]!, width: xs[c + 1]! - xs[c]!, height: ys[r + 1]! - ys[r]! });
    }
  }
  return { widthPx, heightPx, columns, rows, tiles };
}

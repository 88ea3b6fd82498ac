/** Command-line options of `npm run assets`. */
import { parseArgs } from 'node:util';
import { AssetError } from './errors';

export const USAGE = `Usage: npm run assets -- [options]

Builds the asset pack (color levels, elevation grid, normal map) from the
NASA CGI Moon Kit.

  --from DIR        read kit files from DIR (default: $MOON_KIT_DIR; without
                    either, download the NASA originals)
  --starter         build from the starter kit in assets/starter (no network)
  --out DIR         write the pack to DIR (default: $FARSIDE_PACK_DIR, else pack/)
  --cache DIR       download cache (default: .cache/moonkit)
  --color NAME      use this color file (a catalog name)
  --elevation NAME  use this elevation file (a catalog name)
  --if-missing      do nothing if a valid pack exists; without --from or
                    $MOON_KIT_DIR, build the starter pack (no network)
  --help            show this text`;

export interface CliOptions {
  from: string | undefined;
  out: string | undefined;
  cache: string | undefined;
  color: string | undefined;
  elevation: string | undefined;
  ifMissing: boolean;
  starter: boolean;
  help: boolean;
}

export function parseCliArgs(argv: string[]): CliOptions {
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        from: { type: 'string' },
        out: { type: 'string' },
        cache: { type: 'string' },
        color: { type: 'string' },
        elevation: { type: 'string' },
        'if-missing': { type: 'boolean', default: false },
        starter: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    return {
      from: values.from,
      out: values.out,
      cache: values.cache,
      color: values.color,
      elevation: values.elevation,
      ifMissing: values['if-missing'] ?? false,
      starter: values.starter ?? false,
      help: values.help ?? false,
    };
  } catch (error) {
    throw new AssetError(`${(error as Error).message} (see --help)`);
  }
}

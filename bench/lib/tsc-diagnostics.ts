/** `tsc -p tsconfig.<name>.json --extendedDiagnostics` in a consumer dir, parsed. */
import { runCommand } from './child.ts';
import { tscBin } from './paths.ts';

/** Instantiations of the consumer file ÷ the same calls through bare openapi-fetch (performance.md T3). */
export const INSTANTIATION_RATIO_LIMIT = 1.25;

export interface Diagnostics {
  wallS: number;
  programS: number;
  bindS: number;
  checkS: number;
  totalS: number;
  definitionLines: number;
  types: number;
  instantiations: number;
  memoryMB: number;
  errors: number;
}

function parse(out: string, wallMs: number): Diagnostics {
  const num = (label: string) =>
    Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(out)?.[1] ?? Number.NaN);
  return {
    wallS: wallMs / 1000,
    programS: num('Program time'),
    bindS: num('Bind time'),
    checkS: num('Check time'),
    totalS: num('Total time'),
    definitionLines: num('Lines of Definitions'),
    types: num('Types'),
    instantiations: num('Instantiations'),
    memoryMB: num('Memory used') / 1024,
    errors: (out.match(/error TS\d+/g) ?? []).length,
  };
}

export async function tsc(dir: string, name: string): Promise<Diagnostics> {
  const r = await runCommand(
    process.execPath,
    [tscBin, '-p', `tsconfig.${name}.json`, '--extendedDiagnostics'],
    {
      cwd: dir,
      timeoutMs: 120_000,
    },
  );
  if (r.code !== 0) {
    console.error(`  tsc ${name}.ts failed:\n${r.stdout.split('\n').slice(0, 8).join('\n')}`);
  }
  return parse(r.stdout, r.ms);
}

/** `--name=value` / `--name value` options of `bench/run.ts`, passed on to the sections. */
export function option(args: readonly string[], name: string): string | undefined {
  const flag = `--${name}`;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === flag) {
      const next = args[i + 1];
      return next === undefined || next.startsWith('--') ? 'true' : next;
    }
    if (arg.startsWith(`${flag}=`)) {
      return arg.slice(flag.length + 1);
    }
  }
  return undefined;
}

export function numberOption(args: readonly string[], name: string, fallback: number): number {
  const raw = option(args, name);
  const value = raw === undefined ? Number.NaN : Number(raw);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export const flag = (args: readonly string[], name: string): boolean => option(args, name) === 'true';

/** A setting a parent process passes to its bench child (`BENCH_*`); not a turbo task input. */
export const setting = (name: string): string | undefined => process.env[name];

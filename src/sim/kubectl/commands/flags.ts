/**
 * spf13/pflag parsing as kubectl uses it: interspersed flags, `--name=value`, `--name value`,
 * `-n value`, `-nvalue`, `-n=value`, combined boolean shorthands (`-it`), `--` (with the number of
 * positional arguments seen before it, cobra's ArgsLenAtDash), and pflag's error texts.
 */

export type FlagType = 'bool' | 'string' | 'int' | 'strings' | 'stringArray';

export interface FlagDef {
  name: string;
  short?: string;
  type: FlagType;
  /** Value when given without one (`--dry-run` → `unchanged`). */
  noOptDefVal?: string;
}

export type FlagValue = string | boolean | number | string[];

export interface ParsedFlags {
  values: Map<string, FlagValue>;
  args: string[];
  /** Positional arguments before `--`; -1 without `--`. */
  argsLenAtDash: number;
}

export class Flags {
  constructor(readonly p: ParsedFlags) {}
  has(name: string): boolean {
    return this.p.values.has(name);
  }
  str(name: string, def = ''): string {
    const v = this.p.values.get(name);
    return typeof v === 'string' ? v : def;
  }
  bool(name: string): boolean {
    return this.p.values.get(name) === true;
  }
  int(name: string, def: number): number {
    const v = this.p.values.get(name);
    return typeof v === 'number' ? v : def;
  }
  list(name: string): string[] {
    const v = this.p.values.get(name);
    return Array.isArray(v) ? v : [];
  }
  get args(): string[] {
    return this.p.args;
  }
}

/** Flags every kubectl command accepts (kubectl's persistent flags). */
export const GLOBAL_FLAGS: FlagDef[] = [
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'context', type: 'string' },
  { name: 'cluster', type: 'string' },
  { name: 'user', type: 'string' },
  { name: 'kubeconfig', type: 'string' },
  { name: 'server', short: 's', type: 'string' },
  { name: 'request-timeout', type: 'string' },
  { name: 'v', short: 'v', type: 'int' },
  { name: 'as', type: 'string' },
  { name: 'as-group', type: 'stringArray' },
  { name: 'token', type: 'string' },
  { name: 'insecure-skip-tls-verify', type: 'bool' },
  { name: 'match-server-version', type: 'bool' },
  { name: 'warnings-as-errors', type: 'bool' },
  { name: 'cache-dir', type: 'string' },
  { name: 'help', short: 'h', type: 'bool' },
];

const NUMBER = /^[+-]?\d+$/;

function flagLabel(d: FlagDef): string {
  return d.short ? `-${d.short}, --${d.name}` : `--${d.name}`;
}

function setValue(values: Map<string, FlagValue>, d: FlagDef, raw: string): string | undefined {
  switch (d.type) {
    case 'bool': {
      const v = raw.toLowerCase();
      if (['1', 't', 'true'].includes(v)) values.set(d.name, true);
      else if (['0', 'f', 'false'].includes(v)) values.set(d.name, false);
      else {
        return `invalid argument "${raw}" for "${flagLabel(d)}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`;
      }
      return undefined;
    }
    case 'int': {
      if (!NUMBER.test(raw)) {
        return `invalid argument "${raw}" for "${flagLabel(d)}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`;
      }
      const n = Number(raw);
      if (!Number.isSafeInteger(n) || Math.abs(n) > 2 ** 63) {
        return `invalid argument "${raw}" for "${flagLabel(d)}" flag: strconv.ParseInt: parsing "${raw}": value out of range`;
      }
      values.set(d.name, n);
      return undefined;
    }
    case 'strings': {
      const prev = values.get(d.name);
      const parts = raw === '' ? [] : raw.split(',');
      values.set(d.name, [...(Array.isArray(prev) ? prev : []), ...parts]);
      return undefined;
    }
    case 'stringArray': {
      const prev = values.get(d.name);
      values.set(d.name, [...(Array.isArray(prev) ? prev : []), raw]);
      return undefined;
    }
    default:
      values.set(d.name, raw);
      return undefined;
  }
}

/** Parses argv (without the command path) against `defs`; a string result is pflag's error text. */
export function parseFlags(
  argv: readonly string[],
  defs: readonly FlagDef[],
): ParsedFlags | string {
  const byName = new Map<string, FlagDef>();
  const byShort = new Map<string, FlagDef>();
  for (const d of defs) {
    byName.set(d.name, d);
    if (d.short) byShort.set(d.short, d);
  }
  const values = new Map<string, FlagValue>();
  const args: string[] = [];
  let argsLenAtDash = -1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      argsLenAtDash = args.length;
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const d = byName.get(name);
      if (!d) return `unknown flag: --${name}`;
      let raw: string;
      if (eq >= 0) raw = a.slice(eq + 1);
      else if (d.type === 'bool') raw = 'true';
      else if (d.noOptDefVal !== undefined) raw = d.noOptDefVal;
      else if (i + 1 < argv.length) raw = argv[++i] as string;
      else return `flag needs an argument: --${name}`;
      const err = setValue(values, d, raw);
      if (err) return err;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j] as string;
        const d = byShort.get(c);
        if (!d) return `unknown shorthand flag: '${c}' in ${a}`;
        if (d.type === 'bool' || d.noOptDefVal !== undefined) {
          if (a[j + 1] === '=') {
            const err = setValue(values, d, a.slice(j + 2));
            if (err) return err;
            break;
          }
          const err = setValue(values, d, d.type === 'bool' ? 'true' : (d.noOptDefVal as string));
          if (err) return err;
          continue;
        }
        let raw: string;
        if (j + 1 < a.length) raw = a[j + 1] === '=' ? a.slice(j + 2) : a.slice(j + 1);
        else if (i + 1 < argv.length) raw = argv[++i] as string;
        else return `flag needs an argument: '${c}' in ${a}`;
        const err = setValue(values, d, raw);
        if (err) return err;
        break;
      }
      continue;
    }
    args.push(a);
  }
  return { values, args, argsLenAtDash };
}

/**
 * Map entries as sigs.k8s.io/yaml sees them after go-yaml: keys keep their Go type until the
 * JSON conversion turns ints, floats and bools into strings and rejects null and uint64 keys;
 * json.Marshal then rejects NaN and ±Inf. In strict mode (UnmarshalStrict) a repeated key is
 * an unmarshal error reported at the line of the repeated entry's value.
 */
import { F_RAW, YamlFailure } from './errors.ts';
import { type GoKeyInfo, goFormatFloat, goQuote, goSharpV } from './goFormat.ts';
import { K_BOOL, K_FLOAT, K_INT, K_NULL, K_STR, K_UINT } from './resolve.ts';
import { findNonFinite } from './nonFinite.ts';

/** Lines of a decoded value, for `lineOf`: entries point at their key, items at their node. */
export interface LineNode {
  line: number;
  map: Map<string, LineNode> | null;
  items: LineNode[] | null;
}

/** An entry of a merge-sequence element, applied once the whole sequence is read. */
export interface Entry {
  kind: number;
  kv: unknown;
  text: string;
  value: unknown;
  lines: LineNode | null;
  keyPos: number;
  valueLine: number;
}

type KeyKind = 'bool' | 'int' | 'float';

function hexOf(text: string, fallback: number): string {
  try {
    const t = text.replace(/_/g, '');
    return BigInt(/^0[0-7]+$/.test(t) ? '0o' + t.slice(1) : t).toString(16);
  } catch {
    return fallback.toString(16);
  }
}

export class Entries {
  private readonly strict: boolean;
  private readonly lineOf: ((pos: number) => number) | null;
  private readonly terrors: string[] = [];
  private terrorPos = -1;
  private readonly badKeys = new WeakMap<object, YamlFailure>();
  private anyBadKey = false;
  private nonFinitePos = -1;
  private readonly keyKinds = new WeakMap<object, Map<string, KeyKind>>();
  private readonly nilValues = new WeakMap<object, { value: unknown }>();
  /** Go types of non-string keys and values under nil keys, for error messages only. */
  readonly info: GoKeyInfo = {
    kinds: (obj) => this.keyKinds.get(obj),
    nilValue: (obj) => this.nilValues.get(obj),
  };

  constructor(strict: boolean, lineOf: ((pos: number) => number) | null) {
    this.strict = strict;
    this.lineOf = lineOf;
  }

  noteNonFinite(pos: number): void {
    if (this.nonFinitePos < 0) this.nonFinitePos = pos;
  }

  set(
    obj: Record<string, unknown>,
    seen: Set<string> | null,
    lines: LineNode | null,
    kind: number,
    kv: unknown,
    text: string,
    value: unknown,
    valueLines: LineNode | null,
    keyPos: number,
    valueLine: number,
  ): void {
    let key: string;
    if (kind === K_STR) {
      key = kv as string;
    } else if (kind === K_BOOL) {
      key = kv ? 'true' : 'false';
      this.noteKind(obj, key, 'bool');
    } else if (kind === K_INT) {
      key = String(kv);
      this.noteKind(obj, key, 'int');
    } else if (kind === K_FLOAT) {
      key = goFormatFloat(kv as number, 32);
      if (key === '+Inf') key = '.inf';
      else if (key === '-Inf') key = '-.inf';
      else if (key === 'NaN') key = '.nan';
      this.noteKind(obj, key, 'float');
    } else {
      if (kind === K_NULL) this.nilValues.set(obj, { value });
      this.unsupportedKey(obj, kind, kv, text, value, keyPos);
      return;
    }
    if (seen !== null) {
      const id = kind + ':' + key;
      if (seen.has(id) && key !== '.nan') {
        const shown =
          kind === K_STR ? goQuote(key) : kind === K_FLOAT ? goFormatFloat(kv as number, 64) : key;
        this.terrors.push(`line ${valueLine + 1}: key ${shown} already set in map`);
        if (this.terrorPos < 0) this.terrorPos = keyPos;
        return;
      }
      seen.add(id);
    }
    if (key === '__proto__') {
      Object.defineProperty(obj, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      obj[key] = value;
    }
    if (lines !== null && this.lineOf !== null) {
      (lines.map as Map<string, LineNode>).set(key, {
        line: this.lineOf(keyPos),
        map: valueLines === null ? null : valueLines.map,
        items: valueLines === null ? null : valueLines.items,
      });
    }
  }

  private noteKind(obj: object, key: string, kind: KeyKind): void {
    let m = this.keyKinds.get(obj);
    if (m === undefined) this.keyKinds.set(obj, (m = new Map()));
    m.set(key, kind);
  }

  /**
   * sigs.k8s.io/yaml cannot turn null or uint64 keys into JSON object keys. Only maps that survive
   * into the final value count (a later duplicate key may replace one), so the failure is noted on
   * the map and looked for in `finish`.
   */
  private unsupportedKey(
    obj: object,
    kind: number,
    kv: unknown,
    text: string,
    value: unknown,
    keyPos: number,
  ): void {
    if (this.badKeys.has(obj)) return;
    let type: string;
    let shown: string;
    if (kind === K_NULL) {
      type = '%!s(<nil>)';
      shown = '<nil>';
    } else if (kind === K_UINT) {
      type = 'uint64';
      shown = '0x' + hexOf(text, kv as number);
    } else {
      type = typeof kv;
      shown = String(kv);
    }
    const msg = `unsupported map key of type: ${type}, key: ${shown}, value: ${goSharpV(value, this.info)}`;
    this.badKeys.set(obj, new YamlFailure(F_RAW, msg, 0, 0, keyPos));
    this.anyBadKey = true;
  }

  /** After a successful decode: strict errors, then JSON conversion, then json.Marshal checks. */
  finish(root: unknown): void {
    if (this.terrors.length > 0) {
      throw new YamlFailure(
        F_RAW,
        'yaml: unmarshal errors:\n  ' + this.terrors.join('\n  '),
        0,
        0,
        this.terrorPos,
      );
    }
    if (this.anyBadKey) {
      // The JSON conversion walks maps in random order; report the first bad map in document order.
      const stack: unknown[] = [root];
      while (stack.length > 0) {
        const v = stack.pop();
        if (v === null || typeof v !== 'object') continue;
        const bad = this.badKeys.get(v);
        if (bad !== undefined) throw bad;
        const items = Array.isArray(v) ? v : Object.values(v);
        for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
      }
    }
    if (this.nonFinitePos >= 0) {
      const bad = findNonFinite(root);
      if (bad !== null)
        throw new YamlFailure(F_RAW, 'json: unsupported value: ' + bad, 0, 0, this.nonFinitePos);
    }
  }
}

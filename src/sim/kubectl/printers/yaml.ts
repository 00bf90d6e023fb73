/**
 * `kubectl -o yaml`: sigs.k8s.io/yaml renders the object's JSON through go-yaml v2, so keys are
 * sorted (go-yaml's "natural" key order), block style everywhere, sequences not indented under their
 * key, empty maps/lists as `{}`/`[]`, strings quoted only when needed (see yaml-scalar.ts), long
 * plain/quoted strings folded at column 80, multi-line strings as `|`/`|-`/`|+` blocks.
 */

import { type JsonValue, toWire } from './wire.ts';
import { isBreak, isPrintable, selectStringStyle } from './yaml-scalar.ts';

const BEST_WIDTH = 80;
const BEST_INDENT = 2;

const isLetter = (ch: string): boolean => /\p{L}/u.test(ch);
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';

/** go-yaml v2 keyList.Less for string keys: letters after non-letters, digit runs compared numerically. */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    const ac = ar[i] as string;
    const bc = br[i] as string;
    if (ac === bc) continue;
    const al = isLetter(ac);
    const bl = isLetter(bc);
    if (al && bl) return (ac.codePointAt(0) as number) < (bc.codePointAt(0) as number);
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ac === '0' || bc === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j] as string); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai] as string); ai++) an = an * 10 + Number(ar[ai]);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi] as string); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return (ac.codePointAt(0) as number) < (bc.codePointAt(0) as number);
  }
  return ar.length < br.length;
}

export const yamlKeyCompare = (a: string, b: string): number =>
  yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0;

/** strconv.FormatFloat(f, 'g', -1, 64) with go-yaml's .inf/.nan spellings. */
function formatFloat(f: number): string {
  if (Number.isNaN(f)) return '.nan';
  if (!Number.isFinite(f)) return f > 0 ? '.inf' : '-.inf';
  if (Number.isInteger(f) && Math.abs(f) < 1e21) return String(f);
  // 'g' with the shortest precision switches to %e below 1e-4 and from 1e6 (eprec = 6).
  const exp = Math.floor(Math.log10(Math.abs(f)));
  if (exp < -4 || exp >= 6) {
    const [m, e] = f.toExponential().split('e') as [string, string];
    const n = Number(e);
    return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  return String(f);
}

const ESCAPES: Record<number, string> = {
  0x00: '0',
  0x07: 'a',
  0x08: 'b',
  0x09: 't',
  0x0a: 'n',
  0x0b: 'v',
  0x0c: 'f',
  0x0d: 'r',
  0x1b: 'e',
  0x22: '"',
  0x5c: '\\',
  0x85: 'N',
  0xa0: '_',
  0x2028: 'L',
  0x2029: 'P',
};

class Emitter {
  out = '';
  private column = 0;
  private whitespace = true;
  private indention = true;

  private put(s: string): void {
    this.out += s;
    this.column += 1;
  }

  private putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }

  /** yaml_emitter_write_indent. */
  writeIndent(indent: number): void {
    const ind = Math.max(indent, 0);
    if (!this.indention || this.column > ind || (this.column === ind && !this.whitespace))
      this.putBreak();
    while (this.column < ind) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  /** yaml_emitter_write_indicator. */
  writeIndicator(
    ind: string,
    needWhitespace: boolean,
    isWhitespace: boolean,
    isIndention: boolean,
  ): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    for (const ch of ind) this.put(ch);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  /** A non-string plain scalar (number, bool, null). */
  writeRaw(text: string): void {
    if (!this.whitespace) this.put(' ');
    for (const ch of text) this.put(ch);
    this.whitespace = false;
    this.indention = false;
  }

  writeString(value: string, indent: number, simpleKey: boolean): void {
    const style = selectStringStyle(value, simpleKey);
    const allowBreaks = !simpleKey;
    const chars = [...value];
    if (style === 'plain') {
      if (!this.whitespace) this.put(' ');
      let spaces = false;
      chars.forEach((ch, i) => {
        if (ch === ' ') {
          if (allowBreaks && !spaces && this.column > BEST_WIDTH && chars[i + 1] !== ' ')
            this.writeIndent(indent);
          else this.put(ch);
          spaces = true;
        } else {
          this.put(ch);
          this.indention = false;
          spaces = false;
        }
      });
      this.whitespace = false;
      this.indention = false;
    } else if (style === 'single') {
      this.writeIndicator("'", true, false, false);
      let spaces = false;
      chars.forEach((ch, i) => {
        if (ch === ' ') {
          const fold =
            allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1;
          if (fold && chars[i + 1] !== ' ') this.writeIndent(indent);
          else this.put(ch);
          spaces = true;
        } else {
          if (ch === "'") this.put("'");
          this.put(ch);
          this.indention = false;
          spaces = false;
        }
      });
      this.writeIndicator("'", false, false, false);
      this.whitespace = false;
      this.indention = false;
    } else if (style === 'double') {
      this.writeDouble(chars, indent, allowBreaks);
    } else {
      this.writeLiteral(value, indent);
    }
  }

  private writeDouble(chars: string[], indent: number, allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    let spaces = false;
    chars.forEach((ch, i) => {
      const cp = ch.codePointAt(0) as number;
      if (!isPrintable(cp) || cp === 0xfeff || isBreak(ch) || ch === '"' || ch === '\\') {
        const esc = ESCAPES[cp];
        let text = '\\';
        if (esc !== undefined) text += esc;
        else if (cp <= 0xff) text += `x${cp.toString(16).toUpperCase().padStart(2, '0')}`;
        else if (cp <= 0xffff) text += `u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
        else text += `U${cp.toString(16).toUpperCase().padStart(8, '0')}`;
        for (const c of text) this.put(c);
        spaces = false;
      } else if (ch === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1) {
          this.writeIndent(indent);
          if (chars[i + 1] === ' ') this.put('\\');
        } else this.put(ch);
        spaces = true;
      } else {
        this.put(ch);
        spaces = false;
      }
    });
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeLiteral(value: string, indent: number): void {
    this.writeIndicator('|', true, false, false);
    const chars = [...value];
    if (chars[0] === ' ' || isBreak(chars[0]))
      this.writeIndicator(String(BEST_INDENT), false, false, false);
    const last = chars.length - 1;
    let chomp = '';
    if (!isBreak(chars[last])) chomp = '-';
    else if (last === 0 || isBreak(chars[last - 1])) chomp = '+';
    if (chomp) this.writeIndicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const ch of chars) {
      if (isBreak(ch)) {
        this.putBreak();
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) {
          this.writeIndent(indent);
          breaks = false;
        }
        this.put(ch);
        this.indention = false;
      }
    }
  }

  /** A node at `indent` (the enclosing collection's indent); `inMapping`: value of a mapping key. */
  node(value: JsonValue, indent: number, inMapping: boolean): void {
    if (Array.isArray(value)) {
      if (value.length === 0) return this.writeIndicator('[]', true, false, false);
      // Sequences directly under a mapping key are not indented (go-yaml's "indentless" sequences).
      const seqIndent =
        indent < 0 ? 0 : inMapping && !this.indention ? indent : indent + BEST_INDENT;
      for (const item of value) {
        this.writeIndent(seqIndent);
        this.writeIndicator('-', true, false, true);
        this.node(item, seqIndent, false);
      }
      return;
    }
    if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value).sort(yamlKeyCompare);
      if (keys.length === 0) return this.writeIndicator('{}', true, false, false);
      const mapIndent = indent < 0 ? 0 : indent + BEST_INDENT;
      for (const k of keys) {
        this.writeIndent(mapIndent);
        this.writeString(k, mapIndent + BEST_INDENT, true);
        this.writeIndicator(':', false, false, false);
        this.node(value[k] as JsonValue, mapIndent, true);
      }
      return;
    }
    const scalarIndent = indent < 0 ? BEST_INDENT : indent + BEST_INDENT;
    if (typeof value === 'string') this.writeString(value, scalarIndent, false);
    else if (typeof value === 'number')
      this.writeRaw(Number.isInteger(value) ? String(value) : formatFloat(value));
    else this.writeRaw(value === null ? 'null' : String(value));
  }

  end(): string {
    this.writeIndent(0);
    return this.out;
  }
}

/** YAML of an already JSON-shaped value (no wire normalisation). */
export function jsonToYaml(value: JsonValue): string {
  const e = new Emitter();
  e.node(value, -1, false);
  return e.end();
}

/** `kubectl get ... -o yaml` of one object. */
export function toYaml(obj: unknown): string {
  return jsonToYaml(toWire(obj));
}

/** The `kind: List` wrapper kubectl prints for several objects. */
export function listWrapper(items: readonly unknown[]): JsonValue {
  return {
    apiVersion: 'v1',
    items: items.map((i) => toWire(i)),
    kind: 'List',
    metadata: { resourceVersion: '' },
  };
}

/** `kubectl get ... -o yaml` of several objects. */
export function listToYaml(items: readonly unknown[]): string {
  return jsonToYaml(listWrapper(items));
}

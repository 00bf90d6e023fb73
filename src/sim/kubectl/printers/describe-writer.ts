/**
 * kubectl describe's PrefixWriter over a `tabbedString` tabwriter (minwidth 0, padding 2), and the
 * multi-line helpers of describe.go: printLabelsMultiline, printAnnotationsMultiline (skips
 * last-applied-configuration, long or multi-line values on their own lines), taints, tolerations.
 */

import type { Toleration } from '../../model/types.ts';
import { byteCompare, sortedKeys } from './format.ts';
import { DESCRIBE_TABWRITER, TabWriter } from './tabwriter.ts';

export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const MAX_ANNOTATION_LEN = 140;

export class DescribeWriter {
  private readonly tw = new TabWriter(DESCRIBE_TABWRITER);

  /** PrefixWriter.Write: two spaces per level before the text (once per call). */
  write(level: number, text: string): void {
    this.tw.write('  '.repeat(level) + text);
  }

  /** PrefixWriter.WriteLine: text and a newline, no indentation. */
  writeLine(text: string): void {
    this.tw.write(`${text}\n`);
  }

  flush(): void {
    this.tw.flush();
  }

  toString(): string {
    return this.tw.toString();
  }
}

/** Runs a describe body and returns the aligned text (describe.go tabbedString). */
export function tabbedString(body: (w: DescribeWriter) => void): string {
  const w = new DescribeWriter();
  body(w);
  return w.toString();
}

/** printLabelsMultilineWithIndent. */
export function printLabelsMultiline(
  w: DescribeWriter,
  title: string,
  labels: Readonly<Record<string, string>> | undefined,
  initialIndent = '',
  innerIndent = '\t',
): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const keys = sortedKeys(labels);
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((k, i) => {
    if (i !== 0) {
      w.write(LEVEL_0, initialIndent);
      w.write(LEVEL_0, innerIndent);
    }
    w.write(LEVEL_0, `${k}=${(labels as Record<string, string>)[k]}\n`);
  });
}

const shorten = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max)}...` : s);

/** printAnnotationsMultiline. */
export function printAnnotationsMultiline(
  w: DescribeWriter,
  title: string,
  annotations: Readonly<Record<string, string>> | undefined,
): void {
  w.write(LEVEL_0, `${title}:\t`);
  const keys = sortedKeys(annotations).filter((k) => k !== LAST_APPLIED);
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const indent = '\t';
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, indent);
    const raw = (annotations as Record<string, string>)[key] as string;
    const value = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
    if (value.length + key.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(LEVEL_0, `${key}:\n`);
      for (const s of value.split('\n')) {
        w.write(LEVEL_0, `${indent}  ${shorten(s, MAX_ANNOTATION_LEN - 2)}\n`);
      }
    } else {
      w.write(LEVEL_0, `${key}: ${value}\n`);
    }
  });
}

export interface Taint {
  key: string;
  value?: string;
  effect: string;
}

/** v1.Taint.ToString. */
export function taintString(t: Taint): string {
  if (!t.effect) return t.value ? `${t.key}=${t.value}:` : t.key;
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`;
}

/** printNodeTaintsMultiline: sorted by `effect,key`; Taint.ToString = `key[=value]:effect`. */
export function printTaintsMultiline(
  w: DescribeWriter,
  title: string,
  taints: readonly Taint[] | undefined,
): void {
  w.write(LEVEL_0, `${title}:\t`);
  if (!taints || taints.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const sorted = [...taints].sort((a, b) =>
    byteCompare(`${a.effect},${a.key}`, `${b.effect},${b.key}`),
  );
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t');
    w.write(LEVEL_0, `${taintString(t)}\n`);
  });
}

export type TolerationLike = Toleration & { tolerationSeconds?: number };

/** printTolerationsMultilineWithIndent: sorted by key; `key[=value][:effect][ op=Exists][ for Ns]`. */
export function printTolerationsMultiline(
  w: DescribeWriter,
  title: string,
  tolerations: readonly TolerationLike[],
  initialIndent = '',
): void {
  w.write(LEVEL_0, `${initialIndent}${title}:\t`);
  if (tolerations.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const sorted = [...tolerations].sort((a, b) => byteCompare(a.key ?? '', b.key ?? ''));
  sorted.forEach((t, i) => {
    if (i !== 0) {
      w.write(LEVEL_0, initialIndent);
      w.write(LEVEL_0, '\t');
    }
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined) s += ` for ${t.tolerationSeconds}s`;
    w.write(LEVEL_0, `${s}\n`);
  });
}

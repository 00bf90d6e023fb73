import { describe, expect, it } from 'vitest';
import { generateServiceStream } from './fixtures.ts';
import { parseManifestStream } from './index.ts';

function junk(bytes: number, seed: number): string {
  let x = seed;
  let s = '';
  for (let i = 0; i < bytes; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += String.fromCharCode((x >>> 16) & 0xff);
  }
  return s;
}

function completes(text: string): ReturnType<typeof parseManifestStream> {
  const r = parseManifestStream(text);
  expect(
    r.documents.length > 0 ||
      r.error !== undefined ||
      text.trim() === '' ||
      /^(---\n)*$/.test(text),
  ).toBe(true);
  return r;
}

describe('robustness: every input returns a result or an error', () => {
  it('binary junk and NUL bytes', () => {
    expect(completes(junk(100000, 7)).error?.message).toBe(
      'error converting YAML to JSON: yaml: control characters are not allowed',
    );
    expect(completes('a: b\u0000c\n').error?.message).toBe(
      'error converting YAML to JSON: yaml: control characters are not allowed',
    );
    for (let seed = 1; seed < 40; seed++)
      completes(junk(300, seed).replace(/[^\x20-\x7e\n]/g, ' '));
  });

  it('a 10 MB document', () => {
    const big =
      'items:\n' +
      Array.from({ length: 300000 }, (_, i) => `- name: item-${i}\n  value: ${i}`).join('\n') +
      '\n';
    expect(big.length).toBeGreaterThan(10_000_000);
    const r = completes(big);
    expect((r.documents[0]?.value as { items: unknown[] }).items).toHaveLength(300000);
    expect(completes(big + '  bad: [\n').error?.message).toBe(
      'error converting YAML to JSON: yaml: line 600002: did not find expected node content',
    );
  });

  it('10,000 levels of nesting', () => {
    let block = '';
    for (let i = 0; i < 10000; i++) block += ' '.repeat(i) + 'a:\n';
    expect(completes(block).error).toBeUndefined();
    expect(completes(block + ' '.repeat(10000) + 'b: 1\n').error?.message).toBe(
      'error converting YAML to JSON: yaml: line 10001: exceeded max depth of 10000',
    );
    expect(completes('a: ' + '['.repeat(9999) + ']'.repeat(9999) + '\n').error).toBeUndefined();
    // 10,000 flow levels are fine for go-yaml, but with the root map that is one too many for
    // encoding/json, which sigs.k8s.io/yaml decodes the converted JSON with.
    expect(completes('a: ' + '['.repeat(10000) + ']'.repeat(10000) + '\n').error?.message).toBe(
      "error unmarshaling JSON: while decoding JSON: invalid character '[' exceeded max depth",
    );
    expect(completes('a: ' + '['.repeat(10001) + ']'.repeat(10001) + '\n').error?.message).toBe(
      'error converting YAML to JSON: yaml: exceeded max depth of 10000',
    );
  });

  it('a billion-laughs alias bomb', () => {
    const rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = 'abcdefghi';
    for (let i = 1; i < names.length; i++) {
      rows.push(
        `${names[i]}: &${names[i]} [${Array(9)
          .fill('*' + names[i - 1])
          .join(',')}]`,
      );
    }
    expect(completes(rows.join('\n') + '\n').error?.message).toBe(
      'error converting YAML to JSON: yaml: document contains excessive aliasing',
    );
  });

  it('a million separators', () => {
    const r = completes('---\n'.repeat(1_000_000));
    expect(r.error).toBeUndefined();
    expect(r.documents).toHaveLength(500000);
    expect(r.documents.every((d) => d.value === null)).toBe(true);
  });

  it('CRLF line endings and a BOM', () => {
    const text = '\ufeff' + generateServiceStream(3).replace(/\n/g, '\r\n');
    const r = completes(text);
    expect(r.error).toBeUndefined();
    expect(r.documents).toHaveLength(3);
    expect(r.documents[2]?.value).toMatchObject({ metadata: { name: 'svc-2' } });
  });

  it('odd strings', () => {
    for (const text of [
      '\u2028',
      '\r',
      '\ud800',
      '\u0085',
      '...',
      '%',
      '!',
      '&',
      '*',
      '? ',
      ': ',
      '- ',
      '|',
      '>',
      '"',
      "'",
      '[',
      '{',
      '}',
      ']',
    ]) {
      completes(text);
    }
  });
});

describe('generateServiceStream', () => {
  it('makes 16 lines per Service', () => {
    const text = generateServiceStream(1000);
    expect(text.split('\n')).toHaveLength(16001);
    const r = parseManifestStream(text);
    expect(r.documents).toHaveLength(1000);
    expect(r.documents[999]?.value).toMatchObject({
      kind: 'Service',
      metadata: { name: 'svc-999' },
    });
  });
});

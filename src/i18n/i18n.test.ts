import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { ko } from './ko.ts';
import { format, LANGUAGES, translate } from './index.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Messages that are the same in Korean on purpose (protocol words, units, kubectl terms). */
const SAME_IN_KOREAN = new Set([
  'inspector.col.ms',
  'inspector.http',
  'inspector.outcomeShort.nxdomain',
  'inspector.action.dns',
  'inspector.action.dnat',
  'inspector.action.snat',
]);

describe('catalogs', () => {
  for (const [code, { catalog }] of Object.entries(LANGUAGES)) {
    it(`${code} has exactly the keys of en`, () => {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    });
    it(`${code} keeps every placeholder of en`, () => {
      for (const [key, value] of Object.entries(en)) {
        expect(placeholders(catalog[key as keyof typeof en]), key).toEqual(placeholders(value));
      }
    });
    it(`${code} has no empty message`, () => {
      for (const [key, value] of Object.entries(catalog)) expect(value.trim(), key).not.toBe('');
    });
  }

  it('Korean translates every message meant to be translated', () => {
    const same = Object.keys(en).filter(
      (k) => ko[k as keyof typeof en] === en[k as keyof typeof en] && !SAME_IN_KOREAN.has(k),
    );
    expect(same).toEqual([]);
  });

  it('keys are namespaced by feature', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[a-z]+(\.[A-Za-z0-9]+)+$/);
  });
});

describe('format and translate', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
  it('translates with parameters', () => {
    expect(translate('ko', 'inspector.position', { hop: 2, hops: 9 })).toBe('홉 2/9');
    expect(translate('en', 'inspector.position', { hop: 2, hops: 9 })).toBe('hop 2 of 9');
  });
});

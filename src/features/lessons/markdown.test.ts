import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './markdown.ts';

describe('parseInline', () => {
  it.each([
    ['plain text', [{ kind: 'text', text: 'plain text' }]],
    [
      'run `kubectl get svc` now',
      [
        { kind: 'text', text: 'run ' },
        { kind: 'code', text: 'kubectl get svc' },
        { kind: 'text', text: ' now' },
      ],
    ],
    [
      'a **service range** and `**not bold**`',
      [
        { kind: 'text', text: 'a ' },
        { kind: 'strong', children: [{ kind: 'text', text: 'service range' }] },
        { kind: 'text', text: ' and ' },
        { kind: 'code', text: '**not bold**' },
      ],
    ],
    [
      'not the *same* pod, 2 * 3 * 4',
      [
        { kind: 'text', text: 'not the ' },
        { kind: 'em', children: [{ kind: 'text', text: 'same' }] },
        { kind: 'text', text: ' pod, 2 * 3 * 4' },
      ],
    ],
    ['<b>html</b> stays text', [{ kind: 'text', text: '<b>html</b> stays text' }]],
    ['an odd ` backtick', [{ kind: 'text', text: 'an odd ` backtick' }]],
  ])('%s', (input, expected) => {
    expect(parseInline(input)).toEqual(expected);
  });
});

describe('parseMarkdown', () => {
  it('splits paragraphs, lists and fenced code', () => {
    const md = [
      'First line',
      'continues.',
      '',
      '- one',
      '- two `x`',
      '',
      '1. **a**',
      '2. b',
      '',
      '```',
      'The Service "x" is invalid:  spaces  kept',
      '```',
      'Last.',
    ].join('\n');
    expect(parseMarkdown(md)).toEqual([
      { kind: 'paragraph', inline: [{ kind: 'text', text: 'First line continues.' }] },
      {
        kind: 'list',
        ordered: false,
        items: [
          [{ kind: 'text', text: 'one' }],
          [
            { kind: 'text', text: 'two ' },
            { kind: 'code', text: 'x' },
          ],
        ],
      },
      {
        kind: 'list',
        ordered: true,
        items: [
          [{ kind: 'strong', children: [{ kind: 'text', text: 'a' }] }],
          [{ kind: 'text', text: 'b' }],
        ],
      },
      { kind: 'code', text: 'The Service "x" is invalid:  spaces  kept' },
      { kind: 'paragraph', inline: [{ kind: 'text', text: 'Last.' }] },
    ]);
  });

  it('keeps an unterminated fence as code and never throws on empty input', () => {
    expect(parseMarkdown('```\nno end')).toEqual([{ kind: 'code', text: 'no end' }]);
    expect(parseMarkdown('')).toEqual([]);
  });

  it('a list item switching from bullets to numbers starts a new list', () => {
    expect(parseMarkdown('- a\n1. b').map((b) => b.kind === 'list' && b.ordered)).toEqual([
      false,
      true,
    ]);
  });
});

/**
 * The light Markdown lessons are written in, parsed into plain data that `Markdown.tsx` renders as
 * React elements (text only: nothing here is ever turned into HTML). Blocks: paragraphs, `- ` and
 * `1. ` lists, fenced code. Inline: `code`, **strong** and *emphasis*; anything else stays literal.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] };

export type Block =
  | { kind: 'paragraph'; inline: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'code'; text: string };

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
const FENCE = /^\s*```/;

/** Inline spans: `code` first (its content is literal), then **strong** and *em* in the rest. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const parts = text.split(/(`[^`\n]+`)/);
  for (const part of parts) {
    if (part === '') continue;
    if (part.length > 2 && part.startsWith('`') && part.endsWith('`')) {
      out.push({ kind: 'code', text: part.slice(1, -1) });
      continue;
    }
    for (const s of part.split(/(\*\*[^*\n]+\*\*|\*[^*\s][^*\n]*\*)/)) {
      if (s === '') continue;
      if (s.length > 4 && s.startsWith('**') && s.endsWith('**'))
        out.push({ kind: 'strong', children: [{ kind: 'text', text: s.slice(2, -2) }] });
      else if (s.length > 2 && s.startsWith('*') && s.endsWith('*') && !s.endsWith(' *'))
        out.push({ kind: 'em', children: [{ kind: 'text', text: s.slice(1, -1) }] });
      else pushText(out, s);
    }
  }
  return out;
}

function pushText(out: Inline[], text: string): void {
  const last = out[out.length - 1];
  if (last?.kind === 'text') last.text += text;
  else out.push({ kind: 'text', text });
}

/** Splits a text into blocks. Never throws; unknown syntax is kept as text. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flushPara = () => {
    if (para.length) blocks.push({ kind: 'paragraph', inline: parseInline(para.join(' ')) });
    para = [];
  };
  const flushList = () => {
    if (list)
      blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    list = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (FENCE.test(line)) {
      flushPara();
      flushList();
      const code: string[] = [];
      i++;
      while (i < lines.length && !FENCE.test(lines[i] as string)) code.push(lines[i++] as string);
      blocks.push({ kind: 'code', text: code.join('\n') });
      continue;
    }
    if (line.trim() === '') {
      flushPara();
      flushList();
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      flushPara();
      const ordered = numbered !== null;
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push(item[1] ?? '');
      continue;
    }
    if (list) {
      // A continuation line of the last item.
      const items = list.items;
      items[items.length - 1] = `${items[items.length - 1] ?? ''} ${line.trim()}`;
      continue;
    }
    para.push(line.trim());
  }
  flushPara();
  flushList();
  return blocks;
}

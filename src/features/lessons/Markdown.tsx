import { Fragment, memo, useMemo } from 'react';
import { parseInline, parseMarkdown, type Block, type Inline } from './markdown.ts';

const CODE = 'rounded bg-raised px-1 py-px font-mono text-[0.85em] break-words';

function Spans({ spans }: { spans: readonly Inline[] }) {
  return (
    <>
      {spans.map((s, i) =>
        s.kind === 'text' ? (
          <Fragment key={i}>{s.text}</Fragment>
        ) : s.kind === 'code' ? (
          <code key={i} className={CODE}>
            {s.text}
          </code>
        ) : s.kind === 'strong' ? (
          <strong key={i} className="font-semibold">
            <Spans spans={s.children} />
          </strong>
        ) : (
          <em key={i}>
            <Spans spans={s.children} />
          </em>
        ),
      )}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p>
          <Spans spans={block.inline} />
        </p>
      );
    case 'code':
      return (
        <pre className="overflow-x-auto rounded bg-raised p-2 font-mono text-[11px] leading-snug whitespace-pre-wrap">
          {block.text}
        </pre>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Spans spans={item} />
        </li>
      ));
      return block.ordered ? (
        <ol className="list-decimal space-y-1 pl-5">{items}</ol>
      ) : (
        <ul className="list-disc space-y-1 pl-5">{items}</ul>
      );
    }
  }
}

/**
 * Lesson text (light Markdown) as React elements. Everything is rendered as text; there is no
 * HTML path, so text from lessons, the learner or a share link can never inject markup.
 */
export const Markdown = memo(function Markdown({
  text,
  className = '',
}: {
  text: string;
  className?: string;
}) {
  const blocks = useMemo(() => parseMarkdown(text), [text]);
  return (
    <div className={`space-y-2 ${className}`}>
      {blocks.map((b, i) => (
        <BlockView key={i} block={b} />
      ))}
    </div>
  );
});

/** One line of text with `code` and **strong** spans (goal explanations, hints, choices). */
export const InlineMarkdown = memo(function InlineMarkdown({ text }: { text: string }) {
  const spans = useMemo(() => parseInline(text), [text]);
  return <Spans spans={spans} />;
});

/**
 * An article's text as written, with evidence spans highlighted. The text is untrusted: it is
 * only ever put into text nodes (Preact children), never parsed as HTML.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { primaryField, segmentText } from './highlight.js';
import type { Mark } from './highlight.js';

interface Props {
  readonly text: string;
  readonly marks: readonly Mark[];
  /** A field whose spans are emphasized and scrolled into view. */
  readonly focus?: string;
  readonly lang?: string;
}

/** Field names become CSS classes only from this list; anything else is styled as `other`. */
const STYLED = new Set(['event', 'fatalities', 'injured', 'location', 'date', 'actor1', 'actor2', 'weapons', 'impacts', 'target', 'sources', 'type']);

function markTitle(marks: readonly Mark[]): string {
  return marks.map((m) => `${m.field}${m.rule ? ` · rule ${m.rule}` : ''}`).join('\n');
}

export function ArticleText({ text, marks, focus, lang }: Props) {
  const segments = useMemo(() => segmentText(text, marks), [text, marks]);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('.focus')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [focus, text]);
  return (
    <div class="article-text" lang={lang} ref={ref} data-testid="article-text">
      {segments.map((s) => {
        if (!s.marks.length) return s.text;
        const field = primaryField(s.marks) ?? 'event';
        const focused = focus !== undefined && s.marks.some((m) => m.field === focus);
        const cls = `ev ev-${STYLED.has(field) ? field : 'other'}${focused ? ' focus' : ''}`;
        return (
          <mark key={s.start} class={cls} data-field={field} title={markTitle(s.marks)}>
            {s.text}
          </mark>
        );
      })}
    </div>
  );
}

/**
 * The timeline: events per day stacked by type (bars) and fatalities per day (line). Dragging
 * across it (brushing) sets the date range of the map and the table (a click: one day); "Clear
 * dates" removes it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { EVENT_TYPES, typeColor } from './colors.js';
import { filterParams } from './filters.js';
import type { Filters } from './filters.js';
import { isAbort } from './http.js';
import { brushRange, dayAt, dayIndex, fillDays } from './timeline-data.js';
import type { DayBucket } from './timeline-data.js';
import { fetchTimeline } from './api.js';

interface Props {
  readonly filters: Filters;
  readonly version: number;
  readonly onRange: (range: { from?: string; to?: string }) => void;
}

const W = 1000;
const H = 120;

function Bars({ days }: { days: readonly DayBucket[] }) {
  const maxEvents = Math.max(1, ...days.map((d) => d.events));
  const maxFat = Math.max(1, ...days.map((d) => d.fatalities));
  const bw = W / days.length;
  const rects = [];
  for (const [i, d] of days.entries()) {
    let y = H;
    for (const type of [...EVENT_TYPES, ...Object.keys(d.byType).filter((t) => !EVENT_TYPES.includes(t))]) {
      const n = d.byType[type] ?? 0;
      if (!n) continue;
      const h = (n / maxEvents) * (H - 8);
      y -= h;
      rects.push(<rect key={`${d.date}-${type}`} x={i * bw} y={y} width={Math.max(bw - 0.5, 0.5)} height={h} fill={typeColor(type)} />);
    }
  }
  const line = days.map((d, i) => `${(i + 0.5) * bw},${H - (d.fatalities / maxFat) * (H - 8)}`).join(' ');
  return (
    <g>
      {rects}
      <polyline points={line} fill="none" stroke="#111" stroke-width={1.2} vector-effect="non-scaling-stroke" />
    </g>
  );
}

export function Timeline({ filters, version, onRange }: Props) {
  const [buckets, setBuckets] = useState<DayBucket[]>([]);
  const [drag, setDrag] = useState<{ a: string; b: string }>();
  const svg = useRef<SVGSVGElement>(null);
  const undated = useMemo(() => filterParams(filters, { dates: false }).toString(), [filters]);

  useEffect(() => {
    const ctrl = new AbortController();
    fetchTimeline(new URLSearchParams(undated), ctrl.signal)
      .then(setBuckets)
      .catch((err: unknown) => isAbort(err) || setBuckets([]));
    return () => ctrl.abort();
  }, [undated, version]);

  const days = useMemo(() => fillDays(buckets), [buckets]);
  const dayOf = (e: PointerEvent): string | undefined => {
    const r = svg.current!.getBoundingClientRect();
    return dayAt(e.clientX - r.left, r.width, days);
  };
  const shown = drag ? brushRange(drag.a, drag.b) : filters.from || filters.to ? { from: filters.from, to: filters.to } : undefined;
  const first = days.length ? dayIndex(days[0]!.date) : 0;
  const x = (date: string | undefined, end: boolean): number =>
    date ? ((dayIndex(date) - first + (end ? 1 : 0)) / Math.max(days.length, 1)) * W : end ? W : 0;

  return (
    <section class="timeline" aria-label="Timeline">
      <div class="timeline-head">
        <strong>Timeline</strong>
        <span>{days.length ? `${days[0]!.date} – ${days[days.length - 1]!.date}` : 'no events yet'}</span>
        <span class="hint">bars: events per day by type · line: fatalities · drag to select dates</span>
        {shown && (
          <button type="button" onClick={() => onRange({})} data-testid="timeline-clear">
            Clear dates
          </button>
        )}
      </div>
      <svg
        ref={svg}
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        data-testid="timeline"
        onPointerDown={(e) => {
          const d = dayOf(e);
          if (!d) return;
          svg.current!.setPointerCapture(e.pointerId);
          setDrag({ a: d, b: d });
        }}
        onPointerMove={(e) => drag && setDrag({ a: drag.a, b: dayOf(e) ?? drag.b })}
        onPointerUp={() => {
          if (drag) onRange(brushRange(drag.a, drag.b));
          setDrag(undefined);
        }}
      >
        <Bars days={days} />
        {shown && days.length > 0 && (
          <rect class="brush" x={x(shown.from, false)} y={0} width={Math.max(2, x(shown.to, true) - x(shown.from, false))} height={H} />
        )}
      </svg>
    </section>
  );
}

/**
 * What the detail view shows for each field of an event: its value, the evidence field names
 * that support it, and the columns whose corrections apply to it. Pure: tested without a browser.
 */
import type { EventDetail, ReportView, ReviewView } from './api.js';
import { formatCount, formatDateRange, humanize } from './format.js';

export interface FieldRow {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  /** Evidence `field` names (as the pipeline writes them) that support this row. */
  readonly evidence: readonly string[];
  /** Store columns an analyst may correct for this row. */
  readonly columns: readonly string[];
}

interface Toll {
  readonly value: number;
  readonly min: number | null;
  readonly max: number | null;
}

function toll(t: Toll | null): string {
  if (!t) return '—';
  const range = t.min !== null && t.max !== null && t.min !== t.max ? ` (reports: ${t.min}–${t.max})` : '';
  return `${t.value}${range}`;
}

type Counted = { kind: string; type?: string; model?: string; count?: Parameters<typeof formatCount>[0]; affected?: Parameters<typeof formatCount>[0] };

/** "Shahed attack drone", "Iskander ballistic missile", "artillery": model, type and kind. */
function label(w: Counted): string {
  return [w.model, w.type && humanize(w.type), humanize(w.kind)].filter(Boolean).join(' ');
}

/** A list of weapons or impacts: "Shahed attack drone × 40, artillery". */
export function counted(list: readonly unknown[], sep: string): string {
  return (list as Counted[]).map((w) => (w.count ?? w.affected ? `${label(w)}${sep}${formatCount((w.count ?? w.affected)!)}` : label(w))).join(', ') || '—';
}

export function fieldRows(e: EventDetail): FieldRow[] {
  const l = e.location;
  const place = [l.name, l.admin1, l.country].filter(Boolean).join(', ');
  return [
    { key: 'type', label: 'Type', value: `${e.eventType} / ${e.subEventType}`, evidence: ['type', 'eventType', 'subEventType'], columns: ['event_type', 'sub_event_type'] },
    { key: 'date', label: 'Date', value: `${formatDateRange(e.date.start, e.date.end)} (${e.date.precision})`, evidence: ['date'], columns: ['date_start', 'date_end', 'date_precision'] },
    {
      key: 'location',
      label: 'Location',
      value: `${place} (${l.precision}; ${l.lat.toFixed(3)}, ${l.lon.toFixed(3)})`,
      evidence: ['location'],
      columns: ['location_name', 'admin1', 'country', 'lat', 'lon', 'location_precision'],
    },
    { key: 'actor1', label: 'Actor 1', value: e.actor1?.name ?? '—', evidence: ['actor1'], columns: ['actor1'] },
    { key: 'actor2', label: 'Actor 2', value: e.actor2?.name ?? '—', evidence: ['actor2'], columns: ['actor2'] },
    { key: 'target', label: 'Target', value: e.target ? humanize(e.target.kind) : '—', evidence: ['target'], columns: ['target_kind'] },
    { key: 'weapons', label: 'Weapons', value: counted(e.weapons, ' × '), evidence: ['weapons'], columns: [] },
    { key: 'fatalities', label: 'Fatalities', value: toll(e.fatalities), evidence: ['fatalities'], columns: ['fatalities'] },
    { key: 'injured', label: 'Injured', value: toll(e.injured), evidence: ['injured'], columns: ['injured'] },
    { key: 'impacts', label: 'Impacts', value: counted(e.impacts, ': '), evidence: ['impacts'], columns: [] },
    { key: 'sources', label: 'Sources', value: sourcesOf(e.reports), evidence: ['sources', 'source'], columns: [] },
  ];
}

function sourcesOf(reports: readonly ReportView[]): string {
  const names = reports.flatMap((r) => [
    ...r.event.sources.map((s) => [s.name, s.role && `(${s.role})`, s.channel && `on ${s.channel}`].filter(Boolean).join(' ')),
    r.article.outlet ?? '',
  ]);
  return [...new Set(names.filter(Boolean))].join('; ') || '—';
}

/** Evidence of a row across every report: the quoted text and the rule that found it. */
export function rowEvidence(row: FieldRow, reports: readonly ReportView[]): { reportId: number; field: string; quote: string; rule: string | null }[] {
  const out = [];
  for (const r of reports) {
    for (const s of r.evidence) {
      if (!row.evidence.some((f) => s.field === f || s.field.startsWith(`${f}.`))) continue;
      out.push({ reportId: r.id, field: s.field, quote: r.article.text.slice(s.start, s.end), rule: s.rule });
    }
  }
  return out;
}

/** The latest correction of any of the row's columns, if an analyst made one. */
export function rowCorrection(row: FieldRow, reviews: readonly ReviewView[]): ReviewView | undefined {
  return [...reviews].reverse().find((r) => r.action === 'correct' && r.field !== null && row.columns.includes(r.field));
}

/** Only http(s) links are made clickable: a feed could carry `javascript:` URLs. */
export function safeHref(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

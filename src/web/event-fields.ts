/**
 * What the detail view shows for each field of an event: its value, the evidence field names
 * that support it, and the columns whose corrections apply to it. Pure: tested without a browser.
 */
import type { EventDetail, EventReport, Review } from './api.js';
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

function toll(value: number | null, min: number | null, max: number | null): string {
  if (value === null) return '—';
  const range = min !== null && max !== null && min !== max ? ` (reports: ${min}–${max})` : '';
  return `${value}${range}`;
}

export function fieldRows(e: EventDetail): FieldRow[] {
  const place = [e.locationName, e.admin1, e.country].filter(Boolean).join(', ');
  return [
    { key: 'type', label: 'Type', value: `${e.eventType} / ${e.subEventType}`, evidence: ['type', 'eventType', 'subEventType'], columns: ['event_type', 'sub_event_type'] },
    { key: 'date', label: 'Date', value: `${formatDateRange(e.dateStart, e.dateEnd)} (${e.datePrecision})`, evidence: ['date'], columns: ['date_start', 'date_end'] },
    {
      key: 'location',
      label: 'Location',
      value: `${place} (${e.locationPrecision}; ${e.lat.toFixed(3)}, ${e.lon.toFixed(3)})`,
      evidence: ['location'],
      columns: ['location_name', 'admin1', 'country', 'lat', 'lon'],
    },
    { key: 'actor1', label: 'Actor 1', value: e.actor1 ?? '—', evidence: ['actor1'], columns: ['actor1'] },
    { key: 'actor2', label: 'Actor 2', value: e.actor2 ?? '—', evidence: ['actor2'], columns: ['actor2'] },
    { key: 'target', label: 'Target', value: e.targetKind ? humanize(e.targetKind) : '—', evidence: ['target'], columns: ['target_kind'] },
    {
      key: 'weapons',
      label: 'Weapons',
      value: e.weapons.map((w) => (w.count ? `${humanize(w.kind)} × ${formatCount(w.count)}` : humanize(w.kind))).join(', ') || '—',
      evidence: ['weapons'],
      columns: [],
    },
    { key: 'fatalities', label: 'Fatalities', value: toll(e.fatalities, e.fatalitiesMin, e.fatalitiesMax), evidence: ['fatalities'], columns: ['fatalities'] },
    { key: 'injured', label: 'Injured', value: toll(e.injured, e.injuredMin, e.injuredMax), evidence: ['injured'], columns: ['injured'] },
    {
      key: 'impacts',
      label: 'Impacts',
      value: e.impacts.map((i) => (i.affected ? `${humanize(i.kind)}: ${formatCount(i.affected)}` : humanize(i.kind))).join(', ') || '—',
      evidence: ['impacts'],
      columns: [],
    },
  ];
}

/** Evidence of a row across every report: the quoted text and the rule that found it. */
export function rowEvidence(row: FieldRow, reports: readonly EventReport[]): { reportId: number; field: string; quote: string; rule: string | null }[] {
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
export function rowCorrection(row: FieldRow, reviews: readonly Review[]): Review | undefined {
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

import type { IngestResult } from './ingest-service.js';

/** Counts of an ingest run, as the CLI and `POST /api/articles` report them. */
export interface IngestSummary {
  new: number;
  duplicate: number;
  /** Stored articles extracted again (`sitrep ingest --reextract`). */
  reextracted: number;
  failed: number;
  eventsNew: number;
  eventsMerged: number;
}

/** Accumulates the results of ingesting articles one by one. */
export class IngestTally {
  readonly summary: IngestSummary = { new: 0, duplicate: 0, reextracted: 0, failed: 0, eventsNew: 0, eventsMerged: 0 };

  add(r: IngestResult): void {
    this.summary[r.status]++;
    this.summary.eventsNew += r.created.length;
    this.summary.eventsMerged += r.merged.length;
  }

  fail(): void {
    this.summary.failed++;
  }

  /** `12 articles (10 new, 1 duplicate, 1 failed); events: 7 new, 5 merged`. */
  toString(): string {
    const s = this.summary;
    const total = s.new + s.duplicate + s.reextracted + s.failed;
    const again = s.reextracted ? `, ${s.reextracted} re-extracted` : '';
    return `${total} article${total === 1 ? '' : 's'} (${s.new} new, ${s.duplicate} duplicate${again}, ${s.failed} failed); ` +
      `events: ${s.eventsNew} new, ${s.eventsMerged} merged`;
  }
}

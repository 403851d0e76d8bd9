/**
 * Event detail: every field with the evidence behind it (the quoted text and the rule that found
 * it), analysts' corrections marked as such, every report of the event (toll history) with its
 * source, and the source article's text with the evidence highlighted.
 */
import { useEffect, useState } from 'preact/hooks';
import { fetchEvent } from './api.js';
import type { EventDetail, ReportView } from './api.js';
import { ArticleText } from './article-text.js';
import { fieldRows, rowCorrection, rowEvidence, safeHref } from './event-fields.js';
import { formatCount } from './format.js';
import { isAbort } from './http.js';
import { ReviewForm } from './review-form.js';

interface Props {
  readonly id: number;
  readonly version: number;
  readonly onClose: () => void;
  readonly onChanged: () => void;
}

function Fields({ event, onFocus }: { event: EventDetail; onFocus: (reportId: number, field: string) => void }) {
  return (
    <table class="fields" data-testid="event-fields">
      <tbody>
        {fieldRows(event).map((row) => {
          const correction = rowCorrection(row, event.reviews);
          const evidence = rowEvidence(row, event.reports);
          return (
            <tr key={row.key} data-field={row.key}>
              <th>{row.label}</th>
              <td>
                <span class={correction ? 'corrected' : ''}>{row.value}</span>
                {correction && (
                  <span class="correction-note" data-testid="correction-note">
                    corrected by {correction.reviewer} on {correction.at.slice(0, 10)}
                  </span>
                )}
              </td>
              <td class="evidence-cell">
                {evidence.length === 0 && <span class="muted">no span</span>}
                {evidence.map((ev, i) => (
                  <button type="button" key={i} class="quote" onClick={() => onFocus(ev.reportId, ev.field)} title={ev.rule ? `rule ${ev.rule}` : 'no rule id'}>
                    {ev.quote ? `“${ev.quote}”` : <em>inferred, not stated</em>}
                    {ev.rule && <code>{ev.rule}</code>}
                  </button>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Reports({ reports, current, onPick }: { reports: readonly ReportView[]; current?: number; onPick: (id: number) => void }) {
  return (
    <table class="reports" data-testid="event-reports">
      <thead>
        <tr>
          <th>Reported</th>
          <th>Source</th>
          <th>Killed</th>
          <th>Injured</th>
          <th>Conf.</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => {
          const href = safeHref(r.article.url);
          return (
            <tr key={r.id} class={r.id === current ? 'selected' : ''} onClick={() => onPick(r.id)}>
              <td>{r.reportedAt.slice(0, 10)}</td>
              <td>
                {r.article.outlet ?? 'unknown outlet'}
                {r.article.title && <span class="muted"> · {r.article.title}</span>}
                {href && (
                  <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                    {' '}
                    link
                  </a>
                )}
              </td>
              <td>{r.event.fatalities ? formatCount(r.event.fatalities) : '—'}</td>
              <td>{r.event.injured ? formatCount(r.event.injured) : '—'}</td>
              <td>{r.event.confidence.toFixed(2)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function EventDetailView({ id, version, onClose, onChanged }: Props) {
  const [event, setEvent] = useState<EventDetail>();
  const [error, setError] = useState<string>();
  const [reportId, setReportId] = useState<number>();
  const [focus, setFocus] = useState<string>();

  useEffect(() => {
    const ctrl = new AbortController();
    fetchEvent(id, ctrl.signal)
      .then((e) => {
        setEvent(e);
        setError(undefined);
      })
      .catch((err: unknown) => isAbort(err) || setError((err as Error).message));
    return () => ctrl.abort();
  }, [id, version]);

  if (error) return <aside class="detail">{error}</aside>;
  if (!event) return <aside class="detail">loading…</aside>;
  const report = event.reports.find((r) => r.id === reportId) ?? event.reports[event.reports.length - 1];
  return (
    <aside class="detail" data-testid="event-detail" aria-label="Event detail">
      <header>
        <h2>
          {event.subEventType || event.eventType} — {event.location.name}
        </h2>
        <span class={`status status-${event.status}`} data-testid="event-status">
          {event.status}
        </span>
        <button type="button" class="close" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <Fields event={event} onFocus={(rid, field) => (setReportId(rid), setFocus(field))} />
      <ReviewForm event={event} onReviewed={(e) => (setEvent(e), onChanged())} />
      {event.reviews.length > 0 && (
        <ul class="review-log" data-testid="review-log">
          {event.reviews.map((r, i) => (
            <li key={i}>
              {r.at.slice(0, 16).replace('T', ' ')} · {r.reviewer} · {r.action}
              {r.field && ` ${r.field} → ${JSON.stringify(r.value)}`}
              {r.note && ` (“${r.note}”)`}
            </li>
          ))}
        </ul>
      )}
      <h3>Reports ({event.reports.length})</h3>
      <Reports reports={event.reports} current={report?.id} onPick={setReportId} />
      {report && (
        <>
          <h3>
            Source text <span class="muted">({report.article.lang}, {report.article.published ?? 'no date'})</span>
          </h3>
          <ArticleText text={report.article.text} marks={report.evidence} focus={focus} lang={report.article.lang} />
        </>
      )}
    </aside>
  );
}

/**
 * Analyst review of an event: confirm, reject, or correct one field. Every review is kept and
 * shown; a corrected field is marked as such in the detail view.
 */
import { useState } from 'preact/hooks';
import { reviewEvent } from './api.js';
import type { EventDetail, ReviewRequest } from './api.js';

/** The fields an analyst may correct (the store's CORRECTABLE columns), with their labels. */
export const CORRECTABLE_FIELDS: readonly { field: string; label: string; kind: 'string' | 'number' | 'integer' }[] = [
  { field: 'fatalities', label: 'Fatalities', kind: 'integer' },
  { field: 'injured', label: 'Injured', kind: 'integer' },
  { field: 'event_type', label: 'Event type', kind: 'string' },
  { field: 'sub_event_type', label: 'Sub-event type', kind: 'string' },
  { field: 'date_start', label: 'Date (start)', kind: 'string' },
  { field: 'date_end', label: 'Date (end)', kind: 'string' },
  { field: 'location_name', label: 'Location', kind: 'string' },
  { field: 'admin1', label: 'Region (admin-1)', kind: 'string' },
  { field: 'country', label: 'Country', kind: 'string' },
  { field: 'lat', label: 'Latitude', kind: 'number' },
  { field: 'lon', label: 'Longitude', kind: 'number' },
  { field: 'actor1', label: 'Actor 1', kind: 'string' },
  { field: 'actor2', label: 'Actor 2', kind: 'string' },
  { field: 'target_kind', label: 'Target', kind: 'string' },
];

/** Parses the typed value for a field; throws a message for the analyst when it does not fit. */
export function parseCorrection(field: string, raw: string): string | number {
  const spec = CORRECTABLE_FIELDS.find((f) => f.field === field);
  if (!spec) throw new Error(`"${field}" cannot be corrected`);
  const text = raw.trim();
  if (!text) throw new Error('type the corrected value');
  if (spec.kind === 'string') {
    if (field.startsWith('date_') && !/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new Error('a date is written YYYY-MM-DD');
    return text;
  }
  const n = Number(text.replace(/[\s,]/g, ''));
  if (!Number.isFinite(n)) throw new Error(`${spec.label} must be a number`);
  if (spec.kind === 'integer' && (!Number.isInteger(n) || n < 0)) throw new Error(`${spec.label} must be a whole number ≥ 0`);
  return n;
}

const REVIEWER_KEY = 'sitrep.reviewer';

interface Props {
  readonly event: EventDetail;
  readonly onReviewed: (e: EventDetail) => void;
}

export function ReviewForm({ event, onReviewed }: Props) {
  const [reviewer, setReviewer] = useState(() => localStorage.getItem(REVIEWER_KEY) ?? '');
  const [field, setField] = useState('fatalities');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string>();

  const send = async (make: (who: string) => ReviewRequest): Promise<void> => {
    const who = reviewer.trim();
    if (!who) return setMessage('Type your name first: every review records who made it.');
    localStorage.setItem(REVIEWER_KEY, who);
    try {
      const updated = await reviewEvent(event.id, make(who));
      setMessage(undefined);
      setValue('');
      setNote('');
      onReviewed(updated);
    } catch (err) {
      setMessage((err as Error).message);
    }
  };
  const withNote = note.trim() ? { note: note.trim() } : {};

  return (
    <form class="review" onSubmit={(e) => e.preventDefault()} data-testid="review-form">
      <h3>Review</h3>
      <label>
        Reviewer <input value={reviewer} onInput={(e) => setReviewer(e.currentTarget.value)} name="reviewer" placeholder="your name" />
      </label>
      <label>
        Note <input value={note} onInput={(e) => setNote(e.currentTarget.value)} name="note" placeholder="optional" />
      </label>
      <div class="review-actions">
        <button type="button" onClick={() => send((who) => ({ action: 'confirm', reviewer: who, ...withNote }))}>
          Confirm
        </button>
        <button type="button" class="danger" onClick={() => send((who) => ({ action: 'reject', reviewer: who, ...withNote }))}>
          Reject
        </button>
        {event.status !== 'auto' && (
          <button type="button" onClick={() => send((who) => ({ action: 'reopen', reviewer: who, ...withNote }))}>
            Reopen
          </button>
        )}
      </div>
      <div class="review-correct">
        <select value={field} onChange={(e) => setField(e.currentTarget.value)} name="field" aria-label="Field to correct">
          {CORRECTABLE_FIELDS.map((f) => (
            <option key={f.field} value={f.field}>
              {f.label}
            </option>
          ))}
        </select>
        <input value={value} onInput={(e) => setValue(e.currentTarget.value)} name="value" placeholder="corrected value" aria-label="Corrected value" />
        <button
          type="button"
          onClick={() => {
            try {
              const parsed = parseCorrection(field, value);
              void send((who) => ({ action: 'correct', reviewer: who, corrections: { [field]: parsed }, ...withNote }));
            } catch (err) {
              setMessage((err as Error).message);
            }
          }}
        >
          Correct
        </button>
      </div>
      {message && (
        <p class="error" role="alert">
          {message}
        </p>
      )}
    </form>
  );
}

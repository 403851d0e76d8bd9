/** The filter bar: type, dates, country, region, actor, minimum toll, free text. */
import { useEffect, useState } from 'preact/hooks';
import { EVENT_TYPES, typeColor } from './colors.js';
import type { Filters } from './filters.js';

interface Props {
  readonly filters: Filters;
  readonly onChange: (f: Filters) => void;
}

type TextKey = 'country' | 'admin1' | 'actor' | 'q';

export function FilterBar({ filters, onChange }: Props) {
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const set = (patch: Partial<Filters>): void => setDraft({ ...draft, ...patch });
  const text = (key: TextKey, label: string, width = 8, placeholder = '') => (
    <label>
      {label}
      <input name={key} size={width} placeholder={placeholder} value={draft[key] ?? ''} onInput={(e) => set({ [key]: e.currentTarget.value || undefined })} />
    </label>
  );
  const toggle = (t: string): void => {
    const types = filters.types.includes(t) ? filters.types.filter((x) => x !== t) : [...filters.types, t];
    onChange({ ...draft, types });
  };

  return (
    <form class="filters" onSubmit={(e) => (e.preventDefault(), onChange(draft))} data-testid="filters">
      <div class="types">
        {EVENT_TYPES.map((t) => (
          <button type="button" key={t} class={`type-chip${filters.types.includes(t) ? ' on' : ''}`} onClick={() => toggle(t)} aria-pressed={filters.types.includes(t)}>
            <i class="swatch" style={{ background: typeColor(t) }} />
            {t}
          </button>
        ))}
      </div>
      <label>
        From <input type="date" name="from" value={draft.from ?? ''} onInput={(e) => set({ from: e.currentTarget.value || undefined })} />
      </label>
      <label>
        To <input type="date" name="to" value={draft.to ?? ''} onInput={(e) => set({ to: e.currentTarget.value || undefined })} />
      </label>
      {text('country', 'Country', 3, 'UA')}
      {text('admin1', 'Region', 7)}
      {text('actor', 'Actor', 7)}
      <label>
        Min. killed
        <input
          type="number"
          min={0}
          name="minFatalities"
          style={{ width: '4em' }}
          value={draft.minFatalities ?? ''}
          onInput={(e) => set({ minFatalities: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })}
        />
      </label>
      {text('q', 'Search', 12)}
      <button type="submit">Apply</button>
      <button type="button" onClick={() => onChange({ types: [] })}>
        Reset
      </button>
    </form>
  );
}

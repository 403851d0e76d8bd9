/**
 * Ingest from the page: paste an article (text, language, publication date) or upload files;
 * the events each article yields are listed and can be opened.
 */
import { useState } from 'preact/hooks';
import { postArticle } from './api.js';
import type { IngestResult } from './api.js';
import { articlesFromFile } from './ingest-files.js';
import type { ArticleDraft } from './ingest-files.js';

interface Props {
  readonly onIngested: () => void;
  readonly onSelect: (id: number) => void;
  readonly onClose: () => void;
}

interface Outcome {
  readonly label: string;
  readonly result?: IngestResult;
  readonly error?: string;
}

const LANGS = [
  ['auto', 'identify automatically'],
  ['it', 'Italian'],
  ['en', 'English'],
  ['uk', 'Ukrainian'],
  ['ru', 'Russian'],
] as const;

export function IngestPanel({ onIngested, onSelect, onClose }: Props) {
  const [text, setText] = useState('');
  const [lang, setLang] = useState('auto');
  const [published, setPublished] = useState('');
  const [title, setTitle] = useState('');
  const [outlet, setOutlet] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const defaults = {
    ...(lang !== 'auto' ? { lang } : {}),
    ...(published ? { published } : {}),
    ...(title.trim() ? { title: title.trim() } : {}),
    ...(outlet.trim() ? { outlet: outlet.trim() } : {}),
  };

  const submit = async (drafts: readonly ArticleDraft[]): Promise<void> => {
    setBusy(true);
    const done: Outcome[] = [];
    for (const d of drafts) {
      const label = d.title ?? d.text.slice(0, 60);
      try {
        done.push({ label, result: await postArticle(d) });
      } catch (err) {
        done.push({ label, error: (err as Error).message });
      }
    }
    setOutcomes(done);
    setBusy(false);
    onIngested();
  };

  const upload = async (files: FileList | null): Promise<void> => {
    const drafts: ArticleDraft[] = [];
    try {
      for (const f of Array.from(files ?? [])) drafts.push(...articlesFromFile(f.name, await f.text(), defaults));
    } catch (err) {
      return setOutcomes([{ label: 'upload', error: (err as Error).message }]);
    }
    await submit(drafts);
  };

  return (
    <aside class="detail ingest" data-testid="ingest-panel" aria-label="Add articles">
      <header>
        <h2>Add articles</h2>
        <button type="button" class="close" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <form onSubmit={(e) => (e.preventDefault(), text.trim() && void submit([{ ...defaults, text }]))}>
        <textarea name="text" rows={12} value={text} onInput={(e) => setText(e.currentTarget.value)} placeholder="Paste the article's text here" />
        <div class="ingest-meta">
          <label>
            Language
            <select name="lang" value={lang} onChange={(e) => setLang(e.currentTarget.value)}>
              {LANGS.map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Published <input type="date" name="published" value={published} onInput={(e) => setPublished(e.currentTarget.value)} />
          </label>
          <label>
            Title <input name="title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
          </label>
          <label>
            Outlet <input name="outlet" value={outlet} onInput={(e) => setOutlet(e.currentTarget.value)} />
          </label>
        </div>
        <button type="submit" disabled={busy || !text.trim()}>
          {busy ? 'Extracting…' : 'Extract and store'}
        </button>
        <label class="upload">
          or upload files (.txt, .json, .jsonl)
          <input type="file" multiple accept=".txt,.json,.jsonl,.ndjson" onChange={(e) => void upload(e.currentTarget.files)} />
        </label>
      </form>
      <ul class="ingest-results" data-testid="ingest-results">
        {outcomes.map((o, i) => (
          <li key={i}>
            <strong>{o.label}</strong>:{' '}
            {o.error ? (
              <span class="error">{o.error}</span>
            ) : (
              <span>
                {o.result!.status === 'duplicate' ? 'already stored' : `${o.result!.created?.length ?? 0} new events, ${o.result!.merged?.length ?? 0} merged`}
                {[...(o.result!.created ?? []), ...(o.result!.merged ?? [])].map((id) => (
                  <button type="button" class="link" key={id} data-event-id={id} onClick={() => onSelect(id)}>
                    event {id}
                  </button>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** Reading stored articles with their statements (claims and quotes as half-open spans). */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface StatementView {
  readonly speaker: { readonly name: string; readonly role: string | null };
  readonly platform: string | null;
  readonly quotes: readonly { readonly start: number; readonly end: number; readonly text: string }[];
  readonly claims: readonly {
    readonly what: string;
    readonly weapon: string | null;
    readonly actor: string | null;
    readonly count: { readonly value: number; readonly qualifier: string };
    readonly period: { readonly start: string; readonly end: string } | null;
  }[];
}

export interface ArticleView {
  readonly id: number;
  readonly url: string | null;
  readonly externalId: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly lang: string;
  readonly text: string;
  readonly ingestedAt: string;
  readonly statements: readonly StatementView[];
}

export async function getArticle(db: Kysely<Database>, id: number): Promise<ArticleView | undefined> {
  const a = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!a) return undefined;
  const statements = await db.selectFrom('statements').selectAll().where('article_id', '=', id).orderBy('ordinal').execute();
  const ids = statements.map((s) => s.id);
  const claims = ids.length ? await db.selectFrom('claims').selectAll().where('statement_id', 'in', ids).orderBy('id').execute() : [];
  const quotes = ids.length
    ? await db.selectFrom('evidence').selectAll().where('owner_kind', '=', 'statement').where('field', '=', 'quote').where('owner_id', 'in', ids).orderBy('span_start').execute()
    : [];
  return {
    id: a.id,
    url: a.url,
    externalId: a.external_id,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    lang: a.lang,
    text: a.text,
    ingestedAt: a.ingested_at,
    statements: statements.map((s) => ({
      speaker: { name: s.speaker_name, role: s.speaker_role },
      platform: s.platform,
      quotes: quotes.filter((q) => q.owner_id === s.id).map((q) => ({ start: q.span_start, end: q.span_end, text: a.text.slice(q.span_start, q.span_end) })),
      claims: claims.filter((c) => c.statement_id === s.id).map((c) => ({
        what: c.what,
        weapon: c.weapon,
        actor: c.actor,
        count: { value: c.count_value, qualifier: c.count_qualifier },
        period: c.period_start && c.period_end ? { start: c.period_start, end: c.period_end } : null,
      })),
    })),
  };
}

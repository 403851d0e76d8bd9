/**
 * Names the CLI shows in its help (sort keys, export formats, the default database file), in a
 * module of their own so that `sitrep --help` and `sitrep extract` do not load the store
 * (kysely, better-sqlite3, pg) at start-up. The store modules re-export them.
 */
export const SORTS = ['date', '-date', 'fatalities', '-fatalities', 'updated', '-updated', 'confidence', '-confidence'] as const;
export type EventSort = (typeof SORTS)[number];

export const EXPORT_FORMATS = ['csv', 'geojson', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The default embedded database file. */
export const DEFAULT_DB = './sitrep.db';

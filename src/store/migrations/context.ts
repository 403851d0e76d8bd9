import type { ColumnDefinitionBuilder } from 'kysely';

/** What a migration may need to know about the backend it runs on. */
export interface MigrationContext {
  readonly dialect: 'sqlite' | 'postgres';
  /** The column type of an auto-incrementing integer primary key. */
  readonly autoId: 'integer' | 'serial';
  /** Makes a column of type `autoId` the auto-incrementing primary key. */
  readonly primaryKey: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
}

/** The context of each backend. */
export const MIGRATION_CONTEXTS: Readonly<Record<MigrationContext['dialect'], MigrationContext>> = {
  // `integer primary key autoincrement`: ids are never reused after a delete
  sqlite: { dialect: 'sqlite', autoId: 'integer', primaryKey: (c) => c.primaryKey().autoIncrement() },
  postgres: { dialect: 'postgres', autoId: 'serial', primaryKey: (c) => c.primaryKey() },
};

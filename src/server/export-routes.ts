/** `GET /api/export.csv|.geojson|.jsonl`: every event matching the filters, streamed. */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { CONTENT_TYPES, EXPORT_FORMATS, exportEvents, type ExportFormat } from '../store/export-format.js';
import type { RouteContext } from './app.js';
import { toFilter, type FilterQuery } from './filter-params.js';
import { errorSchema, filterProperties } from './schemas.js';

const DESCRIPTIONS: Readonly<Record<ExportFormat, string>> = {
  csv: 'CSV with ACLED-compatible columns (event_date, event_type, ... source) plus injured, evidence, sources, sitrep_id',
  geojson: 'a GeoJSON FeatureCollection of Points',
  jsonl: 'one event per line, with its sources and evidence',
};

export function registerExportRoutes(app: FastifyInstance, ctx: RouteContext): void {
  for (const format of EXPORT_FORMATS) {
    app.get<{ Querystring: FilterQuery }>(`/api/export.${format}`, {
      schema: {
        summary: `Export: ${DESCRIPTIONS[format]}`,
        tags: ['export'],
        querystring: { type: 'object', additionalProperties: false, properties: filterProperties },
        response: { 200: { type: 'string', description: DESCRIPTIONS[format] }, 400: errorSchema },
      },
    }, async (req, reply) => {
      const filter = toFilter(req.query);
      void reply
        .type(CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="sitrep-events.${format}"`);
      return reply.send(Readable.from(exportEvents(ctx.store.db, filter, format)));
    });
  }
}

/**
 * JSON schemas of the API: they validate requests, shape responses, and produce the OpenAPI
 * document (`/openapi.json`). Field names follow the output contract (DESIGN.md).
 */
import { SORTS } from '../store/event-query.js';
import { CORRECTABLE } from '../store/event-summary.js';
import { REVIEW_ACTIONS } from '../store/review-service.js';

const nullableString = { type: ['string', 'null'] } as const;
const toll = {
  type: ['object', 'null'],
  properties: { value: { type: 'integer' }, min: { type: ['integer', 'null'] }, max: { type: ['integer', 'null'] } },
} as const;
const actor = { type: ['object', 'null'], properties: { name: { type: 'string' }, country: nullableString } } as const;

export const eventSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    sitrepId: { type: 'string' },
    eventType: { type: 'string' },
    subEventType: { type: 'string' },
    date: { type: 'object', properties: { start: { type: 'string' }, end: { type: 'string' }, precision: { type: 'string' } } },
    location: {
      type: 'object',
      properties: {
        name: { type: 'string' }, lat: { type: 'number' }, lon: { type: 'number' }, geonameId: { type: ['integer', 'null'] },
        country: { type: 'string' }, admin1: nullableString, precision: { type: 'string' },
      },
    },
    actor1: actor,
    actor2: actor,
    target: { type: ['object', 'null'], properties: { kind: { type: 'string' } } },
    weapons: { type: 'array', items: { type: 'object', additionalProperties: true } },
    impacts: { type: 'array', items: { type: 'object', additionalProperties: true } },
    fatalities: toll,
    injured: toll,
    confidence: { type: 'number' },
    status: { type: 'string', enum: ['auto', 'confirmed', 'rejected'] },
    reportCount: { type: 'integer' },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
} as const;

const csv = (what: string) => ({ type: 'string', description: `${what}, comma-separated (any of)` }) as const;

/** The event filters shared by listing, exports and statistics. */
export const filterProperties = {
  bbox: { type: 'string', description: 'west,south,east,north in degrees (WGS84)' },
  from: { type: 'string', format: 'date', description: 'first event date, YYYY-MM-DD (inclusive)' },
  to: { type: 'string', format: 'date', description: 'last event date, YYYY-MM-DD (inclusive)' },
  type: csv('event types or sub-event types (ACLED vocabulary)'),
  actor: csv('parts of actor names (case-insensitive)'),
  country: csv('ISO 3166-1 alpha-2 country codes'),
  admin1: csv('first-level regions'),
  min_fatalities: { type: 'integer', minimum: 0 },
  q: { type: 'string', maxLength: 200, description: 'words that must all appear in names, actors, types and sources' },
  status: csv('auto, confirmed, rejected (default: all but rejected)'),
  updated_since: { type: 'string', format: 'date-time', description: 'only events created or updated after this time' },
} as const;

export const pageProperties = {
  limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
  sort: { type: 'string', enum: [...SORTS], default: '-date' },
} as const;

export const errorSchema = {
  type: 'object',
  properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string' } },
} as const;

export const articleSchema = {
  type: 'object',
  required: ['text'],
  properties: {
    id: { type: ['string', 'integer'] },
    url: { type: 'string', maxLength: 4000 },
    title: { type: 'string' },
    outlet: { type: 'string' },
    published: { type: 'string', description: 'ISO date or datetime: the reference for relative dates' },
    lang: { type: 'string', description: 'it, en, uk, ru, ... or auto' },
    text: { type: 'string', minLength: 1 },
  },
} as const;

export const ingestResultSchema = {
  type: 'object',
  properties: {
    summary: {
      type: 'object',
      properties: {
        new: { type: 'integer' }, duplicate: { type: 'integer' }, failed: { type: 'integer' },
        eventsNew: { type: 'integer' }, eventsMerged: { type: 'integer' },
      },
    },
    results: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          index: { type: 'integer' },
          status: { type: 'string', enum: ['new', 'duplicate', 'failed'] },
          articleId: { type: 'integer' },
          created: { type: 'array', items: { type: 'integer' } },
          merged: { type: 'array', items: { type: 'integer' } },
          error: { type: 'string' },
        },
      },
    },
  },
} as const;

export const eventPageSchema = {
  type: 'object',
  properties: {
    total: { type: 'integer', description: 'matches, or a lower bound when totalExact is false' },
    totalExact: { type: 'boolean' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    items: { type: 'array', items: eventSchema },
  },
} as const;

export const reviewBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['action', 'reviewer'],
  properties: {
    action: { type: 'string', enum: [...REVIEW_ACTIONS] },
    reviewer: { type: 'string', minLength: 1, maxLength: 200 },
    note: { type: 'string', maxLength: 4000 },
    corrections: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(Object.entries(CORRECTABLE).map(([k, t]) => [k, { type: [t, 'null'] }])),
    },
  },
} as const;

export const timelineSchema = {
  type: 'object',
  properties: {
    interval: { type: 'string' },
    buckets: {
      type: 'array',
      items: { type: 'object', properties: { period: { type: 'string' }, events: { type: 'integer' }, fatalities: { type: 'integer' }, injured: { type: 'integer' } } },
    },
  },
} as const;

/**
 * Query-string filters → `EventFilter`. The JSON schema has checked types and ranges already;
 * what it cannot say (a bounding box's order, a list's values) is checked here, and a mistake
 * becomes a 400 naming the parameter and the reason.
 */
import type { EventFilter } from '../store/event-query.js';

export interface FilterQuery {
  bbox?: string;
  from?: string;
  to?: string;
  type?: string;
  actor?: string;
  country?: string;
  admin1?: string;
  min_fatalities?: number;
  q?: string;
  status?: string;
  updated_since?: string;
}

/** An error answered with HTTP status `statusCode` and this message. */
export class HttpError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
  }
}

export function badRequest(message: string): HttpError {
  return new HttpError(400, message);
}

const STATUSES = ['auto', 'confirmed', 'rejected'];

export function toFilter(q: FilterQuery): EventFilter {
  const list = (s: string | undefined): string[] | undefined => {
    const items = s?.split(',').map((x) => x.trim()).filter(Boolean);
    return items?.length ? items : undefined;
  };
  const statuses = list(q.status);
  const bad = statuses?.find((s) => !STATUSES.includes(s));
  if (bad) throw badRequest(`querystring/status: "${bad}" is not one of ${STATUSES.join(', ')}`);
  const countries = list(q.country);
  const badCountry = countries?.find((c) => !/^[A-Za-z]{2}$/.test(c));
  if (badCountry) throw badRequest(`querystring/country: "${badCountry}" is not a two-letter ISO 3166-1 code (e.g. UA)`);
  if (q.from && q.to && q.from > q.to) throw badRequest(`querystring/from (${q.from}) is after querystring/to (${q.to})`);
  return {
    ...(q.bbox ? { bbox: parseBbox(q.bbox) } : {}),
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
    types: list(q.type),
    actors: list(q.actor),
    countries,
    admin1: list(q.admin1),
    ...(q.min_fatalities !== undefined ? { minFatalities: q.min_fatalities } : {}),
    ...(q.q ? { q: q.q } : {}),
    statuses,
    ...(q.updated_since ? { updatedSince: new Date(q.updated_since).toISOString() } : {}),
  };
}

/** `west,south,east,north` in degrees; west > east means a box across the antimeridian. */
export function parseBbox(value: string): [number, number, number, number] {
  const parts = value.split(',').map((s) => Number(s.trim()));
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) {
    throw badRequest(`querystring/bbox must be four numbers "west,south,east,north", got "${value}"`);
  }
  const [w, s, e, n] = parts as [number, number, number, number];
  if (s > n) throw badRequest(`querystring/bbox: south (${s}) is north of north (${n})`);
  if (Math.abs(s) > 90 || Math.abs(n) > 90) throw badRequest('querystring/bbox: latitudes must be within -90..90');
  if (Math.abs(w) > 180 || Math.abs(e) > 180) throw badRequest('querystring/bbox: longitudes must be within -180..180');
  return [w, s, e, n];
}

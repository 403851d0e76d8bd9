/** Serializes collected entries and names into the binary layout of `format.ts`. */
import { FORMAT_VERSION, SECTION_NAMES } from '../format.js';
import type { GazetteerHeader, SectionName, SectionRef } from '../format.js';
import type { Collected } from './collect.js';
import { buildKeyFilter } from '../key-filter.js';

const encoder = new TextEncoder();

export function serialize(data: Collected): Buffer {
  const { entries } = data;
  const countries = [...new Set(entries.map((e) => e.country))].sort();
  const features = [...new Set(entries.map((e) => e.feature))].sort();
  const countryIndex = new Map(countries.map((c, i) => [c, i]));
  const featureIndex = new Map(features.map((f, i) => [f, i]));
  const nameBytes = entries.map((e) => encoder.encode(e.name));
  const keys = [...data.names.keys()]
    .map((k) => ({ k, bytes: Buffer.from(k, 'utf8') }))
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes));
  const postingCount = keys.reduce((n, { k }) => n + data.names.get(k)!.length, 0);
  const sections: Record<SectionName, ArrayBufferView> = {
    lat: Float32Array.from(entries, (e) => e.lat),
    lon: Float32Array.from(entries, (e) => e.lon),
    geonameId: Uint32Array.from(entries, (e) => e.geonameId),
    population: Uint32Array.from(entries, (e) => Math.min(e.population, 0xffffffff)),
    country: Uint16Array.from(entries, (e) => countryIndex.get(e.country)!),
    region: Uint16Array.from(entries, (e) => e.region),
    feature: Uint8Array.from(entries, (e) => featureIndex.get(e.feature)!),
    nameOffsets: offsets(nameBytes.map((b) => b.length)),
    names: Buffer.concat(nameBytes),
    keyOffsets: offsets(keys.map(({ bytes }) => bytes.length)),
    keyBytes: Buffer.concat(keys.map(({ bytes }) => bytes)),
    postingOffsets: offsets(keys.map(({ k }) => data.names.get(k)!.length)),
    postings: new Uint32Array(postingCount),
    common: Uint8Array.from(keys, ({ k }) => data.common.get(k) ?? 0),
    keyFilter: new Int32Array(0),
    headFilter: new Int32Array(0),
  };
  const filter = buildKeyFilter(sections.keyOffsets as Uint32Array, sections.keyBytes as Buffer, keys.length);
  sections.keyFilter = filter.keys;
  sections.headFilter = filter.heads;
  let p = 0;
  for (const { k } of keys) for (const v of data.names.get(k)!) (sections.postings as Uint32Array)[p++] = v;
  return pack(sections, {
    version: FORMAT_VERSION, entries: entries.length, keys: keys.length,
    countries, features, regions: data.regions,
  });
}

function offsets(lengths: number[]): Uint32Array {
  const out = new Uint32Array(lengths.length + 1);
  for (let i = 0; i < lengths.length; i++) out[i + 1] = out[i]! + lengths[i]!;
  return out;
}

function pack(
  sections: Record<SectionName, ArrayBufferView>,
  meta: Omit<GazetteerHeader, 'sections'>,
): Buffer {
  const refs = {} as Record<SectionName, SectionRef>;
  const chunks: Buffer[] = [];
  let offset = 0;
  for (const name of SECTION_NAMES) {
    const view = sections[name];
    const bytes = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
    const element = (view as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
    refs[name] = { offset, length: view.byteLength / element };
    const padded = Math.ceil(bytes.length / 8) * 8;
    chunks.push(bytes, Buffer.alloc(padded - bytes.length));
    offset += padded;
  }
  const header = Buffer.from(JSON.stringify({ ...meta, sections: refs }), 'utf8');
  const headerLength = Math.ceil((header.length + 4) / 8) * 8 - 4;
  const prefix = Buffer.alloc(4 + headerLength, 0x20);
  prefix.writeUInt32LE(headerLength, 0);
  header.copy(prefix, 4);
  return Buffer.concat([prefix, ...chunks]);
}

import iconv from 'iconv-lite';

/** How the bytes of a page or feed were decoded, and why. */
export interface Decoded {
  text: string;
  charset: string;
  /** Where the charset came from: a byte-order mark, the Content-Type header, the document itself, or the default. */
  source: 'bom' | 'header' | 'document' | 'default';
}

// The WHATWG Encoding Standard maps these labels to a superset that browsers really use:
// pages labelled 'iso-8859-1' are decoded as windows-1252, 'gb2312' as gbk, and so on.
const ALIASES: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252',
  'latin1': 'windows-1252',
  'us-ascii': 'windows-1252',
  'ascii': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'gb2312': 'gbk',
  'x-sjis': 'shift_jis',
  'utf8': 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
};

/** The charset named in a Content-Type value ('text/html; charset=windows-1251'), if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | undefined {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase();
}

/**
 * The charset a document declares in its first 4 KB: `<meta charset>`,
 * `<meta http-equiv="Content-Type" content="...; charset=...">` or an XML declaration
 * (`<?xml version="1.0" encoding="windows-1251"?>`, as feeds do).
 */
export function charsetFromDocument(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1].toLowerCase();
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(meta);
    if (direct?.[1]) return direct[1].toLowerCase();
  }
  return undefined;
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** A charset label iconv-lite can decode, normalised; undefined for an unknown label ('x-bogus'). */
export function normaliseCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const lower = label.trim().toLowerCase();
  const name = ALIASES[lower] ?? lower;
  return iconv.encodingExists(name) ? name : undefined;
}

/**
 * Decodes the bytes of a page or feed. The byte-order mark wins, then the charset of the
 * Content-Type header, then the one the document declares, then UTF-8. Bytes that are invalid in
 * the chosen charset become U+FFFD: a broken page is decoded as well as it can be, never refused.
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string | null): Decoded {
  const bom = bomCharset(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes), bom, { stripBOM: true }), charset: bom, source: 'bom' };
  const fromHeader = normaliseCharset(charsetFromContentType(contentType));
  if (fromHeader) return { text: iconv.decode(Buffer.from(bytes), fromHeader), charset: fromHeader, source: 'header' };
  let fromDocument = normaliseCharset(charsetFromDocument(bytes));
  // A page served as bytes but declaring UTF-16 in its (ASCII-readable) head is really ASCII-compatible.
  if (fromDocument?.startsWith('utf-16')) fromDocument = 'utf-8';
  if (fromDocument) return { text: iconv.decode(Buffer.from(bytes), fromDocument), charset: fromDocument, source: 'document' };
  return { text: iconv.decode(Buffer.from(bytes), 'utf-8'), charset: 'utf-8', source: 'default' };
}

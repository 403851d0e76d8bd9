import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode.js';

const RU = 'Обстрел Белгородской области: ранены два человека';

describe('decodeBytes', () => {
  it('honours the charset a page declares in <meta>', () => {
    const bytes = iconv.encode(`<html><head><meta charset="windows-1251"></head><body><p>${RU}</p></body></html>`, 'win1251');
    const d = decodeBytes(bytes);
    expect(d).toMatchObject({ charset: 'windows-1251', source: 'document' });
    expect(d.text).toContain(RU);
  });

  it('prefers the Content-Type header to the page, and a BOM to both', () => {
    const bytes = iconv.encode(`<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><p>${RU}</p>`, 'koi8-r');
    expect(decodeBytes(bytes, 'text/html; charset=KOI8-R').text).toContain(RU);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<p>${RU}</p>`)]);
    expect(decodeBytes(bom, 'text/html; charset=windows-1251')).toMatchObject({ source: 'bom', text: `<p>${RU}</p>` });
  });

  it('reads the encoding of an XML declaration (feeds)', () => {
    const bytes = iconv.encode(`<?xml version="1.0" encoding="windows-1251"?><rss><title>${RU}</title></rss>`, 'win1251');
    expect(decodeBytes(bytes).text).toContain(RU);
  });

  it('maps iso-8859-1 to windows-1252 as browsers do, and ignores unknown labels', () => {
    expect(decodeBytes(Buffer.from([0x93, 0x61, 0x94]), 'text/html; charset=iso-8859-1').text).toBe('“a”');
    expect(decodeBytes(Buffer.from('città'), 'text/html; charset=x-bogus')).toMatchObject({ text: 'città', source: 'default' });
  });

  it('decodes broken bytes as U+FFFD instead of failing', () => {
    const d = decodeBytes(Buffer.from([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0xc3, 0x28, 0x41]));
    expect(d.text).toBe('<p>\ufffd\ufffd\ufffd(A');
  });
});

/**
 * Test helpers for what the exports write: a well-formedness check for XML (elements nest and
 * close, attributes are quoted, `<` and `&` appear only as markup or entities) and a PNG reader
 * that inflates the image data, so a test sees the pixels Word would show.
 */
import { inflateSync } from 'node:zlib';

const NAME = '[A-Za-z_][\\w.:-]*';
const ATTR = new RegExp(`\\s+(${NAME})\\s*=\\s*("[^"<]*"|'[^'<]*')`, 'gy');
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

/** Throws with the offset of the first thing that makes `xml` not well-formed; returns the root element's name. */
export function assertWellFormedXml(xml: string): string {
  const stack: string[] = [];
  let root = '';
  let at = 0;
  const fail = (why: string) => {
    throw new Error(`not well-formed XML at ${at}: ${why} near ${JSON.stringify(xml.slice(Math.max(0, at - 40), at + 40))}`);
  };
  const checkText = (text: string) => {
    if (text.replace(ENTITY, '').includes('&')) fail('a bare &');
  };
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const text = xml.slice(at, lt === -1 ? xml.length : lt);
    checkText(text);
    if (stack.length === 0 && text.trim() !== '') fail('text outside the root element');
    if (lt === -1) break;
    at = lt;
    if (xml.startsWith('<?', at)) {
      const end = xml.indexOf('?>', at);
      if (end === -1) fail('an unclosed processing instruction');
      at = end + 2;
    } else if (xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at);
      if (end === -1) fail('an unclosed comment');
      at = end + 3;
    } else if (xml.startsWith('<![CDATA[', at)) {
      const end = xml.indexOf(']]>', at);
      if (end === -1) fail('an unclosed CDATA section');
      at = end + 3;
    } else if (xml.startsWith('</', at)) {
      const m = new RegExp(`</(${NAME})\\s*>`, 'y');
      m.lastIndex = at;
      const close = m.exec(xml);
      if (!close) fail('a malformed end tag');
      if (stack.pop() !== close![1]) fail(`</${close![1]}> closes the wrong element`);
      at = m.lastIndex;
    } else {
      const m = new RegExp(`<(${NAME})`, 'y');
      m.lastIndex = at;
      const open = m.exec(xml);
      if (!open) fail('a malformed start tag');
      if (stack.length === 0 && root) fail('a second root element');
      at = m.lastIndex;
      const seen = new Set<string>();
      ATTR.lastIndex = at;
      for (let a = ATTR.exec(xml); a; a = ATTR.exec(xml)) {
        if (seen.has(a[1]!)) fail(`attribute ${a[1]} twice`);
        seen.add(a[1]!);
        checkText(a[2]!);
        at = ATTR.lastIndex;
      }
      const end = /\s*(\/?)>/y;
      end.lastIndex = at;
      const e = end.exec(xml);
      if (!e) fail('a malformed attribute');
      at = end.lastIndex;
      root ||= open![1]!;
      if (e![1] !== '/') stack.push(open![1]!);
    }
  }
  if (stack.length) fail(`<${stack.at(-1)}> is never closed`);
  if (!root) fail('no root element');
  return root;
}

export function decodeXmlText(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

export interface DecodedPng {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  palette: string[];
  /** Palette indices, row by row (8-bit palette images only, filter type 0 per row). */
  pixels: Uint8Array;
}

/** Reads a PNG: checks the signature and every chunk's CRC, inflates IDAT and undoes the row filters we use. */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!sig.every((b, i) => bytes[i] === b)) throw new Error('no PNG signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  const chunks: { type: string; data: Uint8Array }[] = [];
  while (at < bytes.length) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + len);
    const crc = view.getUint32(at + 8 + len);
    if (crc !== crc32(bytes.subarray(at + 4, at + 8 + len))) throw new Error(`bad CRC in ${type}`);
    chunks.push({ type, data });
    at += 12 + len;
  }
  const ihdr = chunks[0];
  if (ihdr?.type !== 'IHDR' || chunks.at(-1)?.type !== 'IEND') throw new Error('IHDR must come first and IEND last');
  const h = new DataView(ihdr.data.buffer, ihdr.data.byteOffset, 13);
  const width = h.getUint32(0);
  const height = h.getUint32(4);
  const plte = chunks.find((c) => c.type === 'PLTE')?.data ?? new Uint8Array();
  const palette = Array.from(
    { length: plte.length / 3 },
    (_, i) => `#${[...plte.subarray(i * 3, i * 3 + 3)].map((b) => b.toString(16).padStart(2, '0')).join('')}`,
  );
  const idat = Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
  const raw = inflateSync(idat);
  const bitDepth = ihdr.data[8]!;
  const colourType = ihdr.data[9]!;
  if (bitDepth !== 8 || colourType !== 3) return { width, height, bitDepth, colourType, palette, pixels: new Uint8Array() };
  if (raw.length !== height * (width + 1)) throw new Error(`IDAT holds ${raw.length} bytes, expected ${height * (width + 1)}`);
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    if (raw[y * (width + 1)] !== 0) throw new Error(`row ${y} uses filter ${raw[y * (width + 1)]}, this reader knows only 0`);
    pixels.set(raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)), y * width);
  }
  return { width, height, bitDepth, colourType, palette, pixels };
}

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

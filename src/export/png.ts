/**
 * @module A small PNG encoder for our own charts: an 8-bit palette image (one byte a pixel, which
 * deflates to a few kB for a line chart). Deflate comes from the web platform's
 * CompressionStream, which Node and Workers both have, so the export needs no Node API and no
 * dependency (wrangler.toml runs without nodejs_compat).
 */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array, crc = 0xffffffff): number {
  let c = crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return c;
}

/** zlib-wrapped deflate (RFC 1950), as PNG's IDAT wants it. The Blob copies `data` at once, so the caller may reuse it. */
function deflate(data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  const stream = new Blob([data]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Response(stream).arrayBuffer();
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, (crc32(out.subarray(4, 8 + data.length)) ^ 0xffffffff) >>> 0);
  return out;
}

export interface PaletteImage {
  width: number;
  height: number;
  /** At most 256 colours as "#rrggbb". */
  palette: readonly string[];
  /** One palette index a pixel, row by row. */
  pixels: Uint8Array;
}

export const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export async function encodePng(img: PaletteImage): Promise<Uint8Array> {
  const { width, height, pixels } = img;
  if (pixels.length !== width * height) throw new RangeError(`expected ${width * height} pixels, got ${pixels.length}`);
  // Each row starts with filter type 0 (none): a palette image compresses best unfiltered.
  const rows = new Uint8Array(height * (width + 1));
  for (let y = 0; y < height; y++) rows.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return encodePngRows(width, height, img.palette, rows);
}

/**
 * The PNG of rows already laid out as PNG wants them: each a filter byte, then the row's palette
 * indices. `rows` is copied before this first awaits, so the caller may draw the next image in it.
 */
export async function encodePngRows(
  width: number,
  height: number,
  palette: readonly string[],
  rows: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array> {
  if (palette.length === 0 || palette.length > 256) throw new RangeError(`a PNG palette holds 1–256 colours, got ${palette.length}`);
  if (rows.length !== height * (width + 1)) throw new RangeError(`expected ${height * (width + 1)} bytes of rows, got ${rows.length}`);
  const compressed = deflate(rows);
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 3, 0, 0, 0], 8); // 8 bits, palette colour, deflate, adaptive filtering, no interlace
  const plte = new Uint8Array(palette.length * 3);
  palette.forEach((c, i) =>
    plte.set(
      [1, 3, 5].map((at) => parseInt(c.slice(at, at + 2), 16)),
      i * 3,
    ),
  );
  const parts = [
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    chunk('IDAT', new Uint8Array(await compressed)),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

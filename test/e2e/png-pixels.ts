import { inflateSync } from 'node:zlib';

/** A decoded image: `width × height` pixels, four bytes (RGBA) each, row by row. */
export interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Bytes per pixel for the 8-bit colour types a browser writes: grey, RGB, grey + alpha, RGBA. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/**
 * Decodes the PNG a browser screenshot gives (8 bits per channel, not
 * interlaced) with node:zlib, so pixel checks need no image library.
 * Anything else throws a sentence that names what it met.
 */
export function decodePng(png: Uint8Array): Pixels {
  const bytes = Buffer.from(png);
  if (!SIGNATURE.every((byte, i) => bytes[i] === byte)) throw new Error('not a PNG: the 8-byte signature is missing');
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colorType, , , interlace] = body.subarray(8, 13);
      channels = CHANNELS[colorType!] ?? 0;
      if (depth !== 8 || channels === 0 || interlace !== 0) {
        throw new Error(`unsupported PNG: bit depth ${depth}, colour type ${colorType}, interlace ${interlace}; expected 8-bit grey/RGB/RGBA, not interlaced`);
      }
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + length;
  }
  if (width === 0 || height === 0) throw new Error('not a PNG: no IHDR chunk with a size');
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) throw new Error(`truncated PNG: ${raw.length} bytes for ${width}×${height}`);
  const rows = unfilter(raw, height, stride, channels);
  const rgba = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const s = rows.subarray(p * channels, p * channels + channels);
    const [r, g, b, a] =
      channels === 1 ? [s[0]!, s[0]!, s[0]!, 255] : channels === 2 ? [s[0]!, s[0]!, s[0]!, s[1]!] : [s[0]!, s[1]!, s[2]!, channels === 4 ? s[3]! : 255];
    rgba.set([r, g, b, a], p * 4);
  }
  return { width, height, rgba };
}

/** Undoes the per-row filters of PNG (none, sub, up, average, Paeth) into one buffer of `height × stride` bytes. */
function unfilter(raw: Buffer, height: number, stride: number, bpp: number): Uint8Array {
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= bpp ? out[row + x - bpp]! : 0;
      const up = y > 0 ? out[row - stride + x]! : 0;
      const upLeft = x >= bpp && y > 0 ? out[row - stride + x - bpp]! : 0;
      let predictor: number;
      switch (filter) {
        case 0:
          predictor = 0;
          break;
        case 1:
          predictor = left;
          break;
        case 2:
          predictor = up;
          break;
        case 3:
          predictor = (left + up) >> 1;
          break;
        case 4:
          predictor = paeth(left, up, upLeft);
          break;
        default:
          throw new Error(`corrupt PNG: row ${y} has filter type ${filter}; expected 0 to 4`);
      }
      out[row + x] = (line[x]! + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The colour of pixel (x, y) as `#rrggbb` (alpha left out: screenshots are opaque). */
export function colorAt(image: Pixels, x: number, y: number): string {
  const i = (y * image.width + x) * 4;
  return `#${[image.rgba[i]!, image.rgba[i + 1]!, image.rgba[i + 2]!].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** How many pixels of each colour a region holds (the whole image by default), most frequent first. */
export function colorCounts(image: Pixels, region = { x: 0, y: 0, width: image.width, height: image.height }): [string, number][] {
  const counts = new Map<string, number>();
  for (let y = region.y; y < region.y + region.height; y++) {
    for (let x = region.x; x < region.x + region.width; x++) {
      const color = colorAt(image, x, y);
      counts.set(color, (counts.get(color) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** The share of a region's pixels that differ from its most frequent colour: 0 for one flat colour. */
export function nonFlatShare(image: Pixels, region?: { x: number; y: number; width: number; height: number }): number {
  const counts = colorCounts(image, region);
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  return total === 0 ? 0 : 1 - counts[0]![1] / total;
}

/** How many pixels differ between two images of the same size. */
export function differingPixels(a: Pixels, b: Pixels): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`images differ in size: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  let count = 0;
  for (let i = 0; i < a.rgba.length; i += 4) {
    if (a.rgba[i] !== b.rgba[i] || a.rgba[i + 1] !== b.rgba[i + 1] || a.rgba[i + 2] !== b.rgba[i + 2]) count++;
  }
  return count;
}

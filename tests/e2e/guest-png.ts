import { inflateSync } from 'node:zlib';

// Just enough PNG to compare screenshots pixel by pixel without a dependency.

export interface Image {
  readonly width: number;
  readonly height: number;
  /** RGBA, 4 bytes a pixel. */
  readonly data: Uint8Array;
}

/** Decodes the PNGs Chromium writes (8-bit RGB or RGBA, not interlaced) with node:zlib. */
export function decodePng(png: Buffer): Image {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      colorType = body[9] ?? 0;
      if (depth !== 8 || (colorType !== 2 && colorType !== 6) || body[12] !== 0) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colorType}`);
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const channels = colorType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (cur[x - channels] ?? 0) : 0;
      const b = prev[x] ?? 0;
      const c = x >= channels ? (prev[x - channels] ?? 0) : 0;
      const v = line[x] ?? 0;
      let p: number;
      switch (filter) {
        case 0:
          p = v;
          break;
        case 1:
          p = v + a;
          break;
        case 2:
          p = v + b;
          break;
        case 3:
          p = v + ((a + b) >> 1);
          break;
        case 4: {
          const pa = Math.abs(b - c);
          const pb = Math.abs(a - c);
          const pc = Math.abs(a + b - 2 * c);
          p = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
          break;
        }
        default:
          throw new Error(`bad PNG filter ${filter}`);
      }
      cur[x] = p & 0xff;
    }
    for (let x = 0; x < width; x++) {
      for (let ch = 0; ch < 4; ch++) out[(y * width + x) * 4 + ch] = ch < channels ? (cur[x * channels + ch] ?? 0) : 255;
    }
    prev = cur;
  }
  return { width, height, data: out };
}

export interface PixelDiff {
  readonly sameSize: boolean;
  readonly size: string;
  /** Pixels whose colour differs by more than `tolerance` on any channel. */
  readonly differing: number;
  readonly total: number;
}

/**
 * Counts differing pixels. `ignoreCorners` skips squares of that size at the four corners: a
 * box with rounded corners shows whatever is behind it there (the host page), not itself.
 */
export function comparePixels(a: Image, b: Image, tolerance = 0, ignoreCorners = 0): PixelDiff {
  const size = `${a.width}x${a.height} vs ${b.width}x${b.height}`;
  if (a.width !== b.width || a.height !== b.height) return { sameSize: false, size, differing: Math.max(a.width * a.height, b.width * b.height), total: a.width * a.height };
  let differing = 0;
  const corner = (i: number) => {
    if (!ignoreCorners) return false;
    const x = (i / 4) % a.width;
    const y = Math.floor(i / 4 / a.width);
    return (x < ignoreCorners || x >= a.width - ignoreCorners) && (y < ignoreCorners || y >= a.height - ignoreCorners);
  };
  const same = (p: Image, i: number, q: Image, j: number) => {
    for (let ch = 0; ch < 4; ch++) if (Math.abs((p.data[i + ch] ?? 0) - (q.data[j + ch] ?? 0)) > tolerance) return false;
    return true;
  };
  for (let i = 0; i < a.data.length; i += 4) {
    if (!corner(i) && !same(a, i, b, i)) differing++;
  }
  return { sameSize: true, size, differing, total: a.width * a.height };
}

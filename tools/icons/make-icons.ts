/**
 * Draws the skill's store icons (108 and 512 px PNG): two simple figures side by side, their
 * shoulders touching, on a deep teal square. No image library: pixels are computed here
 * (4x4 supersampled edges) and written as an RGB PNG with node's zlib.
 *
 *   npx tsx tools/icons/make-icons.ts     # rewrites interaction-model/assets/images/*.png
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgb = [number, number, number];

const BACKGROUND: Rgb = [0x1f, 0x5f, 0x5b];
const LEFT: Rgb = [0xf2, 0x8c, 0x6b];
const RIGHT: Rgb = [0xf6, 0xe7, 0xc8];
const BOTH: Rgb = [0xf7, 0xbf, 0x8e];

/** One figure: a round head above rounded shoulders, centred at cx. */
function inFigure(x: number, y: number, cx: number): 'head' | 'body' | undefined {
  if ((x - cx) ** 2 + (y - 0.36) ** 2 <= 0.115 ** 2) return 'head';
  // Shoulders: the top half of an ellipse standing on the baseline.
  const dx = (x - cx) / 0.2;
  const dy = (y - 0.8) / 0.26;
  if (y <= 0.8 && y >= 0.53 && dx * dx + dy * dy <= 1) return 'body';
  return undefined;
}

/** The colour at a point in the unit square (0..1 on both axes). */
function colourAt(x: number, y: number): Rgb {
  const left = inFigure(x, y, 0.37);
  const right = inFigure(x, y, 0.63);
  if (left && right) return BOTH;
  if (left) return LEFT;
  if (right) return RIGHT;
  return BACKGROUND;
}

export function drawIcon(size: number, samples = 4): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0 (none), then RGB
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          sum[0] += c[0];
          sum[1] += c[1];
          sum[2] += c[2];
        }
      }
      const n = samples * samples;
      row.set([Math.round(sum[0]! / n), Math.round(sum[1]! / n), Math.round(sum[2]! / n)], 1 + px * 3);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(width: number, height: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour RGB, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const ICONS = { 'small-icon-108.png': 108, 'large-icon-512.png': 512 } as const;

if (require.main === module) {
  const dir = join(__dirname, '..', '..', 'interaction-model', 'assets', 'images');
  for (const [name, size] of Object.entries(ICONS)) {
    writeFileSync(join(dir, name), drawIcon(size));
    console.log(`${name}: ${size} x ${size}`);
  }
}

import { crc32, deflateSync } from 'node:zlib';

/**
 * The demo's joy photo, drawn in code so no image file ships: a small real PNG
 * (an evening sky over a hill, two figures side by side), width × height pixels,
 * RGB, that any browser shows.
 */
export function demoJoyPhoto(width = 240, height = 160): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3); // filter byte 0: none
    for (let x = 0; x < width; x++) row.set(pixel(x / width, y / height, width / height), 1 + x * 3);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The colour at (u, v) in 0…1, `aspect` = width / height so circles stay round. */
function pixel(u: number, v: number, aspect: number): [number, number, number] {
  const near = (cx: number, cy: number, r: number) => Math.hypot((u - cx) * aspect, v - cy) < r;
  if (near(0.44, 0.6, 0.05) || near(0.44, 0.72, 0.08)) return [47, 93, 98]; // one of them
  if (near(0.56, 0.61, 0.05) || near(0.56, 0.73, 0.08)) return [154, 79, 46]; // the other
  const hill = 0.78 - 0.12 * Math.sin(u * Math.PI);
  if (v > hill) return mix([112, 140, 96], [74, 98, 66], (v - hill) / (1 - hill));
  if (near(0.78, 0.3, 0.09)) return [250, 214, 150]; // the low sun
  return mix([246, 190, 150], [120, 150, 190], 1 - v / hill);
}

function mix(a: [number, number, number], b: [number, number, number], t: number): [number, number, number] {
  return a.map((c, i) => Math.round(c + (b[i]! - c) * Math.min(1, Math.max(0, t)))) as [number, number, number];
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

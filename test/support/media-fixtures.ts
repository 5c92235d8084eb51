/**
 * Small but structurally real media files for upload tests: each has the
 * headers, segments or chunks a browser's file would, including the metadata a
 * phone camera adds, so sniffing, truncation checks and stripping are exercised.
 */
const GPS_TEXT = 'GPS 52.5200N 13.4050E Pixel-9';

function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head[0] = 0xff;
  head[1] = marker;
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

export function jpegWithExif(): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    segment(0xe1, Buffer.from(`Exif\0\0${GPS_TEXT}`, 'latin1')),
    segment(0xfe, Buffer.from('taken at home', 'latin1')),
    segment(0xdb, Buffer.alloc(65, 1)),
    segment(0xda, Buffer.from([0x01, 0x01, 0x00, 0x00, 0x3f, 0x00])),
    Buffer.alloc(2000, 0x55),
    Buffer.from([0xff, 0xd9]),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, data, Buffer.alloc(4)]);
}

export function pngWithText(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('tEXt', Buffer.from(`Comment\0${GPS_TEXT}`, 'latin1')),
    chunk('IDAT', Buffer.alloc(500, 7)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function ebml(id: number[], payload: Buffer, unknownSize = false): Buffer {
  const size = unknownSize ? Buffer.from([0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]) : Buffer.from([0x40 | (payload.length >> 8), payload.length & 0xff]);
  return Buffer.concat([Buffer.from(id), size, payload]);
}

/** A voice recording as Chrome's MediaRecorder writes it: EBML header, then a Segment of unknown size. */
export function webmVoice(seconds = 3): Buffer {
  const header = ebml([0x1a, 0x45, 0xdf, 0xa3], ebml([0x42, 0x82], Buffer.from('webm')));
  const clusters = Array.from({ length: seconds }, () => ebml([0x1f, 0x43, 0xb6, 0x75], Buffer.alloc(1500, 3)));
  return Buffer.concat([header, ebml([0x18, 0x53, 0x80, 0x67], Buffer.concat(clusters), true)]);
}

/** As Chrome's MediaRecorder really writes it: the Clusters have unknown size as well, each holding a Timecode and SimpleBlocks. */
export function webmVoiceAsRecorded(seconds = 3): Buffer {
  const header = ebml([0x1a, 0x45, 0xdf, 0xa3], ebml([0x42, 0x82], Buffer.from('webm')));
  const cluster = (n: number) => ebml([0x1f, 0x43, 0xb6, 0x75], Buffer.concat([ebml([0xe7], Buffer.from([n])), ebml([0xa3], Buffer.alloc(400, 5)), ebml([0xa3], Buffer.alloc(400, 6))]), true);
  return Buffer.concat([header, ebml([0x18, 0x53, 0x80, 0x67], Buffer.concat(Array.from({ length: seconds }, (_, n) => cluster(n))), true)]);
}

export const METADATA_MARKER = GPS_TEXT;

function riffChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}

export function webpWithExif(): Buffer {
  const vp8x = Buffer.alloc(10);
  vp8x[0] = 0x08; // EXIF present
  const body = Buffer.concat([Buffer.from('WEBP'), riffChunk('VP8X', vp8x), riffChunk('VP8L', Buffer.alloc(300, 9)), riffChunk('EXIF', Buffer.from(GPS_TEXT, 'latin1'))]);
  const head = Buffer.alloc(8);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length, 4);
  return Buffer.concat([head, body]);
}

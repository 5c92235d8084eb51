import { describe, expect, it } from 'vitest';
import { METADATA_MARKER, jpegWithExif, pngWithText, webmVoice, webmVoiceAsRecorded, webpWithExif } from '../../../test/support/media-fixtures';
import { PHOTO_TYPES, VOICE_TYPES, checkMedia, sniff, stripPhotoMetadata } from './media';

describe('media checks', () => {
  it('knows files by their bytes, not by the claimed type', () => {
    expect(sniff(jpegWithExif())).toBe('image/jpeg');
    expect(sniff(pngWithText())).toBe('image/png');
    expect(sniff(webmVoice())).toBe('audio/webm');
    expect(checkMedia('image/png', jpegWithExif(), PHOTO_TYPES)).toEqual({ ok: false, problem: 'wrong_type' });
    expect(checkMedia('audio/webm', jpegWithExif(), VOICE_TYPES)).toEqual({ ok: false, problem: 'wrong_type' });
    expect(checkMedia('image/jpeg', Buffer.from('<script>alert(1)</script>'), PHOTO_TYPES)).toEqual({ ok: false, problem: 'wrong_type' });
    expect(checkMedia('image/jpeg', Buffer.alloc(0), PHOTO_TYPES)).toEqual({ ok: false, problem: 'empty' });
  });

  it('refuses truncated files of every kind', () => {
    const cut = (b: Buffer) => b.subarray(0, b.length - 40);
    expect(checkMedia('image/jpeg', cut(jpegWithExif()), PHOTO_TYPES)).toEqual({ ok: false, problem: 'truncated' });
    expect(checkMedia('image/png', cut(pngWithText()), PHOTO_TYPES)).toEqual({ ok: false, problem: 'truncated' });
    expect(checkMedia('audio/webm', cut(webmVoice()), VOICE_TYPES)).toEqual({ ok: false, problem: 'truncated' });
    expect(checkMedia('audio/webm', webmVoice(), VOICE_TYPES)).toEqual({ ok: true, type: 'audio/webm' });
  });

  it('accepts a recording whose clusters have unknown size, as Chrome writes them, and still notices a cut one', () => {
    const recorded = webmVoiceAsRecorded(3);
    expect(checkMedia('audio/webm', recorded, VOICE_TYPES)).toEqual({ ok: true, type: 'audio/webm' });
    expect(checkMedia('audio/webm', recorded.subarray(0, recorded.length - 40), VOICE_TYPES)).toEqual({ ok: false, problem: 'truncated' });
  });

  it('removes location and device metadata from photos and keeps them valid', () => {
    for (const [type, file] of [['image/jpeg', jpegWithExif()], ['image/png', pngWithText()], ['image/webp', webpWithExif()]] as const) {
      expect(file.toString('latin1')).toContain(METADATA_MARKER);
      const clean = stripPhotoMetadata(type, file);
      expect(clean.toString('latin1')).not.toContain(METADATA_MARKER);
      expect(checkMedia(type, clean, PHOTO_TYPES)).toEqual({ ok: true, type });
      expect(clean.length).toBeGreaterThan(300);
    }
  });
});

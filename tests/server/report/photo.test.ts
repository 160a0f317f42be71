// The photo's format and pixel size, read from the file so Word and PDF scale it undistorted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitInside, imageSize, photoKind } from '../../../server/report/photo.js';
import { makePng } from '../../fixtures/report/photo.js';

describe('photo', () => {
  it('knows PNG and JPEG from their MIME types, and nothing else', () => {
    expect([photoKind('image/png'), photoKind('image/jpeg'), photoKind('IMAGE/JPG'), photoKind('image/gif')]).toEqual([
      'png',
      'jpg',
      'jpg',
      null,
    ]);
  });

  it('reads the size of a PNG and of a JPEG', () => {
    expect(imageSize(makePng(300, 120), 'png')).toEqual({ width: 300, height: 120 });
    expect(imageSize(readFileSync(new URL('../../fixtures/report/photo.jpg', import.meta.url)), 'jpg')).toEqual({
      width: 134,
      height: 84,
    });
  });

  it('gives up on bytes that are not the image they claim to be', () => {
    expect(imageSize(Buffer.from('GIF89a....'), 'png')).toBeNull();
    expect(imageSize(makePng(), 'jpg')).toBeNull();
    expect(imageSize(Buffer.from([0xff, 0xd8, 0xff]), 'jpg')).toBeNull();
  });

  it('scales down to fit, keeping proportions, never up', () => {
    expect(fitInside({ width: 2000, height: 1000 }, 600, 600)).toEqual({ width: 600, height: 300 });
    expect(fitInside({ width: 1000, height: 2000 }, 600, 600)).toEqual({ width: 300, height: 600 });
    expect(fitInside({ width: 200, height: 100 }, 600, 600)).toEqual({ width: 200, height: 100 });
  });
});

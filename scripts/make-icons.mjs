#!/usr/bin/env node
// Draws the app icon — a cohort-retention triangle of tiles on a navy rounded square —
// and writes it as resources/icons/icon.svg, icon.png (512 px) and 256x256.png.
// The PNGs are rasterised here (4x4 supersampling) and encoded with node:zlib, so the
// icon can be regenerated offline with no dependencies: `node scripts/make-icons.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const OUT = new URL('../resources/icons/', import.meta.url);

/** Shapes in a 512-unit square, painted in order: { x, y, w, h, r, color: [r, g, b] }. */
function iconShapes() {
  const shapes = [{ x: 16, y: 16, w: 480, h: 480, r: 104, color: [23, 50, 77] }];
  // Row = acquisition cohort, column = months since first order; later columns fade like retention does.
  const columnColors = [
    [245, 247, 250],
    [158, 230, 196],
    [79, 199, 154],
    [42, 157, 120],
  ];
  const cell = 68;
  const gap = 16;
  const origin = 96;
  for (let row = 0; row < 4; row++) {
    for (let column = 0; column < 4 - row; column++) {
      const color = columnColors[column];
      shapes.push({ x: origin + column * (cell + gap), y: origin + row * (cell + gap), w: cell, h: cell, r: 14, color });
    }
  }
  return shapes;
}

function insideRoundedRect(px, py, { x, y, w, h, r }) {
  if (px < x || py < y || px >= x + w || py >= y + h) return false;
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

function rasterize(shapes, size) {
  const scale = SIZE / size;
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let red = 0, green = 0, blue = 0, covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const ux = (px + (sx + 0.5) / samples) * scale;
          const uy = (py + (sy + 0.5) / samples) * scale;
          let top = null;
          for (const shape of shapes) if (insideRoundedRect(ux, uy, shape)) top = shape;
          if (top === null) continue;
          red += top.color[0];
          green += top.color[1];
          blue += top.color[2];
          covered++;
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        // Colour averaged over covered samples; coverage becomes alpha (straight alpha, as PNG wants).
        pixels[offset] = Math.round(red / covered);
        pixels[offset + 1] = Math.round(green / covered);
        pixels[offset + 2] = Math.round(blue / covered);
        pixels[offset + 3] = Math.round((255 * covered) / (samples * samples));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(rgba, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function toSvg(shapes) {
  const hex = (color) => `#${color.map((value) => value.toString(16).padStart(2, '0')).join('')}`;
  const rects = shapes.map(({ x, y, w, h, r, color }) => `  <rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="${hex(color)}"/>`);
  return [`<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">`, '  <title>Retention Workbench</title>', ...rects, '</svg>', ''].join('\n');
}

const shapes = iconShapes();
mkdirSync(OUT, { recursive: true });
writeFileSync(new URL('icon.svg', OUT), toSvg(shapes));
writeFileSync(new URL('icon.png', OUT), encodePng(rasterize(shapes, 512), 512));
writeFileSync(new URL('256x256.png', OUT), encodePng(rasterize(shapes, 256), 256));
console.log('Wrote resources/icons/icon.svg, icon.png (512 px) and 256x256.png');

/**
 * Fixture photos the project draws itself: a small scene (sky, hills, a sun, a building) written as
 * SVG and turned into a JPEG by sharp. No photo comes from anywhere else, none is committed: each
 * test run draws the same bytes from the same SVG, and a test that needs a photo says so in its setup.
 */
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import sharp from 'sharp';

export interface FixturePhoto {
  width: number;
  height: number;
  /** Hue of the sky, 0–360: photos that look different from one another. */
  hue?: number;
}

/** The scene as SVG, with shapes only (no text, so no font can change the pixels). */
export function fixturePhotoSvg({ width, height, hue = 205 }: FixturePhoto): string {
  const w = width;
  const h = height;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,45%)"/><stop offset="1" stop-color="hsl(${(hue + 30) % 360},70%,85%)"/></linearGradient></defs>
  <rect width="${w}" height="${h}" fill="url(#sky)"/>
  <circle cx="${w * 0.78}" cy="${h * 0.25}" r="${h * 0.1}" fill="#ffd27a"/>
  <path d="M0 ${h * 0.7} Q ${w * 0.25} ${h * 0.5} ${w * 0.5} ${h * 0.68} T ${w} ${h * 0.62} V ${h} H 0 Z" fill="hsl(${(hue + 200) % 360},35%,35%)"/>
  <rect x="${w * 0.18}" y="${h * 0.42}" width="${w * 0.16}" height="${h * 0.4}" fill="#f1e9dc"/>
  <path d="M${w * 0.16} ${h * 0.43} L ${w * 0.26} ${h * 0.3} L ${w * 0.36} ${h * 0.43} Z" fill="#a0462f"/>
  <rect x="${w * 0.24}" y="${h * 0.64}" width="${w * 0.04}" height="${h * 0.18}" fill="#5b3a29"/>
</svg>`;
}

/** Draws a fixture photo into `file` as a JPEG. */
export async function drawFixturePhoto(file: string, photo: FixturePhoto): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await sharp(Buffer.from(fixturePhotoSvg(photo))).jpeg({ quality: 80 }).toBuffer());
}

/** A file of `bytes` that takes no disk space (sparse): enough for a check that only reads sizes. */
export function sparseFile(file: string, bytes: number): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '');
  truncateSync(file, bytes);
}

#!/usr/bin/env node
// Renders the PWA icons (PNG) from src/web/public/favicon.svg with headless Chromium.
// Run once after changing the SVG: `node scripts/make-icons.mjs`; the PNGs are committed.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('src/web/public/favicon.svg', 'utf8');
// Maskable icons are cropped to a circle or squircle by the launcher: fill the whole
// square and keep the mark inside the central 80% safe zone.
const fullBleed = svg.replace(/rx="\d+"/, 'rx="0"');
const maskable = fullBleed.replace('<circle', '<g transform="translate(51.2 51.2) scale(0.8)"><circle').replace('</svg>', '</g></svg>');

const icons = [
  { file: 'icon-192.png', size: 192, svg, transparent: true },
  { file: 'icon-512.png', size: 512, svg, transparent: true },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable, transparent: false },
  // iOS draws its own rounded corners and shows transparency as black.
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed, transparent: false },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const icon of icons) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    const sized = icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await page.screenshot({ path: `src/web/public/icons/${icon.file}`, omitBackground: icon.transparent });
    console.log(`wrote src/web/public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
}

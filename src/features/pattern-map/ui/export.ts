/**
 * Downloads of the loop diagram. The SVG is the on-screen picture with its
 * presentation attributes (colours, fonts) and nothing that needs the app:
 * no classes, no aria-hidden, no external references. The PNG is that SVG
 * drawn onto a canvas at three times its size.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The picture's width over its height, from its viewBox. */
export function aspect(svg: SVGSVGElement): number {
  const box = svg.viewBox.baseVal;
  return box && box.height ? box.width / box.height : 1;
}

export function serializeLoopSvg(svg: SVGSVGElement, width = 800): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(Math.round(width / aspect(svg))));
  for (const el of [clone, ...clone.querySelectorAll('*')]) {
    el.removeAttribute('class');
    el.removeAttribute('aria-hidden');
    el.removeAttribute('style');
    for (const attr of [...el.attributes]) {
      // Nothing may point outside the file.
      if ((attr.name === 'href' || attr.name === 'xlink:href') && !attr.value.startsWith('#')) el.removeAttribute(attr.name);
    }
  }
  // ids from the app are unique on the page but meaningless in a file: give them plain names.
  const title = clone.querySelector('title');
  const desc = clone.querySelector('desc');
  title?.setAttribute('id', 'loop-title');
  desc?.setAttribute('id', 'loop-desc');
  clone.setAttribute('aria-labelledby', 'loop-title loop-desc');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

export async function svgToPng(svgText: string, ratio: number, width = 1200): Promise<Blob> {
  const height = Math.round(width / ratio);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "the doom spiral" → "the-doom-spiral"; something safe for every file system. */
export function fileName(name: string, extension: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  return `${base || 'our-loop'}.${extension}`;
}

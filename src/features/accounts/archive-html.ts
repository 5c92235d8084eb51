import type { ArchiveEntry, ArchiveFile } from '../../core/own-archive';
import { currentLocale } from '../../core/i18n/messages';
import { archiveCopy } from './copy';
import type { OwnArchive } from './own-archive';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Files the page may show inline; anything else is listed, not embedded. */
const SHOWN = /^(image\/(png|jpeg|webp|gif)|audio\/(webm|ogg|mpeg|mp4|wav|x-m4a|aac))(;.*)?$/;

/**
 * The archive as one readable page: no script, nothing fetched from anywhere (a strict
 * content-security policy in the page itself says so), every word escaped. It opens
 * offline in any browser, years from now.
 */
export function renderArchiveHtml(archive: OwnArchive): string {
  const sections = archive.sections
    .map((s) => `<section><h2>${escapeHtml(s.title)}</h2>${s.entries.map(renderEntry).join('')}</section>`)
    .join('');
  return `<!doctype html>
<html lang="${currentLocale()}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; media-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(archiveCopy.title({ name: archive.person.displayName }))}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:1.5rem;color:#1f2a30;background:#fbfaf7}h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d9d4c7}article{margin:1rem 0;padding:.75rem 1rem;background:#fff;border-radius:.5rem}h3{font-size:1rem;margin:0}time{color:#55606a;font-size:.9rem}p{white-space:pre-wrap;margin:.4rem 0}.label{display:block;color:#55606a;font-size:.9rem}img{max-width:100%}</style>
</head><body><main>
<h1>${escapeHtml(archiveCopy.title({ name: archive.person.displayName }))}</h1>
<p>${escapeHtml(archiveCopy.intro({ day: archive.madeAt.slice(0, 10) }))}</p>
${sections || `<p>${escapeHtml(archiveCopy.empty)}</p>`}
</main></body></html>
`;
}

function renderEntry(entry: ArchiveEntry): string {
  const time = entry.at ? ` <time datetime="${escapeHtml(entry.at)}">${escapeHtml(entry.at.slice(0, 10))}</time>` : '';
  const lines = entry.lines
    .map((l) => `<p>${l.label ? `<span class="label">${escapeHtml(l.label)}</span>` : ''}${escapeHtml(l.text)}</p>`)
    .join('');
  return `<article><h3>${escapeHtml(entry.heading)}${time}</h3>${lines}${entry.file ? renderFile(entry.file) : ''}</article>`;
}

function renderFile(file: ArchiveFile): string {
  if (!SHOWN.test(file.contentType)) return `<p>${escapeHtml(archiveCopy.fileInJson)}</p>`;
  const src = `data:${escapeHtml(file.contentType)};base64,${file.base64.replace(/[^A-Za-z0-9+/=]/g, '')}`;
  return file.contentType.startsWith('image/') ? `<img alt="${escapeHtml(archiveCopy.photo)}" src="${src}">` : `<audio controls src="${src}"></audio>`;
}

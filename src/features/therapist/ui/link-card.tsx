import { Button, CopyButton, Notice, TextField } from '../../../core/web/ui';
import { formatDateTime, formatRelative, useNow } from '../../../core/web/time';
import type { ConnectLink } from '../contract';
import { copy } from './copy';

/** A one-time connect link as made just now: the words to copy or share, and its QR code. */
export function LinkCard({ link, intro }: { link: ConnectLink; intro: string }) {
  const now = useNow();
  const canShare = typeof navigator.share === 'function';
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(link.qrSvg)}`;
  return (
    <div className="therapist-link">
      <p>{intro}</p>
      {link.reach === 'lan' && (
        <Notice tone="info" title={copy.link.lanTitle}>
          <p>{copy.link.lan}</p>
        </Notice>
      )}
      <TextField label={copy.link.label} value={link.url} readOnly onFocus={(e) => e.currentTarget.select()} className="therapist-link-url" />
      <div className="row">
        <CopyButton text={link.url} label={copy.link.copy} />
        {canShare && (
          <Button variant="secondary" onClick={() => void navigator.share({ text: copy.link.shareText, url: link.url }).catch(() => {})}>
            {copy.link.share}
          </Button>
        )}
      </div>
      <p className="muted small">{copy.link.validity({ until: formatDateTime(link.expiresAt), relative: formatRelative(link.expiresAt, now, copy.justNow) })}</p>
      <figure className="qr">
        <img src={qr} alt={copy.link.qrAlt} width="200" height="200" />
        <figcaption className="muted small">{copy.link.qrHint}</figcaption>
      </figure>
    </div>
  );
}

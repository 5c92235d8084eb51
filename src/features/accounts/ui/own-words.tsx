import { Card } from '../../../core/web/ui';
import { copy } from './copy';

/** Plain download links: the browser saves the file itself, and nothing of it stays in the app's memory. */
export function OwnWordsDownloads() {
  const o = copy.settings.ownWords;
  return (
    <div className="row own-words-downloads">
      <a className="btn btn-secondary" href="/api/account/export.html" download>
        {o.html}
      </a>
      <a className="btn btn-quiet" href="/api/account/export.json" download>
        {o.json}
      </a>
    </div>
  );
}

/** "Leave safely, with my own words": what is yours, to keep before leaving or deleting. `/settings#own-words` opens here. */
export function OwnWordsSection() {
  const o = copy.settings.ownWords;
  return (
    <Card title={o.title} id="own-words">
      {o.body.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <OwnWordsDownloads />
    </Card>
  );
}

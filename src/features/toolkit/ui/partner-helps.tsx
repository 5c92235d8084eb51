import { Card } from '../../../core/web/ui';
import type { Help } from './api';
import { copy } from './copy';

/** What helps my partner, when they share it: on the toolkit screen and beside a pause. */
export function PartnerHelps({ helps, partnerName }: { helps: Help[]; partnerName: string }) {
  return (
    <Card title={copy.partnerHelps.title({ partner: partnerName })}>
      {helps.length ? (
        <ul className="helps-list">
          {helps.map((h) => (
            <li key={h.id}>{h.text}</li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{copy.partnerHelps.empty({ partner: partnerName })}</p>
      )}
    </Card>
  );
}

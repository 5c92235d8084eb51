import { Card } from '../../../core/web/ui';
import { useToolkit } from './api';
import { copy } from './copy';
import { PartnerHelps } from './partner-helps';
import './toolkit.css';

/**
 * During a pause: my own "what helps me" list, and my partner's if they share it.
 * Nothing to set up here — a pause is for calming, not for filling in lists.
 */
export function HelpsPanel({ partnerName }: { partnerName: string | null }) {
  const { data } = useToolkit();
  if (!data) return null;
  return (
    <>
      {data.helps.length > 0 && (
        <Card title={copy.duringPause.mine}>
          <ul className="helps-list">
            {data.helps.map((h) => (
              <li key={h.id}>{h.text}</li>
            ))}
          </ul>
        </Card>
      )}
      {data.partnerHelps && partnerName && <PartnerHelps helps={data.partnerHelps} partnerName={partnerName} />}
    </>
  );
}

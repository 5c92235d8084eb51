import { Card } from '../../../core/web/ui';
import { Link } from 'wouter';
import { useToolkit } from './api';
import { copy } from './copy';
import { PartnerHelps } from './partner-helps';
import './toolkit.css';

/** During a pause: my own "what helps me" list, and my partner's if they share it. */
export function HelpsPanel({ partnerName }: { partnerName: string | null }) {
  const { data } = useToolkit();
  if (!data) return null;
  return (
    <>
      <Card title={copy.duringPause.mine}>
        {data.helps.length ? (
          <ul className="helps-list">
            {data.helps.map((h) => (
              <li key={h.id}>{h.text}</li>
            ))}
          </ul>
        ) : (
          <p className="muted small">{copy.duringPause.none}</p>
        )}
        <p className="small">
          <Link href="/toolkit">{copy.duringPause.edit}</Link>
        </p>
      </Card>
      {data.partnerHelps && partnerName && <PartnerHelps helps={data.partnerHelps} partnerName={partnerName} />}
    </>
  );
}

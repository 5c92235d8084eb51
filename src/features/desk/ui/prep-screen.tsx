import { Link } from 'wouter';
import { formatDateTime } from '../../../core/web/time';
import { Button, LoadFailed, Loading, Screen } from '../../../core/web/ui';
import { usePrep } from './api';
import { deskCopy as c } from './copy';
import { couplePath } from './desk-screen';
import { coupleNames, day, SessionLine, SinceLine, WhatChanged } from './what-changed';

/** A one-page summary to read before a session, styled for paper (`@media print` in desk.css). */
export function PrepScreen({ coupleId }: { coupleId: string }) {
  const prep = usePrep(coupleId);
  if (prep.isPending) return <Loading label={c.loading} />;
  if (prep.isError) return <LoadFailed message={prep.error.message} retry={() => void prep.refetch()} />;
  const { overview: o, notes, preparedAt } = prep.data;
  const names = coupleNames(o.partners);
  return (
    <Screen title={c.prep.title({ names })} className="desk desk-prep" intro={<p className="desk-quiet">{c.prep.prepared({ when: formatDateTime(preparedAt) })}</p>}>
      <p className="desk-actions desk-no-print">
        <Link href={couplePath(coupleId)}>{c.prep.back}</Link>
        <Button variant="secondary" onClick={() => window.print()}>
          {c.prep.print}
        </Button>
      </p>
      <SessionLine overview={o} />
      <section aria-label={c.sections.overview}>
        <h2>{c.sections.overview}</h2>
        <SinceLine overview={o} />
        <WhatChanged overview={o} />
      </section>
      <section aria-label={c.prep.notes}>
        <h2>{c.prep.notes}</h2>
        {notes.length === 0 ? (
          <p className="desk-quiet">{c.notes.none}</p>
        ) : (
          <ul className="desk-list">
            {notes.slice(0, 5).map((n) => (
              <li key={n.id} className="desk-note">
                <p className="desk-quiet">{n.sessionOn ? c.notes.session({ date: day(n.sessionOn) }) : c.notes.written({ date: day(n.createdAt) })}</p>
                <p className="desk-note-text">{n.text}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Screen>
  );
}

import { Link } from 'wouter';
import { ButtonLink, Card, LoadFailed, Loading, Screen } from '../../../core/web/ui';
import { useDesk } from './api';
import { deskCopy as c } from './copy';
import { coupleNames, SessionLine, SinceLine, WhatChanged } from './what-changed';

// Absolute (`~`): these screens sit inside the /desk nest, where a plain path would be under /desk again.
export const DESK_PATH = '~/desk';
export const couplePath = (coupleId: string) => `~/desk/couples/${coupleId}`;

/** The therapist's desk: their couples as calm cards, each with only what the couple shares. */
export function DeskScreen() {
  const desk = useDesk();
  return (
    <Screen title={c.title} intro={<p>{c.intro}</p>} className="desk screen-wide" titleAction={<ButtonLink href="~/desk/connect" variant="secondary">{c.connect}</ButtonLink>}>
      {desk.isPending ? (
        <Loading label={c.loading} />
      ) : desk.isError ? (
        <LoadFailed message={desk.error.message} retry={() => void desk.refetch()} />
      ) : desk.data.couples.length === 0 ? (
        <p className="desk-empty">{c.empty}</p>
      ) : (
        <div className="desk-cards">
          {desk.data.couples.map((o) => {
            const names = coupleNames(o.partners);
            return (
              <Card key={o.coupleId} title={names} className="desk-card">
                <SessionLine overview={o} />
                <SinceLine overview={o} />
                <WhatChanged overview={o} />
                <Link href={couplePath(o.coupleId)} className="btn btn-secondary desk-open" aria-label={c.open({ names })}>
                  {c.open({ names })}
                </Link>
              </Card>
            );
          })}
        </div>
      )}
      <NotesExport />
    </Screen>
  );
}

/** The therapist's own notes, to keep: they stay theirs after any connection ends. */
function NotesExport() {
  return (
    <Card title={c.exportNotes} className="desk-export">
      <p className="desk-quiet">{c.notes.intro}</p>
      <p className="desk-actions">
        <a className="btn btn-quiet" href="/api/desk/notes/export.json" download>
          {c.exportJson}
        </a>
        <a className="btn btn-quiet" href="/api/desk/notes/export.txt" download>
          {c.exportText}
        </a>
      </p>
    </Card>
  );
}

import { formatDateTime } from '../../../core/web/time';
import type { CoupleOverview } from './api';
import { deskCopy as c, sentence } from './copy';
import { TrendLine } from './trend-line';

const CSI4_MAX = 21;

/** A day as the reader's locale writes it: "25 Nov 2026" (a bare date stays that date in every zone). */
export const day = (iso: string) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', ...(iso.length === 10 ? { timeZone: 'UTC' } : {}) }).format(new Date(iso));

/**
 * What changed for one couple since the last session, in plain words: only what they share with
 * the therapist, and a kind line for each part they keep to themselves. Headings at `level`.
 */
export function WhatChanged({ overview: o, level = 3 }: { overview: CoupleOverview; level?: 3 | 4 }) {
  const H = level === 3 ? 'h3' : 'h4';
  const notShared = <p className="desk-not-shared">{c.notShared}</p>;
  return (
    <div className="desk-changes">
      <section className="desk-part" aria-label={c.sections.checkins}>
        <H className="desk-part-title">{c.sections.checkins}</H>
        {o.partners.map((p) => {
          const mine = o.checkins.find((x) => x.userId === p.userId);
          if (!mine) return <p key={p.userId} className="desk-not-shared">{c.checkins.keepsOwn(p.name)}</p>;
          return (
            <div key={p.userId} className="desk-checkin">
              <p>
                {mine.weeks.length === 0 ? c.checkins.none(p.name) : c.checkins.weeks(p.name, mine.weeks.length)} {c.checkins.trend[mine.trend]}
              </p>
              {mine.weeks.length > 1 && <TrendLine values={mine.weeks.map((w) => w.csi4Total)} max={CSI4_MAX} label={c.checkins.chartLabel(p.name)} />}
            </div>
          );
        })}
      </section>
      <section className="desk-part" aria-label={c.sections.loop}>
        <H className="desk-part-title">{c.sections.loop}</H>
        {o.loop ? (
          <>
            <p>{sentence(c.loop.counts(o.loop.signals, o.loop.pauses))}.</p>
            {o.loop.pauses > 0 && <p>{sentence(c.loop.reconnected(o.loop.reconnected))}.</p>}
            {o.loop.lastPauseAt && <p className="desk-quiet">{c.loop.last('pause', formatDateTime(o.loop.lastPauseAt))}</p>}
            {o.loop.weekly.length > 1 && (
              <TrendLine values={o.loop.weekly.map((w) => w.signals + w.pauses)} max={Math.max(...o.loop.weekly.map((w) => w.signals + w.pauses), 1)} label={c.loop.chartLabel} />
            )}
          </>
        ) : (
          notShared
        )}
      </section>
      <section className="desk-part" aria-label={c.sections.repair}>
        <H className="desk-part-title">{c.sections.repair}</H>
        {o.repair ? (
          <>
            <p>{sentence(c.repair.counts(o.repair.ruptures, o.repair.repaired))}.</p>
            {o.repair.medianHoursToRepair !== null && <p>{c.repair.time(o.repair.medianHoursToRepair)}.</p>}
          </>
        ) : (
          notShared
        )}
      </section>
      <section className="desk-part" aria-label={c.sections.practice}>
        <H className="desk-part-title">{c.sections.practice}</H>
        {o.practice ? <p>{sentence(c.practice.counts(o.practice.moments, o.practice.joy))}.</p> : notShared}
        {o.homework && <p>{c.sections.homework}: {c.homework.progress(o.homework.done, o.homework.assigned)}</p>}
      </section>
    </div>
  );
}

/** Where "what changed" counts from, in words. */
export const SinceLine = ({ overview: o }: { overview: CoupleOverview }) => <p className="desk-quiet">{c.since(day(o.since), o.lastSessionAt !== null && o.since === o.lastSessionAt)}</p>;

/** Next and last session, or "Not set". */
export function SessionLine({ overview: o }: { overview: CoupleOverview }) {
  return (
    <dl className="desk-sessions">
      <div>
        <dt>{c.nextSession}</dt>
        <dd>{o.nextSessionAt ? formatDateTime(o.nextSessionAt) : c.noDate}</dd>
      </div>
      <div>
        <dt>{c.lastSession}</dt>
        <dd>{o.lastSessionAt ? formatDateTime(o.lastSessionAt) : c.noDate}</dd>
      </div>
    </dl>
  );
}

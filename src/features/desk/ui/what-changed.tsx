import { formattingLocale } from '../../../core/i18n/messages';
import { formatDateTime } from '../../../core/web/time';
import type { CoupleOverview } from './api';
import { deskCopy as c } from './copy';
import { TrendLine } from './trend-line';

const CSI4_MAX = 21;

/** A day as the reader's locale writes it: "25 Nov 2026" (a bare date stays that date in every zone). */
export const day = (iso: string) => new Intl.DateTimeFormat(formattingLocale(), { dateStyle: 'medium', ...(iso.length === 10 ? { timeZone: 'UTC' } : {}) }).format(new Date(iso));

/** The couple as the desk names them: "Alex & Sam", one name, or "A couple". */
export function coupleNames(partners: ReadonlyArray<{ name: string }>): string {
  const [first, second] = partners.map((p) => p.name);
  if (first !== undefined && second !== undefined) return c.couple.two({ first, second });
  return first ?? c.couple.unnamed;
}

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
          if (!mine) return <p key={p.userId} className="desk-not-shared">{c.checkins.keepsOwn({ name: p.name })}</p>;
          return (
            <div key={p.userId} className="desk-checkin">
              <p>
                {mine.weeks.length === 0 ? c.checkins.none({ name: p.name }) : c.checkins.weeks({ name: p.name, weeks: mine.weeks.length })}
                {mine.trend !== 'unknown' && ` ${c.checkins.trend[mine.trend]}`}
              </p>
              {mine.weeks.length > 1 && <TrendLine values={mine.weeks.map((w) => w.csi4Total)} max={CSI4_MAX} label={c.checkins.chartLabel({ name: p.name })} />}
            </div>
          );
        })}
      </section>
      <section className="desk-part" aria-label={c.sections.loop}>
        <H className="desk-part-title">{c.sections.loop}</H>
        {o.loop ? (
          <>
            <p>{c.loop.counts({ signals: o.loop.signals, pauses: o.loop.pauses })}</p>
            {o.loop.pauses > 0 && <p>{c.loop.reconnected({ pauses: o.loop.reconnected })}</p>}
            {o.loop.lastPauseAt && <p className="desk-quiet">{c.loop.lastPause({ when: formatDateTime(o.loop.lastPauseAt) })}</p>}
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
            <p>{c.repair.counts({ ruptures: o.repair.ruptures, repaired: o.repair.repaired })}</p>
            {o.repair.medianHoursToRepair !== null && <p>{repairTime(o.repair.medianHoursToRepair)}</p>}
          </>
        ) : (
          notShared
        )}
      </section>
      <section className="desk-part" aria-label={c.sections.practice}>
        <H className="desk-part-title">{c.sections.practice}</H>
        {o.practice ? <p>{c.practice.counts({ moments: o.practice.moments, joy: o.practice.joy })}</p> : notShared}
        {o.homework && <p>{c.homework.progress({ done: o.homework.done, assigned: o.homework.assigned })}</p>}
      </section>
    </div>
  );
}

/** The usual time from a rough moment to its repair, rounded the way a person would say it. */
function repairTime(hours: number): string {
  if (hours < 1) return c.repair.underAnHour;
  if (hours < 48) return c.repair.hours({ hours: Math.round(hours) });
  return c.repair.days({ days: Math.round(hours / 24) });
}

/** Where "what changed" counts from, in words. */
export const SinceLine = ({ overview: o }: { overview: CoupleOverview }) => <p className="desk-quiet">{o.lastSessionAt !== null && o.since === o.lastSessionAt ? c.sinceSession({ date: day(o.since) }) : c.sinceConnecting({ date: day(o.since) })}</p>;

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

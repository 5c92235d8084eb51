import { useState } from 'react';
import { Button, ChoiceChips, Loading, Notice, Screen } from '../../../core/web/ui';
import { insightsCopy as copy } from '../copy';
import * as say from './sentences';
import type { InsightsView, TopicRolesView } from '../contract';
import { INSIGHT_WEEKS, type InsightWeeks } from '../windows';
import { useInsights } from './api';
import { shortDate, WeekChart } from './week-chart';
import { checkInReading } from '../trend';
import './insights.css';

const c = copy.charts;

/** "How we're doing": the loop's rhythm over 4, 12 or 52 weeks, each chart with one sentence that reads it. */
export function InsightsScreen({ partnerName }: { partnerName: string | null }) {
  const [weeks, setWeeks] = useState<InsightWeeks>(4);
  const insights = useInsights(weeks);
  const partner = partnerName ?? 'Your partner';
  return (
    <Screen title={copy.title} intro={<p>{copy.intro}</p>} className="insights">
      <div className="insights-controls no-print">
        <ChoiceChips legend={copy.spanLabel} options={INSIGHT_WEEKS.map((w) => ({ value: w, label: copy.spans[w] }))} value={weeks} onChange={setWeeks} />
        <Button variant="secondary" onClick={() => window.print()} disabled={!insights.data}>
          {copy.print}
        </Button>
      </div>
      {insights.isError ? (
        <>
          <Notice tone="problem" role="alert">
            {copy.loadFailed}
          </Notice>
          <Button variant="secondary" onClick={() => void insights.refetch()}>
            {copy.retry}
          </Button>
        </>
      ) : !insights.data ? (
        <Loading label={copy.loading} />
      ) : (
        <Insights view={insights.data} partner={partner} />
      )}
    </Screen>
  );
}

function Insights({ view, partner }: { view: InsightsView; partner: string }) {
  const weeks = view.series.map((w) => w.start);
  const f = <K extends keyof NonNullable<InsightsView['series'][number]['figures']>>(k: K) => view.series.map((w) => (w.figures ? w.figures[k] : null));
  const t = view.totals;
  const tr = view.trends;
  const sentences = {
    loop: say.loopSentence(view.weeks, t.signals, t.pauses, tr.loop.trend),
    returns: say.returnsSentence(t.pausesReconnected, t.pausesOnTime),
    feeling: say.feelingSentence(t.myFeelingAfter),
    repair: say.repairSentence(view.weeks, t.medianHoursToRepair, tr.repairHours.earlier, tr.repairHours.lately, tr.repairHours.trend),
    practice: say.practiceSentence(t.actionsDone, t.moments),
    joy: say.joySentence(t.joy, t.hard),
    seasons: say.seasonsSentence(view.weeks, t.seasonWeeks),
  };
  const mineByWeek = view.checkIn?.weeks.map((w) => w.mine) ?? [];
  const reading = checkInReading(mineByWeek);
  const checkInSentence = say.checkInSentence(reading.answered, reading.trend);
  const all = view.roles.find((r) => r.topic === 'all');
  const shifts = view.roles.filter((r) => r.shift);
  const roleSentence = !all ? c.roles.none : shifts.length ? shifts.map((r) => say.shiftSentence(r.shift!.lately, partner, r.topic)).join(' ') : c.roles.steady;
  return (
    <>
      <p className="print-only insights-printed">{copy.printedFor({ from: shortDate(view.from), to: shortDate(view.to) })}</p>
      <section className="card insights-summary" aria-label={copy.title}>
        <ul>
          {[...(view.checkIn ? [checkInSentence] : []), ...Object.values(sentences), roleSentence].map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <p className="small muted">{copy.noDataHelp}</p>
      </section>
      <div className="insights-grid">
        {view.checkIn && (
          <WeekChart
            title={c.checkIn.title}
            sentence={checkInSentence}
            weeks={view.checkIn.weeks.map((w) => w.start)}
            kind="line"
            note={view.checkIn.label}
            series={[
              { label: c.checkIn.columns.mine, values: view.checkIn.weeks.map((w) => w.mine), tone: 'one' },
              { label: partner, values: view.checkIn.weeks.map((w) => w.partner), tone: 'two' },
            ]}
          />
        )}
        <WeekChart
          title={c.loop.title}
          sentence={sentences.loop}
          weeks={weeks}
          series={[
            { label: c.loop.columns.signals, values: f('signals'), tone: 'one' },
            { label: c.loop.columns.pauses, values: f('pauses'), tone: 'two' },
          ]}
        />
        <WeekChart
          title={c.returns.title}
          sentence={sentences.returns}
          weeks={weeks}
          series={[
            { label: c.returns.columns.reconnected, values: f('pausesReconnected'), tone: 'one' },
            { label: c.returns.columns.onTime, values: f('pausesOnTime'), tone: 'two' },
          ]}
        />
        <WeekChart title={c.feeling.title} sentence={sentences.feeling} weeks={weeks} kind="line" note={copy.onlyYou} series={[{ label: c.feeling.columns.feeling, values: f('myFeelingAfter'), tone: 'one' }]} />
        <WeekChart
          title={c.repair.title}
          sentence={sentences.repair}
          weeks={weeks}
          kind="line"
          format={say.duration}
          series={[{ label: c.repair.columns.median, values: f('medianHoursToRepair'), tone: 'two' }]}
        />
        <WeekChart
          title={c.practice.title}
          sentence={sentences.practice}
          weeks={weeks}
          series={[
            { label: c.practice.columns.actions, values: f('actionsDone'), tone: 'one' },
            { label: c.practice.columns.moments, values: f('moments'), tone: 'two' },
          ]}
        />
        <WeekChart
          title={c.joy.title}
          sentence={sentences.joy}
          weeks={weeks}
          series={[
            { label: c.joy.columns.joy, values: f('joy'), tone: 'one' },
            { label: c.joy.columns.hard, values: f('hard'), tone: 'two' },
          ]}
        />
        <WeekChart
          title={c.seasons.title}
          sentence={sentences.seasons}
          weeks={weeks}
          series={[{ label: c.seasons.columns.seasons, values: view.series.map((w) => w.seasonsInForce), tone: 'one' }]}
        />
      </div>
      <section className="card insights-roles" aria-labelledby="insights-roles-title">
        <h2 id="insights-roles-title" className="card-title">
          {c.roles.title}
        </h2>
        <p className="small muted">{c.roles.intro}</p>
        <p className="insight-sentence">{roleSentence}</p>
        {view.roles.map((r) => (
          <TopicRoleChart key={r.topic} roles={r} partner={partner} sentence={r.shift ? say.shiftSentence(r.shift.lately, partner, r.topic) : null} />
        ))}
      </section>
    </>
  );
}

function TopicRoleChart({ roles, partner, sentence }: { roles: TopicRolesView; partner: string; sentence: string | null }) {
  const pick = (k: keyof TopicRolesView['blocks'][number]['counts']) => roles.blocks.map((b) => b.counts[k]);
  const cols = c.roles.columns;
  return (
    <WeekChart
      title={say.topicName(roles.topic)}
      sentence={sentence ?? say.tallySentence(sum(pick('meReached')), sum(pick('partnerReached')), sum(pick('seenDifferently')), partner)}
      weeks={roles.blocks.map((b) => b.start)}
      series={[
        { label: cols.meReached, values: pick('meReached'), tone: 'one' },
        { label: cols.partnerReached({ partner }), values: pick('partnerReached'), tone: 'two' },
        { label: cols.meWithdrew, values: pick('meWithdrew'), tone: 'one', tableOnly: true },
        { label: cols.partnerWithdrew({ partner }), values: pick('partnerWithdrew'), tone: 'two', tableOnly: true },
        { label: cols.differ, values: pick('seenDifferently'), tone: 'one', tableOnly: true },
      ]}
    />
  );
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Everything "How we're doing" says, in one place. Calm, plain, about the loop and never a verdict
 * on a person: no scores, no streaks, no good/bad colours. A chart's sentence reads the chart.
 */
import { isTopic, topicLabels } from '../../core/topics';
import type { Trend } from './trend';

type Seat = 'me' | 'partner';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** "no pauses", "1 pause", "3 pauses". */
const some = (n: number, one: string, many: string) => (n === 0 ? `no ${many}` : plural(n, one, many));

/** Hours as people say them: "40 minutes", "5 hours", "2 days". */
export function duration(hours: number): string {
  if (hours < 1) return plural(Math.max(1, Math.round(hours * 60)), 'minute', 'minutes');
  if (hours < 36) return plural(Math.round(hours), 'hour', 'hours');
  return plural(Math.round(hours / 24), 'day', 'days');
}

const spanWords: Record<number, { span: string; half: string; halfBefore: string }> = {
  4: { span: 'these 4 weeks', half: 'these last two weeks', halfBefore: 'the two before' },
  12: { span: 'these 12 weeks', half: 'these last six weeks', halfBefore: 'the six before' },
  52: { span: 'this year', half: 'these last six months', halfBefore: 'the six before' },
};
const words = (weeks: number) => spanWords[weeks] ?? spanWords[4]!;

/** The app's one set of topic names (core/topics.ts), and "all" for the chart across them. */
const topicName = (topic: string) => (topic === 'all' ? 'All topics' : isTopic(topic) ? topicLabels[topic] : topicLabels.other);

export const insightsCopy = {
  title: 'How we’re doing',
  intro: 'A quiet look at the loop’s rhythm, from what you already keep here. It shows change over time — not a score, and not a verdict on either of you.',
  homeLink: 'How we’re doing',
  homeBody: 'See the loop’s rhythm over weeks: pauses, repairs, rituals and joy.',
  loading: 'Gathering your weeks…',
  loadFailed: 'We couldn’t gather your weeks just now.',
  retry: 'Try again',
  spanLabel: 'Look back over',
  spans: { 4: '4 weeks', 12: '12 weeks', 52: '52 weeks' } as Record<number, string>,
  print: 'Print a summary',
  printedFor: (from: string, to: string) => `Summary from ${from} to ${to}`,
  noData: 'no data',
  noDataHelp: '“No data” means nothing was recorded that week — which is not the same as zero.',
  showTable: 'Show the numbers as a table',
  noDataKey: 'No data',
  week: 'Week of',
  onlyYou: 'Only you see this: your partner’s feelings stay theirs.',
  errors: { timeZone: 'That time zone isn’t one we know.' },

  charts: {
    loop: {
      title: 'Signals and pauses',
      columns: { signals: 'Signals', pauses: 'Pauses' },
      sentence(weeks: number, signals: number, pauses: number, trend: Trend): string {
        const w = words(weeks);
        if (signals + pauses === 0) return `No signals or pauses were recorded over ${w.span}.`;
        const base = `Over ${w.span} the two of you sent ${some(signals, 'signal', 'signals')} and took ${some(pauses, 'pause', 'pauses')}.`;
        if (trend === 'lower') return `${base} The loop showed up less often in ${w.half} than in ${w.halfBefore}.`;
        if (trend === 'higher') return `${base} The loop showed up more often in ${w.half} than in ${w.halfBefore} — noticing it is part of the work.`;
        if (trend === 'similar') return `${base} About as often lately as before.`;
        return base;
      },
    },
    returns: {
      title: 'Coming back from a pause',
      columns: { reconnected: 'Came back together', onTime: 'On time' },
      sentence(reconnected: number, onTime: number): string {
        if (reconnected === 0) return 'No pause ended with the two of you reconnecting in this span yet.';
        return `Of ${plural(reconnected, 'pause', 'pauses')} you came back from together, ${onTime} returned when you said you would.`;
      },
    },
    feeling: {
      title: 'How I felt after reconnecting',
      columns: { feeling: 'My feeling (0 calm – 10 very stirred up)' },
      sentence(feeling: number | null): string {
        if (feeling === null) return 'You haven’t noted a feeling after reconnecting in this span.';
        return `After reconnecting you felt about ${feeling} out of 10 on average (0 is calm).`;
      },
    },
    repair: {
      title: 'From a rough moment to repair',
      columns: { ruptures: 'Rough moments', repairs: 'Repaired', median: 'Median time to repair' },
      sentence(weeks: number, median: number | null, earlier: number | null, lately: number | null, trend: Trend): string {
        const w = words(weeks);
        if (median === null) return `No repairs were completed over ${w.span}.`;
        if (trend === 'lower' && earlier !== null && lately !== null)
          return `You found your way back faster in ${w.half} than in ${w.halfBefore} (about ${duration(lately)}, from ${duration(earlier)}).`;
        if (trend === 'higher' && earlier !== null && lately !== null)
          return `Finding your way back took longer in ${w.half} than in ${w.halfBefore} (about ${duration(lately)}, from ${duration(earlier)}). Hard stretches happen; the repair still came.`;
        return `Over ${w.span}, repair came after about ${duration(median)} (the median).`;
      },
    },
    practice: {
      title: 'Repair actions, rituals and moments',
      columns: { actions: 'Repair actions done', moments: 'Ritual moments kept' },
      sentence(actions: number, moments: number): string {
        if (actions + moments === 0) return 'No repair actions or ritual moments were marked in this span.';
        if (actions === 0) return `You kept ${plural(moments, 'ritual moment', 'ritual moments')}; no repair action was marked done in this span.`;
        if (moments === 0) return `You followed through on ${plural(actions, 'repair action', 'repair actions')}.`;
        return `You followed through on ${plural(actions, 'repair action', 'repair actions')} and kept ${plural(moments, 'ritual moment', 'ritual moments')}.`;
      },
    },
    joy: {
      title: 'Joy beside hard moments',
      columns: { joy: 'Joy moments', hard: 'Hard moments (pauses and rough moments)' },
      sentence(joy: number, hard: number): string {
        if (joy + hard === 0) return 'Nothing light or hard was recorded in this span.';
        if (joy > hard) return `${plural(joy, 'joy moment', 'joy moments')} beside ${plural(hard, 'hard moment', 'hard moments')}: lightness kept its place.`;
        if (joy < hard) return `${plural(joy, 'joy moment', 'joy moments')} beside ${plural(hard, 'hard moment', 'hard moments')}. When things are heavy, something small and playful can help — there’s no number to reach.`;
        return `${plural(joy, 'joy moment', 'joy moments')} and as many hard ones: a balance.`;
      },
    },
    seasons: {
      title: 'Seasons in force',
      columns: { seasons: 'Seasons in force' },
      sentence(weeks: number, seasonWeeks: number): string {
        if (seasonWeeks === 0) return `No season of carrying more was in force over ${words(weeks).span}.`;
        return `A season you agreed on was in force for ${plural(seasonWeeks, 'week', 'weeks')} of ${weeks}.`;
      },
    },
    roles: {
      title: 'Who reached, who stepped back',
      intro: 'From how each of you saw your rough moments. Roles belong to a moment, not to a person.',
      columns: { meReached: 'You reached', partnerReached: (p: string) => `${p} reached`, meWithdrew: 'You stepped back', partnerWithdrew: (p: string) => `${p} stepped back`, differ: 'Seen differently' },
      topic: topicName,
      blockOf: 'From',
      /** The one sentence when the seats changed; never a label for anyone. */
      shift(lately: Seat, partnerName: string, topic: string): string {
        const about = topic === 'all' ? '' : ` around ${topicName(topic).toLowerCase()}`;
        const who = lately === 'me' ? 'you have' : `${partnerName} has`;
        return `Lately ${who} been the one reaching${about} — the loop can change seats.`;
      },
      tally(me: number, partner: number, differ: number, partnerName: string): string {
        if (me + partner + differ === 0) return 'No one was noted as reaching here in this span.';
        const times = (n: number) => (n === 0 ? 'none' : plural(n, 'rough moment', 'rough moments'));
        const base = me >= partner ? `You reached in ${times(me)}, ${partnerName} in ${partner === 0 ? 'none' : partner}.` : `${partnerName} reached in ${times(partner)}, you in ${me === 0 ? 'none' : me}.`;
        return differ ? `${base} ${plural(differ, 'was', 'were')} seen differently by the two of you.` : base;
      },
      steady: 'The seats in the loop haven’t changed much in this span. That can change too.',
      none: 'No rough moments with who reached noted in this span.',
    },
    checkIn: {
      title: 'Weekly check-in',
      columns: { mine: 'Me', partner: (p: string) => p },
      sentence(answered: number, trend: Trend): string {
        if (answered === 0) return 'No check-in of yours in these weeks yet.';
        if (answered === 1) return 'You checked in once in these weeks; a trend shows as more weeks come.';
        if (trend === 'higher') return 'Your own check-ins have been a little higher lately than earlier on.';
        if (trend === 'lower') return 'Your own check-ins have been a little lower lately than earlier on: something to notice together, gently, not a grade.';
        if (trend === 'similar') return 'Your own check-ins have stayed about the same across these weeks.';
        return 'Your own check-ins over these weeks: a trend to notice, not a grade.';
      },
      label: 'How the relationship feels: the CSI-4 total, 0 to 21 (Funk & Rogge, 2007).',
    },
  },
} as const;

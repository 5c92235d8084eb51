import { currentLocale, formattingLocale } from '../../../core/i18n/messages';
import { isTopic, topicLabels } from '../../../core/topics';
import { insightsCopy } from '../copy';
import type { Trend } from '../trend';

/**
 * Which of the insights' sentences each chart says, from its figures: pure, so each choice is
 * tested; the words are whole messages in ../copy.ts (never a sentence stitched from pieces).
 */
const c = insightsCopy.charts;
type Seat = 'me' | 'partner';
const spanOf = (weeks: number) => ({ span: weeks === 12 ? 'w12' : weeks === 52 ? 'w52' : 'w4' });

/** Hours as people say them, in the reader's language: "40 minutes", "5 hours", "2 days". */
export function duration(hours: number): string {
  const [value, unit] = hours < 1 ? [Math.max(1, Math.round(hours * 60)), 'minute'] : hours < 36 ? [Math.round(hours), 'hour'] : [Math.round(hours / 24), 'day'];
  return new Intl.NumberFormat(formattingLocale(), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

export function topicName(topic: string): string {
  return topic === 'all' ? insightsCopy.allTopics : isTopic(topic) ? topicLabels[topic] : topicLabels.other;
}

export function loopSentence(weeks: number, signals: number, pauses: number, trend: Trend): string {
  if (signals + pauses === 0) return c.loop.none(spanOf(weeks));
  const counts = c.loop.counts({ ...spanOf(weeks), signals, pauses });
  if (trend === 'lower') return `${counts} ${c.loop.lower(spanOf(weeks))}`;
  if (trend === 'higher') return `${counts} ${c.loop.higher(spanOf(weeks))}`;
  if (trend === 'similar') return `${counts} ${c.loop.similar}`;
  return counts;
}

export function returnsSentence(reconnected: number, onTime: number): string {
  return reconnected === 0 ? c.returns.none : c.returns.some({ reconnected, onTime });
}

export function feelingSentence(feeling: number | null): string {
  return feeling === null ? c.feeling.none : c.feeling.some({ feeling });
}

export function repairSentence(weeks: number, median: number | null, earlier: number | null, lately: number | null, trend: Trend): string {
  if (median === null) return c.repair.none(spanOf(weeks));
  if (earlier !== null && lately !== null && (trend === 'lower' || trend === 'higher')) {
    const values = { ...spanOf(weeks), lately: duration(lately), earlier: duration(earlier) };
    return trend === 'lower' ? c.repair.faster(values) : c.repair.slower(values);
  }
  return c.repair.median({ ...spanOf(weeks), median: duration(median) });
}

export function practiceSentence(actions: number, moments: number): string {
  if (actions + moments === 0) return c.practice.none;
  if (actions === 0) return c.practice.momentsOnly({ moments });
  if (moments === 0) return c.practice.actionsOnly({ actions });
  return c.practice.both({ actions, moments });
}

export function joySentence(joy: number, hard: number): string {
  if (joy + hard === 0) return c.joy.none;
  if (joy > hard) return c.joy.more({ joy, hard });
  if (joy < hard) return c.joy.fewer({ joy, hard });
  return c.joy.even({ joy });
}

export function seasonsSentence(weeks: number, seasonWeeks: number): string {
  return seasonWeeks === 0 ? c.seasons.none(spanOf(weeks)) : c.seasons.some({ seasonWeeks, weeks });
}

/** The one sentence when the seats changed; never a label for anyone. */
export function shiftSentence(lately: Seat, partner: string, topic: string): string {
  const who = lately === 'me' ? 'you' : 'other';
  if (topic === 'all') return c.roles.shift({ who, partner });
  // Mid-sentence, English writes the topic's name in lower case; German keeps its nouns' capitals.
  const name = currentLocale() === 'en' ? topicName(topic).toLowerCase() : topicName(topic);
  return c.roles.shiftAround({ who, partner, topic: name });
}

export function tallySentence(me: number, others: number, differ: number, partner: string): string {
  if (me + others + differ === 0) return c.roles.tallyNone;
  const base = me >= others ? c.roles.tallyMeFirst({ me, others, partner }) : c.roles.tallyPartnerFirst({ me, others, partner });
  return differ ? `${base} ${c.roles.tallyDiffer({ differ })}` : base;
}

export function checkInSentence(answered: number, trend: Trend): string {
  if (answered === 0) return c.checkIn.none;
  if (answered === 1) return c.checkIn.once;
  if (trend === 'higher' || trend === 'lower' || trend === 'similar') return c.checkIn[trend];
  return c.checkIn.unclear;
}

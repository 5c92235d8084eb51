/**
 * Everything "How we're doing" says, in one place. Calm, plain, about the loop and never a verdict
 * on a person: no scores, no streaks, no good/bad colours. A chart's sentence reads the chart;
 * which sentence a chart gets is chosen in ui/sentences.ts.
 *
 * `span` is the span looked back over: `w4`, `w12` or `w52` (this year).
 */
import { defineMessages, msg } from '../../core/i18n/messages';

const span = { span: 'text' } as const;

export const insightsCopy = defineMessages('features/insights/copy', {
  title: 'How we’re doing',
  intro: 'A quiet look at the loop’s rhythm, from what you already keep here. It shows change over time — not a score, and not a verdict on either of you.',
  homeLink: 'How we’re doing',
  homeBody: 'See the loop’s rhythm over weeks: pauses, repairs, rituals and joy.',
  loading: 'Gathering your weeks…',
  loadFailed: 'We couldn’t gather your weeks just now.',
  retry: 'Try again',
  spanLabel: 'Look back over',
  spans: { 4: '4 weeks', 12: '12 weeks', 52: '52 weeks' },
  print: 'Print a summary',
  printedFor: msg('Summary from {from} to {to}', { from: 'text', to: 'text' }),
  noData: 'no data',
  noDataHelp: '“No data” means nothing was recorded that week — which is not the same as zero.',
  showTable: 'Show the numbers as a table',
  noDataKey: 'No data',
  week: 'Week of',
  onlyYou: 'Only you see this: your partner’s feelings stay theirs.',
  allTopics: 'All topics',

  charts: {
    loop: {
      title: 'Signals and pauses',
      columns: { signals: 'Signals', pauses: 'Pauses' },
      none: msg('No signals or pauses were recorded over {span, select, w12 {these 12 weeks} w52 {this year} other {these 4 weeks}}.', span),
      counts: msg(
        'Over {span, select, w12 {these 12 weeks} w52 {this year} other {these 4 weeks}} the two of you sent {signals, plural, =0 {no signals} one {# signal} other {# signals}} and took {pauses, plural, =0 {no pauses} one {# pause} other {# pauses}}.',
        { span: 'text', signals: 'number', pauses: 'number' },
      ),
      lower: msg('The loop showed up less often in {span, select, w12 {these last six weeks} w52 {these last six months} other {these last two weeks}} than in the {span, select, w12 {six} w52 {six} other {two}} before.', span),
      higher: msg(
        'The loop showed up more often in {span, select, w12 {these last six weeks} w52 {these last six months} other {these last two weeks}} than in the {span, select, w12 {six} w52 {six} other {two}} before — noticing it is part of the work.',
        span,
      ),
      similar: 'About as often lately as before.',
    },
    returns: {
      title: 'Coming back from a pause',
      columns: { reconnected: 'Came back together', onTime: 'On time' },
      none: 'No pause ended with the two of you reconnecting in this span yet.',
      some: msg('Of {reconnected, plural, one {# pause} other {# pauses}} you came back from together, {onTime} returned when you said you would.', { reconnected: 'number', onTime: 'number' }),
    },
    feeling: {
      title: 'How I felt after reconnecting',
      columns: { feeling: 'My feeling (0 calm – 10 very stirred up)' },
      none: 'You haven’t noted a feeling after reconnecting in this span.',
      some: msg('After reconnecting you felt about {feeling, number} out of 10 on average (0 is calm).', { feeling: 'number' }),
    },
    repair: {
      title: 'From a rough moment to repair',
      columns: { ruptures: 'Rough moments', repairs: 'Repaired', median: 'Median time to repair' },
      none: msg('No repairs were completed over {span, select, w12 {these 12 weeks} w52 {this year} other {these 4 weeks}}.', span),
      faster: msg(
        'You found your way back faster in {span, select, w12 {these last six weeks} w52 {these last six months} other {these last two weeks}} than in the {span, select, w12 {six} w52 {six} other {two}} before (about {lately}, from {earlier}).',
        { span: 'text', lately: 'text', earlier: 'text' },
      ),
      slower: msg(
        'Finding your way back took longer in {span, select, w12 {these last six weeks} w52 {these last six months} other {these last two weeks}} than in the {span, select, w12 {six} w52 {six} other {two}} before (about {lately}, from {earlier}). Hard stretches happen; the repair still came.',
        { span: 'text', lately: 'text', earlier: 'text' },
      ),
      median: msg('Over {span, select, w12 {these 12 weeks} w52 {this year} other {these 4 weeks}}, repair came after about {median} (the median).', { span: 'text', median: 'text' }),
    },
    practice: {
      title: 'Repair actions, rituals and moments',
      columns: { actions: 'Repair actions done', moments: 'Ritual moments kept' },
      none: 'No repair actions or ritual moments were marked in this span.',
      momentsOnly: msg('You kept {moments, plural, one {# ritual moment} other {# ritual moments}}; no repair action was marked done in this span.', { moments: 'number' }),
      actionsOnly: msg('You followed through on {actions, plural, one {# repair action} other {# repair actions}}.', { actions: 'number' }),
      both: msg('You followed through on {actions, plural, one {# repair action} other {# repair actions}} and kept {moments, plural, one {# ritual moment} other {# ritual moments}}.', {
        actions: 'number',
        moments: 'number',
      }),
    },
    joy: {
      title: 'Joy beside hard moments',
      columns: { joy: 'Joy moments', hard: 'Hard moments (pauses and rough moments)' },
      none: 'Nothing light or hard was recorded in this span.',
      more: msg('{joy, plural, one {# joy moment} other {# joy moments}} beside {hard, plural, one {# hard moment} other {# hard moments}}: lightness kept its place.', { joy: 'number', hard: 'number' }),
      fewer: msg(
        '{joy, plural, one {# joy moment} other {# joy moments}} beside {hard, plural, one {# hard moment} other {# hard moments}}. When things are heavy, something small and playful can help — there’s no number to reach.',
        { joy: 'number', hard: 'number' },
      ),
      even: msg('{joy, plural, one {# joy moment and one hard one} other {# joy moments and as many hard ones}}: a balance.', { joy: 'number' }),
    },
    seasons: {
      title: 'Seasons in force',
      columns: { seasons: 'Seasons in force' },
      none: msg('No season of carrying more was in force over {span, select, w12 {these 12 weeks} w52 {this year} other {these 4 weeks}}.', span),
      some: msg('A season you agreed on was in force for {seasonWeeks, plural, one {# week} other {# weeks}} of {weeks}.', { seasonWeeks: 'number', weeks: 'number' }),
    },
    roles: {
      title: 'Who reached, who stepped back',
      intro: 'From how each of you saw your rough moments. Roles belong to a moment, not to a person.',
      columns: {
        meReached: 'You reached',
        partnerReached: msg('{partner} reached', { partner: 'text' }),
        meWithdrew: 'You stepped back',
        partnerWithdrew: msg('{partner} stepped back', { partner: 'text' }),
        differ: 'Seen differently',
      },
      blockOf: 'From',
      /** The one sentence when the seats changed; never a label for anyone. */
      shift: msg('{who, select, you {Lately you have been the one reaching} other {Lately {partner} has been the one reaching}} — the loop can change seats.', { who: 'text', partner: 'text' }),
      shiftAround: msg('{who, select, you {Lately you have been the one reaching around {topic}} other {Lately {partner} has been the one reaching around {topic}}} — the loop can change seats.', {
        who: 'text',
        partner: 'text',
        topic: 'text',
      }),
      tallyNone: 'No one was noted as reaching here in this span.',
      tallyMeFirst: msg('You reached in {me, plural, =0 {none} one {# rough moment} other {# rough moments}}, {partner} in {others, plural, =0 {none} other {#}}.', {
        me: 'number',
        others: 'number',
        partner: 'text',
      }),
      tallyPartnerFirst: msg('{partner} reached in {others, plural, =0 {none} one {# rough moment} other {# rough moments}}, you in {me, plural, =0 {none} other {#}}.', {
        me: 'number',
        others: 'number',
        partner: 'text',
      }),
      tallyDiffer: msg('{differ, plural, one {# was} other {# were}} seen differently by the two of you.', { differ: 'number' }),
      steady: 'The seats in the loop haven’t changed much in this span. That can change too.',
      none: 'No rough moments with who reached noted in this span.',
    },
    checkIn: {
      title: 'Weekly check-in',
      columns: { mine: 'Me' },
      none: 'No check-in of yours in these weeks yet.',
      once: 'You checked in once in these weeks; a trend shows as more weeks come.',
      higher: 'Your own check-ins have been a little higher lately than earlier on.',
      lower: 'Your own check-ins have been a little lower lately than earlier on: something to notice together, gently, not a grade.',
      similar: 'Your own check-ins have stayed about the same across these weeks.',
      unclear: 'Your own check-ins over these weeks: a trend to notice, not a grade.',
      label: 'How the relationship feels: the CSI-4 total, 0 to 21 (Funk & Rogge, 2007).',
    },
  },
}, { de: () => import('./copy.de.json') });

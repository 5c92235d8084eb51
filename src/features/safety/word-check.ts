/**
 * The gentle word check (issue #13 part 3): does a piece of free text suggest harm or fear —
 * being hurt, afraid of the partner, threatened, forced, controlled or watched? Pure and
 * synchronous: it runs on the person's device, keeps nothing and sends nothing, so having
 * matched leaves no trace anywhere. English only, word-based (docs/decisions/0011).
 *
 * It is tuned to leave ordinary conflict alone ("you pushed me away", "it hit me that…",
 * "I'm scared you'll leave me"): the app's own language of fear is about losing each other,
 * and a hint beside those words would be noise. A missed phrase costs less than it seems —
 * the help page is always one tap away — but a hint on everyday words teaches people to
 * ignore it.
 */

/** Someone who can do harm in a sentence about the relationship: a pronoun or a partner word. */
const PERSON =
  '(?:he|she|they|you|(?:my |our |the )?(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|fiance|fiancee|spouse|ex|ex husband|ex wife|ex boyfriend|ex girlfriend))';
/** Words that may sit between the person and what they did ("he has hit", "she even slapped"). */
const BETWEEN = '(?:(?:has|have|had|is|was|been|does|did|would|will|could|might|can|just|even|again|sometimes|often|always|once|also|then|really|actually|still|finally|literally|ever|keeps|kept|started|starts|tried to|tries to|used to) )*';
/** Whom it was done to: the writer, a part of them, or the children. */
const VICTIM = '(?:me|us|my|the kids|the children|our (?:son|daughter|kids|children|baby))';
const FEAR = '(?:afraid|scared|frightened|terrified|petrified)';
/** What a partner can withhold: the people, money, things and freedom of ordinary life. */
const LIFELINE =
  '(?:(?:have|keep|see|visit|talk to|call|text|meet|phone) (?:my |any )?(?:friends?|family|mum|mom|mother|dad|father|parents|sister|brother|relatives|anyone|anybody|people)|(?:have|keep|use|touch|get) (?:my own |any |a |the |my )?(?:money|cash|bank account|bank card|card|credit card|phone|car|keys|passport|job)|(?:leave(?! early| work| the office| school)|go out|go outside|go anywhere|go to work|work|get a job|out of the house|leave the house|see a doctor|go to the doctor)|(?:use|take|drive) (?:the|my|a|our) car)';
const PRIVATE_THINGS = '(?:phone|messages|texts|emails?|chats|mail|dms|browser history|laptop|bank statements|receipts|spending)';

/** One family of wordings. Every regex runs over normalised text (see `normalise`). */
const PATTERNS: readonly RegExp[] = [
  // Physical harm by a person: "he hits me", "she has slapped my daughter", "you choked me".
  new RegExp(`\\b${PERSON} ${BETWEEN}(?:hit|hits|hitting|punch|punches|punched|punching|slap|slaps|slapped|slapping|smack|smacks|smacked|kick|kicks|kicked|kicking|choke|chokes|choked|choking|strangle|strangles|strangled|strangling|shove|shoves|shoved|shoving|bite|bites|bit|spat|spit|spits|burned|burnt|burns|scratch|scratches|scratched|shook|shakes) ${VICTIM}\\b(?! (?:out|off|awake|up)\\b)(?! head off)`),
  // Beating, but not winning: "she beat me to the shower", "he beats me at chess".
  new RegExp(`\\b${PERSON} ${BETWEEN}(?:beat|beats|beaten|beating) (?:me|us|the kids|the children)\\b(?! (?:to|at|in|on|by|for)\\b)`),
  // The unambiguous acts, with or without a named doer ("punched me", "strangled me").
  /\b(?:punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|chok(?:es|ed|ing)|strangl(?:es|ed|ing)|shov(?:es|ed|ing)) (?:me|my|the kids|our (?:son|daughter))\b|\bsp(?:at|it|its|itting) (?:in|on|at) (?:me|my)\b/,
  /\bbeat(?:s|en|ing)? (?:me|us|the kids) up\b|\bbeat me (?:again|until|when|if|so|black|with)\b|\b(?:got|get|was|been|being|am|keep getting) (?:hit|punched|slapped|kicked|choked|strangled|beaten(?: up)?|slapped around|shoved|pushed around|knocked (?:down|around|about))\b/,
  // Pushing, grabbing, throwing, pinning: only where the words are bodily, not "pushed me away".
  /\b(?:push(?:es|ed|ing)?|shov(?:es|ed|ing)|threw|throws?|throwing|slammed|slams|knocked) me (?:against|down|over|onto|to the (?:ground|floor)|off (?:the|a|my)|across|into (?:the|a) (?:wall|door|table|car|counter|corner|fridge|floor|cupboard|window))\b/,
  /\bgrab(?:s|bed|bing)? (?:me by|me so hard|me hard|my (?:wrist|arm|arms|throat|neck|hair|face|shoulders?)(?! and we))\b|\b(?:squeez|twist)(?:es|ed|ing)? my (?:arm|wrist|neck|throat|fingers) (?:until|so hard|hard|behind)\b|\bpull(?:s|ed|ing)? my hair\b|\bdrag(?:s|ged|ging)? me\b|\b(?:pinned|pins|held|holds) me (?:down|against|to the)\b/,
  /\b(?:hands?|fingers) (?:around|round|on) my (?:neck|throat)\b|\bputs? (?:his|her|their) hands on (?:me|my)\b/,
  /\bthr(?:ew|ows?|owing) (?:things|stuff|a \w+|plates|glasses|bottles|his \w+|her \w+) at me\b/,
  /\b(?:bruises|marks|cuts|welts) (?:on|all over) (?:my|me)\b.*\b(?:from|because of) (?:him|her|them)\b|\b(?:bruises|marks) (?:on my \w+ )?from (?:him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend))\b|\b(?:lie|lied|lying|hide|hid|hiding|cover(?:ed)? up) (?:to \w+ |to the \w+ )?(?:about )?(?:the|my) (?:bruises|marks|black eye)\b|\b(?:gave|give|gives) me (?:a black eye|bruises|a split lip)\b|\bbroke (?:my|our (?:son|daughter)s?) (?:nose|arm|wrist|rib|ribs|jaw|finger|tooth|teeth)\b/,
  /\bphysically (?:hurts?|hurting|harm(?:s|ed|ing)?|abus(?:es|ed|ing|ive)|attacked|assaulted)\b|\bhurt me so (?:badly|bad) (?:i|that)\b|\b(?:hurts|hurt|harms|harmed) (?:the kids|the children|the baby|our (?:son|daughter|kids|children|baby)|my (?:son|daughter|kids|children|baby))\b/,
  /\b(?:punch(?:es|ed)?|hit|hits|kick(?:s|ed)?) (?:the|a) (?:wall|door) (?:right )?(?:next to|beside|by|near) (?:me|my)\b|\bsmash(?:es|ed)? things\b.*\b(?:so i|scare|scared|afraid|coming)\b|\bra(?:ised|ises|ise) (?:his|her|their|a) (?:fist|hand) (?:at|to|against) me\b|\bflinch(?:es|ed)? (?:when|whenever|every time)\b/,
  /\block(?:s|ed)? me (?:in|out)\b|\bblock(?:s|ed|ing)? the (?:door|doorway|exit) so i\b/,
  /\b(?:abus(?:es|ed|ing|ive)|assault(?:s|ed|ing)?) (?:me|my)\b|\bdomestic (?:violence|abuse)\b|\b(?:gets|got|getting|becomes|became|turns) (?:so |really |very )?(?:violent|physical)\b/,

  // Fear of the partner, or of what they will do.
  new RegExp(`\\b${FEAR} of (?:him|her|them|you(?! \\w+ing\\b)|my (?:partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|spouse|ex))\\b`),
  new RegExp(`\\b${FEAR} (?:of )?what (?:will|might|is going to) happen (?:when|if) (?:he|she|they) (?:gets|comes|finds|sees)\\b`),
  new RegExp(`\\b${FEAR} (?:of )?(?:what|how) ${PERSON} (?:will|would|might|could|may|is going to) (?:do|react)\\b`),
  new RegExp(`\\b${FEAR} (?:that )?(?:he|she|they) (?:will|would|might|could|is going to) (?:hurt|hit|kill|harm|beat|attack|take the kids|take the children|find me|find out where)\\b`),
  new RegExp(`\\b${FEAR} (?:that )?(?:he|she|they) (?:will|would|might|could|is going to) (?:\\w+ ){1,4}?(?:hurt|hit|kill|harm|beat|attack) (?:me|us|someone|somebody|anyone|the kids|the children|the baby)\\b`),
  /\bliv(?:e|es|ing) in fear\b/,
  new RegExp(`\\b(?:${FEAR}|fear) (?:to|of) (?:go(?:ing)? home|go(?:ing)? back (?:home|to the (?:house|flat|apartment))|tell (?:anyone|anybody|someone|somebody|the police|my family|a doctor)|leave (?:him|her|them|the house)|say no|saying no)\\b|\\b(?:terrified|petrified|too ${FEAR}) to leave\\b(?! (?:my job|work|early|the job))`),
  /\b(?:do not|never|no longer) feel (?:physically )?safe (?:at home|in (?:my own|our|the) (?:home|house|flat|apartment)|around (?:him|her|them)|with (?:him|her|them) (?:around|at home))\b|\bnot physically safe\b|\bsafer (?:in the car|than (?:the house|home|at home|being (?:at )?home|with (?:him|her|them)))\b|\bdo not feel physically safe\b/,
  new RegExp(`\\b(?:fear|${FEAR}) for (?:my|our) (?:life|lives|safety)\\b|\\bfear for (?:the kids|the children|my kids|my children)\\b|\\b${FEAR} for (?:the kids|the children|my kids|my children)\\b`),
  new RegExp(`\\b(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend)) ${BETWEEN}(?:scares|frightens|terrifies|terrified|intimidates|intimidated) (?:me|the kids|the children)\\b|\\b(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend)) ${BETWEEN}(?:scared|frightened) me so (?:much|badly)\\b`),
  /\bhide (?:in|from)\b.*\bwhen (?:he|she|they) (?:gets?|is|are)\b|\bhide from (?:him|her|them)\b/,

  // Threats: to hurt, to kill, to take the children, to make the writer pay, to expose or report.
  /\bthreat(?:en|ens|ened|ening)? (?:me|us|my)\b|\b(?:threats|threatening) (?:to|against) (?:me|my|us|kill|hurt)\b|\bthreatening me\b|\bmakes? threats\b/,
  /\bthreat(?:en|ens|ened|ening) to (?:kill|hurt|harm|hit|beat|take (?:the|my|our) (?:kids|children|son|daughter|baby)|take (?:the|my) (?:kids|children) away|leave with (?:the|our) (?:kids|children)|post|share|send|leak|expose|report|burn|smash|break|have me (?:deported|arrested|locked up)|call immigration|kick me out|throw me out|ruin|destroy|take everything|cut me off)\b/,
  new RegExp(`\\b(?:he|she|they) ${BETWEEN}(?:says|said|say|tells me|told me|swore|swears|keeps saying)(?: that)? (?:he|she|they) (?:will|would|is going to|was going to) (?:kill|hurt|harm|hit|beat|destroy|ruin) (?:me|us|the kids|my)\\b`),
  /\b(?:will|would|going to) (?:take|keep) the (?:kids|children) (?:away|from me)\b|\b(?:take|took) the (?:kids|children) and (?:i|i will) (?:will )?never see them\b|\bnever see (?:my|the|our) (?:kids|children) again\b/,
  new RegExp(`\\bif i (?:ever )?(?:leave|left|go|tell (?:anyone|anybody|someone|the police)|call the police) (?:him |her |them )?(?:he|she|they) (?:will|would|is going to|says he will|says she will|said he would|said she would) (?:hurt|kill|harm|hit|take|find|come after|ruin|destroy)\\b`),
  new RegExp(`\\b(?:says|said|swore|swears|told me|tells me)(?: that)? (?:he|she|they) (?:will|would|is going to) (?:come )?(?:find|come after|come for|hunt) me\\b`),
  /\b(?:regret|pay for|be sorry for|make my life (?:a living )?hell) ?(?:it|this|that)? ?if i (?:ever )?(?:tell|told|leave|left|go to|call)\b|\bwould regret it if i\b/,
  /\b(?:no one|nobody) (?:will|would) (?:ever )?believe me\b/,
  /\bkill me if i (?:leave|left|go|tell|told|try)\b|\bkill (?:himself|herself|themselves) if i\b/,
  /\bmake me pay\b|\b(?:i|you) (?:will|are going to|is going to) pay for (?:it|this|that)(?! dinner| lunch)(?!,? just wait)\b|\bi will pay for it\b/,
  /\b(?:showed|shows|pointed|waved) (?:me )?(?:his|her|a) (?:gun|knife)\b|\bwith a (?:knife|gun)\b/,

  // Forced or pressured sex.
  /\bforc(?:es|ed|ing) (?:me )?(?:to have sex|into sex|himself on me|herself on me|themselves on me)\b|\bforc(?:es|ed|ing) me to (?:have sex|sleep with|do (?:sexual|things))\b|\bforc(?:es|ed|ing) me into (?:doing )?things\b|\bsex with me (?:while|when) i (?:was|am|were) (?:crying|asleep|sleeping|passed out|drunk|unconscious|saying (?:no|stop))\b/,
  /\bmade me (?:have sex|sleep with|do (?:sexual|things i did not want))\b|\b(?:do|does|did) sexual things i (?:did not|do not) want\b/,
  /\brap(?:e|ed|es|ing)\b|\bsexual(?:ly)? (?:assault(?:s|ed)?|abus(?:e|ed|es))\b/,
  /\bsex (?:with me )?(?:even )?(?:when|after|though|if) i (?:say|said|tell him|told him) (?:no|stop)\b|\bhas sex with me (?:even )?when i (?:say|said) no\b|\b(?:did not|does not|will not|would not) stop when i (?:said|say) no\b|\bwithout my consent\b|\b(?:will not|does not|would not|never) take no for an answer (?:in bed|about sex|when it comes to sex|when (?:he|she) wants sex)\b/,
  /\bpressur(?:e|es|ed|ing) me (?:into|for) (?:sex|sleeping|things)\b/,

  // Control: people, money, things, movement.
  new RegExp(`\\b(?:will not|does not|do not|did not|would not|never) (?:let|allow) me (?:to )?${LIFELINE}\\b`),
  new RegExp(`\\b(?:not|never) allowed to ${LIFELINE}\\b`),
  /\b(?:stops|stopped|stopping|keeps|kept|keeping) me (?:from )?(?:seeing|visiting|going|working|talking to|calling|leaving|from (?:my|our) (?:friends|family|kids))\b|\bkeeps me from (?:my|our) (?:friends|family|kids|children)\b|\b(?:do not|does not|never) (?:have|get) (?:any )?access to (?:our|my|the|any) (?:bank|money|account|accounts|cards?|car)\b|\bno access to (?:any |our |my )?(?:money|bank)\b/,
  /\bcut (?:me )?off from (?:my )?(?:friends|family|everyone|my)\b|\bisolat(?:es|ed|ing) me\b/,
  /\b(?:takes|took|taken|keeps|kept|hides|hid|holds) (?:away )?(?:all )?(?:of )?my (?:phone|car keys|keys|passport|bank card|cards?|credit card|money|wages|paycheck|pay check|salary|id|documents|papers)(?: away)?\b(?! charger| at\b)/,
  /\bcontrol(?:s|led|ling)? (?:all )?(?:of )?(?:the |my |our )?(?:money|finances|bank account|spending|wages|salary|paycheck)\b|\bcontrol(?:s|led|ling)? (?:what|who|where|when) i (?:wear|eat|see|go|spend|talk)\b/,
  /\b(?:have|has|need) to ask (?:him|her|them) (?:for|before)\b|\b(?:have|has|makes me|made me) (?:to )?ask (?:for )?(?:his |her |their )?permission\b|\bneed (?:his|her|their) permission\b|\bgives? me an allowance\b|\b(?:make|makes|made) me (?:hand over|give (?:him|her|them)) (?:all )?(?:of )?my (?:money|salary|wages|pay|paycheck|cards?)\b/,

  // Watching: the phone, messages, location.
  new RegExp(`\\b(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend)) ${BETWEEN}(?:checks|checked|checking|goes through|went through|going through|reads|read|reading|looks through|looked through|monitors|monitored|monitoring|searches|searched) (?:all )?(?:of )?my ${PRIVATE_THINGS}\\b`),
  /\b(?:demands|demanded|demanding|makes me give (?:him|her)|made me give (?:him|her)) (?:my |all my )?(?:passwords?|passcodes?|pin|codes?)\b/,
  /\b(?:makes|made|forces|forced) me (?:to )?share my location\b|\btrack(?:s|ed|ing)? (?:my|where i) (?:location|phone|car|movements|go|am)\b|\b(?:tracker|tracking device|gps|airtag) (?:on|in|under) my\b|\bput a (?:tracker|tracking device|gps|airtag)\b/,
  /\b(?:installed|put|installs) (?:an app|spyware|something|a program) on my (?:phone|laptop|computer)\b|\bspy(?:ing)? on me\b|\blog(?:s|ged|ging)? (?:in|into|onto) my (?:email|phone|accounts?|facebook|instagram|social media)\b|\btrack(?:s|ed|ing)? me\b|\b(?:turned|turns|turning|shows|showed|showing) up at my (?:work|job|office|friends?|mums?|moms?|parents) (?:because|when|after|uninvited|unannounced|to check|without)\b|\b(?:he|she|they) (?:\w+ )?follow(?:s|ed|ing)? me (?:when i go|everywhere|to work|wherever|around town)\b|\bmonitors? my (?:calls|phone|messages|texts|location|every)\b/,
  /\balways knows where i am\b|\bhave to (?:tell|text|call|report to) (?:him|her|them) where i am\b|\bprove where i (?:am|was|have been)\b|\b(?:wants|needs|has|demands) to know where i am (?:every|at all times|all the time)\b|\bknows where i am (?:all the time|at all times|every)\b/,
  /\b(?:smash(?:es|ed)?|broke|breaks|destroy(?:s|ed)?|threw) my phone\b/,

  // Harm to oneself: the help page lists crisis lines too.
  /\b(?:kill|killing) myself\b|\bend(?:ing)? my (?:own )?life\b|\bsuicid(?:e|al)\b|\b(?:want|wanted|wanting) to die\b(?! of| laughing)|\bhurt(?:ing)? myself\b|\bself harm\b/,
];

/** Words just before a match that turn it around: "he has never hit me", "I'm not afraid of him". */
const NEGATION = /\b(?:not|never)\b/;
const NEGATION_REACH = 3;

/**
 * Lower case, one spelling for apostrophes and contractions ("won't" → "will not",
 * "he's" → "he is"), letters and digits only, single spaces. Sentence and clause breaks
 * become `|`, so a "not" in one clause never cancels a match in the next.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\bwon'?t\b/g, 'will not')
    .replace(/\bcan'?t\b|\bcannot\b/g, 'can not')
    .replace(/\b(do|does|did|is|are|was|were|has|have|had|would|could|should|must|need)n'?t\b/g, '$1 not')
    .replace(/\b(he|she|it|that|there|who)'s\b/g, '$1 is')
    .replace(/\b(i|you|he|she|we|they)'ll\b/g, '$1 will')
    .replace(/\b(i|you|he|she|we|they)'d\b/g, '$1 would')
    .replace(/\b(you|we|they)'re\b/g, '$1 are')
    .replace(/\b(i|you|we|they)'ve\b/g, '$1 have')
    .replace(/\bi'?m\b/g, 'i am')
    .replace(/\bgonna\b/g, 'going to')
    .replace(/\b(\w+)'s\b/g, '$1s')
    .replace(/[.!?;:"\u201c\u201d()[\]{}\n\r]+|\s[-\u2013\u2014]+\s|,|\bbut\b/g, ' | ')
    .replace(/[^a-z0-9|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every family, global so each place it matches is weighed: a negated first mention must not hide a second. */
const EVERY_MATCH = PATTERNS.map((pattern) => new RegExp(pattern.source, 'g'));

/**
 * Does the text suggest harm or fear? Never throws; the same answer whatever the letter case or
 * the spaces between words (a line break, like a full stop, ends a clause).
 */
export function concernIn(text: string): boolean {
  return normalise(text)
    .split('|')
    .some((clause) => concernInClause(clause.trim()));
}

function concernInClause(clause: string): boolean {
  if (clause === '') return false;
  return EVERY_MATCH.some((pattern) => [...clause.matchAll(pattern)].some((match) => !negatedBefore(clause, match.index)));
}

/** A "not" or "never" in the few words before the match, in the same clause. */
function negatedBefore(clause: string, at: number): boolean {
  const before = clause.slice(0, at).trim().split(' ').slice(-NEGATION_REACH).join(' ');
  return NEGATION.test(before) && !/\bnot only\b/.test(before);
}

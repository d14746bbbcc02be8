import type { CrisisCategory } from './crisis-kinds';
import * as L from './crisis-lexicon';

/**
 * The crisis grammar: danger recognized by its shape, not by sentence. A rule is a shape over
 * word classes (who does what to whom, with what), written against normalized text (see
 * `normalizeForScan`), with the figurative and everyday uses of the same words taken out by
 * shape too ("beat me at chess", "stabbed me in the back", "cut corners", "took my vitamins").
 *
 * Placeholders in {braces} are word classes from crisis-lexicon.ts (see SLOTS below); the
 * rest is a regular expression over single-spaced lower-case words. `except` is what may not
 * follow the shape: the idioms that share its words.
 *
 * Editing rules:
 * - A missed danger is worse than a false alarm: when words can really mean harm, they stay in.
 * - Widen a word class or a shape, never add a sentence. Each rule's `examples` must match and
 *   its `nearMisses` must not (test/unit/crisis-grammar.test.ts); the held-out sets in
 *   test/safety/held-out/ are written apart from these and must pass too.
 */
export interface CrisisRule {
  id: string;
  category: CrisisCategory;
  shape: string;
  /** What may not follow the shape (the idioms that share its words), as a regex over words. */
  except?: string;
  /** What may not come just before the shape ("not", "would never"), as a regex over words. */
  notAfter?: string;
  examples: string[];
  nearMisses?: string[];
}

const alt = (words: readonly string[]): string =>
  `(?:${[...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})`;

/** Ends a word: no letter or apostrophe follows (so "baby" is not "baby's"). */
const W = "(?![a-z'])";
const word = (words: readonly string[]) => `${alt(words)}${W}`;

const NOT_A_NAME = `(?!${word([...L.NOT_AGENTS, ...L.AUX, ...L.NEGATIONS, ...L.BODY, ...L.PILLS, ...L.WEAPONS])})(?![a-z]+(?:ed|ing|ly)${W})`;
const PERSON_NP = `(?:${word(L.DETERMINERS)} (?:[a-z]+ )?)?${word(L.PEOPLE)}`;
/** Words that may sit between the doer and the act ("he came home drunk and hit me"), but no denial. */
const GAP_WORD = `(?!${word([...L.NEGATIONS, 'it', 'that', 'this', 'which', 'what', 'nobody', ...L.NOT_AGENTS.slice(L.NOT_AGENTS.indexOf('news'))])})[a-z']+ `;
/** A word that may describe a body part or a child: "my left arm", "our little one", "my 5 year old". */
const ADJ = `(?:${word(L.ADJECTIVES)} |[a-z0-9]+ year old )?`;
const PARTNER_NP = `(?:my|the|our|her|his) ${word(L.PARTNERS)}`;

/** The word classes a shape may name. */
const SLOTS: Record<string, string> = {
  /** The doer: a pronoun or a person, with what may come between, or a first name. */
  who: `(?:(?:${word(L.PRONOUNS)}|${PERSON_NP}) (?:${GAP_WORD}){0,4}?|${NOT_A_NAME}[a-z]+ )(?:${word(L.AUX)} ){0,3}`,
  /** A third person as the doer, without a gap: "he", "my husband". */
  he: `(?:${word(L.PRONOUNS)}|${PERSON_NP})`,
  aux: `(?:${word(L.AUX)} ){0,3}`,
  me: `(?:me|us)${W}`,
  body: `(?:my|our) ${ADJ}${word(L.BODY)}`,
  kids: `(?:my|our|the|his|her|their) ${ADJ}${word(L.CHILDREN)}`,
  family: `(?:me|us|${word(['myself'])}|(?:my|our|the) ${ADJ}${word(L.FAMILY)})${W}`,
  victim: `(?:me|us|(?:my|our) ${ADJ}${word(L.BODY)}|(?:my|our|the|his|her|their) ${ADJ}${word(L.CHILDREN)})${W}`,
  other: `(?:him|her|them|someone|somebody|(?:my|our|the) ${ADJ}(?:${alt(L.PEOPLE)}|${alt(L.CHILDREN)}))${W}`,
  partner: `(?:him|her|them|${PARTNER_NP})${W}`,
  partnerNp: `${PARTNER_NP}${W}`,
  strike: word(L.STRIKE),
  push: word(L.PUSH),
  grab: word(L.GRAB),
  cut: word(L.CUT),
  kill: word(L.KILL),
  harm: word(L.HARM_INF),
  weapon: `(?:a|an|the|his|her|their|my|this|that|some|another) (?:[a-z]+ ){0,2}?${word(L.WEAPONS)}`,
  pills: `(?:(?:my|his|her|the|of|of my|of the) )?(?:[a-z]+ )?${word(L.PILLS)}`,
  poison: word(L.POISONS),
  toomuch: word(L.TOO_MUCH),
  height: `(?:a|the|our|my|this|that) (?:[a-z]+ )?${word(L.HEIGHTS)}`,
  vehicle: `(?:a|the|an|some) (?:[a-z]+ )?${word(L.VEHICLES)}`,
  fear: word(['scared', 'afraid', 'frightened', 'terrified', 'petrified', 'fearful', 'worried']),
  neg: word(L.NEGATIONS),
  /** Said about the future: "he will", "he is going to", "he wants to". */
  future: word([
    'will',
    'would',
    'is going to',
    'was going to',
    'are going to',
    'going to',
    'is gonna',
    'might',
    'could',
    'may',
    'is about to',
    'wants to',
    'want to',
    'is coming to',
    'is coming back to',
    'will come back and',
    'is coming back and',
    'is going to come back and',
    'will try to',
    'would try to',
    'plans to',
    'is planning to',
    'swore to',
    'promised to',
  ]),
  /** The speaker's own intent or fear of it. */
  intent: word([
    'want',
    'wanted',
    'wanting',
    'want to',
    'going to',
    'gonna',
    'need to',
    'needed to',
    'have to',
    'urge to',
    'urges to',
    'tempted to',
    'thinking about',
    'thought about',
    'thinking of',
    'thought of',
    'thoughts of',
    'thoughts about',
    'feel like',
    'felt like',
    'might',
    'could',
    'will',
    'would',
    'planning to',
    'plan to',
    'planned to',
    'planning on',
    'ready to',
    'about to',
    'imagining',
    'imagine',
    'keep imagining',
    'fantasize about',
    'fantasise about',
    'fantasizing about',
    'fantasising about',
    'dreaming of',
    'dream of',
    'scared i will',
    'afraid i will',
    'worried i will',
    'scared i might',
    'afraid i might',
    'worried i might',
    'scared i am going to',
    'afraid i am going to',
    'worried i am going to',
    'terrified i will',
    'terrified i am going to',
    'so close to',
    'came close to',
    'almost',
    'nearly',
    'tried to',
    'try to',
    'trying to',
  ]),
  /** Where a clause ends: nothing after, or a joining word. */
  end: `(?=$| (?:and|but|because|cause|when|whenever|sometimes|now|right now|lately|at times|so|anymore|any more|again|too|all the time|every day|at home|here|tonight|today|though|honestly|really|i|he|she|they|please)${W})`,
  /** Times and intensifiers a disclosure may end with. */
  soon: `(?:tonight|today|now|right now|this time|soon|one day|next time|again|forever|for good)`,
  i: `(?:i|we)${W}`,
};

function compile(rule: CrisisRule): RegExp {
  const body = rule.shape.replace(/\{(\w+)\}/g, (_, name: string) => {
    const slot = SLOTS[name];
    if (slot === undefined) throw new Error(`crisis grammar: unknown word class {${name}} in ${rule.id}`);
    return slot;
  });
  const before = rule.notAfter ? `(?<!(?:${rule.notAfter}) )` : '';
  const after = rule.except ? `(?! (?:${rule.except})${W})` : '';
  return new RegExp(`${before}(?<![a-z'])(?:${body})${after}`);
}

export interface CompiledRule {
  rule: CrisisRule;
  pattern: RegExp;
}

/** Turns the grammar into regular expressions; done once per container (see crisis.ts). */
export function compileGrammar(rules: readonly CrisisRule[] = CRISIS_GRAMMAR): CompiledRule[] {
  return rules.map((rule) => ({ rule, pattern: compile(rule) }));
}

/** The figurative tails of the verbs of striking: "beat me at chess", "hit me up", "hit me with the news". */
const STRIKE_IDIOMS = [
  'at',
  'to it',
  'to the',
  'to a',
  'to my',
  'up on',
  'up about',
  'up later',
  'up when',
  'up if',
  'up sometime',
  'in the back(?=$| (?:at|in front|again|over|with (?:that|this|the)|by|when|behind|like))',
  'off',
  'an? (?:\\w+ )?(?:look|glance|smile|text|message|email|line|question|grin|wink|glare)',
  'with (?:the|a|an|that|this|his|her) (?:silent treatment|news|question|questions|bill|guilt|idea|request|list|story|joke|line|comment|truth|bombshell|look|facts|sarcasm|attitude)',
  'for six',
  'sideways',
  'off my feet',
  'hard emotionally',
  'where it hurts emotionally',
  'home',
  'on points',
  'in an argument',
  'in the argument',
  'in arguments',
  'in every argument',
  'when (?:he|she|they|you) (?:said|says|told|tells|laughed|laughs|forgot|forgets|ignored|ignores|left|leaves|lied|lies|called|calls|mocked|joked|did not|does not|never)',
  'by (?:saying|telling|laughing|forgetting|ignoring|lying|leaving|not)',
  'with (?:his|her|their) (?:words|comments|comment|remarks|silence|sarcasm|tone|attitude)',
  'emotionally',
  'deep',
  'deeply',
  'feelings',
  'so much emotionally',
  'with (?:love|kindness|attention|affection|kisses|hugs|praise|questions|texts|messages|gifts|compliments)',
].join('|');

/**
 * The grammar. Categories decide the resources (see crisis-kinds.ts); order decides nothing
 * but speed (the common shapes first).
 */
export const CRISIS_GRAMMAR: CrisisRule[] = [
  // ---------------------------------------------------------------- violence
  {
    id: 'strike',
    category: 'violence',
    // A person strikes the speaker, their body or their children, in any tense.
    shape: '{who}{strike} (?:up )?{victim}',
    except: STRIKE_IDIOMS,
    examples: [
      'he hit me',
      'my husband beat me',
      "he's been hitting me",
      'Sam slapped me last night',
      'she kicked me in the stomach',
      'he came home drunk and punched me',
      'the bloke I live with belted me',
      'he bit my arm',
      'my boyfriend burnt my hand with a lighter',
      'he hits my son',
      'they beat me up',
      'he choked me until I could not breathe',
      'he raped me',
      'my partner hurts me',
    ],
    nearMisses: [
      'she beat me at chess again',
      'he beat me to it',
      'hit me up when you leave work',
      'then it hit me that we never talk',
      'the news hit me hard',
      'he would never hit me',
      'she has never once hit me',
      'the toddler bit me',
      'the baby kicked me all night',
      'she stabbed me in the back at work',
      'she hit me with the silent treatment',
      'it really hurt me when you forgot',
      'he hurt me when he said I was lazy',
    ],
  },
  {
    id: 'bite-head-off',
    category: 'violence',
    // Biting is harm, except the idiom: "he bites my head off".
    shape: '{who}(?:bite|bites|bit|bitten|biting) (?:me|us)(?! (?:head|heads) off)',
    examples: ['he bit me so hard it bled'],
    nearMisses: ['he bites my head off when he is tired', 'I bit his head off'],
  },
  {
    id: 'push-throw',
    category: 'violence',
    // Pushed or thrown as a body: "pushed me down the stairs", "threw me against the wall".
    // Not "pushed me to try", "pushed me away", "threw me a party", "threw me off".
    shape:
      '{who}{push} {victim}(?! (?:away|aside|off (?:the )?(?:topic|subject|track|balance emotionally)|to (?!the (?:floor|ground|wall))|toward|towards|into (?!(?:a|the|my|our) (?:wall|door|doorframe|table|counter|floor|ground|window|fridge|cupboard|cupboards|stairs|bath|car|corner|radiator|mirror|wardrobe|tv|oven|cooker|sink|bed|pool|river|water|road|traffic))|out of my comfort|out of (?:the|my) (?:comfort|rut)|too far|forward|further|harder to|for|about|over the edge|to the limit|to my limit|along|through|on (?:this|that|it|the (?:swing|issue|topic))|back (?:on|to|into)|in the right direction|a (?:party|bone|curveball|curve ball|lifeline|look|smile|kiss|line|question|surprise)|an? (?:\\w+ )?(?:party|curveball|look|question)|off(?! (?:the|a) (?:balcony|bridge|roof|stairs|bed|sofa|couch|cliff|ledge|chair))|for a loop|under the bus|out of the (?:conversation|loop|group chat)|a little|around emotionally))',
    examples: [
      'he pushed me down the stairs',
      'she shoved me into the wall',
      'he threw me against the wall',
      'he pinned me to the floor',
      'he dragged me across the room',
      'she slammed me into the door',
      "he's been pushing me around",
      'he knocked me to the ground',
    ],
    nearMisses: [
      'he pushed me away when I tried to talk',
      'she pushed me to try the class',
      'my therapist pushed me out of my comfort zone',
      'that pushed me over the edge',
      'he threw me a surprise party',
      'the question threw me off',
      'he pushed me into signing up for yoga',
    ],
  },
  {
    id: 'thrown-at',
    category: 'violence',
    // Something thrown at the speaker: "he threw a plate at me", "chucked a mug at my head".
    shape:
      '{who}(?:threw|throws|throwing|thrown|chucked|chucks|chucking|hurled|hurls|flung|lobbed|hurling) (?:[a-z]+ ){1,3}?(?:at|towards|toward) (?:me|us|my (?:\\w+ )?(?:head|face|body|chest|back)|(?:my|our|the) (?:\\w+ )?(?:kids|children|baby|son|daughter))',
    examples: ['he threw a plate at me', 'she threw her phone at my head', 'he chucked a mug at me'],
    nearMisses: ['she threw a tantrum about the dishes', 'he threw the ball to me'],
  },
  {
    id: 'grab-harm',
    category: 'violence',
    // Gripping that hurts: a sign of harm after it, or the throat, neck or hair.
    shape:
      '{who}{grab} (?:me (?:by (?:the|my) )?|my |me and )(?:\\w+ ){0,8}?(?:so hard|too hard|hard enough|really hard|until it hurt|until i cried|bruise|bruised|bruises|bruising|marks|left a mark|would not let go|will not let go|did not let go|wouldnt let go|hurt|hurts|cracked|snapped|broke|popped|dislocated)|{who}{grab} (?:me|us) by (?:the|my) (?:arm|arms|wrist|wrists|hair|throat|neck|collar|shoulders|shoulder|face|jaw|ear)|{who}(?:pulled|pulls|pulling|yanked|yanks|yanking|grabbed|grabs|grabbing|ripped|rips|tore) (?:at )?(?:my|our) (?:\\w+ )?hair(?! (?:out of (?:her|his) face|back for me|up))',
    examples: [
      'she grabbed me by the arm',
      'he pulled my hair',
      'he grabbed my arm so hard it bruised',
      'she grabbed me by the wrist and would not let go',
      'he twisted my arm until it hurt',
      'he squeezed my hand until something cracked',
    ],
    nearMisses: [
      'she grabbed my hand and we danced',
      'he held my hand the whole time',
      'he pulled me into a hug',
    ],
  },
  {
    id: 'injury-by-someone',
    category: 'violence',
    // An injury said with who caused it: "bruises from where he grabbed me", "he gave me a black eye".
    shape:
      '(?:(?:bruise|bruises|marks|a black eye|black eyes|a broken (?:\\w+ )?|cuts|burns|scars|a fat lip|a split lip|stitches)(?: \\w+){0,5}? (?:where|from|because|after|when|since) (?:\\w+ )?{he}(?: \\w+){0,3}? (?:grabbed|held|hit|pushed|punched|kicked|squeezed|pinned|threw|attacked|beat|did)|{he} {aux}(?:gave|give|gives|left|leaves|leave) (?:me|us|my (?:\\w+ )?(?:son|daughter|kids|children)) (?:(?:a|some|two|three|more) )?(?:\\w+ )?(?:black eye|black eyes|bruise|bruises|marks|broken \\w+|split lip|fat lip|concussion|scars|burns|cuts|stitches|a beating)|{he} {aux}(?:broke|broken|breaks|fractured|cracked|dislocated) my (?:\\w+ )?(?:arm|arms|nose|jaw|rib|ribs|wrist|finger|fingers|leg|hand|cheekbone|collarbone|skull|tooth|teeth))',
    examples: [
      "I've got bruises all over from where he grabbed me",
      'my fiance gave me a black eye',
      'he broke my arm and I told the hospital I fell',
    ],
  },
  {
    id: 'attacked',
    category: 'violence',
    // Said of oneself, in the passive: "I was beaten", "I get hit when he drinks", "I was hit by him".
    shape:
      '(?:{i} (?:\\w+ )?(?:am|was|were|are|get|got|gets|getting|been|being|have been|has been|keep getting|kept getting)(?: being)? (?:(?:really|badly|physically|sexually|repeatedly|violently|brutally|regularly|just) )?(?:beaten|beat up|hit|punched|kicked|slapped|strangled|choked|raped|assaulted|abused|attacked|stabbed|shot|battered|molested|smacked|thrown|pushed|shoved|knocked out))',
    except:
      'by (?:a|the) (?:car|ball|bus|bike|wave|door|branch|cyclist|truck|lorry|train|virus|bug|flu|cold)|(?:on|in) the (?:head|face) by (?:a|the) (?:ball|door|branch)|(?:at|in) (?:chess|cards|tennis|golf|pool|darts|scrabble|the (?:quiz|game|match|final|race|league|competition|tournament|vote|election|polls|semis|semi final|pub quiz))|to (?:it|the)',
    examples: ["I'm being abused", 'I was raped', 'I get beaten when he drinks', 'I was hit by my partner'],
    nearMisses: ['I got hit by a ball at footie', 'we got beaten in the quiz'],
  },
  {
    id: 'abuse-named',
    category: 'violence',
    shape:
      '(?:abusive (?:partner|relationship|husband|wife|boyfriend|girlfriend|spouse|marriage|home|ex|man|woman)|domestic (?:violence|abuse)|(?:he|she|they|{he}) (?:is|are) (?:being )?(?:abusive|violent)(?! (?:video games|films|movies))|(?:physically|sexually) (?:abused|assaulted|abusive|violent|hurt|attacked))',
    examples: ["I'm in an abusive relationship", 'domestic violence', 'he is violent when he drinks'],
    nearMisses: ['the movie was about domestic life'],
  },
  {
    id: 'harm-by-name',
    category: 'violence',
    // "Harmed by him", "hit by my husband": the doer after "by".
    shape:
      '(?:hit|beaten|punched|kicked|slapped|choked|strangled|attacked|assaulted|raped|abused|threatened|hurt|stabbed|burned|burnt|bitten|pushed|shoved|locked in) by (?:him|her|them|{he})',
    examples: ['I was slapped by him again', 'I get threatened by my husband'],
  },

  // ---------------------------------------------------------------- threats
  {
    id: 'threatens',
    category: 'threat',
    // "He threatened to kill me", "she threatens me", "threatened me with a hammer".
    shape:
      '(?:threaten|threatens|threatened|threatening) (?:me|us|{family}|to (?:\\w+ ){0,2}?{harm}(?! (?:it|the deal|the plan|the project|the party|the holiday|his chances|her chances|my chances|our chances)))',
    notAfter: 'not|never',
    examples: [
      'he threatened to kill me',
      'she threatens me',
      'my partner threatened to hurt the kids',
      'he threatened me with a hammer',
      "he's threatened to do me in",
      'he threatens to throw acid on my face',
    ],
    nearMisses: ['he threatened to leave if I kept nagging', 'she threatened to cancel the holiday'],
  },
  {
    id: 'will-harm-me',
    category: 'threat',
    // A doer who will harm the speaker: "he'll kill me if I leave", "he is going to hurt me".
    // Not the idiom of a small slip: "my mum will kill me if we're late", "my boss is going to kill me".
    shape:
      '{he} (?:(?:really|actually|honestly|seriously|definitely|just|literally) )?{future} (?:(?:really|actually|honestly|seriously|definitely|literally|just|come back and|try and|try to) )?{harm} {family}',
    except:
      'if (?:i|we) (?:am |are |was |were )?(?!(?:leave|left|tell|told|go to|went to|call|called|report|reported|talk to|speak to|try|ever|take|took|say|said|see|saw|run|ran|move out|divorce|breathe)\\b)[a-z]+|when (?:i|we|he|she|they) (?:get|gets|got|see|sees|find|finds|finds out) (?:home|back|the (?:bill|receipt|mess|dishes)|out about the|that i|how much)|for (?:forgetting|being late|not|eating|spending|losing|breaking|buying)|at the (?:meeting|party|office)',
    notAfter: 'never|not|no one|nobody',
    examples: [
      "he said he'll kill me if I leave him",
      "he's going to hurt me",
      "he's coming back and he's going to kill me",
      "I think he's going to kill me",
      'she said she would hurt the kids',
      "he reckons he'll kill me if I take the kids",
    ],
    nearMisses: [
      "my mum's going to kill me if we're late",
      'my wife will kill me if I forget the bread',
      'my boss is going to kill me',
      'he would never hurt me',
    ],
  },
  {
    id: 'said-dead',
    category: 'threat',
    // A threat reported: "he said I'm dead", "told me I'd end up dead", "nobody would find my body".
    shape:
      '(?:said|says|told me|tells me|keeps telling me|texted|texts|wrote|messaged|swore|screamed|shouted|yelled|warned me|warns me)(?: that)? (?:(?:i|you) (?:am|are|will be|would be|would|will|are going to|am going to) (?:end up )?(?:dead|a dead (?:man|woman)|die|regret (?:it|this) (?:when|if) (?:i|you) (?:leave|tell))|(?:i|you) (?:will|would) (?:never|not) (?:leave|get out of) (?:this house|here|this) alive|(?:nobody|no one) (?:would|will) (?:ever )?find (?:my|your|the) (?:body|bodies))|(?:next time|this time|one day|one of these days) (?:he|she|they) (?:will|would|is going to|are going to) finish (?:the job|me off|what (?:he|she|they) started)|finish (?:me|us) off|(?:find|bury|hide|dump) my body|(?:burn|set fire to|torch) the (?:house|flat|home|place) (?:down )?with (?:us|me|the kids) in it',
    examples: [
      "he's on his way here and he said I'm dead",
      "he told me I'd end up dead if I told anyone",
      "he said next time he'll finish the job",
      'he told me nobody would ever find my body',
      "he says he'll burn the house down with us in it",
    ],
    nearMisses: ['he said I was dead tired', 'we finished the job on the deck'],
  },
  {
    id: 'get-someone',
    category: 'threat',
    shape:
      '{he} {aux}(?:would|will|is going to|said (?:he|she) would|said (?:he|she) will) (?:get|send|pay) (?:someone|somebody|people|his mates|her mates|his friends|her friends|his brothers) to (?:{harm}|beat (?:me|us) up|sort (?:me|us) out) ',
    examples: ["she said she'd get someone to beat me up"],
  },
  {
    id: 'take-kids-away',
    category: 'threat',
    shape:
      '{he} {aux}(?:will|would|is going to|said (?:he|she) would|threatened to|threatens to) (?:take|taking|steal|snatch) (?:the|my|our) (?:kids|children|baby|son|daughter) (?:away )?and (?:i|we) (?:would|will) never see (?:them|him|her)',
    examples: ["he said he'd take the kids and we'd never see them again"],
  },
  {
    id: 'expose',
    category: 'sexual-violence',
    // Image-based abuse: filmed or shared without consent, or the threat of it.
    shape:
      '(?:(?:filmed|recorded|photographed|touched|touches|touching|undressed|kissed|filming|recording) (?:me|us|{kids}) (?:\\w+ ){0,3}?without (?:my|our|their|her|his) consent|(?:threaten|threatens|threatened|threatening) to (?:share|post|send|leak|put up|upload|show) (?:it|them|the (?:video|videos|photos|pictures|images|tape)|my (?:photos|pictures|nudes|videos)|(?:photos|pictures|videos) of me))',
    examples: ['he filmed me without my consent and threatens to share it'],
  },

  // ---------------------------------------------------------------- weapons
  {
    id: 'weapon-at-me',
    category: 'weapon',
    // A weapon held on, at or to the speaker, or used on them.
    shape:
      '(?:{weapon} (?:on|at|to|against|in|into|towards|toward|near) (?:me|us|my|our|the (?:kids|children|baby))|(?:came|comes|coming|went|goes|ran|run|runs|chased|chases|chasing|lunged|lunges|attacked|attacks|threatened|threatens|threatening|cut|cuts|hit|hits|beat|beats|beating|hitting|stabbed|went for|goes for) (?:at |after |for )?(?:me|us|my (?:\\w+ )?(?:kids|children|son|daughter|face|arm|leg|hand|head|back)|the (?:kids|children))(?: [a-z]+){0,5}? with {weapon}|(?:pulled|pulls|pulling|held|holds|holding|put|puts|pressed|presses|pointed|points|pointing|aimed|aims|aiming|waved|waves|waving|brandished|brandishes|brandishing|swung|swings) {weapon}(?! (?:block|sharpener|drawer|set|show|in the (?:dishwasher|sink|drawer)))(?: (?:[a-z]+ ){0,3}?(?:on|at|to|in|near|against|towards|into) (?:me|us|my|our|the (?:kids|baby|children))(?!\\w)))',
    examples: [
      'he pulled a knife on me',
      'she held a knife to my throat',
      'he put a gun to my head',
      'Sam came at me with a knife',
      'he chased me round the house with a machete',
      'he pointed his rifle at me',
      'he cut me with a broken bottle',
    ],
    nearMisses: [
      'she held the knife to cut the bread',
      'he pulled a knife from the drawer to slice the cake',
    ],
  },
  {
    id: 'has-weapon',
    category: 'weapon',
    // A doer with a weapon at hand, and what makes it a danger sign. Kitchen and hobby talk goes through.
    shape:
      '{who}(?:has|have|had|got|owns|own|bought|buys|keeps|kept|carries|carried|grabbed|grabs|picked up|took out|pulled out|pulled|pulls|brought|brings|is holding|holding|was holding|waving|was waving|is waving|is sitting (?:[a-z]+ ){0,4}?with|sitting (?:[a-z]+ ){0,4}?with|sleeps with|is standing (?:[a-z]+ ){0,4}?with|with|got hold of|went and got|has gotten) (?:a |an )?(?:loaded )?{weapon}(?! (?:sharpener|show|block|collection|licen[cs]e|permit|course|class|club|range|set|drawer|game|games|fight|emoji|magazine|safe|cabinet|to (?:cut|chop|slice|peel|open|carve|spread|butter|fix|cook|fillet|skin|whittle)|and (?:cut|chopped|sliced|started (?:cooking|chopping|slicing))|for (?:the|cooking|dinner|the bread|work|hunting|fishing|camping)|in the (?:dishwasher|sink|kitchen drawer)|on the camping|from the drawer))',
    notAfter: 'i|we|you',
    examples: [
      'he has a gun',
      "he's got a gun and he said he'd use it",
      'he keeps a loaded gun by the bed',
      "he's sitting in the lounge with a gun",
      "he's waving a knife around in the kitchen",
      'he sleeps with a knife under his pillow',
    ],
    nearMisses: [
      'she grabbed a knife to cut the bread',
      'he has a knife block in the kitchen',
      'he bought a knife sharpener',
      'we have a gun safe at the cabin',
      'I have a knife for the vegetables',
    ],
  },

  // ---------------------------------------------------------------- confinement
  {
    id: 'locked-in',
    category: 'confinement',
    shape:
      '(?:{who}(?:lock|locks|locked|locking|shut|shuts|keeps|kept|keep) {family} (?:locked )?(?:in|inside|up|out|away)(?! (?:by accident|accidentally|of the (?:group|chat|conversation|decision|loop))))|(?:{who}(?:keeps|kept|keep|holds|held|hold) {family} (?:locked|prisoner|hostage|captive|trapped))|(?:{who}(?:tied|ties|tie|tying|chained|chains) (?:me|us|{kids}) (?:up|down|to))',
    examples: [
      'she locked me in the bedroom',
      'he locks me in when he goes out',
      'he keeps me locked in the basement',
      'he tied me up',
      'my in laws lock me in a room',
    ],
    nearMisses: ['I locked myself out of the flat', 'he locked me out by accident'],
  },
  {
    id: 'will-not-let-me',
    category: 'confinement',
    shape:
      '(?:will not|would not|never|does not|did not|refuses to|refused to|cannot|do not) let (?:me|us) (?:leave|go out|go home|go anywhere|go to (?:work|the doctor|hospital|the hospital|my family|my mum|my mom)|out of (?:the|his|her|my) (?:house|flat|home|room|sight|car|apartment|bedroom)|see (?:my|anyone|any|a|the) (?:friends|family|mum|mom|parents|doctor|sister|brother|anyone|one)?|call (?:anyone|the police|my|for help|an ambulance|anybody)|talk to (?:anyone|my|anybody)|have (?:my|a|any) (?:phone|money|keys|car|bank|own money)|use (?:the|my) phone|eat|sleep|get help|go(?=$| (?:and|but|i|he|she|when|even|no matter|anywhere|out|home|for (?:hours|days))))|(?:took|takes|has taken|hid|hides|keeps|kept) my (?:phone|keys|car keys|passport|money|bank card|cards|documents|id)(?: and (?:my )?[a-z]+(?: [a-z]+)?)? (?:so (?:i|that i) (?:can not|cannot|could not|am not able)|and (?:will not|would not|refuses to) give (?:it|them) back)|(?:blocks|blocked|blocking|stands in|stood in|stands in front of|stood in front of) the (?:door|doorway|exit|stairs) so (?:i|we) (?:can not|cannot|could not)|(?:am|are) not allowed to (?:leave|go out|go anywhere|see|talk to|call|have|work|use)(?: [a-z]+){0,3}? without (?:him|her|them|his permission|her permission)|(?:am|are|is|feel|was) (?:trapped|stuck|locked in|imprisoned) (?:(?:in|at) (?:the|this|our|my|his|her) (?:house|home|flat|apartment|room|bedroom|bathroom|car|basement|garage) )?(?:with|by) (?:him|her|them|{he})',
    examples: [
      "he won't let me leave the house",
      "he wouldn't let me go",
      'he took my phone and keys so I can not leave',
      "I'm trapped in the house with him",
      "he won't let me see my friends",
    ],
    nearMisses: [
      "she won't let me forget it",
      "he won't let it go",
      'I feel trapped in this job',
      'I felt trapped in the conversation',
    ],
  },

  // ---------------------------------------------------------------- sexual violence
  {
    id: 'rape',
    category: 'sexual-violence',
    shape:
      '(?:rape|raped|rapes|raping|rapist|sexual assault|sexually assaulted|sexually abused|molested|molests|molesting)|(?:forced|forces|forcing|force|made|makes|making|pressured|pressures|pressuring|pressure|coerced|coerces|pushed|pushes|guilted|guilts|bullied|bullies) (?:me|us|{kids}) (?:to |into )?(?:have sex|having sex|sex|sleep with|sleeping with|do (?:sexual|stuff|things) (?:\\w+ ){0,4}?(?:did not|do not) want|sexual|perform|oral|watch porn)|(?:forced|forces|forcing) (?:himself|herself|themselves) (?:on|onto|upon) (?:me|us|{kids})|(?:had|has|have|having) sex with (?:me|us) (?:while|when) (?:i|we) (?:was|were|am|are) (?:asleep|sleeping|unconscious|passed out|drunk|out of it|crying)|(?:said|say|says|told him|told her) no (?:and|but) (?:he|she|they) (?:did not|would not|will not|does not|never) stop|(?:said|say|told him|told her) (?:no|stop) (?:and|but) (?:he|she|they) (?:kept going|carried on|did it anyway|does it anyway|keeps going)|(?:touched|touches|touching|grabbed|grabs|groped|gropes) (?:me|my|{kids})(?: \\w+)?(?: \\w+)? (?:when|after|even though|even when|although) (?:i|we) (?:told|said|asked|begged|say|tell|ask) (?:him|her|them)? ?(?:not to|to stop|no|stop)|(?:holds|held|hold|holding|pins|pinned) (?:me|us) down (?:in bed|on the bed|and|when|while|until)|(?:drugged|drugs|spiked) (?:me|my drink|my drinks|us)',
    examples: [
      'he raped me',
      'my husband forces me to have sex',
      'he forced himself on me last night',
      "I said no but he didn't stop",
      'he holds me down in bed when I say no',
      'she pressured me into sex',
      'he drugged my drink',
    ],
  },
  {
    id: 'touching-child',
    category: 'harm-to-children',
    shape:
      '{who}(?:touching|touches|touched|molesting|molests|molested|abusing|abuses|abused|grooming|grooms|groomed) {kids}(?! (?:feet|toes|hair|head|cheek|face|back|hand|hands|nose|on (?:the|her|his|their) (?:cheek|head|hand|nose|back|arm|shoulder|forehead|feet)))',
    notAfter: 'i|we',
    examples: ["he's touching my daughter"],
    nearMisses: ['he touched the baby on the cheek'],
  },

  // ---------------------------------------------------------------- strangulation
  {
    id: 'neck',
    category: 'strangulation',
    // Hands, an arm, a belt at the neck or throat; pressure on it; a pillow on the face.
    shape:
      '(?:(?:his|her|their|{he} [a-z]+ (?:his|her|their)|put (?:his|her|their)|puts (?:his|her|their)|had (?:his|her|their)|has (?:his|her|their)|wrapped (?:his|her|their)|a|the|(?:his|her|their) [a-z]+) (?:hand|hands|arm|arms|fingers|knee|foot|belt|rope|cord|scarf|tie|dupatta|chunni|towel|wire|cable|leg|legs) (?:around|round|on|across|against|over|into) my (?:throat|neck|windpipe|face|mouth)|(?:squeezed|squeezes|squeezing|pressed|presses|pressing|pushed|pushes|pushing|choked|chokes|grabbed|grabs|grabbing|held|holds|holding|gripped|grips|crushed|crushing) (?:on |down on )?(?:me by )?my (?:throat|neck|windpipe)|(?:by|at) (?:the|my) (?:throat|neck) (?:and|until|till|so)|(?:by|at) (?:the|my) (?:throat|neck)(?=$)|(?:grabbed|grabs|grabbing|held|holds|holding|took) me by the (?:throat|neck|hair)|(?:pressed|presses|pressing|put|puts|held|holds|holding|pushed|pushes|pushing) (?:a|the|his|her) (?:pillow|cushion|hand|bag|plastic bag|towel) (?:over|on|onto|against|into) my (?:face|mouth|nose|head)|(?:held|holds|holding|pushed|pushes|pushing|kept|keeps) (?:me|my head|my face|us) (?:down )?(?:under|in|into) (?:the )?(?:water|bath|bathwater|sink|pool|toilet)|(?:could not|cannot|can not|couldnt) breathe (?:\\w+ ){0,3}?(?:{he}|his hands|her hands) (?:\\w+ )?(?:was|is|were|had) (?:pressing|squeezing|choking|strangling|holding|sitting|kneeling|on)|{who}(?:choked|chokes|choking|strangled|strangles|strangling|throttled|throttles|smothered|smothers|smothering|suffocated|suffocates|suffocating) (?:me|us|{kids})(?! (?:up|with (?:love|kindness|attention|affection|his love|her love)|emotionally)))',
    examples: [
      'he put his hands round my neck',
      "she squeezed my neck till I couldn't breathe",
      'he grabbed me by the throat and pinned me to the wall',
      'he pressed a pillow over my face',
      'he held me under the water in the bath',
      'he choked me until I passed out',
      'he had his arm around my throat',
    ],
    nearMisses: ['she smothers me with love', 'I choked on my tea', 'he choked up during his speech'],
  },
  {
    id: 'tried-to',
    category: 'strangulation',
    shape:
      '{he} {aux}(?:tried|tries|trying|try|attempted|attempts|attempting|went|goes) (?:to |for )(?:kill|strangle|choke|drown|smother|suffocate|stab|shoot|poison|murder|run over|push|throw|strangling|choking|drowning|stabbing) (?:me|us|{kids})',
    examples: ['he tried to strangle me', 'he tried to smother me with a pillow'],
  },

  // ---------------------------------------------------------------- children
  {
    id: 'shake-baby',
    category: 'harm-to-children',
    shape: '{who}(?:shakes|shook|shaking|shaken|shake) {kids}',
    notAfter: 'i|we',
    examples: ['she shakes the baby when it cries'],
  },
  {
    id: 'scared-for-kids',
    category: 'harm-to-children',
    // "The kids are scared he'll kill them": a doer who will harm the children, feared.
    shape:
      '{fear} (?:that )?{he} (?:will|would|is going to|might|may|could) (?:kill|hurt|harm|hit|beat|take|attack) (?:them|the kids|my kids|our kids|the children|the baby)',
    examples: ["the kids are scared he'll kill them"],
  },
  {
    id: 'hurt-the-kids-elsewhere',
    category: 'harm-to-children',
    // A doer harms the children: any verb of harm, any object after the children.
    shape:
      '{who}(?:{strike}|{push}|locked|locks|lock|kicked) {kids}(?! (?:goodnight|a kiss|a hug|at (?:chess|cards)))',
    notAfter: 'i|we',
    examples: [
      'he smacked the little one so hard she has a mark',
      'he locked our son in the shed',
      'he threw our baby onto the bed',
    ],
    nearMisses: ['the kids hit each other with foam swords'],
  },

  // ---------------------------------------------------------------- self-harm
  {
    id: 'self-injury',
    category: 'self-harm',
    // "I cut myself again", "I burn my skin", "I hurt myself on purpose". Accidents go through:
    // "cut myself shaving", "burnt myself on the iron", "hurt my back lifting".
    shape:
      '(?:self (?:harm|harming|harmed|injury|injuring|injure|mutilation|mutilating)|selfharm\\w*|(?:{cut}|burn|burns|burned|burnt|burning|hurt|hurts|hurting|harm|harms|harmed|harming|punish|punished|punishing|starve|starved|starving|scratched|scratching|scratch|hit|hitting|punch|punched|punching|bite|biting|bit|bruise|bruising|bruised|mutilate|mutilating|mutilated|cutting) myself(?! (?:shaving|chopping|cooking|slicing|peeling|cutting|opening|gardening|baking|ironing|on (?:a|an|some|the|my)(?! purpose)|with (?:a|the) (?:bread|kitchen|paper|can|tin)|while|when i (?:was )?(?:cook|chopp|shav|slic|peel|open|garden|bak|iron|fell|trip)\\w*|in the (?:kitchen|garden)|by accident|accidentally|at the gym|at work|playing|running|lifting|falling|slightly|a (?:little|bit)|badly (?:on|in|at)|by (?:holding|not|keeping|staying|overthinking|worrying)|out|up|over (?:it|this|him|her|them)|to a (?:treat|coffee)|a (?:treat|coffee|present))\\b)|(?:{cut}|burn|burns|burned|burnt|burning|scratch|scratched|scratching|scar|scarred|carve|carved|carving|stab|stabbed|stabbing) (?:my|into my) (?:own )?(?:wrist|wrists|arm|arms|leg|legs|thigh|thighs|skin|stomach|body|hand|hands|chest|hips|hip|face)(?! (?:shaving|on (?:the|a) (?:stove|oven|pan|iron|kettle|grill)|while|cooking|chopping|open|opening|on a|by accident|accidentally|at work|at the gym|when i)\\b)|(?:until|till|so) (?:it|i|they|my (?:\\w+ )?(?:knuckles|hands|arms|skin|legs|wrists)) (?:bleed|bled|bleeds|bleeding|bruise|bruised)(?! (?:from the (?:thorns|roses|brambles)))|(?:banged|bang|bangs|banging|hit|hitting|hits|smashed|smash|smashing) my (?:own )?head (?:against|on|into) (?:the|a) (?:wall|floor|door|table|mirror)(?! (?:by accident|accidentally|getting|when i stood)))',
    notAfter: '\\b(?:not|never|nobody)(?: [a-z]+){0,2}|accidentally|nearly|almost',
    examples: [
      'I cut myself again',
      "I've been cutting myself",
      'I hurt myself on purpose',
      'I burn my skin with a lighter',
      "I've started self harming again",
      'I banged my head against the wall until it bled',
    ],
    nearMisses: [
      'I cut myself chopping onions',
      'I accidentally cut myself',
      'I burned myself on the stove',
      'I cut myself shaving',
      "I'm only hurting myself by holding it in",
      'I hurt myself at the gym',
      'I treated myself to a coffee',
    ],
  },
  {
    id: 'self-intent',
    category: 'self-harm',
    // Wanting to hurt oneself: "I want to cut myself", "I feel like hurting myself tonight".
    shape:
      '{intent} (?:\\w+ ){0,2}?(?:to )?(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|punish|punishing|starve|starving|hit|hitting|injure|injuring|mutilate|mutilating) myself',
    notAfter: '\\b(?:not|never|nobody)(?: [a-z]+){0,2}',
    examples: [
      'I want to cut myself right now',
      'I feel like hurting myself tonight',
      "I'm scared I will hurt myself",
    ],
    nearMisses: ["I'm not going to hurt myself"],
  },

  // ---------------------------------------------------------------- suicide
  {
    id: 'kill-myself',
    category: 'suicide',
    shape:
      '(?:kill|killing|killed|kills|end|ending|ended|top|topping|topped|off|offing|offed|hang|hanging|hanged|drown|drowning|shoot|shooting|poison|poisoning|gas|gassing|unalive|unaliving|do|doing|did) myself(?! (?:laughing|with laughter|out|up|a favou?r|proud|justice|in (?:the gym|training|work)))|do myself in|suicid(?:e|al|ality)\\w*|unalive|take (?:my|my own) life|taking my (?:own )?life|took my (?:own )?life|end (?:my|it) (?:life|all)|ending (?:my|it) (?:life|all)|end (?:it|things|everything) (?:all )?(?:tonight|today|now|soon|for good|forever|this week|once and for all)|ending it(?=$| (?:all|tonight|now|soon|for good))|(?:going to|gonna|want to|will|plan to|ready to|about to) end it(?=$| (?:all|tonight|now|today|soon|for good|this time))',
    examples: [
      'I want to kill myself',
      "I've been thinking about ending my life",
      "I'm going to end it tonight",
      "I've been thinking about topping myself",
      "I'm going to hang myself",
      'I want to end it all',
      'I feel suicidal',
    ],
    nearMisses: ['we ended it on a good note', 'I want to end the argument', 'I killed myself laughing'],
  },
  {
    id: 'want-to-die',
    category: 'suicide',
    // Wishes to die or not to be: "I want to die", "better off dead", "never wake up".
    shape:
      '(?:(?:want|wanted|wanting|wish|wished|ready|deserve|longing|desperate|prefer|need) to die(?! (?:for|of|laughing|with|in (?:a|my) (?:sleep at|nice)|happy|old))|just (?:die|wanna die)(?=$| (?:already|now|tonight|please))|wish i (?:was|were|had|would|could) (?:be )?(?:dead|die|gone forever|never (?:been )?born|not born|not alive|not here)|wish i (?:had|would) never (?:been born|existed|woken up)|never been born|(?:better off|rather be|prefer to be|would be happier) dead|better off without me|(?:better|easier) (?:off )?(?:for everyone |for them |for him |for her |for the kids )?(?:if|when) i (?:was|were|am|die|died|was not|were not|am not|disappear|disappeared|was gone|were gone) ?(?:dead|gone|not here|not around|around|alive|anymore|no more)?|(?:do not|no longer|never|not) (?:really |even |actually )?want to (?:live|be alive|exist|wake up|go on|keep living|keep going|carry on)(?! (?:in|with|near|at|there|here|on|like that|that way|through that|without|next to)\\b)|(?:do not|no longer) want to be (?:alive|here|around|in this world|on this earth)(?=$| (?:anymore|any more|any longer|no more|at all|ever again|tomorrow|now|and|but|so|because|sometimes|some days|lately|today|tonight|honestly|really))|nothing (?:left )?to live for|(?:no|not any|not a|not one) (?:reason|point) (?:for me )?(?:to|in|of) (?:live|living|be alive|being alive|going on|keep going|keep living|existing|exist|carry on|carrying on|wake up)|(?:do not|cannot|can not) see (?:the|a|any) (?:point|reason) (?:in|of|to) (?:living|life|being alive|going on|keep going|carrying on|wake up|waking up)|not worth living|(?:cannot|can not) go on living|(?:tired|sick) of (?:living|being alive|life|existing)|done with (?:life|living|being alive|this life|it all|everything)(?=$| (?:and|i|now|honestly|really))|(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up|never wake up again|(?:disappear|vanish|be gone) (?:forever|for good|permanently|and never (?:come back|be found|wake up|return))|(?:want|need|wish) (?:it all|everything|the pain|life|it) to (?:stop|end) (?:forever|for good|permanently)|(?:looking up|looked up|googling|googled|searching|searched|research|researching|researched) (?:ways|how|methods) to (?:die|kill|end)|(?:ways|how) to (?:die|kill myself|end it)(?=$| (?:painlessly|quickly|without))|(?:written|wrote|writing|left|leaving) (?:a |my )?(?:goodbye |suicide |last )?(?:note|notes|letter|letters) (?:for|to) (?:the kids|my kids|my family|everyone|my children|my wife|my husband|my partner|him|her|them|my mum|my mom)(?=$| (?:and|just|in case|because|so|explaining|saying|telling))|(?:ready|prepared|going) to (?:say goodbye|say my goodbyes)(?! to (?:the|this|our|my old))|(?:i am|i will be) (?:not going to be|not be) (?:here|around) (?:much longer|for long|tomorrow|next week)|(?:tried|try|attempted|attempt) to (?:kill|end|top|off) (?:myself|my life))',
    notAfter: 'would rather',
    examples: [
      'I want to die',
      "I don't want to live anymore",
      'everyone would be better off without me',
      "I'd rather be dead",
      'I wish I could go to sleep and never wake up',
      "I don't see the point in living anymore",
      "there's nothing to live for",
      "I've been looking up ways to die",
      "I'm done with life",
      "I've written a note for the kids",
    ],
    nearMisses: [
      "I'm dying to see that film",
      "I'd rather die than go camping again",
      "I don't want to live in this town forever",
      "I don't want to be here when your mother visits",
      "I'm so done with the dishes",
      'I want to disappear for a weekend',
      'I could die for a coffee',
    ],
  },
  {
    id: 'method',
    category: 'suicide',
    // A way to die named with the speaker's intent: a height, a train, a rope, the river.
    shape:
      '(?:jump|jumping|jumped|throw myself|throwing myself|threw myself|step|stepping|stepped|walk|walking|walked|drive|driving|drove|crash|crashing|crashed|steer|steering|swerve|swerving) (?:off|from|in front of|into|under|out in front of|over|off of|my car (?:off|into)|the car (?:off|into)|into the path of) {height}|(?:jump|jumping|jumped|throw myself|throwing myself|threw myself|step|stepping|stepped|walk|walking|walked|lie|lying|lay) (?:in front of|under|onto|out in front of|into the path of|on) {vehicle}|(?:drive|driving|drove|crash|crashing|crashed|steer|steering|swerve|swerving) (?:my|the) (?:car|ute|truck|bike|motorbike) (?:off|into) (?:the|a) (?:road|bridge|cliff|river|sea|lake|tree|wall|ocean|canal|oncoming traffic|traffic|barrier|edge)|(?:standing|stood|stand|sitting|sat|sit|been) (?:on|at) the edge of (?:the|a) (?:roof|bridge|cliff|building|platform|balcony|terrace|tracks)|(?:river|sea|lake|canal|ocean|water|tracks|bridge|cliff|edge|railway|ledge)(?: \\w+){0,6}? (?:thought about|think about|thinking about|want to|wanted to|going to|planning to|felt like|feel like|nearly|almost) (?:going in|jumping|walking in|walking into|throwing myself|stepping off|stepping in|going over|not coming back|drowning|ending it)|(?:a|the) (?:rope|noose) (?:for|to hang|ready|around my neck|round my neck)|(?:hang|hanging) (?:myself )?from (?:the|a) (?:ceiling|fan|ceiling fan|tree|beam|rafter|banister|door)',
    examples: [
      'I keep thinking about jumping in front of a train',
      'I want to step in front of a lorry',
      "I'm going to jump off the bridge",
      "I'm thinking of driving my car off the road",
      "I've been standing on the edge of the roof",
      'I looked at the river tonight and thought about going in',
      'I want to hang from the ceiling fan',
    ],
    nearMisses: [
      'I jumped off the diving board at the pool',
      'we jumped off the jetty into the water',
      'we went to the bridge to watch the sunset',
      'he drove the car into the garage',
    ],
  },

  // ---------------------------------------------------------------- overdose
  {
    id: 'overdose',
    category: 'overdose',
    shape:
      '(?:overdos(?:e|ed|es|ing)|(?:od|o d)(?:ed|d|ing)? on|(?:took|take|taken|taking|swallowed|swallow|swallowing|downed|down|necked|neck|necking|popped|pop|popping|had|drank|drink|drunk|drinking|ate|eat|eaten|consumed|consume|consuming|chugged|gulped|stockpiling|stockpiled|saving up|saved up|hoarding|hoarded|collecting|collected) (?:(?:almost|nearly|about|like|maybe|over|around|some|more than) )?(?:{toomuch}|\\d\\d+|(?:a|the) (?:whole|entire|full) (?:\\w+ )?(?:of )?|(?:way )?more than (?:i|you) (?:should|am supposed to|was supposed to)(?: have)?(?: on purpose)?)(?: (?:of )?(?:my|his|her|the|our|mums?|moms?|dads?|[a-z]+s)?)? ?(?:[a-z]+ )?{pills}|(?:took|take|taken|taking|swallowed|swallow|swallowing|downed|necked|popped|had|drank|drink|drunk|drinking|ate|eaten|consumed|consume|consuming|chugged|gulped|mixed|mixing|mix) (?:some |a bottle of |a cup of |a glass of |the |a lot of |a whole bottle of )?{poison}|(?:mixed|mixing|mix|took|taking|take|washed down|washing down) (?:my |all my |the |some )?{pills} (?:with|and) (?:a (?:bottle|lot) of |loads of |some |the )?(?:alcohol|vodka|whisky|whiskey|wine|beer|drink|booze|gin|rum|spirits|liquor)|(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected) (?:up )?(?:my )?{pills}|(?:take|taking|took) (?:them|it) all (?:at once|together|in one go|tonight)|(?:took|take|taken|taking|swallowed|had|have had|downed|necked) (?:way |far |a lot |much |so much )?(?:more|too much|too many|extra|everything|them all|all of them)(?: [a-z]+){0,5}? (?:on purpose|deliberately|to (?:die|not wake up|never wake up|make it (?:all )?stop|end it)))',
    notAfter: 'not|never|do not|did not|should not|must not|do not want to|told me not to',
    examples: [
      'I want to overdose',
      "I'm going to take all my pills",
      'I took too many pills last night',
      'she swallowed a handful of pills',
      'I drank bleach',
      'I took twenty of my antidepressants',
      "I've taken a whole bottle of sleeping pills",
    ],
    nearMisses: [
      'I took my pills this morning',
      'I forgot to take my tablets',
      'the doctor told me not to take too many painkillers',
      'I took two paracetamol for my headache',
      'he bought rat poison for the shed',
      'I took my vitamins',
    ],
  },

  // ---------------------------------------------------------------- harm to others
  {
    id: 'harm-others',
    category: 'harm-to-others',
    // Wanting or fearing to hurt someone else. A denial goes through ("I would never hurt him",
    // "I don't want to hurt her feelings"), and so does the idiom of a small annoyance
    // ("I could kill him for forgetting the milk", "felt like strangling him when he left it out").
    shape:
      '(?:i|we) (?:am |was |have |had |keep |been |do |really |honestly |sometimes |just |literally |actually |seriously |even |still )*{intent}(?: (?!not|never)[a-z]+){0,2}? (?:to )?(?:hurt|hurting|harm|harming|hit|hitting|stab|stabbing|strangle|strangling|choke|choking|shoot|shooting|punch|punching|kill|killing|murder|murdering|batter|battering|beat|beating|smother|smothering|poison|poisoning|drown|drowning|slap|slapping|attack|attacking|run (?:him|her|them) over|throttle|throttling|bash|bashing|knife|knifing|do (?:him|her|them) in) (?:{other})(?! (?:feelings|feeling|pride|chances|career|reputation|ego|up|at (?:chess|cards|tennis|golf|pool|darts|scrabble|monopoly|football|squash)|back with|a (?:text|message|note|line|email|look)|an email|to it|to the)\\b)',
    notAfter: 'not|never|no|would never|do not|did not|could never',
    except:
      '(?:for|when|because) (?:\\w+ ){0,2}?(?:forgetting|forgot|forgets|left|leaves|leaving|being late|was late|is late|snoring|snores|chewing|chews|eating|ate|spending|spent|losing|lost|breaking|broke|buying|bought|not|did not|never|put|puts|putting|said|says|saying|made|makes|making|told|tells|telling|took|takes|taking)|(?:over|about) (?:the|his|her|that) ',
    examples: [
      'I told him I want to hurt him',
      'I might hurt him',
      'sometimes I want to hurt her',
      "I'm scared I might hurt my partner",
      'I feel like hitting him',
      'I want to kill him',
      "I've been thinking about hurting the kids",
      "I've thought about stabbing him in his sleep",
    ],
    nearMisses: [
      "I don't want to hurt her feelings",
      'I would never hurt him',
      "I didn't want to hurt him by saying no",
      'I could kill him for forgetting the milk',
      'I might beat him at tennis',
      'I want to hit him up about the weekend',
      "I'll shoot him a text later",
      'I felt like strangling him when he left the milk out',
    ],
  },

  // ---------------------------------------------------------------- immediate danger
  {
    id: 'not-safe',
    category: 'immediate-danger',
    shape:
      '(?:(?:i am|we are|i feel|we feel|i am just|we are just|i am really|i am so) (?:not safe|unsafe|in danger|in (?:real|serious) danger)|(?:i|we) (?:do not|never|no longer|cannot|can not|did not) feel safe(?! (?:enough )?(?:to (?:bring|talk|say|share|tell|open)|talking|sharing|bringing|telling|opening up|in (?:this|the|our) (?:conversation|relationship emotionally)))|(?:not safe|unsafe|in danger) (?:at home|here|in (?:my|our|this) (?:own )?(?:home|house|flat|apartment)|with (?:him|her|them|{he}))|(?:afraid|scared|frightened|terrified) to go (?:back )?home|(?:fear|fearing|fears) for my (?:life|safety)|(?:scared|afraid|frightened|terrified|fearing|worried) for my (?:life|safety|kids safety|childrens safety)|(?:my|our) (?:life|lives) (?:is|are) in danger)',
    notAfter: 'not|never',
    examples: [
      "I'm not safe",
      "I don't feel safe",
      'I feel unsafe at home',
      "I'm scared for my life",
      "I'm scared to go home",
    ],
    nearMisses: ['I feel safe with you', "I don't feel safe bringing up money"],
  },
  {
    id: 'scared-of-them',
    category: 'immediate-danger',
    // Fear of a person, ending there: not "afraid of her reaction" or "scared of losing him".
    shape:
      '{fear} of (?:{partner}|what (?:he|she|they) (?:is going to|will|might|could|would|is gonna) do)(?:(?: (?:when|if) (?:he|she|they) (?:drinks|is drunk|gets angry|gets home|comes home|loses it))|{end})',
    notAfter: 'not|never|no longer|i am not|am not',
    examples: [
      "I'm scared of my partner",
      "I'm afraid of him",
      "I'm terrified of what he's going to do tonight",
    ],
    nearMisses: [
      "I'm afraid of her reaction",
      "I'm scared of losing him",
      "I'm not scared of him, I'm scared of losing him",
      "I'm scared of his mum's cooking",
    ],
  },
  {
    id: 'scared-will-hurt',
    category: 'immediate-danger',
    shape:
      '{fear} (?:that )?{he} (?:will|would|is going to|might|could|may|is gonna) (?:really )?(?:hurt|kill|hit|beat|attack|harm|strangle|stab|shoot|come after|come back for|do something to) (?:me|us|the kids|my kids|the children|my children|the baby)',
    examples: ["I'm scared he will hurt me", "I'm worried she'll hurt the kids"],
  },
  {
    id: 'at-the-door',
    category: 'immediate-danger',
    // The danger is here now: at the door, breaking in, hiding from them.
    shape:
      '(?:(?:he|she|they|{partnerNp}) (?:is|are|was) (?:outside|at|banging on|pounding on|kicking|breaking|breaking down|trying to (?:break|get|kick) (?:in|down)?) ?(?:the|my|our) ?(?:door|window|house|flat|front door|back door)(?! (?:for (?:the )?(?:pizza|delivery|parcel|post)))|(?:breaking|kicking|smashing|broke|kicked|smashed|breaks|kicks|smashes|trying to break|trying to kick) (?:(?:down|in) (?:the|my|our) (?:front |back |bedroom |bathroom )?door|(?:the|my|our) (?:front |back |bedroom |bathroom )?door (?:down|in))|{he} (?:is|was|are) (?:trying to )?(?:break|breaking|get|getting|force|forcing) (?:in|his way in|her way in|their way in)(?=$| (?:and|i|please|help|now))|(?:hiding|hid|hide|locked myself|i have locked myself|am locked) (?:\\w+ ){0,4}?(?:from (?:him|her|them|{he})|(?:in|inside) (?:the|my|a) (?:bathroom|bedroom|closet|wardrobe|cupboard|car|garage) (?:from|because|so (?:he|she|they)|until (?:he|she|they)))|(?:smashing|breaking|throwing|wrecking|trashing) (?:things|stuff|the place|the house|everything|plates|furniture)(?: \\w+){0,6}? (?:{fear}|scared|terrified)|{he} (?:is|was) (?:going off|going mental|raging|losing it|out of control) (?:and|i)(?: \\w+){0,4}? (?:scared|terrified|afraid|need|police|cops|help))',
    examples: [
      "he's outside the door and I'm scared",
      "I'm hiding in the bathroom from him",
      "he's breaking down the door",
      "he's banging on the door of the flat",
    ],
    nearMisses: [
      'the delivery man is at the door',
      'we are breaking down the boxes for recycling',
      'I was hiding his present in the wardrobe',
    ],
  },
  {
    id: 'call-for-help',
    category: 'immediate-danger',
    shape:
      '(?:(?:need|call|called|calling|get|getting|send|sending|ring|rang|phone|phoned) (?:the |an |a )?(?:police|cops|ambulance|paramedics|the guards|garda|gardai|999|911|000|112|triple zero|nine one one)|(?:i am|we are) (?:in danger|bleeding badly|badly hurt|seriously hurt)|(?:please )?help (?:me|us) (?:he|she|they) (?:is|are|will)|(?:is|are) (?:being )?(?:stalked|stalking me|following me everywhere)|(?:been|being|am being|are being) (?:threatened|stalked))',
    examples: [
      'I need the police',
      'I need an ambulance',
      'I need the cops',
      "I'm being threatened",
      'please help me he is going to hurt me',
    ],
    nearMisses: ['we watched a police drama', 'the ambulance went past the house'],
  },
];

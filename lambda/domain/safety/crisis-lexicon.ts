/**
 * The crisis grammar's words, kept as data: who can do harm, to whom, with what, and the verb
 * families of harm with every form generated from the base. Everything is written in the
 * normalized form the scan reads (see `normalizeForScan`): lower case, contractions expanded
 * ("he's" reads "he is", "won't" reads "will not"), no punctuation. Words of every supported
 * locale sit side by side (mum and mom, bloke, missus, in laws, lorry, ute, flat).
 */

/** A word list written as prose: comma-separated, so multi-word entries ("other half") read naturally. */
function list(text: string): string[] {
  return text
    .split(',')
    .map((w) => w.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/** A verb's forms: base, third person, past, past participle, -ing. Irregular ones are given. */
export interface VerbSpec {
  base: string;
  past?: string | string[];
  pp?: string | string[];
  ing?: string;
  /** Doubles the last consonant (stab, stabbed); guessed from the spelling when not given. */
  double?: boolean;
}

export function verbForms(spec: VerbSpec | string): string[] {
  const v = typeof spec === 'string' ? { base: spec } : spec;
  const b = v.base;
  // Phrasal verbs ("stamp on") inflect their first word.
  const [head, ...rest] = b.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const h = head!;
  // One short vowel before one consonant doubles it: drag, dragged; slam, slamming.
  const doubles = v.double ?? /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(h);
  const stem = doubles ? h + h.slice(-1) : h;
  const consonantY = /[^aeiou]y$/.test(h);
  const third = /(s|sh|ch|x|z)$/.test(h) ? `${h}es` : consonantY ? `${h.slice(0, -1)}ies` : `${h}s`;
  const regularPast = h.endsWith('e') ? `${h}d` : consonantY ? `${h.slice(0, -1)}ied` : `${stem}ed`;
  const ing =
    v.ing ??
    (h.endsWith('ie')
      ? `${h.slice(0, -2)}ying`
      : /[^aeiou]e$/.test(h)
        ? `${h.slice(0, -1)}ing`
        : `${stem}ing`);
  const given = (x: string | string[] | undefined) => (x === undefined ? [regularPast] : [x].flat());
  const heads = [h, third, ...given(v.past), ...given(v.pp), ing];
  return [...new Set(heads.map((w) => w + tail))];
}

/** A family of verbs, all forms, as one alternation (longest first so "hits" beats "hit"). */
export function family(...specs: (VerbSpec | string | string[])[]): string[] {
  return [...new Set(specs.flat().flatMap(verbForms))];
}

/** The word lists, built on first use: the verb families are generated, and a turn without
 * free text (a launch, a check-in) never needs them. */
export type Lexicon = ReturnType<typeof buildLexicon>;
let built: Lexicon | undefined;
export function lexicon(): Lexicon {
  return (built ??= buildLexicon());
}

function buildLexicon() {
  // ---- who ----

  /** People who can hurt someone, said as a pronoun. */
  const PRONOUNS = ['he', 'she', 'they', 'someone', 'somebody'];

  /**
   * People, said as a noun ("my husband", "the bloke I live with", "my in laws"). Kin and others
   * are here too: abuse also comes from in-laws, parents and housemates.
   */
  const PEOPLE = list(`
    partner, husband, wife, boyfriend, girlfriend, spouse, fiance, fiancee, hubby, missus, missis,
    bloke, guy, man, fella, other half, de facto, ex, ex husband, ex wife, ex partner,
    ex boyfriend, ex girlfriend, in laws, in law, mother in law, father in law, brother in law,
    sister in law, stepdad, step dad, stepfather, stepmum, stepmom, dad, father, mum, mom, mam,
    mother, brother, sister, son, daughter, uncle, cousin, flatmate, housemate, roommate, landlord,
    neighbour, neighbor, family, people, men, woman, lady, date
  `);

  /** The partner words among PEOPLE: fear of "my husband" is a danger sign; fear of "his mum" is a joke. */
  const PARTNERS = list(`
    partner, husband, wife, boyfriend, girlfriend, spouse, fiance, fiancee, hubby, missus, missis,
    bloke, fella, other half, de facto, ex, ex husband, ex wife, ex partner, ex boyfriend,
    ex girlfriend, in laws, mother in law, father in law
  `);

  /** Words before a body part or a child: "my left arm", "our little one", "my baby girl". */
  const ADJECTIVES = list(`
    left, right, bad, good, broken, sore, whole, upper, lower, own, little, poor, eldest, oldest,
    youngest, older, younger, elder, baby, two, three, newborn, teenage, only, step, small, tiny,
    two year old, bare, lower, inner
  `);

  /** Who is meant by "the X" or "my X" when X is a person: a determiner before a PEOPLE word. */
  const DETERMINERS = ['my', 'the', 'our', 'his', 'her', 'their', 'this', 'a', 'some', 'that'];

  /**
   * Words that cannot be a first name before a verb of harm: function words, auxiliaries,
   * adverbs, and the everyday subjects of figurative speech ("it hit me", "the news hit me",
   * "the toddler bit me", "my feet are killing me"). A bare word not listed here is read as a
   * name ("Sam slapped me"), so a miss is never caused by an unknown name.
   */
  const NOT_AGENTS = list(`
    i, we, you, me, us, it, that, this, these, those, what, which, who, there, here, and, but, or,
    so, then, if, when, because, cause, as, to, at, in, on, with, for, of, from, by, about, like,
    after, before, while, until, till, than, one, nobody, no, not, never, nothing, none, everyone,
    everybody, anyone, anybody, everything, something, anything, all, both, each, other, own, a,
    an, the, my, our, your, his, her, their, him, them, how, why, where, yes, ok, okay, oh, well,
    please, just, news, reality, truth, thought, idea, realization, realisation, feeling, feelings,
    memory, guilt, sadness, tiredness, exhaustion, life, work, job, traffic, heat, cold, weather,
    film, movie, show, song, book, joke, game, match, comment, remark, words, silence, mood, day,
    week, night, morning, evening, commute, mortgage, rent, bill, bills, debt, budget, suspense,
    stress, pain, back, head, feet, legs, ball, door, wind, wave, car, bike, ride, rollercoaster,
    dentist, doctor, injection, needle, shot, vaccine, baby, babies, toddler, toddlers, infant,
    kid, kids, child, children, dog, dogs, cat, cats, puppy, kitten, horse, bee, wasp, mosquito,
    spider
  `);

  /** Words a speaker puts between the doer and the act: "he has been hitting me", "she always hits me". */
  const AUX = list(`
    is, was, were, are, has, have, had, been, being, keeps, kept, keep, will, would, did, does, do,
    always, often, sometimes, still, just, really, actually, literally, physically, even, then,
    also, again, once, twice, finally, suddenly, basically, started, starts, start, got, gets, get,
    used to, tried to, tries to, going to, about to, almost, nearly, up, and, like, totally,
    completely, repeatedly, constantly, violently, deliberately
  `);

  /** Said about the future: "he will", "he is going to", "he wants to". */
  const FUTURE = list(`
    will, would, is going to, was going to, are going to, going to, is gonna, might, could, may,
    is about to, wants to, want to, is coming to, is coming back to, will come back and,
    is coming back and, is going to come back and, will try to, would try to, plans to,
    is planning to, swore to, promised to
  `);

  /** The speaker's own intent, or fear of it: "I want to", "I'm scared I will", "I keep imagining". */
  const INTENT = list(`
    want, wanted, wanting, want to, going to, gonna, need to, needed to, have to, urge to,
    urges to, tempted to, thinking about, thought about, thinking of, thought of, thoughts of,
    thoughts about, feel like, felt like, might, could, will, would, planning to, plan to,
    planned to, planning on, ready to, about to, imagining, imagine, keep imagining,
    fantasize about, fantasise about, fantasizing about, fantasising about, dreaming of, dream of,
    scared i will, afraid i will, worried i will, scared i might, afraid i might, worried i might,
    scared i am going to, afraid i am going to, worried i am going to, terrified i will,
    terrified i am going to, so close to, came close to, almost, nearly, tried to, try to,
    trying to
  `);

  /** Negations: a harm said with one of these before it is a denial ("he would never hit me"). */
  const NEGATIONS = ['not', 'never', 'no', 'nobody', 'nothing', 'hardly', 'barely'];

  // ---- whom ----

  const BODY = list(`
    face, head, eye, eyes, nose, mouth, lip, lips, jaw, ear, ears, cheek, neck, throat, chest,
    stomach, belly, tummy, ribs, rib, back, side, arm, arms, wrist, wrists, hand, hands, fingers,
    finger, leg, legs, knee, knees, thigh, thighs, foot, feet, body, skin, hair, shoulder,
    shoulders, arse, ass, bum, breasts, privates, teeth, tooth, skull, spine, hip, hips
  `);

  /** Children, as a parent names them. */
  const CHILDREN = list(`
    kids, kid, children, child, baby, son, daughter, boy, girl, boys, girls, little one,
    little ones, toddler, twins, stepson, stepdaughter, newborn, teenager
  `);

  /** The people close to the speaker that someone may threaten: "us", "my mum", "the kids". */
  const FAMILY = [
    ...CHILDREN,
    ...list('mum, mom, mam, mother, dad, father, family, sister, brother, parents'),
  ];

  // ---- what ----

  /**
   * Blows and attacks: harm on their own when a person does them to the speaker ("he kneed me").
   * Verbs that are harm only with a sign of it (grab, hold, push, throw, cut) have their own lists.
   */
  const STRIKE = family(
    list(`
      punch, smack, kick, thump, whack, belt, batter, bash, knee, headbutt, elbow, clobber, wallop,
      deck, thrash, spank, scald, attack, assault, abuse, injure, maim, shove, stamp on, stomp on,
      kneel on, choke, strangle, throttle, smother, suffocate, drown, poison, rape, molest, grope,
      harm, bruise, rough up, lash out at
    `),
    { base: 'hit', past: 'hit', pp: 'hit', double: true },
    { base: 'strike', past: 'struck', pp: 'struck' },
    { base: 'slap', double: true },
    { base: 'beat', past: 'beat', pp: ['beaten', 'beat'] },
    { base: 'bite', past: 'bit', pp: ['bitten', 'bit'] },
    { base: 'burn', past: ['burned', 'burnt'], pp: ['burned', 'burnt'] },
    { base: 'stab', double: true },
    { base: 'shoot', past: 'shot', pp: 'shot' },
    { base: 'flog', double: true },
    { base: 'spit', past: 'spat', pp: 'spat', double: true },
    { base: 'hurt', past: 'hurt', pp: 'hurt' },
    { base: 'beat up', past: 'beat up', pp: ['beaten up', 'beat up'] },
    { base: 'lay into', past: 'laid into', pp: 'laid into' },
  );

  /** Pushing and throwing a person: harm unless it is "pushed me to try" or "threw me a party". */
  const PUSH = family(
    list(`
      push, shove, drag, slam, toss, hurl, knock, ram, force
    `),
    { base: 'throw', past: 'threw', pp: 'thrown' },
    { base: 'fling', past: 'flung', pp: 'flung' },
    { base: 'pin', double: true },
    { base: 'shake', past: 'shook', pp: 'shaken' },
  );

  /** Gripping: harm with a sign of it (bruises, "so hard", the throat). */
  const GRAB = family(
    list(`
      pull, yank, twist, squeeze, grip, wrench, pinch
    `),
    { base: 'bend', past: 'bent', pp: 'bent' },
    { base: 'grab', double: true },
    { base: 'hold', past: 'held', pp: 'held' },
  );

  const CUT = family(
    list(`
      slash, slice, carve, scratch, gouge
    `),
    { base: 'cut', past: 'cut', pp: 'cut', double: true },
  );

  const KILL = family(
    list(`
      kill, murder, strangle, smother, drown, poison, throttle
    `),
    { base: 'stab', double: true },
    { base: 'shoot', past: 'shot', pp: 'shot' },
  );

  /** What a threat threatens: to hurt, to kill, to burn, "to do me in". */
  const HARM_INF = list(`
    kill, hurt, harm, hit, beat, stab, shoot, strangle, choke, burn, drown, murder, attack, punch,
    slap, smash, break, batter, bash, poison, rape, throw acid, do me in, do us in, finish me,
    finish me off, end me, get me, run me over, smother, suffocate, take the kids, take my kids,
    take the children, throttle, knife, cut, slit
  `);

  /** Weapons, and what is used as one. */
  const WEAPONS = list(`
    gun, guns, knife, knives, weapon, weapons, rifle, pistol, shotgun, handgun, firearm, revolver,
    blade, machete, axe, hatchet, sickle, hammer, bat, baseball bat, cricket bat, crowbar,
    screwdriver, scissors, broken bottle, bottle, belt, cord, jug cord, rope, stick, iron rod, rod,
    chain, lathi, acid, kitchen knife, meat cleaver, cleaver, razor, taser, pan, frying pan, glass
  `);

  /** Pills and what is swallowed to die. */
  const PILLS = list(`
    pills, tablets, meds, medicine, medication, medications, painkillers, paracetamol, panadol,
    tylenol, ibuprofen, aspirin, xanax, valium, antidepressants, sleeping pills, sleeping tablets,
    insulin, codeine, oxycodone, opioids, capsules, prescription, diazepam, lithium
  `);
  const POISONS = list(`
    bleach, rat poison, poison, weedkiller, weed killer, pesticide, insecticide, antifreeze,
    phenyl, phenol, drain cleaner, acid, kerosene, paraquat
  `);

  /** Amounts that make a dose an overdose: "a whole bottle of", "twenty of", "all my". */
  const TOO_MUCH = list(`
    too many, too much, a handful of, handfuls of, a whole bottle of, a bottle of,
    the whole bottle of, a whole box of, a box of, a whole packet of, a packet of, a whole pack of,
    a pack of, a whole strip of, all my, all of my, all the, all of the, all his, all her,
    loads of, a load of, a lot of, lots of, heaps of, way too many, a stash of, a month of,
    a week of, a months worth of, extra, double my, ten, eleven, twelve, fifteen, twenty, thirty,
    forty, fifty, a hundred, dozens of, a dozen
  `);

  /** Where people go to die, and how. */
  const HEIGHTS = list(`
    bridge, roof, building, cliff, balcony, terrace, tower, overpass, flyover, car park,
    parking garage, ledge, window, edge
  `);
  const VEHICLES = ['train', 'lorry', 'truck', 'bus', 'car', 'traffic', 'tram', 'ute', 'semi'];

  return {
    PRONOUNS,
    PEOPLE,
    PARTNERS,
    ADJECTIVES,
    DETERMINERS,
    NOT_AGENTS,
    AUX,
    FUTURE,
    INTENT,
    NEGATIONS,
    BODY,
    CHILDREN,
    FAMILY,
    STRIKE,
    PUSH,
    GRAB,
    CUT,
    KILL,
    HARM_INF,
    WEAPONS,
    PILLS,
    POISONS,
    TOO_MUCH,
    HEIGHTS,
    VEHICLES,
  };
}

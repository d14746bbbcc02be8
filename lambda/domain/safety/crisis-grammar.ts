import type { CrisisRule } from './crisis-kinds';
import { SELF_AND_DANGER_RULES } from './crisis-grammar-self';

/**
 * The crisis grammar: danger recognized by its shape, not by sentence. A rule is a shape over
 * word classes (who does what to whom, with what), written against normalized text (see
 * `normalizeForScan`), with the figurative and everyday uses of the same words taken out by
 * shape too ("beat me at chess", "stabbed me in the back", "cut corners", "took my vitamins").
 *
 * Placeholders in {braces} are word classes from crisis-lexicon.ts (`vocabulary()` in crisis-compile.ts);
 * the rest is a regular expression over single-spaced lower-case words. `except` is what may not
 * follow the shape: the idioms that share its words.
 *
 * Editing rules:
 * - A missed danger is worse than a false alarm: when words can really mean harm, they stay in.
 * - Widen a word class or a shape, never add a sentence.
 * - Every rule has examples that must match it and may have near-misses that must not, kept
 *   by rule id in test/safety/grammar-examples.ts (this file's rules) and
 *   grammar-examples-self.ts (crisis-grammar-self.ts's), not here: the Lambda ships no test
 *   data. A new rule without examples there fails test/unit/crisis-grammar.test.ts. The
 *   held-out sets in test/safety/held-out/ are written apart from these and must pass too.
 */

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
const HARM_BY_OTHERS_RULES: CrisisRule[] = [
  // ---------------------------------------------------------------- violence
  {
    id: 'strike',
    category: 'violence',
    // A person strikes the speaker, their body or their children, in any tense.
    shape: '{who}{strike} (?:up )?{victim}',
    except: STRIKE_IDIOMS,
  },
  {
    id: 'bite-head-off',
    category: 'violence',
    // Biting is harm, except the idiom: "he bites my head off".
    shape: '{who}(?:bite|bites|bit|bitten|biting) (?:me|us)(?! (?:head|heads) off)',
  },
  {
    id: 'push-throw',
    category: 'violence',
    // Pushed or thrown as a body: "pushed me down the stairs", "threw me against the wall".
    // Not "pushed me to try", "pushed me away", "threw me a party", "threw me off".
    shape:
      '{who}{push} {victim}(?! (?:away|aside|off (?:the )?(?:topic|subject|track|balance emotionally)|to (?!the (?:floor|ground|wall))|toward|towards|into (?!(?:a|the|my|our) (?:wall|door|doorframe|table|counter|floor|ground|window|fridge|cupboard|cupboards|stairs|bath|car|corner|radiator|mirror|wardrobe|tv|oven|cooker|sink|bed|pool|river|water|road|traffic))|out of my comfort|out of (?:the|my) (?:comfort|rut)|too far|forward|further|harder to|for|about|over the edge|to the limit|to my limit|along|through|on (?:this|that|it|the (?:swing|issue|topic))|back (?:on|to|into)|in the right direction|a (?:party|bone|curveball|curve ball|lifeline|look|smile|kiss|line|question|surprise)|an? (?:\\w+ )?(?:party|curveball|look|question)|off(?! (?:the|a) (?:balcony|bridge|roof|stairs|bed|sofa|couch|cliff|ledge|chair))|for a loop|under the bus|out of the (?:conversation|loop|group chat)|a little|around emotionally))',
  },
  {
    id: 'thrown-at',
    category: 'violence',
    // Something thrown at the speaker: "he threw a plate at me", "chucked a mug at my head".
    shape:
      '{who}(?:threw|throws|throwing|thrown|chucked|chucks|chucking|hurled|hurls|flung|lobbed|hurling) (?:[a-z]+ ){1,3}?(?:at|towards|toward) (?:me|us|my (?:\\w+ )?(?:head|face|body|chest|back)|(?:my|our|the) (?:\\w+ )?(?:kids|children|baby|son|daughter))',
  },
  {
    id: 'grab-harm',
    category: 'violence',
    // Gripping that hurts: a sign of harm after it, or the throat, neck or hair.
    shape:
      '{who}{grab} (?:me (?:by (?:the|my) )?|my |me and )(?:\\w+ ){0,8}?(?:so hard|too hard|hard enough|really hard|until it hurt|until i cried|bruise|bruised|bruises|bruising|marks|left a mark|would not let go|will not let go|did not let go|wouldnt let go|hurt|hurts|cracked|snapped|broke|popped|dislocated)|{who}{grab} (?:me|us) by (?:the|my) (?:arm|arms|wrist|wrists|hair|throat|neck|collar|shoulders|shoulder|face|jaw|ear)|{who}(?:pulled|pulls|pulling|yanked|yanks|yanking|grabbed|grabs|grabbing|ripped|rips|tore) (?:at )?(?:my|our) (?:\\w+ )?hair(?! (?:out of (?:her|his) face|back for me|up))',
  },
  {
    id: 'injury-by-someone',
    category: 'violence',
    // An injury said with who caused it: "bruises from where he grabbed me", "he gave me a black eye".
    shape:
      '(?:(?:bruise|bruises|marks|a black eye|black eyes|a broken (?:\\w+ )?|cuts|burns|scars|a fat lip|a split lip|stitches)(?: \\w+){0,5}? (?:where|from|because|after|when|since) (?:\\w+ )?{he}(?: \\w+){0,3}? (?:grabbed|held|hit|pushed|punched|kicked|squeezed|pinned|threw|attacked|beat|did)|{he} {aux}(?:gave|give|gives|left|leaves|leave) (?:me|us|my (?:\\w+ )?(?:son|daughter|kids|children)) (?:(?:a|some|two|three|more) )?(?:\\w+ )?(?:black eye|black eyes|bruise|bruises|marks|broken \\w+|split lip|fat lip|concussion|scars|burns|cuts|stitches|a beating)|{he} {aux}(?:broke|broken|breaks|fractured|cracked|dislocated) my (?:\\w+ )?(?:arm|arms|nose|jaw|rib|ribs|wrist|finger|fingers|leg|hand|cheekbone|collarbone|skull|tooth|teeth))',
  },
  {
    id: 'attacked',
    category: 'violence',
    // Said of oneself, in the passive: "I was beaten", "I get hit when he drinks", "I was hit by him".
    shape:
      '(?:{i} (?:\\w+ )?(?:am|was|were|are|get|got|gets|getting|been|being|have been|has been|keep getting|kept getting)(?: being)? (?:(?:really|badly|physically|sexually|repeatedly|violently|brutally|regularly|just) )?(?:beaten|beat up|hit|punched|kicked|slapped|strangled|choked|raped|assaulted|abused|attacked|stabbed|shot|battered|molested|smacked|thrown|pushed|shoved|knocked out))',
    except:
      'by (?:a|the) (?:car|ball|bus|bike|wave|door|branch|cyclist|truck|lorry|train|virus|bug|flu|cold)|(?:on|in) the (?:head|face) by (?:a|the) (?:ball|door|branch)|(?:at|in) (?:chess|cards|tennis|golf|pool|darts|scrabble|the (?:quiz|game|match|final|race|league|competition|tournament|vote|election|polls|semis|semi final|pub quiz))|to (?:it|the)',
  },
  {
    id: 'abuse-named',
    category: 'violence',
    shape:
      '(?:abusive (?:partner|relationship|husband|wife|boyfriend|girlfriend|spouse|marriage|home|ex|man|woman)|domestic (?:violence|abuse)|(?:he|she|they|{he}) (?:is|are) (?:being )?(?:abusive|violent)(?! (?:video games|films|movies))|(?:physically|sexually) (?:abused|assaulted|abusive|violent|hurt|attacked))',
  },
  {
    id: 'harm-by-name',
    category: 'violence',
    // "Harmed by him", "hit by my husband": the doer after "by".
    shape:
      '(?:hit|beaten|punched|kicked|slapped|choked|strangled|attacked|assaulted|raped|abused|threatened|hurt|stabbed|burned|burnt|bitten|pushed|shoved|locked in) by (?:him|her|them|{he})',
  },

  // ---------------------------------------------------------------- threats
  {
    id: 'threatens',
    category: 'threat',
    // "He threatened to kill me", "she threatens me", "threatened me with a hammer".
    shape:
      '(?:threaten|threatens|threatened|threatening) (?:me|us|{family}|to (?:\\w+ ){0,2}?{harm}(?! (?:it|the deal|the plan|the project|the party|the holiday|his chances|her chances|my chances|our chances)))',
    notAfter: 'not|never',
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
  },
  {
    id: 'before-he-harms',
    category: 'threat',
    // Getting away from harm expected: "I need to leave before he kills me", "get the kids out
    // before she hurts them". The doer is a partner or a pronoun: "before my boss kills me" is
    // the idiom of a small slip.
    shape:
      '(?:before|or|until|in case) (?:he|she|they|{partnerNp}) {aux}(?:(?:really|actually) )?(?:kills|kill|killed|murders|murder|murdered|strangles|strangle|strangled|chokes|choke|choked|stabs|stab|stabbed|shoots|shoot|shot|hurts|hurt|hits|hit|beats|beat|attacks|attack|attacked|harms|harm|harmed|finishes off|finished off|does something to|did something to) (?:me|us|them|{family})(?! (?:at|in) (?:chess|cards|scrabble|tennis|golf|a game|the game|an argument|arguments))',
    notAfter: 'not|never',
  },
  {
    id: 'said-dead',
    category: 'threat',
    // A threat reported: "he said I'm dead", "told me I'd end up dead", "nobody would find my body".
    shape:
      '(?:said|says|told me|tells me|keeps telling me|texted|texts|wrote|messaged|swore|screamed|shouted|yelled|warned me|warns me)(?: that)? (?:(?:i|you) (?:am|are|will be|would be|would|will|are going to|am going to) (?:end up )?(?:dead|a dead (?:man|woman)|die|regret (?:it|this) (?:when|if) (?:i|you) (?:leave|tell))|(?:i|you) (?:will|would) (?:never|not) (?:leave|get out of) (?:this house|here|this) alive|(?:nobody|no one) (?:would|will) (?:ever )?find (?:my|your|the) (?:body|bodies))|(?:next time|this time|one day|one of these days) (?:he|she|they) (?:will|would|is going to|are going to) finish (?:the job|me off|what (?:he|she|they) started)|finish (?:me|us) off|(?:find|bury|hide|dump) my body|(?:burn|set fire to|torch) the (?:house|flat|home|place) (?:down )?with (?:us|me|the kids) in it',
  },
  {
    id: 'get-someone',
    category: 'threat',
    shape:
      '{he} {aux}(?:would|will|is going to|said (?:he|she) would|said (?:he|she) will) (?:get|send|pay) (?:someone|somebody|people|his mates|her mates|his friends|her friends|his brothers) to (?:{harm}|beat (?:me|us) up|sort (?:me|us) out) ',
  },
  {
    id: 'take-kids-away',
    category: 'threat',
    shape:
      '{he} {aux}(?:will|would|is going to|said (?:he|she) would|threatened to|threatens to) (?:take|taking|steal|snatch) (?:the|my|our) (?:kids|children|baby|son|daughter) (?:away )?and (?:i|we) (?:would|will) never see (?:them|him|her)',
  },
  {
    id: 'expose',
    category: 'sexual-violence',
    // Image-based abuse: filmed or shared without consent, or the threat of it.
    shape:
      '(?:(?:filmed|recorded|photographed|touched|touches|touching|undressed|kissed|filming|recording) (?:me|us|{kids}) (?:\\w+ ){0,3}?without (?:my|our|their|her|his) consent|(?:threaten|threatens|threatened|threatening) to (?:share|post|send|leak|put up|upload|show) (?:it|them|the (?:video|videos|photos|pictures|images|tape)|my (?:photos|pictures|nudes|videos)|(?:photos|pictures|videos) of me))',
  },

  // ---------------------------------------------------------------- weapons
  {
    id: 'weapon-at-me',
    category: 'weapon',
    // A weapon held on, at or to the speaker, or used on them.
    shape:
      '(?:{weapon} (?:on|at|to|against|in|into|towards|toward|near) (?:me|us|my|our|the (?:kids|children|baby))|(?:came|comes|coming|went|goes|ran|run|runs|chased|chases|chasing|lunged|lunges|attacked|attacks|threatened|threatens|threatening|cut|cuts|hit|hits|beat|beats|beating|hitting|stabbed|went for|goes for) (?:at |after |for )?(?:me|us|my (?:\\w+ )?(?:kids|children|son|daughter|face|arm|leg|hand|head|back)|the (?:kids|children))(?: [a-z]+){0,5}? with {weapon}|(?:pulled|pulls|pulling|held|holds|holding|put|puts|pressed|presses|pointed|points|pointing|aimed|aims|aiming|waved|waves|waving|brandished|brandishes|brandishing|swung|swings) {weapon}(?! (?:block|sharpener|drawer|set|show|in the (?:dishwasher|sink|drawer)))(?: (?:[a-z]+ ){0,3}?(?:on|at|to|in|near|against|towards|into) (?:me|us|my|our|the (?:kids|baby|children))(?!\\w)))',
  },
  {
    id: 'has-weapon',
    category: 'weapon',
    // A doer with a weapon at hand, and what makes it a danger sign. Kitchen and hobby talk goes through.
    shape:
      '{who}(?:has|have|had|got|owns|own|bought|buys|keeps|kept|carries|carried|grabbed|grabs|picked up|took out|pulled out|pulled|pulls|brought|brings|is holding|holding|was holding|waving|was waving|is waving|is sitting (?:[a-z]+ ){0,4}?with|sitting (?:[a-z]+ ){0,4}?with|sleeps with|is standing (?:[a-z]+ ){0,4}?with|with|got hold of|went and got|has gotten) (?:a |an )?(?:loaded )?{weapon}(?! (?:sharpener|show|block|collection|licen[cs]e|permit|course|class|club|range|set|drawer|game|games|fight|emoji|magazine|safe|cabinet|to (?:cut|chop|slice|peel|open|carve|spread|butter|fix|cook|fillet|skin|whittle)|and (?:cut|chopped|sliced|started (?:cooking|chopping|slicing))|for (?:the|cooking|dinner|the bread|work|hunting|fishing|camping)|in the (?:dishwasher|sink|kitchen drawer)|on the camping|from the drawer))',
    notAfter: 'i|we|you',
  },

  // ---------------------------------------------------------------- confinement
  {
    id: 'locked-in',
    category: 'confinement',
    shape:
      '(?:{who}(?:lock|locks|locked|locking|shut|shuts|keeps|kept|keep) {family} (?:locked )?(?:in|inside|up|out|away)(?! (?:by accident|accidentally|of the (?:group|chat|conversation|decision|loop))))|(?:{who}(?:keeps|kept|keep|holds|held|hold) {family} (?:locked|prisoner|hostage|captive|trapped))|(?:{who}(?:tied|ties|tie|tying|chained|chains) (?:me|us|{kids}) (?:up|down|to))',
  },
  {
    id: 'will-not-let-me',
    category: 'confinement',
    shape:
      '(?:will not|would not|never|does not|did not|refuses to|refused to|cannot|do not) let (?:me|us) (?:leave|go out|go home|go anywhere|go to (?:work|the doctor|hospital|the hospital|my family|my mum|my mom)|out of (?:the|his|her|my) (?:house|flat|home|room|sight|car|apartment|bedroom)|see (?:my|anyone|any|a|the) (?:friends|family|mum|mom|parents|doctor|sister|brother|anyone|one)?|call (?:anyone|the police|my|for help|an ambulance|anybody)|talk to (?:anyone|my|anybody)|have (?:my|a|any) (?:phone|money|keys|car|bank|own money)|use (?:the|my) phone|eat|sleep|get help|go(?=$| (?:and|but|i|he|she|when|even|no matter|anywhere|out|home|for (?:hours|days))))|(?:took|takes|has taken|hid|hides|keeps|kept) my (?:phone|keys|car keys|passport|money|bank card|cards|documents|id)(?: and (?:my )?[a-z]+(?: [a-z]+)?)? (?:so (?:i|that i) (?:can not|cannot|could not|am not able)|and (?:will not|would not|refuses to) give (?:it|them) back)|(?:blocks|blocked|blocking|stands in|stood in|stands in front of|stood in front of) the (?:door|doorway|exit|stairs) so (?:i|we) (?:can not|cannot|could not)|(?:am|are) not allowed to (?:leave|go out|go anywhere|see|talk to|call|have|work|use)(?: [a-z]+){0,3}? without (?:him|her|them|his permission|her permission)|(?:am|are|is|feel|was) (?:trapped|stuck|locked in|imprisoned) (?:(?:in|at) (?:the|this|our|my|his|her) (?:house|home|flat|apartment|room|bedroom|bathroom|car|basement|garage) )?(?:with|by) (?:him|her|them|{he})',
  },

  // ---------------------------------------------------------------- sexual violence
  {
    id: 'rape',
    category: 'sexual-violence',
    shape:
      '(?:rape|raped|rapes|raping|rapist|sexual assault|sexually assaulted|sexually abused|molested|molests|molesting)|(?:forced|forces|forcing|force|made|makes|making|pressured|pressures|pressuring|pressure|coerced|coerces|pushed|pushes|guilted|guilts|bullied|bullies) (?:me|us|{kids}) (?:to |into )?(?:have sex|having sex|sex|sleep with|sleeping with|do (?:sexual|stuff|things) (?:\\w+ ){0,4}?(?:did not|do not) want|sexual|perform|oral|watch porn)|(?:forced|forces|forcing) (?:himself|herself|themselves) (?:on|onto|upon) (?:me|us|{kids})|(?:had|has|have|having) sex with (?:me|us) (?:while|when) (?:i|we) (?:was|were|am|are) (?:asleep|sleeping|unconscious|passed out|drunk|out of it|crying)|(?:said|say|says|told him|told her) no (?:and|but) (?:he|she|they) (?:did not|would not|will not|does not|never) stop|(?:said|say|told him|told her) (?:no|stop) (?:and|but) (?:he|she|they) (?:kept going|carried on|did it anyway|does it anyway|keeps going)|(?:touched|touches|touching|grabbed|grabs|groped|gropes) (?:me|my|{kids})(?: \\w+)?(?: \\w+)? (?:when|after|even though|even when|although) (?:i|we) (?:told|said|asked|begged|say|tell|ask) (?:him|her|them)? ?(?:not to|to stop|no|stop)|(?:holds|held|hold|holding|pins|pinned) (?:me|us) down (?:in bed|on the bed|and|when|while|until)|(?:drugged|drugs|spiked) (?:me|my drink|my drinks|us)',
  },
  {
    id: 'touching-child',
    category: 'harm-to-children',
    shape:
      '{who}(?:touching|touches|touched|molesting|molests|molested|abusing|abuses|abused|grooming|grooms|groomed) {kids}(?! (?:feet|toes|hair|head|cheek|face|back|hand|hands|nose|on (?:the|her|his|their) (?:cheek|head|hand|nose|back|arm|shoulder|forehead|feet)))',
    notAfter: 'i|we',
  },

  // ---------------------------------------------------------------- strangulation
  {
    id: 'neck',
    category: 'strangulation',
    // Hands, an arm, a belt at the neck or throat; pressure on it; a pillow on the face.
    shape:
      '(?:(?:his|her|their|{he} [a-z]+ (?:his|her|their)|put (?:his|her|their)|puts (?:his|her|their)|had (?:his|her|their)|has (?:his|her|their)|wrapped (?:his|her|their)|a|the|(?:his|her|their) [a-z]+) (?:hand|hands|arm|arms|fingers|knee|foot|belt|rope|cord|scarf|tie|dupatta|chunni|towel|wire|cable|leg|legs) (?:around|round|on|across|against|over|into) my (?:throat|neck|windpipe|face|mouth)|(?:squeezed|squeezes|squeezing|pressed|presses|pressing|pushed|pushes|pushing|choked|chokes|grabbed|grabs|grabbing|held|holds|holding|gripped|grips|crushed|crushing) (?:on |down on )?(?:me by )?my (?:throat|neck|windpipe)|(?:by|at) (?:the|my) (?:throat|neck) (?:and|until|till|so)|(?:by|at) (?:the|my) (?:throat|neck)(?=$)|(?:grabbed|grabs|grabbing|held|holds|holding|took) me by the (?:throat|neck|hair)|(?:pressed|presses|pressing|put|puts|held|holds|holding|pushed|pushes|pushing) (?:a|the|his|her) (?:pillow|cushion|hand|bag|plastic bag|towel) (?:over|on|onto|against|into) my (?:face|mouth|nose|head)|(?:held|holds|holding|pushed|pushes|pushing|kept|keeps) (?:me|my head|my face|us) (?:down )?(?:under|in|into) (?:the )?(?:water|bath|bathwater|sink|pool|toilet)|(?:could not|cannot|can not|couldnt) breathe (?:\\w+ ){0,3}?(?:{he}|his hands|her hands) (?:\\w+ )?(?:was|is|were|had) (?:pressing|squeezing|choking|strangling|holding|sitting|kneeling|on)|{who}(?:choked|chokes|choking|strangled|strangles|strangling|throttled|throttles|smothered|smothers|smothering|suffocated|suffocates|suffocating) (?:me|us|{kids})(?! (?:up|with (?:love|kindness|attention|affection|his love|her love)|emotionally)))',
  },
  {
    id: 'tried-to',
    category: 'strangulation',
    shape:
      '{he} {aux}(?:tried|tries|trying|try|attempted|attempts|attempting|went|goes) (?:to |for )(?:kill|strangle|choke|drown|smother|suffocate|stab|shoot|poison|murder|run over|push|throw|strangling|choking|drowning|stabbing) (?:me|us|{kids})',
  },

  // ---------------------------------------------------------------- children
  {
    id: 'shake-baby',
    category: 'harm-to-children',
    shape: '{who}(?:shakes|shook|shaking|shaken|shake) {kids}',
    notAfter: 'i|we',
  },
  {
    id: 'scared-for-kids',
    category: 'harm-to-children',
    // "The kids are scared he'll kill them": a doer who will harm the children, feared.
    shape:
      '{fear} (?:that )?{he} (?:will|would|is going to|might|may|could) (?:kill|hurt|harm|hit|beat|take|attack) (?:them|the kids|my kids|our kids|the children|the baby)',
  },
  {
    id: 'hurt-the-kids-elsewhere',
    category: 'harm-to-children',
    // A doer harms the children: any verb of harm, any object after the children.
    shape:
      '{who}(?:{strike}|{push}|locked|locks|lock|kicked) {kids}(?! (?:goodnight|a kiss|a hug|at (?:chess|cards)))',
    notAfter: 'i|we',
  },
];

/** The whole grammar, in the order it is tried. */
export const CRISIS_GRAMMAR: readonly CrisisRule[] = [...HARM_BY_OTHERS_RULES, ...SELF_AND_DANGER_RULES];

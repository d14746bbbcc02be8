import type { CrisisRule } from './crisis-kinds';

/**
 * The crisis grammar, part two: harm the speaker may do to themselves or to someone else, and
 * danger that is near now. See crisis-grammar.ts for how a rule is written.
 */
export const SELF_AND_DANGER_RULES: CrisisRule[] = [
  // ---------------------------------------------------------------- self-harm
  {
    id: 'self-injury',
    category: 'self-harm',
    // "I cut myself again", "I burn my skin", "I hurt myself on purpose". Accidents go through:
    // "cut myself shaving", "burnt myself on the iron", "hurt my back lifting".
    shape:
      '(?:self (?:harm|harming|harmed|injury|injuring|injure|mutilation|mutilating)|selfharm\\w*|(?:{cut}|burn|burns|burned|burnt|burning|hurt|hurts|hurting|harm|harms|harmed|harming|punish|punished|punishing|starve|starved|starving|scratched|scratching|scratch|hit|hitting|punch|punched|punching|bite|biting|bit|bruise|bruising|bruised|mutilate|mutilating|mutilated|cutting) myself(?! (?:shaving|chopping|cooking|slicing|peeling|cutting|opening|gardening|baking|ironing|on (?:a|an|some|the|my)(?! purpose)|with (?:a|the) (?:bread|kitchen|paper|can|tin)|while|when i (?:was )?(?:cook|chopp|shav|slic|peel|open|garden|bak|iron|fell|trip)\\w*|in the (?:kitchen|garden)|by accident|accidentally|at the gym|at work|playing|running|lifting|falling|slightly|a (?:little|bit)|badly (?:on|in|at)|by (?:holding|not|keeping|staying|overthinking|worrying)|out|up|over (?:it|this|him|her|them)|to a (?:treat|coffee)|a (?:treat|coffee|present))\\b)|(?:{cut}|burn|burns|burned|burnt|burning|scratch|scratched|scratching|scar|scarred|carve|carved|carving|stab|stabbed|stabbing) (?:my|into my) (?:own )?(?:wrist|wrists|arm|arms|leg|legs|thigh|thighs|skin|stomach|body|hand|hands|chest|hips|hip|face)(?! (?:shaving|on (?:the|a) (?:stove|oven|pan|iron|kettle|grill)|while|cooking|chopping|open|opening|on a|by accident|accidentally|at work|at the gym|when i)\\b)|(?:until|till|so) (?:it|i|they|my (?:\\w+ )?(?:knuckles|hands|arms|skin|legs|wrists)) (?:bleed|bled|bleeds|bleeding|bruise|bruised)(?! (?:from the (?:thorns|roses|brambles)))|(?:banged|bang|bangs|banging|hit|hitting|hits|smashed|smash|smashing) my (?:own )?head (?:against|on|into) (?:the|a) (?:wall|floor|door|table|mirror)(?! (?:by accident|accidentally|getting|when i stood)))',
    notAfter: '\\b(?:not|never|nobody)(?: [a-z]+){0,2}|accidentally|nearly|almost',
  },
  {
    id: 'self-intent',
    category: 'self-harm',
    // Wanting to hurt oneself: "I want to cut myself", "I feel like hurting myself tonight";
    // or needing to be kept from oneself: "I need to be safe from myself".
    shape:
      '{intent} (?:\\w+ ){0,2}?(?:to )?(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|punish|punishing|starve|starving|hit|hitting|injure|injuring|mutilate|mutilating) myself|(?:safe|protected|protect me|keep me safe|keep me) from myself|(?:do not|cannot|can not) trust myself (?:alone(?=$| (?:tonight|right now|anymore|any more|at the moment|with (?:my|the) (?:pills|tablets|meds|medication|knives|razor|razors)))|not to (?:hurt|harm|do something to) myself|not to do something stupid(?=$| (?:tonight|right now|to myself)))',
    notAfter: '\\b(?:not|never|nobody)(?: [a-z]+){0,2}',
  },

  // ---------------------------------------------------------------- suicide
  {
    id: 'kill-myself',
    category: 'suicide',
    shape:
      '(?:kill|killing|killed|kills|end|ending|ended|top|topping|topped|off|offing|offed|hang|hanging|hanged|drown|drowning|shoot|shooting|poison|poisoning|gas|gassing|unalive|unaliving|do|doing|did) myself(?! (?:laughing|with laughter|out|up|a favou?r|proud|justice|in (?:the gym|training|work)))|do myself in|suicid(?:e|al|ality)\\w*|unalive|take (?:my|my own) life|taking my (?:own )?life|took my (?:own )?life|end (?:my|it) (?:life|all)|ending (?:my|it) (?:life|all)|end (?:it|things|everything) (?:all )?(?:tonight|today|now|soon|for good|forever|this week|once and for all)|ending it(?=$| (?:all|tonight|now|soon|for good))|(?:going to|gonna|want to|will|plan to|ready to|about to) end it(?=$| (?:all|tonight|now|today|soon|for good|this time))',
  },
  {
    id: 'want-to-die',
    category: 'suicide',
    // Wishes to die or not to be: "I want to die", "better off dead", "never wake up", and the
    // wish turned round: "I needed to not be alive", "I wanted to never wake up".
    shape:
      '(?:(?:want|wanted|wanting|wish|wished|ready|deserve|longing|desperate|prefer|need|needed|needing) (?:was |is )?to die(?! (?:for|of|laughing|with|in (?:a|my) (?:sleep at|nice)|happy|old|down|out|off|away)\\b)|just (?:die|wanna die)(?=$| (?:already|now|tonight|please))|wish i (?:was|were|had|would|could) (?:be )?(?:dead|die|gone forever|never (?:been )?born|not born|not alive|not here)|wish i (?:had|would) never (?:been born|existed|woken up)|never been born|(?:better off|rather be|prefer to be|would be happier) dead|better off without me|(?:better|easier) (?:off )?(?:for everyone |for them |for him |for her |for the kids )?(?:if|when) i (?:was|were|am|die|died|was not|were not|am not|disappear|disappeared|was gone|were gone) ?(?:dead|gone|not here|not around|around|alive|anymore|no more)?|(?:do not|no longer|never|not) (?:really |even |actually )?want to (?:live|be alive|exist|wake up|go on|keep living|keep going|carry on)(?! (?:in|with|near|at|there|here|on|like that|that way|through that|without|next to)\\b)|(?:do not|no longer) want to be (?:alive|here|around|in this world|on this earth)(?=$| (?:anymore|any more|any longer|no more|at all|ever again|tomorrow|now|and|but|so|because|sometimes|some days|lately|today|tonight|honestly|really))|nothing (?:left )?to live for|(?:no|not any|not a|not one) (?:reason|point) (?:for me )?(?:to|in|of) (?:live|living|be alive|being alive|going on|keep going|keep living|existing|exist|carry on|carrying on|wake up)|(?:do not|cannot|can not) see (?:the|a|any) (?:point|reason) (?:in|of|to) (?:living|life|being alive|going on|keep going|carrying on|wake up|waking up)|not worth living|(?:cannot|can not) go on living|(?:tired|sick) of (?:living|being alive|life|existing)|done with (?:life|living|being alive|this life|it all|everything)(?=$| (?:and|i|now|honestly|really))|(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up|never wake up again|(?:disappear|vanish|be gone) (?:forever|for good|permanently|and never (?:come back|be found|wake up|return))|(?:want|need|wish) (?:it all|everything|the pain|life|it) to (?:stop|end) (?:forever|for good|permanently)|(?:looking up|looked up|googling|googled|searching|searched|research|researching|researched) (?:ways|how|methods) to (?:die|kill|end)|(?:ways|how) to (?:die|kill myself|end it)(?=$| (?:painlessly|quickly|without))|(?:written|wrote|writing|left|leaving) (?:a |my )?(?:goodbye |suicide |last )?(?:note|notes|letter|letters) (?:for|to) (?:the kids|my kids|my family|everyone|my children|my wife|my husband|my partner|him|her|them|my mum|my mom)(?=$| (?:and|just|in case|because|so|explaining|saying|telling))|(?:ready|prepared|going) to (?:say goodbye|say my goodbyes)(?! to (?:the|this|our|my old))|(?:i am|i will be) (?:not going to be|not be) (?:here|around) (?:much longer|for long|tomorrow|next week)|(?:tried|try|attempted|attempt) to (?:kill|end|top|off) (?:myself|my life)|(?:want|wanted|wanting|wish|wished|need|needed|needing|longing|ready) (?:was |is )?(?:just |really |only |so badly )?(?:to not|not to|to never|never to) (?:be alive|exist|live|wake up)(?=$| (?:anymore|any more|any longer|again|ever again|at all|and|but|so|because|tonight|now|today))|(?:want|wanted|wanting|wish|wished|need|needed|needing|longing|ready) (?:was |is )?(?:just |really |only |so badly )?(?:to not|not to|to never|never to) (?:be here|be around)(?= (?:anymore|any more|any longer))|(?:want|wanted|wanting|wish|wished|need|needed|needing|longing|ready) (?:was |is )?(?:just |really |only |so badly )?to (?:stop (?:living|existing|being alive)|be dead)(?=$| (?:anymore|any more|and|but|so|because|already|tonight|now|today|honestly|really)))',
    notAfter: 'would rather',
  },
  {
    id: 'method',
    category: 'suicide',
    // A way to die named with the speaker's intent: a height, a train, a rope, the river.
    shape:
      '(?:jump|jumping|jumped|throw myself|throwing myself|threw myself|step|stepping|stepped|walk|walking|walked|drive|driving|drove|crash|crashing|crashed|steer|steering|swerve|swerving) (?:off|from|in front of|into|under|out in front of|over|off of|my car (?:off|into)|the car (?:off|into)|into the path of) {height}|(?:jump|jumping|jumped|throw myself|throwing myself|threw myself|step|stepping|stepped|walk|walking|walked|lie|lying|lay) (?:in front of|under|onto|out in front of|into the path of|on) {vehicle}|(?:drive|driving|drove|crash|crashing|crashed|steer|steering|swerve|swerving) (?:my|the) (?:car|ute|truck|bike|motorbike) (?:off|into) (?:the|a) (?:road|bridge|cliff|river|sea|lake|tree|wall|ocean|canal|oncoming traffic|traffic|barrier|edge)|(?:standing|stood|stand|sitting|sat|sit|been) (?:on|at) the edge of (?:the|a) (?:roof|bridge|cliff|building|platform|balcony|terrace|tracks)|(?:river|sea|lake|canal|ocean|water|tracks|bridge|cliff|edge|railway|ledge)(?: \\w+){0,6}? (?:thought about|think about|thinking about|want to|wanted to|going to|planning to|felt like|feel like|nearly|almost) (?:going in|jumping|walking in|walking into|throwing myself|stepping off|stepping in|going over|not coming back|drowning|ending it)|(?:a|the) (?:rope|noose) (?:for|to hang|ready|around my neck|round my neck)|(?:hang|hanging) (?:myself )?from (?:the|a) (?:ceiling|fan|ceiling fan|tree|beam|rafter|banister|door)',
  },

  // ---------------------------------------------------------------- overdose
  {
    id: 'overdose',
    category: 'overdose',
    shape:
      '(?:overdos(?:e|ed|es|ing)|(?:od|o d)(?:ed|d|ing)? on|(?:took|take|taken|taking|swallowed|swallow|swallowing|downed|down|necked|neck|necking|popped|pop|popping|had|drank|drink|drunk|drinking|ate|eat|eaten|consumed|consume|consuming|chugged|gulped|stockpiling|stockpiled|saving up|saved up|hoarding|hoarded|collecting|collected) (?:(?:almost|nearly|about|like|maybe|over|around|some|more than) )?(?:{toomuch}|\\d\\d+|(?:a|the) (?:whole|entire|full) (?:\\w+ )?(?:of )?|(?:way )?more than (?:i|you) (?:should|am supposed to|was supposed to)(?: have)?(?: on purpose)?)(?: (?:of )?(?:my|his|her|the|our|mums?|moms?|dads?|[a-z]+s)?)? ?(?:[a-z]+ )?{pills}|(?:took|take|taken|taking|swallowed|swallow|swallowing|downed|necked|popped|had|drank|drink|drunk|drinking|ate|eaten|consumed|consume|consuming|chugged|gulped|mixed|mixing|mix) (?:some |a bottle of |a cup of |a glass of |the |a lot of |a whole bottle of )?{poison}|(?:mixed|mixing|mix|took|taking|take|washed down|washing down) (?:my |all my |the |some )?{pills} (?:with|and) (?:a (?:bottle|lot) of |loads of |some |the )?(?:alcohol|vodka|whisky|whiskey|wine|beer|drink|booze|gin|rum|spirits|liquor)|(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected) (?:up )?(?:my )?{pills}|(?:take|taking|took) (?:them|it) all (?:at once|together|in one go|tonight)|(?:took|take|taken|taking|swallowed|had|have had|downed|necked) (?:way |far |a lot |much |so much )?(?:more|too much|too many|extra|everything|them all|all of them)(?: [a-z]+){0,5}? (?:on purpose|deliberately|to (?:die|not wake up|never wake up|make it (?:all )?stop|end it)))',
    notAfter: 'not|never|do not|did not|should not|must not|do not want to|told me not to',
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
  },

  // ---------------------------------------------------------------- immediate danger
  {
    id: 'not-safe',
    category: 'immediate-danger',
    shape:
      '(?:(?:i am|we are|i feel|we feel|i felt|we felt|i was|we were|i am just|we are just|i am really|i am so|i felt so|i felt really) (?:not safe|unsafe|in danger|in (?:real|serious) danger)|(?:i|we) (?:do not|never|no longer|cannot|can not|did not) feel safe(?! (?:enough )?(?:to (?:bring|talk|say|share|tell|open)|talking|sharing|bringing|telling|opening up|in (?:this|the|our) (?:conversation|relationship emotionally)))|(?:not safe|unsafe|in danger) (?:at home|here|in (?:my|our|this) (?:own )?(?:home|house|flat|apartment)|with (?:him|her|them|{he}))|(?:afraid|scared|frightened|terrified) to go (?:back )?home|(?:fear|fearing|fears) for my (?:life|safety)|(?:scared|afraid|frightened|terrified|fearing|worried) for my (?:life|safety|kids safety|childrens safety)|(?:my|our) (?:life|lives) (?:is|are) in danger|(?:be|feel|keep (?:me|us|the kids|my kids|the children)|stay|somewhere|a place|anywhere|am|are|was|were) safe from {partner})',
    notAfter: 'not|never',
  },
  {
    id: 'scared-of-them',
    category: 'immediate-danger',
    // Fear of a person, ending there: not "afraid of her reaction" or "scared of losing him".
    shape:
      '{fear} of (?:{partner}|what (?:he|she|they) (?:is going to|will|might|could|would|is gonna) do)(?:(?: (?:when|if) (?:he|she|they) (?:drinks|is drunk|gets angry|gets home|comes home|loses it))|{end})',
    notAfter: 'not|never|no longer|i am not|am not',
  },
  {
    id: 'scared-will-hurt',
    category: 'immediate-danger',
    shape:
      '{fear} (?:that )?{he} (?:will|would|is going to|might|could|may|is gonna) (?:really )?(?:hurt|kill|hit|beat|attack|harm|strangle|stab|shoot|come after|come back for|do something to) (?:me|us|the kids|my kids|the children|my children|the baby)',
  },
  {
    id: 'at-the-door',
    category: 'immediate-danger',
    // The danger is here now: at the door, breaking in, hiding from them.
    shape:
      '(?:(?:he|she|they|{partnerNp}) (?:is|are|was) (?:outside|at|banging on|pounding on|kicking|breaking|breaking down|trying to (?:break|get|kick) (?:in|down)?) ?(?:the|my|our) ?(?:door|window|house|flat|front door|back door)(?! (?:for (?:the )?(?:pizza|delivery|parcel|post)))|(?:breaking|kicking|smashing|broke|kicked|smashed|breaks|kicks|smashes|trying to break|trying to kick) (?:(?:down|in) (?:the|my|our) (?:front |back |bedroom |bathroom )?door|(?:the|my|our) (?:front |back |bedroom |bathroom )?door (?:down|in))|{he} (?:is|was|are) (?:trying to )?(?:break|breaking|get|getting|force|forcing) (?:in|his way in|her way in|their way in)(?=$| (?:and|i|please|help|now))|(?:hiding|hid|hide|locked myself|i have locked myself|am locked) (?:\\w+ ){0,4}?(?:from (?:him|her|them|{he})|(?:in|inside) (?:the|my|a) (?:bathroom|bedroom|closet|wardrobe|cupboard|car|garage) (?:from|because|so (?:he|she|they)|until (?:he|she|they)))|(?:smashing|breaking|throwing|wrecking|trashing) (?:things|stuff|the place|the house|everything|plates|furniture)(?: \\w+){0,6}? (?:{fear}|scared|terrified)|{he} (?:is|was) (?:going off|going mental|raging|losing it|out of control) (?:and|i)(?: \\w+){0,4}? (?:scared|terrified|afraid|need|police|cops|help))',
  },
  {
    id: 'call-for-help',
    category: 'immediate-danger',
    shape:
      '(?:(?:need|call|called|calling|get|getting|send|sending|ring|rang|phone|phoned) (?:the |an |a )?(?:police|cops|ambulance|paramedics|the guards|garda|gardai|999|911|000|112|triple zero|nine one one)|(?:i am|we are) (?:in danger|bleeding badly|badly hurt|seriously hurt)|(?:please )?help (?:me|us) (?:he|she|they) (?:is|are|will)|(?:is|are) (?:being )?(?:stalked|stalking me|following me everywhere)|(?:been|being|am being|are being) (?:threatened|stalked))',
  },
];

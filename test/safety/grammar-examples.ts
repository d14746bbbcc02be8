import { SELF_AND_DANGER_EXAMPLES } from './grammar-examples-self';

/**
 * The crisis grammar's own examples and near-misses, by rule id, beside the held-out sets. They
 * live here, not on the rules (lambda/domain/safety/crisis-grammar*.ts), so the Lambda ships no
 * test data. test/unit/crisis-grammar.test.ts fails when a rule has no examples here or an id
 * here names no rule; each example must match its rule, and no near-miss the whole grammar.
 */
export interface GrammarExamples {
  /** Sentences the rule must catch. */
  examples: string[];
  /** Sentences sharing its words that the whole grammar must let through. */
  nearMisses?: string[];
}

/** The rules of crisis-grammar.ts: harm by others. */
const HARM_BY_OTHERS_EXAMPLES: Record<string, GrammarExamples> = {
  strike: {
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
  'bite-head-off': {
    examples: ['he bit me so hard it bled'],
    nearMisses: ['he bites my head off when he is tired', 'I bit his head off'],
  },
  'push-throw': {
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
  'thrown-at': {
    examples: ['he threw a plate at me', 'she threw her phone at my head', 'he chucked a mug at me'],
    nearMisses: ['she threw a tantrum about the dishes', 'he threw the ball to me'],
  },
  'grab-harm': {
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
  'injury-by-someone': {
    examples: [
      "I've got bruises all over from where he grabbed me",
      'my fiance gave me a black eye',
      'he broke my arm and I told the hospital I fell',
    ],
  },
  attacked: {
    examples: ["I'm being abused", 'I was raped', 'I get beaten when he drinks', 'I was hit by my partner'],
    nearMisses: ['I got hit by a ball at footie', 'we got beaten in the quiz'],
  },
  'abuse-named': {
    examples: ["I'm in an abusive relationship", 'domestic violence', 'he is violent when he drinks'],
    nearMisses: ['the movie was about domestic life'],
  },
  'harm-by-name': {
    examples: ['I was slapped by him again', 'I get threatened by my husband'],
  },
  threatens: {
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
  'before-he-harms': {
    examples: [
      'I have to leave before he kills me',
      'I need to get the kids out before she hurts them',
      'I locked the door in case my husband hits me again',
    ],
    nearMisses: [
      'I need to finish the report before my boss kills me',
      'before he beats me at chess again',
      'he kills me with his jokes',
    ],
  },
  'will-harm-me': {
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
  'said-dead': {
    examples: [
      "he's on his way here and he said I'm dead",
      "he told me I'd end up dead if I told anyone",
      "he said next time he'll finish the job",
      'he told me nobody would ever find my body',
      "he says he'll burn the house down with us in it",
    ],
    nearMisses: ['he said I was dead tired', 'we finished the job on the deck'],
  },
  'get-someone': {
    examples: ["she said she'd get someone to beat me up"],
  },
  'take-kids-away': {
    examples: ["he said he'd take the kids and we'd never see them again"],
  },
  expose: {
    examples: ['he filmed me without my consent and threatens to share it'],
  },
  'weapon-at-me': {
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
  'has-weapon': {
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
  'locked-in': {
    examples: [
      'she locked me in the bedroom',
      'he locks me in when he goes out',
      'he keeps me locked in the basement',
      'he tied me up',
      'my in laws lock me in a room',
    ],
    nearMisses: ['I locked myself out of the flat', 'he locked me out by accident'],
  },
  'will-not-let-me': {
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
  rape: {
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
  'touching-child': {
    examples: ["he's touching my daughter"],
    nearMisses: ['he touched the baby on the cheek'],
  },
  neck: {
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
  'tried-to': {
    examples: ['he tried to strangle me', 'he tried to smother me with a pillow'],
  },
  'shake-baby': {
    examples: ['she shakes the baby when it cries'],
  },
  'scared-for-kids': {
    examples: ["the kids are scared he'll kill them"],
  },
  'hurt-the-kids-elsewhere': {
    examples: [
      'he smacked the little one so hard she has a mark',
      'he locked our son in the shed',
      'he threw our baby onto the bed',
    ],
    nearMisses: ['the kids hit each other with foam swords'],
  },
};

export const GRAMMAR_EXAMPLES: Readonly<Record<string, GrammarExamples>> = {
  ...HARM_BY_OTHERS_EXAMPLES,
  ...SELF_AND_DANGER_EXAMPLES,
};

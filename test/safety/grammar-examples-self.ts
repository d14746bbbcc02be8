import type { GrammarExamples } from './grammar-examples';

/** Examples and near-misses of the rules in crisis-grammar-self.ts (see grammar-examples.ts). */
export const SELF_AND_DANGER_EXAMPLES: Record<string, GrammarExamples> = {
  'self-injury': {
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
  'self-intent': {
    examples: [
      'I want to cut myself right now',
      'I feel like hurting myself tonight',
      "I'm scared I will hurt myself",
    ],
    nearMisses: ["I'm not going to hurt myself"],
  },
  'kill-myself': {
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
  'want-to-die': {
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
  method: {
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
  overdose: {
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
  'harm-others': {
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
  'not-safe': {
    examples: [
      "I'm not safe",
      "I don't feel safe",
      'I feel unsafe at home',
      "I'm scared for my life",
      "I'm scared to go home",
    ],
    nearMisses: ['I feel safe with you', "I don't feel safe bringing up money"],
  },
  'scared-of-them': {
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
  'scared-will-hurt': {
    examples: ["I'm scared he will hurt me", "I'm worried she'll hurt the kids"],
  },
  'at-the-door': {
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
  'call-for-help': {
    examples: [
      'I need the police',
      'I need an ambulance',
      'I need the cops',
      "I'm being threatened",
      'please help me he is going to hurt me',
    ],
    nearMisses: ['we watched a police drama', 'the ambulance went past the house'],
  },
};

import type { QuestionId } from '../../domain/checkin/questions';

/**
 * The check-in question bank: what each question says, by its id (the ids and themes are the
 * domain's, in domain/checkin/questions.ts). Written for Between Us; each is open, about the
 * speaker's own experience, and answerable in a few minutes. Looked up through `turn.t.checkin.question(id)`.
 */
export const QUESTION_TEXT: Record<QuestionId, string> = {
  // pursue-withdraw
  'pw-1': 'When did you notice our old loop start this week, and what was the first thing you felt?',
  'pw-2': 'When you move toward me or pull away in a hard moment, what are you hoping will happen?',
  'pw-3':
    'What is one thing I could do that would make it a little easier for you to stay in the conversation?',
  'pw-4': 'What do you tell yourself about me when I go quiet, or when I push for more?',
  'pw-5': 'Think of a moment this week when the loop did not take over. What was different?',
  'pw-6': 'What does your body do when a conversation starts to feel like too much?',
  'pw-7': 'If our pattern had a name, what would you call it, and how did it show up lately?',
  'pw-8': 'What would a signal look like that lets us both know we need a short pause?',
  // repair
  'rp-1': 'Is there a small moment of irritation from this week that still feels unfinished for you?',
  'rp-2': 'What helps you feel ready to reconnect after we have been sharp with each other?',
  'rp-3': 'What is one thing you wish you had said differently this week, and how would you say it now?',
  'rp-4': 'When one of us tries to repair, what makes it easy or hard for you to meet it?',
  'rp-5': 'What does a good apology or restart sound like to you?',
  'rp-6': 'How did we come back together the last time things got tense, and what helped?',
  'rp-7': 'What is something small that stung this week that you would like me to understand?',
  'rp-8': 'What would help you say sooner that you are starting to feel annoyed?',
  // bids
  'bd-1': 'When did you reach for me this week, even in a small way, and how did it land?',
  'bd-2': 'What is a small way I can let you know I noticed you today?',
  'bd-3': 'Which moment this week made you feel seen by me?',
  'bd-4': 'Was there a time you wanted my attention and did not ask? What got in the way?',
  'bd-5': 'What is an everyday moment when you would most like me to turn toward you?',
  'bd-6': 'How do you usually let me know you want to connect, and how can I notice it better?',
  'bd-7': 'What is a small ritual of ours that helps you feel close?',
  'bd-8': 'Is there a bid of mine you think you might have missed lately?',
  // appreciation
  'ap-1': 'What is one specific thing I did this week that you appreciated?',
  'ap-2': 'What is something about how we handled this week that you feel good about?',
  'ap-3': 'What is a quality of mine you have leaned on lately?',
  'ap-4': 'Which small thing I do often goes unnoticed but matters to you?',
  'ap-5': 'What moment this week would you like to thank me for?',
  'ap-6': 'What is something we did together recently that you would like more of?',
  'ap-7': 'What effort of mine have you seen, even if it did not go perfectly?',
  'ap-8': 'What made you smile about us this week?',
  // stress
  'st-1': 'What has been weighing on you most this week, inside or outside our relationship?',
  'st-2': 'When you are stressed, what kind of support helps most, and what does not?',
  'st-3': 'What is taking up more of your energy than anyone can see right now?',
  'st-4': 'What is one thing that could come off your plate this week, and how could I help?',
  'st-5': 'How has stress shown up between us lately?',
  'st-6': 'What do you need from me when you come home after a hard day?',
  'st-7': 'What would help you feel a bit more rested or steady this week?',
  'st-8': 'Is there a worry you have been carrying alone that you would like to share?',
  // closeness
  'cl-1': 'When did you feel closest to me recently?',
  'cl-2': 'What helps you feel safe enough to be open with me?',
  'cl-3': 'What is one thing you would like us to do together in the coming week?',
  'cl-4': 'What does feeling connected look like for you on an ordinary day?',
  'cl-5': 'Is there something you would like to share with me that you have been holding back?',
  'cl-6': 'What is a memory of us that you come back to when you want to feel close?',
  'cl-7': 'What kind of affection means the most to you right now?',
  'cl-8': 'How can we protect a little time for each other this week?',
  // general
  'gn-1': 'How are you really doing this week, beyond the usual answer?',
  'gn-2': 'What went better for us this week than you expected?',
  'gn-3': 'What is one thing you would like us to keep in mind until our next session?',
  'gn-4': 'What is something you learned about yourself this week?',
  'gn-5': 'What felt hard for you this week, and what helped even a little?',
  'gn-6': 'What is one thing you would like more of between us, and one thing less of?',
  'gn-7': 'What would make next week feel a little lighter for us?',
  'gn-8': 'What do you want me to understand about your week that I might have missed?',
};

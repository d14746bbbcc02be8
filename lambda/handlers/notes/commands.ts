import { partNamed, type PartId } from '../../domain/notes/templates';

/** The dictation commands a partner may say as an answer ("skip", "go back", "that's all"…). */

export type Command = 'skip' | 'back' | 'finish' | 'readBack' | 'stop';

const COMMAND_WORDS: Record<string, Command> = {
  skip: 'skip',
  'skip it': 'skip',
  'skip this': 'skip',
  'skip this one': 'skip',
  'skip that': 'skip',
  pass: 'skip',
  next: 'skip',
  'next question': 'skip',
  'go back': 'back',
  back: 'back',
  previous: 'back',
  'previous question': 'back',
  "that's all": 'finish',
  'that is all': 'finish',
  "that's it": 'finish',
  'that is it': 'finish',
  "i'm done": 'finish',
  'i am done': 'finish',
  done: 'finish',
  'save it': 'finish',
  'save my note': 'finish',
  'read it back': 'readBack',
  'read that back': 'readBack',
  'read back': 'readBack',
  stop: 'stop',
  cancel: 'stop',
};

/** A command said as the answer itself ("skip" heard as free text while a part was elicited). */
export function commandIn(text: string): { command: Command; part?: PartId } | undefined {
  const key = text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^a-z' ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const command = COMMAND_WORDS[key];
  if (command) return { command };
  const change = /^(?:change|redo|fix|edit|go back to|i want to change|let me change) (.+)$/.exec(key);
  const part = change ? partNamed(change[1]!) : undefined;
  return part ? { command: 'back', part } : undefined;
}

import { consoleOn } from '../support/console';
import { notesOf } from '../support/conversations';
import { createHarness, type Harness } from '../support/harness';

/**
 * A part is kept in the partner's own words, its first words included: "I tried to explain and
 * Sam walked off" is what Alex tried, not "to explain and Sam walked off". Typed into the
 * console, understood from the generated model as Alexa would while the part is asked
 * (Dialog.ElicitSlot), through the real handler, and read back from DynamoDB Local.
 */
describe('a pattern note keeps what was said, word for word', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  it('every part keeps its leading words: "I tried ...", "I felt ...", "we ...", "I want ..."', async () => {
    // Prepare
    const { printed, device, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam", 'add a pattern note', 'Alex');
    const answers = [
      'it was Sunday when the dishes came up again',
      'I felt small and a bit panicky',
      'I tried to explain and Sam walked off',
      'we both went quiet and I gave up',
      'I want help with starting again after a silence',
    ];

    // Act
    const from = printed.length;
    await say(...answers);

    // Assess: each answer was asked for as the note's free-text slot and stored whole.
    const heard = printed.slice(from).join('\n');
    expect(heard.match(/\[Dialog\.ElicitSlot text\]/g)).toHaveLength(answers.length - 1);
    expect(heard).toMatch(/What you tried: I tried to explain and Sam walked off\./);
    const notes = await notesOf(harness, device);
    expect(notes.map((n) => n.data.parts.map((p) => p.text))).toEqual([answers]);
  });

  it('command filler before an answer is not kept, the words after it are', async () => {
    // Prepare
    const { device, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam", 'quick note', 'Sam');

    // Act
    await say('my answer is I noticed the dishes again', "I'd say anxious", 'write down that I walked away');

    // Assess
    const notes = await notesOf(harness, device);
    expect(notes.map((n) => n.data.parts.map((p) => p.text))).toEqual([
      ['I noticed the dishes again', "I'd say anxious", 'I walked away'],
    ]);
  });
});

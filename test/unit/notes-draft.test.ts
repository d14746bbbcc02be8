import { newHousehold, setPartners } from '../../lambda/domain/household';
import { parseNoteSk } from '../../lambda/domain/notes/record';
import { saveNote } from '../../lambda/domain/notes/save';
import { recordPutsOf } from '../../lambda/storage/drafts';
import {
  answer,
  firstMissing,
  goTo,
  isFinished,
  newDraft,
  revealReady,
  skip,
  withoutTemplate,
} from '../../lambda/domain/notes/slice';
import { capAnswer, MAX_PART_CHARS } from '../../lambda/domain/notes/templates';
import { commandIn, mergeDrafts } from '../../lambda/handlers/notes/engine';
import { activityOf } from '../../lambda/domain/week/activity';

const NOW = new Date('2026-11-18T18:00:00.000Z');
const household = () => setPartners(newHousehold('a'.repeat(64), NOW), 'Alex', 'Sam', NOW);

describe('a draft, part by part', () => {
  it('moves to the next missing part, and back to a skipped-over gap at the end', () => {
    let d = newDraft('pattern', 'n1', NOW);
    d = answer(d, 'moment');
    d = skip(d);
    expect(d.current).toBe(2);
    d = goTo(d, 4);
    d = answer(d, 'help');
    expect(d.current).toBe(2); // back to "tried", the first part neither answered nor skipped
    d = answer(d, 'tried');
    d = answer(d, 'stuck');
    expect(isFinished(d)).toBe(true);
    expect(firstMissing(d)).toBeUndefined();
    expect(d.skipped).toEqual(['felt']);
  });

  it('keeps an earlier answer when a part is skipped after going back to it', () => {
    let d = answer(newDraft('quick', 'n1', NOW), 'we argued');
    d = skip(goTo(d, 0));
    expect(d.answers.happened).toBe('we argued');
    expect(d.skipped).toEqual([]);
    expect(d.current).toBe(1);
  });

  it('merges a held draft over the stored one: answers only grow, a stored answer clears a skip', () => {
    const stored = answer(newDraft('quick', 'n1', NOW), 'we argued');
    const held = {
      ...newDraft('quick', 'n1', NOW),
      skipped: ['happened' as const],
      answers: { felt: 'hurt' },
      current: 2,
    };
    const merged = mergeDrafts(stored, held);
    expect(merged.answers).toEqual({ happened: 'we argued', felt: 'hurt' });
    expect(merged.skipped).toEqual([]);
    expect(merged.current).toBe(2);
    expect(mergeDrafts(answer(newDraft('quick', 'other', NOW), 'x'), held)).toBe(held);
  });
});

describe('dictated text', () => {
  it('is capped at the part limit on a word boundary, never splitting an emoji', () => {
    const long = `${'a'.repeat(MAX_PART_CHARS - 1)}😀 and more`;
    const { text, shortened } = capAnswer(long);
    expect(shortened).toBe(true);
    expect(text.length).toBeLessThanOrEqual(MAX_PART_CHARS);
    expect(/[\uD800-\uDBFF]$/.test(text)).toBe(false);
    expect(capAnswer('  short   answer ')).toEqual({ text: 'short answer', shortened: false });
  });

  it('is read as a command only when it is the whole command', () => {
    expect(commandIn('Skip.')).toEqual({ command: 'skip' });
    expect(commandIn("That's all")).toEqual({ command: 'finish' });
    expect(commandIn('go back')).toEqual({ command: 'back' });
    expect(commandIn('change what I felt')).toEqual({ command: 'back', part: 'felt' });
    expect(commandIn('Go back to where I got stuck.')).toEqual({ command: 'back', part: 'stuck' });
    expect(commandIn('I want to go back to how it was')).toBeUndefined();
    expect(commandIn('change is hard for me')).toBeUndefined();
    expect(commandIn('skipping breakfast made me cranky')).toBeUndefined();
  });
});

describe('saving a note', () => {
  it('puts the record with its expiry, clears the draft, and records the week and the reveal', () => {
    const h = household();
    let d = newDraft('pattern', 'n1', NOW);
    for (const text of ['1', '2', '3', '4', '5']) d = answer(d, text);
    const draft = { ...d, finishedAt: NOW.toISOString() };
    const withDraft = { ...h, notes: { ...h.notes, drafts: { p1: draft } } };

    const saved = saveNote(withDraft, 'p1', draft, '2026-11-16');

    expect(saved.sk).toBe('NOTE#2026-11-16#2026-11-18T18:00:00.000Z#n1');
    expect(parseNoteSk(saved.sk)).toEqual({
      weekStart: '2026-11-16',
      createdAt: NOW.toISOString(),
      id: 'n1',
    });
    expect(recordPutsOf(saved.records, withDraft.settings.retentionDays)[0]!.expiresAt).toBe(
      NOW.getTime() / 1000 + 365 * 86400,
    );
    expect(saved.record).toMatchObject({ author: 'p1', complete: true, shared: false });
    expect(saved.household.notes.drafts.p1).toBeUndefined();
    expect(saved.household.notes.recent.p1).toEqual([saved.sk]);
    expect(activityOf(saved.household, '2026-11-16').notes).toHaveLength(1);
    expect(revealReady(saved.household.notes, '2026-11-16')).toBe(false);

    const both = saveNote(saved.household, 'p2', { ...draft, noteId: 'n2' }, '2026-11-16');
    expect(revealReady(both.household.notes, '2026-11-16')).toBe(true);
    expect(revealReady(both.household.notes, '2026-11-23')).toBe(false);
    expect(revealReady(withoutTemplate(both.household.notes, 'p2', both.sk), '2026-11-16')).toBe(false);
  });

  it('saving the same draft twice writes the same key once in the week (a retried save)', () => {
    const d = { ...answer(newDraft('quick', 'n1', NOW), 'x'), finishedAt: NOW.toISOString() };
    const once = saveNote(household(), 'p1', d, '2026-11-16');
    const twice = saveNote(once.household, 'p1', d, '2026-11-16');
    expect(twice.sk).toBe(once.sk);
    expect(activityOf(twice.household, '2026-11-16').notes).toHaveLength(1);
    expect(twice.record.complete).toBe(false);
  });
});

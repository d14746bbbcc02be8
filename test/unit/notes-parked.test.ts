import { parkedOf, resumeLatest, switchTo } from '../../lambda/domain/notes/parked';
import { notesSliceSchema, newDraft, type Draft, type NotesSlice } from '../../lambda/domain/notes/slice';

/** Notes put aside: bounded (one per kind), nothing dropped, nothing duplicated. */

const at = (minute: number) => new Date(Date.UTC(2026, 10, 18, 18, minute));

function draft(kind: Draft['kind'], id: string, minute: number, answers: Draft['answers']): Draft {
  return { ...newDraft(kind, id, at(minute)), answers };
}

const empty: NotesSlice = notesSliceSchema.parse({});

describe('putting notes aside', () => {
  it('puts the open note aside and takes up the one of the asked kind, keeping both whole', () => {
    const pattern = draft('pattern', 'n1', 0, { moment: 'the school run' });
    const quick = draft('quick', 'n2', 5, { happened: 'doors slammed' });
    const start: NotesSlice = { ...empty, drafts: { p1: pattern }, parked: { p1: { quick } } };

    const switched = switchTo(start, 'p1', 'quick');

    expect(switched.drafts.p1).toEqual(quick);
    expect(switched.parked.p1).toEqual({ pattern });
    expect(notesSliceSchema.parse(switched)).toEqual(switched);
  });

  it('drops an open note with no answers instead of putting it aside, and leaves the other partner alone', () => {
    const bare = draft('pattern', 'n1', 0, {});
    const sams = draft('quick', 'n3', 1, { happened: 'late' });
    const start: NotesSlice = { ...empty, drafts: { p1: bare, p2: sams } };

    const switched = switchTo(start, 'p1', 'quick');

    expect(switched.drafts).toEqual({ p2: sams });
    expect(switched.parked).toEqual({});
  });

  it('never holds two notes of one kind, however often the couple switches', () => {
    let slice: NotesSlice = { ...empty, drafts: { p1: draft('pattern', 'n1', 0, { moment: 'a' }) } };
    const kinds = ['quick', 'pattern', 'badweek', 'pretherapy', 'quick', 'pattern'] as const;
    kinds.forEach((kind, i) => {
      slice = switchTo(slice, 'p1', kind);
      // The new note gets its first answer (what persistDraft writes on the next turn).
      const open = slice.drafts.p1 ?? draft(kind, `k${i}`, i + 1, {});
      slice = { ...slice, drafts: { p1: { ...open, answers: { ...open.answers, felt: `f${i}` } } } };
    });

    const all = [slice.drafts.p1!, ...parkedOf(slice, 'p1')];
    expect(new Set(all.map((d) => d.kind)).size).toBe(all.length);
    expect(all).toHaveLength(4);
    expect(slice.drafts.p1?.answers).toEqual({ moment: 'a', felt: 'f5' });
  });

  it('"finish my note" with nothing open takes up the newest note put aside', () => {
    const older = draft('pattern', 'n1', 0, { moment: 'a' });
    const newer = draft('badweek', 'n2', 9, { self: 'b' });
    const start: NotesSlice = { ...empty, parked: { p1: { pattern: older, badweek: newer } } };

    const resumed = resumeLatest(start, 'p1');

    expect(resumed.drafts.p1).toEqual(newer);
    expect(resumed.parked.p1).toEqual({ pattern: older });
    expect(resumeLatest(resumed, 'p1')).toBe(resumed);
  });
});

import { z } from 'zod';
import { householdIdFor } from '../../lambda/domain/ids';
import {
  benchWorld,
  evening,
  MAIN_TURNS,
  newCouple,
  week,
  type BenchWorld,
  type Couple,
  type TurnSample,
} from '../../tools/bench/scenario';

/**
 * A turn's cost must not grow with the household's history: the household item read on every turn
 * is bounded, and history goes to records that ordinary turns never read. A year of real use is
 * simulated through the skill (the benchmark's scenario), and the same evening is measured after
 * ten weeks and after a year.
 */
describe('the cost of a turn does not grow with history', () => {
  let world: BenchWorld;
  let couple: Couple;
  beforeAll(async () => {
    world = await benchWorld(process.env.DYNAMO_TEST_ENDPOINT!);
    couple = await newCouple(world);
  });
  afterAll(async () => {
    await world?.close();
  });

  async function measuredEvening(): Promise<Map<string, TurnSample>> {
    const samples = new Map<string, TurnSample>();
    await evening(world, couple, (s) => samples.set(s.turn, s));
    world.clock.advance(7 * 86_400_000 - 30 * 60_000);
    return samples;
  }

  it('reads and writes the same bytes and calls per turn after a year as after ten weeks', async () => {
    // Prepare: ten weeks of use, one measured evening, then the rest of a year.
    for (let w = 0; w < 10; w++) await week(world, [couple], 1);
    const afterTenWeeks = await measuredEvening();
    for (let w = 11; w < 52; w++) await week(world, [couple], 1);

    // Act
    const afterAYear = await measuredEvening();

    // Assess: the history is really there…
    const id = householdIdFor(couple.userId);
    const any = z.unknown();
    const notes = await world.store.queryRecords(id, 'NOTE', [], any, world.clock.now());
    const checkins = await world.store.queryRecords(id, 'CHECKIN', [], any, world.clock.now());
    expect(notes.length).toBeGreaterThanOrEqual(50);
    expect(checkins.length).toBeGreaterThanOrEqual(50);
    // …and no turn pays for it.
    for (const turn of MAIN_TURNS) {
      const before = afterTenWeeks.get(turn)!;
      const after = afterAYear.get(turn)!;
      const grown = (key: 'bytesRead' | 'bytesWritten' | 'reads' | 'writes') =>
        after[key] > before[key] * 1.05 + 64 ? `${turn} ${key}: ${before[key]} → ${after[key]}` : undefined;
      expect(
        [grown('bytesRead'), grown('bytesWritten'), grown('reads'), grown('writes')].filter(Boolean),
      ).toEqual([]);
      // The house budget: one read and one write per dialog turn.
      expect(after.reads).toBeLessThanOrEqual(1);
      expect(after.writes).toBeLessThanOrEqual(1);
    }
  }, 300_000);
});

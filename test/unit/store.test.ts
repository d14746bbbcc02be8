import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { newHousehold, setPartners } from '../../lambda/domain/household';
import { householdIdFor } from '../../lambda/domain/ids';
import {
  ConcurrentUpdateError,
  CorruptItemError,
  StorageUnavailableError,
} from '../../lambda/storage/errors';
import { householdPk, noteSk } from '../../lambda/storage/keys';
import { createDocumentClient, Store } from '../../lambda/storage/store';
import { ensureTable } from '../../tools/dynamo-local';

const NOW = new Date('2026-11-18T18:00:00Z');
const noteSchema = z.object({ text: z.string() });

describe('the store, against DynamoDB Local', () => {
  const endpoint = process.env.DYNAMO_TEST_ENDPOINT!;
  const tableName = `store-test-${randomUUID()}`;
  const client = createDocumentClient({ requestTimeoutMs: 2000, maxAttempts: 1, endpoint });
  const store = new Store({ tableName, client });

  beforeAll(async () => {
    await ensureTable(endpoint, tableName);
  });
  afterAll(() => client.destroy());

  const freshId = () => householdIdFor(randomUUID());

  it('creates a household once, then only over the version it was read at', async () => {
    const id = freshId();
    const created = await store.saveHousehold({ household: newHousehold(id, NOW), isNew: true });

    const loaded = await store.loadHousehold(id);
    const renamed = await store.saveHousehold({
      household: setPartners(loaded!, 'Alex', 'Sam', NOW),
      isNew: false,
    });

    expect(created.version).toBe(1);
    expect(renamed.version).toBe(2);
    await expect(
      store.saveHousehold({ household: newHousehold(id, NOW), isNew: true }),
    ).rejects.toBeInstanceOf(ConcurrentUpdateError);
    await expect(store.saveHousehold({ household: loaded!, isNew: false })).rejects.toBeInstanceOf(
      ConcurrentUpdateError,
    );
    expect((await store.loadHousehold(id))!.partners.map((p) => p.name)).toEqual(['Alex', 'Sam']);
  });

  it('writes records in the same transaction as the household, and reads past expired ones', async () => {
    const id = freshId();
    const live = noteSk('2026-11-16', NOW.toISOString(), 'a');
    const gone = noteSk('2026-11-16', NOW.toISOString(), 'b');

    await store.saveHousehold({
      household: newHousehold(id, NOW),
      isNew: true,
      puts: [
        { sk: live, kind: 'NOTE', data: { text: 'kept' }, expiresAt: NOW.getTime() / 1000 + 3600 },
        { sk: gone, kind: 'NOTE', data: { text: 'expired' }, expiresAt: NOW.getTime() / 1000 - 1 },
      ],
    });
    const notes = await store.queryRecords(id, 'NOTE', ['2026-11-16'], noteSchema, NOW);

    expect(notes.map((n) => n.data.text)).toEqual(['kept']);
    expect(await store.getRecord(id, gone, noteSchema, NOW)).toBeUndefined();
    expect((await store.getRecord(id, live, noteSchema, NOW))?.data.text).toBe('kept');
  });

  it('reports a damaged item as a clear error naming paths, not values', async () => {
    const id = freshId();
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: { pk: householdPk(id), sk: 'HOUSEHOLD', version: 1, data: { id, partners: 'secret words' } },
      }),
    );

    const error = await store.loadHousehold(id).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CorruptItemError);
    expect((error as Error).message).toContain('partners');
    expect((error as Error).message).not.toContain('secret words');
  });

  it('deletes every item of a household and nothing of another', async () => {
    const id = freshId();
    const neighbour = freshId();
    await store.saveHousehold({ household: newHousehold(neighbour, NOW), isNew: true });
    await store.saveHousehold({
      household: newHousehold(id, NOW),
      isNew: true,
      puts: Array.from({ length: 30 }, (_, i) => ({
        sk: noteSk('2026-11-16', NOW.toISOString(), String(i)),
        kind: 'NOTE' as const,
        data: { text: `n${i}` },
      })).slice(0, 24),
    });

    const deleted = await store.deleteHousehold(id);

    expect(deleted).toBe(25);
    expect(await store.listKeys(id)).toEqual([]);
    expect(await store.listKeys(neighbour)).toEqual(['HOUSEHOLD']);
  });

  it('turns an unreachable database into StorageUnavailableError, quickly', async () => {
    const deadClient = createDocumentClient({
      requestTimeoutMs: 300,
      maxAttempts: 2,
      endpoint: 'http://127.0.0.1:9',
    });
    const dead = new Store({ tableName, client: deadClient });
    const started = Date.now();

    await expect(dead.loadHousehold(freshId())).rejects.toBeInstanceOf(StorageUnavailableError);

    expect(Date.now() - started).toBeLessThan(3000);
    deadClient.destroy();
  });
});

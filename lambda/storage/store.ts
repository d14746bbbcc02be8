import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod/mini';
import { householdSchema, type Household } from '../domain/household';
import type { RecordDraft } from '../domain/records';
import { recordPutsOf, type RecordPut } from './drafts';
import { ConcurrentUpdateError, CorruptItemError, StorageUnavailableError } from './errors';
import { HOUSEHOLD_SK, householdPk, recordPrefix, type RecordKind } from './keys';

export type { RecordPut } from './drafts';

/** How a record is read back: any zod schema (or anything with its `safeParse`). */
export interface RecordSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: z.core.$ZodError };
}

export interface StoredRecord<T> {
  sk: string;
  data: T;
  expiresAt?: number;
}

export interface HouseholdWrite {
  /** The household as it should be stored; its version is the one it was read at. */
  household: Household;
  /** True when the household item does not exist yet. */
  isNew: boolean;
  /** Records as the domain drafted them; their keys and expiry are derived here (drafts.ts). */
  records?: RecordDraft[];
  /** Records already keyed (tools and tests that write a record as stored). */
  puts?: RecordPut[];
  deletes?: string[];
}

/** Counts DynamoDB calls and payload bytes, for the benchmark and for tests of the turn budget. */
export interface StoreMeter {
  reads: number;
  writes: number;
  bytesRead: number;
  bytesWritten: number;
}

export function newMeter(): StoreMeter {
  return { reads: 0, writes: 0, bytesRead: 0, bytesWritten: 0 };
}

export interface StoreOptions {
  tableName: string;
  client: DynamoDBDocumentClient;
  meter?: StoreMeter;
}

export interface ClientOptions {
  requestTimeoutMs: number;
  maxAttempts: number;
  /** Only for tests and tools; deployed code uses the SDK's own region and endpoint variables. */
  endpoint?: string;
}

/** The DynamoDB client, bounded so that a hung database still leaves time to speak. */
export function createDocumentClient(options: ClientOptions): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    maxAttempts: options.maxAttempts,
    requestHandler: {
      connectionTimeout: Math.min(500, options.requestTimeoutMs),
      requestTimeout: options.requestTimeoutMs,
      // Without this the SDK only logs a warning and a hung database hangs the turn.
      throwOnRequestTimeout: true,
    },
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}

function sizeOf(value: unknown): number {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value), 'utf8');
}

function isConditionFailure(error: unknown): boolean {
  const name = (error as { name?: string })?.name;
  if (name === 'ConditionalCheckFailedException') return true;
  if (name === 'TransactionCanceledException') {
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
    return reasons.some((r) => r.Code === 'ConditionalCheckFailed' || r.Code === 'TransactionConflict');
  }
  return false;
}

function issuePaths(error: z.core.$ZodError): string[] {
  return error.issues.map((i) => i.path.join('.'));
}

/**
 * The one module that knows the table: its keys, its item layout and its conditions.
 * Everything else speaks in households and records.
 */
export class Store {
  readonly tableName: string;
  private readonly client: DynamoDBDocumentClient;
  readonly meter: StoreMeter;

  constructor(options: StoreOptions) {
    this.tableName = options.tableName;
    this.client = options.client;
    this.meter = options.meter ?? newMeter();
  }

  private async call<T>(kind: 'read' | 'write', run: () => Promise<T>): Promise<T> {
    if (kind === 'read') this.meter.reads += 1;
    else this.meter.writes += 1;
    try {
      return await run();
    } catch (error) {
      if (isConditionFailure(error))
        throw new ConcurrentUpdateError('the household changed while we were saving');
      throw new StorageUnavailableError(`DynamoDB call failed: ${(error as Error)?.name ?? 'unknown'}`, {
        cause: error,
      });
    }
  }

  /** One GetItem: the household aggregate, validated. */
  async loadHousehold(householdId: string): Promise<Household | undefined> {
    const result = await this.call('read', () =>
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: householdPk(householdId), sk: HOUSEHOLD_SK },
          ConsistentRead: true,
        }),
      ),
    );
    this.meter.bytesRead += sizeOf(result.Item);
    if (!result.Item) return undefined;
    const parsed = householdSchema.safeParse({ ...(result.Item.data ?? {}), version: result.Item.version });
    if (!parsed.success) throw new CorruptItemError('household', issuePaths(parsed.error));
    return parsed.data;
  }

  /**
   * One write: the household (conditional on the version it was read at) and any records
   * that belong with it, in one transaction when there are records. Returns the stored household.
   */
  async saveHousehold(write: HouseholdWrite): Promise<Household> {
    const { household, isNew } = write;
    const stored: Household = { ...household, version: household.version + 1 };
    const { version, ...data } = stored;
    const item = { pk: householdPk(household.id), sk: HOUSEHOLD_SK, version, data };
    const condition = isNew
      ? { ConditionExpression: 'attribute_not_exists(pk)' }
      : {
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':expected': household.version },
        };
    const puts = [...recordPutsOf(write.records, household.settings.retentionDays), ...(write.puts ?? [])];
    const deletes = write.deletes ?? [];
    this.meter.bytesWritten += sizeOf(item);
    if (puts.length === 0 && deletes.length === 0) {
      await this.call('write', () =>
        this.client.send(new PutCommand({ TableName: this.tableName, Item: item, ...condition })),
      );
      return stored;
    }
    const items: NonNullable<TransactWriteCommandInput['TransactItems']> = [
      { Put: { TableName: this.tableName, Item: item, ...condition } },
      ...puts.map((p) => {
        const recordItem = { pk: item.pk, sk: p.sk, kind: p.kind, data: p.data, expiresAt: p.expiresAt };
        this.meter.bytesWritten += sizeOf(recordItem);
        return { Put: { TableName: this.tableName, Item: recordItem } };
      }),
      ...deletes.map((sk) => ({ Delete: { TableName: this.tableName, Key: { pk: item.pk, sk } } })),
    ];
    await this.call('write', () => this.client.send(new TransactWriteCommand({ TransactItems: items })));
    return stored;
  }

  /** One GetItem for a record; an expired record reads as absent. */
  async getRecord<T>(
    householdId: string,
    sk: string,
    schema: RecordSchema<T>,
    now: Date,
  ): Promise<StoredRecord<T> | undefined> {
    const result = await this.call('read', () =>
      this.client.send(
        new GetCommand({ TableName: this.tableName, Key: { pk: householdPk(householdId), sk } }),
      ),
    );
    this.meter.bytesRead += sizeOf(result.Item);
    if (!result.Item || isExpired(result.Item.expiresAt, now)) return undefined;
    return this.parseRecord(result.Item, schema);
  }

  /** One query (per page of at most `limit`) over a record kind, narrowed by leading key parts. */
  async queryRecords<T>(
    householdId: string,
    kind: RecordKind,
    prefixParts: string[],
    schema: RecordSchema<T>,
    now: Date,
    options: { limit?: number; newestFirst?: boolean } = {},
  ): Promise<StoredRecord<T>[]> {
    const out: StoredRecord<T>[] = [];
    for await (const items of this.queryPages({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': householdPk(householdId),
        ':prefix': recordPrefix(kind, ...prefixParts),
      },
      ScanIndexForward: !options.newestFirst,
      Limit: options.limit,
    })) {
      for (const item of items) {
        this.meter.bytesRead += sizeOf(item);
        if (isExpired(item.expiresAt, now)) continue;
        out.push(this.parseRecord(item, schema));
      }
      if (options.limit !== undefined && out.length >= options.limit) break;
    }
    return options.limit === undefined ? out : out.slice(0, options.limit);
  }

  /** Puts one record on its own (used when no household change goes with it). */
  async putRecord(householdId: string, put: RecordPut): Promise<void> {
    const item = {
      pk: householdPk(householdId),
      sk: put.sk,
      kind: put.kind,
      data: put.data,
      expiresAt: put.expiresAt,
    };
    this.meter.bytesWritten += sizeOf(item);
    await this.call('write', () =>
      this.client.send(new PutCommand({ TableName: this.tableName, Item: item })),
    );
  }

  async deleteRecord(householdId: string, sk: string): Promise<void> {
    await this.call('write', () =>
      this.client.send(
        new DeleteCommand({ TableName: this.tableName, Key: { pk: householdPk(householdId), sk } }),
      ),
    );
  }

  /** Every key of a household, the household item included (for deletion and its proof). */
  async listKeys(householdId: string): Promise<string[]> {
    const keys: string[] = [];
    for await (const items of this.queryPages({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': householdPk(householdId) },
      ProjectionExpression: 'sk',
    })) {
      for (const item of items) keys.push(String(item.sk));
    }
    return keys;
  }

  /** Deletes the given items of a household, 25 at a time, retrying what DynamoDB hands back. */
  async deleteKeys(householdId: string, sortKeys: string[]): Promise<number> {
    const pk = householdPk(householdId);
    for (let i = 0; i < sortKeys.length; i += 25) {
      let requests: { DeleteRequest: { Key: Record<string, unknown> } }[] = sortKeys
        .slice(i, i + 25)
        .map((sk) => ({ DeleteRequest: { Key: { pk, sk } } }));
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt >= 5) throw new StorageUnavailableError('DynamoDB kept back part of a deletion');
        const result = await this.call('write', () =>
          this.client.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } })),
        );
        requests = (result.UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
      }
    }
    return sortKeys.length;
  }

  /** Removes every item of the household. Returns how many items were deleted. */
  async deleteHousehold(householdId: string): Promise<number> {
    return this.deleteKeys(householdId, await this.listKeys(householdId));
  }

  /** The items of a query, a page (one read) at a time; stop early by leaving the loop. */
  private async *queryPages(
    query: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
  ): AsyncGenerator<Record<string, unknown>[]> {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.call('read', () =>
        this.client.send(
          new QueryCommand({ TableName: this.tableName, ...query, ExclusiveStartKey: startKey }),
        ),
      );
      yield page.Items ?? [];
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  }

  private parseRecord<T>(item: Record<string, unknown>, schema: RecordSchema<T>): StoredRecord<T> {
    const parsed = schema.safeParse(item.data);
    if (!parsed.success) throw new CorruptItemError(String(item.kind ?? 'record'), issuePaths(parsed.error));
    return {
      sk: String(item.sk),
      data: parsed.data,
      expiresAt: typeof item.expiresAt === 'number' ? item.expiresAt : undefined,
    };
  }
}

function isExpired(expiresAt: unknown, now: Date): boolean {
  return typeof expiresAt === 'number' && expiresAt * 1000 <= now.getTime();
}

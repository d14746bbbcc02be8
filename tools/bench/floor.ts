import {
  BatchWriteItemCommand,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type DynamoDBClient,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import type { RecordedCall } from './scenario';

/**
 * The floor of a turn: the very DynamoDB calls the skill made for it (same commands, same keys,
 * same item sizes), sent bare with the low-level SDK client, no skill around them.
 * Reads go to the skill's table (same items); writes go to a floor table, without their
 * conditions (a replayed conditional write would only fail its version check).
 */

type Input = Record<string, unknown>;

function withoutCondition(input: Input, table: string): Input {
  const out: Input = { ...input, TableName: table };
  delete out.ConditionExpression;
  if (!out.UpdateExpression && !out.ProjectionExpression) {
    delete out.ExpressionAttributeValues;
    delete out.ExpressionAttributeNames;
  }
  return out;
}

function transactItem(item: TransactWriteItem, table: string): TransactWriteItem | undefined {
  const bare = (part: unknown) => withoutCondition(part as Input, table) as never;
  if (item.Put) return { Put: bare(item.Put) };
  if (item.Delete) return { Delete: bare(item.Delete) };
  if (item.Update) return { Update: bare(item.Update) };
  return undefined;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function commandFor(call: RecordedCall, floorTable: string): any {
  const input = call.input;
  switch (call.command) {
    case 'GetItemCommand':
      return new GetItemCommand(input as never);
    case 'QueryCommand':
      return new QueryCommand(input as never);
    case 'PutItemCommand':
      return new PutItemCommand(withoutCondition(input, floorTable) as never);
    case 'DeleteItemCommand':
      return new DeleteItemCommand(withoutCondition(input, floorTable) as never);
    case 'UpdateItemCommand':
      return new UpdateItemCommand(withoutCondition(input, floorTable) as never);
    case 'TransactWriteItemsCommand': {
      const items = ((input.TransactItems ?? []) as TransactWriteItem[])
        .map((i) => transactItem(i, floorTable))
        .filter((i): i is TransactWriteItem => i !== undefined);
      return new TransactWriteItemsCommand({ TransactItems: items });
    }
    case 'BatchWriteItemCommand': {
      const requests = Object.values((input.RequestItems ?? {}) as Record<string, unknown[]>).flat();
      return new BatchWriteItemCommand({ RequestItems: { [floorTable]: requests as never } });
    }
    default:
      throw new Error(`the floor cannot replay ${call.command}`);
  }
}

/** Sends the calls in order, as the turn did; returns the wall time in milliseconds. */
export async function replayFloor(
  client: DynamoDBClient,
  calls: RecordedCall[],
  floorTable: string,
): Promise<number> {
  const commands = calls.map((c) => commandFor(c, floorTable));
  const started = process.hrtime.bigint();
  for (const command of commands) await client.send(command);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

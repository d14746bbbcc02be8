/**
 * The one definition of the table's shape. The CDK data stack, `npm run db` and the
 * test setup all build the table from this, so local and deployed tables cannot drift.
 */
export const tableDefinition = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  /** Epoch seconds; DynamoDB's TTL deletes the item some time after this moment. */
  timeToLiveAttribute: 'expiresAt',
  /** No secondary indexes: every access path is a key lookup or a prefix query on one household. */
  globalSecondaryIndexes: [] as const,
} as const;

/** CreateTable input for DynamoDB Local (on-demand billing, like the deployed table). */
export function createTableInput(tableName: string) {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: [
      { AttributeName: tableDefinition.partitionKey.name, AttributeType: tableDefinition.partitionKey.type },
      { AttributeName: tableDefinition.sortKey.name, AttributeType: tableDefinition.sortKey.type },
    ],
    KeySchema: [
      { AttributeName: tableDefinition.partitionKey.name, KeyType: 'HASH' as const },
      { AttributeName: tableDefinition.sortKey.name, KeyType: 'RANGE' as const },
    ],
  };
}

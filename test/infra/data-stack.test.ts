import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { createTableInput, tableDefinition } from '../../lambda/storage/table';
import { ensureTable, localClient } from '../../tools/dynamo-local';
import { only, props, synthesize, type Synthesized } from './synth';

describe('data stack: the household table and its key', () => {
  let synth: Synthesized;
  let table: Record<string, unknown>;
  beforeAll(() => {
    synth = synthesize();
    table = props(synth.data, 'AWS::DynamoDB::Table');
  });

  it('takes key schema, indexes and TTL from the definition DynamoDB Local is built from', () => {
    const local = createTableInput('any');
    expect(table.KeySchema).toEqual(local.KeySchema);
    expect(table.AttributeDefinitions).toEqual(local.AttributeDefinitions);
    expect(table.KeySchema).toEqual([
      { AttributeName: tableDefinition.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: tableDefinition.sortKey.name, KeyType: 'RANGE' },
    ]);
    expect(table.TimeToLiveSpecification).toEqual({
      AttributeName: tableDefinition.timeToLiveAttribute,
      Enabled: true,
    });
    expect(table.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
    expect(table.GlobalSecondaryIndexes ?? []).toEqual(tableDefinition.globalSecondaryIndexes);
    expect(table.LocalSecondaryIndexes).toBeUndefined();
  });

  it('matches a table DynamoDB Local really creates from that definition', async () => {
    // Prepare: the table `npm run db` and the tests create, in the real DynamoDB Local.
    const endpoint = process.env.DYNAMO_TEST_ENDPOINT!;
    const name = `infra-${randomUUID()}`;
    await ensureTable(endpoint, name);
    const client = localClient(endpoint);
    try {
      // Act
      const { Table: local } = await client.send(new DescribeTableCommand({ TableName: name }));

      // Assess
      expect(table.KeySchema).toEqual(local!.KeySchema);
      expect(
        [...(table.AttributeDefinitions as object[])].sort((a, b) =>
          JSON.stringify(a).localeCompare(JSON.stringify(b)),
        ),
      ).toEqual(
        [...local!.AttributeDefinitions!].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      );
      expect(table.BillingMode).toBe(local!.BillingModeSummary?.BillingMode);
      expect(local!.GlobalSecondaryIndexes ?? []).toHaveLength(
        (table.GlobalSecondaryIndexes as [] | undefined)?.length ?? 0,
      );
    } finally {
      await client.send(new DeleteTableCommand({ TableName: name }));
      client.destroy();
    }
  });

  it('bills on demand, like the local table', () => {
    expect(table.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.BillingMode).toBe(createTableInput('any').BillingMode);
    expect(table.ProvisionedThroughput).toBeUndefined();
  });

  it('keeps point-in-time recovery on', () => {
    expect(table.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
  });

  it('encrypts with a customer-managed key that rotates, and keeps that key', () => {
    const key = only(synth.data, 'AWS::KMS::Key');
    expect(table.SSESpecification).toEqual({
      SSEEnabled: true,
      SSEType: 'KMS',
      KMSMasterKeyId: { 'Fn::GetAtt': [key.id, 'Arn'] },
    });
    expect(key.resource.Properties?.EnableKeyRotation).toBe(true);
    expect(key.resource.DeletionPolicy).toBe('Retain');
    expect(key.resource.UpdateReplacePolicy).toBe('Retain');
  });

  it('is protected from deletion and retained when the stack goes', () => {
    const { resource } = only(synth.data, 'AWS::DynamoDB::Table');
    expect(table.DeletionProtectionEnabled).toBe(true);
    expect(resource.DeletionPolicy).toBe('Retain');
    expect(resource.UpdateReplacePolicy).toBe('Retain');
    expect(synth.stacks.data.terminationProtection).toBe(true);
  });

  it('outputs the table name, for backups and restores', () => {
    const { id } = only(synth.data, 'AWS::DynamoDB::Table');
    synth.data.hasOutput('TableName', { Value: { Ref: id } });
  });

  it('holds only the table and its key: the stateful half, nothing stateless', () => {
    const types = Object.values(synth.data.toJSON().Resources as Record<string, { Type: string }>)
      .map((r) => r.Type)
      .filter((t) => t !== 'AWS::CDK::Metadata')
      .sort();
    expect(types).toEqual(['AWS::DynamoDB::Table', 'AWS::KMS::Key']);
  });
});

import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { tableDefinition } from '../../lambda/storage/table';

type AttributeKind = 'S' | 'N' | 'B';

/** The shape a secondary index would take in `tableDefinition` (there are none today). */
interface IndexDefinition {
  indexName: string;
  partitionKey: { name: string; type: AttributeKind };
  sortKey?: { name: string; type: AttributeKind };
}

const attributeType = (type: AttributeKind): AttributeType =>
  type === 'S' ? AttributeType.STRING : type === 'N' ? AttributeType.NUMBER : AttributeType.BINARY;

/**
 * The stateful half: the household table and the key that encrypts it. An ordinary deploy
 * never replaces them and `cdk destroy` leaves both behind (RETAIN, deletion protection).
 */
export class DataStack extends Stack {
  readonly table: Table;
  readonly key: Key;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    this.key = new Key(this, 'TableKey', {
      description: 'Between Us: encrypts the household table (notes, check-ins, weeks) at rest',
      enableKeyRotation: true,
      // Without the key the table and every backup are unreadable: it stays with the table.
      removalPolicy: RemovalPolicy.RETAIN,
      pendingWindow: Duration.days(30),
    });

    // Key schema, indexes and TTL come from the definition DynamoDB Local is built from.
    this.table = new Table(this, 'Table', {
      partitionKey: {
        name: tableDefinition.partitionKey.name,
        type: attributeType(tableDefinition.partitionKey.type),
      },
      sortKey: { name: tableDefinition.sortKey.name, type: attributeType(tableDefinition.sortKey.type) },
      timeToLiveAttribute: tableDefinition.timeToLiveAttribute,
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new CfnOutput(this, 'TableName', {
      value: this.table.tableName,
      description: 'The household table (for backups: aws dynamodb create-backup --table-name ...)',
    });
    for (const index of tableDefinition.globalSecondaryIndexes as readonly IndexDefinition[]) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey.name, type: attributeType(index.partitionKey.type) },
        sortKey: index.sortKey && { name: index.sortKey.name, type: attributeType(index.sortKey.type) },
      });
    }
  }
}

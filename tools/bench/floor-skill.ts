/**
 * The floor skill: what any skill on Between Us's dependencies pays. ask-sdk-core and the SDK v3
 * document client, module singletons like the Lambda's, and a launch that reads one item
 * (GetItem, strongly consistent) and writes it back (PutItem). The bench bundles it with
 * tools/build.mjs (the Lambda's very esbuild settings) and measures it beside the Lambda.
 * Its item is a copy of a set-up Between Us household, so both read and write the same bytes.
 */
import { createHash } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { SkillBuilders, type HandlerInput } from 'ask-sdk-core';

const tableName = process.env.TABLE_NAME ?? 'between-us-floor';
const client = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
  marshallOptions: { removeUndefinedValues: true },
});

const keyOf = (input: HandlerInput) => ({
  pk: `HH#${createHash('sha256').update(input.requestEnvelope.context.System.user.userId).digest('hex')}`,
  sk: 'HOUSEHOLD',
});

const launch = {
  canHandle: (input: HandlerInput) => input.requestEnvelope.request.type === 'LaunchRequest',
  handle: async (input: HandlerInput) => {
    const Key = keyOf(input);
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key, ConsistentRead: true }));
    const visits = Number(Item?.visits ?? 0) + 1;
    await client.send(new PutCommand({ TableName: tableName, Item: { ...Item, ...Key, visits } }));
    return input.responseBuilder.speak('Welcome back.').reprompt('What would you like to do?').getResponse();
  },
};

const skill = SkillBuilders.custom().addRequestHandlers(launch).create();

export const handler = (event: Parameters<typeof skill.invoke>[0], context?: unknown) =>
  skill.invoke(event, context);

/**
 * The conventional build: the same launch as the floor skill (read one item, write it back),
 * written the way the Alexa samples do it: `ask-sdk` with the stock DynamoDbPersistenceAdapter
 * (SDK v2 underneath), run unbundled from node_modules. devDependencies of the bench only; the
 * bench transpiles this file without bundling into dist/bench/conventional/index.js.
 */
import { SkillBuilders, type HandlerInput } from 'ask-sdk';
// The adapter's own SDK (v2, a dependency of the adapter): it does not read
// AWS_ENDPOINT_URL_DYNAMODB, so the client is made here to point it at DynamoDB Local.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AWS = require('aws-sdk') as { DynamoDB: new (options: Record<string, unknown>) => never };

const endpoint = process.env.AWS_ENDPOINT_URL_DYNAMODB;

const launch = {
  canHandle: (input: HandlerInput) => input.requestEnvelope.request.type === 'LaunchRequest',
  handle: async (input: HandlerInput) => {
    const attributes = await input.attributesManager.getPersistentAttributes(true);
    attributes.visits = Number(attributes.visits ?? 0) + 1;
    input.attributesManager.setPersistentAttributes(attributes);
    await input.attributesManager.savePersistentAttributes();
    return input.responseBuilder.speak('Welcome back.').reprompt('What would you like to do?').getResponse();
  },
};

const skill = SkillBuilders.standard()
  .addRequestHandlers(launch)
  // Its items are { id: userId, attributes: {...} }; the bench creates that table beforehand.
  .withTableName(process.env.TABLE_NAME ?? 'between-us-conventional')
  .withDynamoDbClient(new AWS.DynamoDB({ ...(endpoint ? { endpoint } : {}), region: process.env.AWS_REGION }))
  .create();

export const handler = (event: Parameters<typeof skill.invoke>[0], context?: unknown) =>
  skill.invoke(event, context);

// Stands in for @smithy/core/event-streams in the Lambda bundle (tools/build.mjs aliases it).
// The SDK's HTTP protocols import it lazily, only for an operation whose input or output is an
// event stream; DynamoDB has none, so in the Lambda it is never loaded. If a client with event
// streams ever came into the bundle, this says so instead of failing somewhere deeper.
const absent = () => {
  throw new Error('@smithy/core/event-streams is stubbed out of the Lambda bundle (tools/bundle-stubs)');
};

export const eventStreamSerdeProvider = absent;
export class EventStreamSerde {
  constructor() {
    absent();
  }
}

// Every test process talks to DynamoDB Local with dummy credentials, and writes no metric lines.
process.env.AWS_ACCESS_KEY_ID ??= 'local';
process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
process.env.AWS_REGION ??= 'us-east-1';
process.env.METRICS_DISABLED ??= 'true';
// The Lambda runs Node 24; this machine's Node 20 would make every SDK client print a notice.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

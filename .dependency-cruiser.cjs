/**
 * The layers of lambda/ (README, "Layers"), checked by `npm run lint`:
 *   handlers → alexa, speech, storage, domain;  storage → domain;  speech → domain types;
 *   alexa → domain;  domain → nothing of ours outside domain, and of packages only zod and
 *   node:crypto; and no import cycles anywhere, type imports included.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle (type imports count): modules in a cycle cannot be read or tested alone.',
      from: { path: '^lambda/' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'domain/ is pure logic: it imports only domain/ (and packages such as zod).',
      from: { path: '^lambda/domain/' },
      to: { path: '^lambda/', pathNot: '^lambda/domain/' },
    },
    {
      name: 'domain-uses-no-platform',
      severity: 'error',
      comment:
        'domain/ may use zod and node:crypto (digests and ids) and nothing else from outside: no AWS SDK, no Alexa SDK, no I/O.',
      from: { path: '^lambda/domain/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'core'], pathNot: '(^|/)node_modules/zod/|^(node:)?crypto$' },
    },
    {
      name: 'storage-on-domain',
      severity: 'error',
      comment: 'storage/ knows the table; it builds on domain/ and nothing above it.',
      from: { path: '^lambda/storage/' },
      to: { path: '^lambda/', pathNot: '^lambda/(storage|domain)/' },
    },
    {
      name: 'speech-on-domain-types',
      severity: 'error',
      comment: 'speech/ says things; it may name domain types, never run domain code or reach above.',
      from: { path: '^lambda/speech/' },
      to: { path: '^lambda/', pathNot: '^lambda/speech/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'speech-types-from-domain-only',
      severity: 'error',
      comment: 'speech/ may import types from domain/ only.',
      from: { path: '^lambda/speech/' },
      to: { path: '^lambda/', pathNot: '^lambda/(speech|domain)/' },
    },
    {
      name: 'alexa-below-handlers',
      severity: 'error',
      comment:
        "alexa/ wraps Alexa's own APIs; the handlers use it, never the other way round. It knows nothing of speech, storage or the skill.",
      from: { path: '^lambda/alexa/' },
      to: { path: '^lambda/', pathNot: '^lambda/(alexa|domain)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist|cdk\\.out)' },
  },
};

import { EmfMetrics, JsonLogger, logLevelFrom } from '../../lambda/telemetry';

const at = new Date('2026-12-02T01:30:00.000Z');
const clock = () => at;

function capture() {
  const lines: string[] = [];
  return {
    lines,
    write: (line: string) => void lines.push(line),
    parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('log lines', () => {
  it('are one JSON object per call, with the level, message, time, service and the extras', () => {
    // Prepare
    const out = capture();
    const logger = new JsonLogger('INFO', out.write, clock);

    // Act
    logger.info('note part saved', { part: 'felt', chars: 42 });

    // Assess
    expect(out.parsed()).toEqual([
      {
        level: 'INFO',
        message: 'note part saved',
        timestamp: '2026-12-02T01:30:00.000Z',
        service: 'between-us',
        part: 'felt',
        chars: 42,
      },
    ]);
  });

  it('drop what is below the level, and an extra cannot pose as a fixed field', () => {
    const out = capture();
    const logger = new JsonLogger('WARN', out.write, clock);
    logger.debug('d');
    logger.info('i');
    logger.warn('w', { level: 'DEBUG', message: 'forged' });
    logger.error('e');
    expect(out.parsed().map((l) => [l.level, l.message])).toEqual([
      ['WARN', 'w'],
      ['ERROR', 'e'],
    ]);
  });

  it('carry the invocation: its request ID, and cold_start only in the container’s first', () => {
    const out = capture();
    const logger = new JsonLogger('INFO', out.write, clock);
    logger.startInvocation({ awsRequestId: 'req-1' });
    logger.info('first');
    logger.info('first again');
    logger.startInvocation({ awsRequestId: 'req-2' });
    logger.info('second');
    expect(out.parsed().map((l) => [l.function_request_id, l.cold_start])).toEqual([
      ['req-1', true],
      ['req-1', true],
      ['req-2', false],
    ]);
  });

  it('keep their fixed fields when an extra cannot be written', () => {
    const out = capture();
    const logger = new JsonLogger('INFO', out.write, clock);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => logger.error('request failed', { cycle })).not.toThrow();
    expect(out.parsed()).toEqual([
      {
        level: 'ERROR',
        message: 'request failed',
        timestamp: '2026-12-02T01:30:00.000Z',
        service: 'between-us',
      },
    ]);
  });

  it('call no turn of a provisioned container cold', () => {
    const out = capture();
    const logger = new JsonLogger('INFO', out.write, clock, true);
    logger.startInvocation({ awsRequestId: 'req-1' });
    logger.info('first');
    expect(out.parsed()[0]).toMatchObject({ function_request_id: 'req-1', cold_start: false });
  });

  it('say nothing at SILENT', () => {
    const out = capture();
    const logger = new JsonLogger('SILENT', out.write, clock);
    logger.error('e');
    expect(out.lines).toEqual([]);
  });
});

describe('the log level', () => {
  it.each([
    [{}, 'INFO'],
    [{ LOG_LEVEL: 'debug' }, 'DEBUG'],
    [{ LOG_LEVEL: 'WARN' }, 'WARN'],
    [{ LOG_LEVEL: 'nonsense' }, 'INFO'],
    // Lambda's advanced logging controls: the stricter of the two wins.
    [{ LOG_LEVEL: 'DEBUG', AWS_LAMBDA_LOG_LEVEL: 'WARN' }, 'WARN'],
    [{ LOG_LEVEL: 'ERROR', AWS_LAMBDA_LOG_LEVEL: 'INFO' }, 'ERROR'],
    [{ AWS_LAMBDA_LOG_LEVEL: 'FATAL' }, 'ERROR'],
    [{ AWS_LAMBDA_LOG_LEVEL: 'TRACE' }, 'INFO'],
  ])('%j reads as %s', (env, level) => {
    expect(logLevelFrom(env)).toBe(level);
  });
});

describe('metrics', () => {
  it('are one EMF line per request, in the namespace and dimension the alarms read', () => {
    // Prepare
    const out = capture();
    const metrics = new EmfMetrics(true, out.write, clock);

    // Act
    metrics.count('NotePartSaved');
    metrics.count('NotePartSaved');
    metrics.count('CrisisInNote', 1);
    metrics.publish();

    // Assess: the Embedded Metric Format (CloudWatch's specification): the directive names
    // each metric with its unit, and the values sit at the top level beside the dimension.
    expect(out.parsed()).toEqual([
      {
        _aws: {
          Timestamp: at.getTime(),
          CloudWatchMetrics: [
            {
              Namespace: 'BetweenUs',
              Dimensions: [['service']],
              Metrics: [
                { Name: 'NotePartSaved', Unit: 'Count' },
                { Name: 'CrisisInNote', Unit: 'Count' },
              ],
            },
          ],
        },
        service: 'between-us',
        NotePartSaved: 2,
        CrisisInNote: 1,
      },
    ]);
  });

  it('write nothing for a request that counted nothing, and start afresh after a publish', () => {
    const out = capture();
    const metrics = new EmfMetrics(true, out.write, clock);
    metrics.publish();
    metrics.count('HandlerError');
    metrics.publish();
    metrics.publish();
    expect(out.parsed().map((l) => l.HandlerError)).toEqual([1]);
  });

  it('refuse a name that would overwrite the line’s own keys', () => {
    const metrics = new EmfMetrics(true, capture().write, clock);
    expect(() => metrics.count('service')).toThrow();
    expect(() => metrics.count('_aws')).toThrow();
  });

  it('stay out of the log when disabled', () => {
    const out = capture();
    const metrics = new EmfMetrics(false, out.write, clock);
    metrics.count('HandlerError');
    metrics.publish();
    metrics.publish();
    expect(out.lines).toEqual([]);
  });
});

/**
 * A clock that can run faster than real time (--time-scale) and be moved forward by hand,
 * shared by the skill, the Alexa stand-in and the console so they agree on what time it is.
 */
export class ScaledClock {
  private readonly realStart = Date.now();
  private offsetMs = 0;

  constructor(
    private readonly start: Date = new Date(),
    readonly scale = 1,
  ) {}

  now(): Date {
    return new Date(this.start.getTime() + (Date.now() - this.realStart) * this.scale + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Real milliseconds until a moment on this clock. */
  realMsUntil(moment: Date): number {
    return Math.max(0, (moment.getTime() - this.now().getTime()) / this.scale);
  }
}

/** A clock that only moves when told to: for tests. */
export class ManualClock extends ScaledClock {
  private current: Date;
  constructor(start: Date) {
    super(start, 1);
    this.current = new Date(start);
  }
  override now(): Date {
    return new Date(this.current);
  }
  override advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  override realMsUntil(moment: Date): number {
    return moment.getTime() <= this.current.getTime() ? 0 : Number.POSITIVE_INFINITY;
  }
}

// Named checks with one clear failure message each, counted for the closing `N passed, N failed`
// line. A check whose prerequisite failed is counted as failed too, saying which one it needed.

export interface CheckResult {
  name: string;
  ok: boolean;
  ms: number;
  message?: string;
}

export class Checks {
  readonly results: CheckResult[] = [];

  /** onFail runs after a failed check (e.g. to keep a screenshot); its own errors are ignored. */
  constructor(private readonly onFail: (name: string) => Promise<void> = async () => {}) {}

  async run(name: string, timeoutMs: number, fn: () => Promise<void>): Promise<boolean> {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        fn(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      this.record({ name, ok: true, ms: Date.now() - started });
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.record({ name, ok: false, ms: Date.now() - started, message });
      await this.onFail(name).catch(() => {});
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  skip(name: string, because: string): void {
    this.record({ name, ok: false, ms: 0, message: `not run: ${because}` });
  }

  get passed(): number {
    return this.results.filter((r) => r.ok).length;
  }

  get failed(): number {
    return this.results.filter((r) => !r.ok).length;
  }

  private record(result: CheckResult): void {
    this.results.push(result);
    const mark = result.ok ? 'PASS' : 'FAIL';
    const time = `${(result.ms / 1000).toFixed(1)}s`;
    console.log(
      `${mark} ${result.name} (${time})${result.message ? `\n     ${result.message.replace(/\n/g, '\n     ')}` : ''}`,
    );
  }
}

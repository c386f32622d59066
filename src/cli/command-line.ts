import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * The part every command shares: reading its arguments, answering --help with
 * its usage, and saying what is wrong with the arguments (exit code 2).
 */
export class CommandLine {
  constructor(
    private readonly name: string,
    private readonly usage: string,
  ) {}

  /** The parsed arguments, or the exit code when there is nothing more to do (help, or bad usage). */
  parse<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> | number {
    let args: ReturnType<typeof parseArgs<T>>;
    try {
      args = parseArgs(config);
    } catch (error) {
      return this.fail((error as Error).message);
    }
    if ((args.values as { help?: boolean }).help) {
      console.log(this.usage);
      return 0;
    }
    return args;
  }

  fail(message: string): number {
    console.error(`${this.name}: ${message}\n\n${this.usage}`);
    return 2;
  }
}

// Eleventy ships no type declarations; this covers the part the scripts use.
declare module '@11ty/eleventy' {
  export interface EleventyConfigApi {
    addGlobalData(name: string, value: unknown): void;
    /** Eleventy's timings of its own steps, by group ("Configuration", "Data"…). */
    benchmarkManager: {
      setVerboseOutput(verbose: boolean): void;
      get(group: string): { setIsVerbose(verbose: boolean): void };
    };
    /** Each plugin declares the part of the configuration API it uses. */
    addPlugin(plugin: (eleventyConfig: never) => void): void;
    addWatchTarget(target: string): void;
    setServerOptions(options: { port?: number }): void;
    on(event: 'eleventy.before' | 'eleventy.after', listener: () => Promise<unknown>): void;
    /** In watch mode, before a rebuild: the changed files. */
    on(event: 'eleventy.beforeWatch', listener: (files: string[]) => Promise<unknown>): void;
  }
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: 'build' | 'watch' | 'serve';
    pathPrefix?: string;
    config?: (eleventyConfig: EleventyConfigApi) => void;
  }
  export const HtmlBasePlugin: (eleventyConfig: unknown) => void;
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    init(): Promise<void>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    /** The file watcher (chokidar), once watch() has run. */
    watcher?: { emit(event: 'change', file: string): boolean };
    close(): Promise<void>;
  }
}

interface NunjucksTemplate {
  env: object;
  path: string | null;
  tmplStr?: string;
  tmplProps?: object;
  _compile(): void;
}

interface EngineConfig {
  on(event: 'eleventy.engine.njk', listener: (engine: { nunjucks: unknown; environment: object }) => void): void;
}

const patched = new WeakSet<object>();
const compiled = new WeakMap<object, Map<string, object>>();

/**
 * Eleventy 3.1 makes a new Nunjucks template for every page it renders and
 * Nunjucks compiles each one from source (11ty/eleventy#3807 made Nunjucks
 * uncacheable): a paginated template was compiled 4,000 times, a fifth of the
 * build. This keeps the compiled code of each (environment, path, source)
 * and hands it to the next template as Nunjucks does for precompiled ones.
 */
export default function nunjucksCompileCachePlugin(eleventyConfig: EngineConfig): void {
  eleventyConfig.on('eleventy.engine.njk', ({ nunjucks, environment }) => {
    const prototype = (nunjucks as { Template: { prototype: NunjucksTemplate } }).Template.prototype;
    compiled.set(environment, new Map());
    if (patched.has(prototype)) return;
    patched.add(prototype);
    const compile = prototype._compile;
    prototype._compile = function (this: NunjucksTemplate) {
      const cache = compiled.get(this.env);
      if (!cache || this.tmplProps || this.tmplStr === undefined) return compile.call(this);
      const key = `${this.path ?? ''}\0${this.tmplStr}`;
      const props = cache.get(key);
      if (props) this.tmplProps = props;
      compile.call(this);
      if (!props) {
        // Nunjucks keeps the compiled code only as the blocks and root it sets; rebuild the props from them.
        cache.set(key, { root: (this as unknown as { rootRenderFunc: unknown }).rootRenderFunc, ...blocksOf(this) });
      }
    };
  });
}

function blocksOf(template: NunjucksTemplate): Record<string, unknown> {
  const blocks = (template as unknown as { blocks: Record<string, unknown> }).blocks ?? {};
  return Object.fromEntries(Object.entries(blocks).map(([name, block]) => [`b_${name}`, block]));
}

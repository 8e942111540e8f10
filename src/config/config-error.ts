/** One problem in the owner's config: `path: what is wrong (got …)`. */
export interface ConfigError {
  readonly path: string;
  readonly message: string;
}

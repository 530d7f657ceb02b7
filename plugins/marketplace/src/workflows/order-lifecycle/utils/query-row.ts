/**
 * A row as Query or a module returns it across links: untyped here (the
 * generated Query types depend on the app that loads the plugin).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type QueryRow = Record<string, any>

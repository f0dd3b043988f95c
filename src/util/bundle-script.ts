/**
 * The URL of the running bundle, which bundle entries record at start: stages that spread work
 * over worker threads start them from it. Under tests of the sources it stays unset and those
 * stages work in one thread.
 */
let script: URL | undefined;

export function setBundleScript(url: URL): void {
  script = url;
}

export function bundleScript(): URL | undefined {
  return script;
}

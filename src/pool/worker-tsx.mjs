// The pool's worker when kernpunkte runs from source under tsx (tests, development). Worker
// threads inherit `--import tsx` from the parent, but that preload has been seen to be
// missing in a thread now and then (ERR_UNKNOWN_FILE_EXTENSION for worker.ts), so this
// plain-JS bootstrap registers the tsx loader in its own thread when it is not there.
let mod;
try {
  mod = await import('./worker.ts');
} catch (error) {
  if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
  const { register } = await import('tsx/esm/api');
  register();
  // A query string: a fresh module record, not the failed one.
  mod = await import('./worker.ts?tsx');
}
export default mod.default;

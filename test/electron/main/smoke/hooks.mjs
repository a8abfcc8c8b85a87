// Module hooks for run-built-main.mjs: `electron` resolves to the stand-in next to this file.
const fake = new URL('./electron-runtime.mjs', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: fake, shortCircuit: true };
  return next(specifier, context);
}

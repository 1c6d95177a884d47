/**
 * Jest transformer: swc for our TypeScript, and for the ESM-only packages of the NestJS 12 stack, which jest on
 * Node 20 cannot require. `import.meta.url` (used only for createRequire) becomes the CommonJS equivalent.
 */
const { createTransformer } = require('@swc/jest');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const swcrc = JSON.parse(readFileSync(join(__dirname, '..', '..', '.swcrc'), 'utf8'));
delete swcrc.$schema;
swcrc.jsc.baseUrl = join(__dirname, '..', '..');
swcrc.sourceMaps = 'inline';

const typescript = createTransformer({ ...swcrc, swcrc: false });
const javascript = createTransformer({
  swcrc: false,
  module: { type: 'commonjs', ignoreDynamic: false },
  jsc: { target: 'es2022', parser: { syntax: 'ecmascript' } },
});

const IMPORT_META_URL = /import\.meta\.url/g;
// In CommonJS the module already has its own `require`; redeclaring it breaks swc's output.
const OWN_REQUIRE = /^const require = createRequire\(import\.meta\.url\);$/m;

module.exports = {
  process(source, filename, options) {
    if (filename.endsWith('.ts')) return typescript.process(source, filename, options);
    const code = source.replace(OWN_REQUIRE, '').replace(IMPORT_META_URL, '("file://" + __filename)');
    return javascript.process(code, filename, options);
  },
  getCacheKey(source, filename, options) {
    const transformer = filename.endsWith('.ts') ? typescript : javascript;
    return transformer.getCacheKey(source, filename, options) + ':banso-1';
  },
};

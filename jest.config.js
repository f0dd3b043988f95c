// Jest in ESM mode: @swc/jest strips types and keeps `import`; scripts/test.mjs sets
// NODE_OPTIONS=--experimental-vm-modules. Three projects, each with its own timeout.
const transform = {
  '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
};
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform,
  setupFiles: ['<rootDir>/test/helpers/setup.ts'],
};
export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.itg.test.ts'] },
    { ...common, displayName: 'actions', testMatch: ['<rootDir>/test/actions/**/*.test.ts'] },
  ],
};

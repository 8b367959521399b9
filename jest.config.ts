/** @jest-config-loader-options {"transpileOnly": true} */
import type { Config } from 'jest';

const config: Config = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/web/src', '<rootDir>/scripts'],
  testMatch: ['**/__tests__/**/*.test.ts?(x)', '**/*.test.ts?(x)'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  // The summary lists tests skipped because ../shared (reference data beside the project) is absent.
  reporters: ['default', '<rootDir>/web/src/test/sharedDataReporter.mjs'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
  },
  moduleNameMapper: {
    '\\.css$': '<rootDir>/web/src/test/styleMock.ts',
    // jsdom resolves msgpackr's "browser" entry, which is an ES module; its UMD build is the same code.
    '^msgpackr$': '<rootDir>/node_modules/msgpackr/dist/index.js',
    // Tests that run the replay server under jsdom need ws's Node build, not its browser stub.
    '^ws$': '<rootDir>/node_modules/ws/index.js',
  },
};

export default config;

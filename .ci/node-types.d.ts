// Node's globals for the type-aware linter. tsgolint does not read `types` from the tsconfig files
// (oxc-project/oxc#20884, oxc-project/tsgolint#817), so Node's typings reached it only through
// packages whose typings reference them; the window's types no longer pass through any.
/// <reference types="node" />

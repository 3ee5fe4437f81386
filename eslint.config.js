// ESLint flat config. Besides the recommended JavaScript and TypeScript rules, it enforces
// the project's layers, so the data flow in README ("How it fits together") is checked by a
// tool, not only described: content → schemas → model → renderers → outputs → checks.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import patterns for project folders a layer must not depend on. */
const folders = (...names) =>
  names.map((name) => ({
    group: [`**/${name}/**`],
    message: `This layer must not import from src/${name}/ (README: How it fits together).`,
  }));

/** Each engine has one home. fontkit only reads fonts, so it is not restricted. */
const PDF_LIB = {
  group: ['pdf-lib'],
  message:
    'pdf-lib is imported only by the renderers that write PDFs (src/renderers/) and the output checks that read them (src/checks/output/).',
};
/** Renderers take pdf-lib from one module, which gives it native Flate compression (issue 17). */
const PDF_LIB_DIRECT = {
  group: ['pdf-lib'],
  message: 'Renderers import pdf-lib from src/renderers/tagged-pdf/pdf-lib.ts, which compresses with native zlib.',
};
const SATORI = { group: ['satori', '@resvg/*'], message: 'satori and resvg are imported only by the card renderer (src/renderers/card/).' };

/** One zone: the files, and the patterns they must not import. Later zones override earlier ones. */
const zone = (files, ...patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });

const PRESENTATION = ['pages', 'components', 'layouts'];

export default tseslint.config(
  { ignores: ['dist/', '.build/', '.astro/', 'node_modules/', 'reports/', '.scratch/', 'src/env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
  // Everything in src/ by default: no engine.
  zone(['src/**/*.{ts,astro}'], PDF_LIB, SATORI),
  // Leaf helpers and the dictionaries depend on no layer of the project.
  zone(['src/lib/**', 'src/i18n/**'], PDF_LIB, SATORI, ...folders('schemas', 'model', 'renderers', 'outputs', 'checks', ...PRESENTATION)),
  // Schemas and the model are format-neutral: no renderer, registry, check or page.
  zone(['src/schemas/**', 'src/model/**'], PDF_LIB, SATORI, ...folders('renderers', 'outputs', 'checks', ...PRESENTATION)),
  // Renderers: pure (doc, options) → bytes; they know nothing of routes, checks or pages.
  zone(['src/renderers/pdf/**', 'src/renderers/tagged-pdf/**'], PDF_LIB_DIRECT, SATORI, ...folders('outputs', 'checks', ...PRESENTATION)),
  zone(['src/renderers/card/**'], PDF_LIB_DIRECT, ...folders('outputs', 'checks', ...PRESENTATION)),
  zone(['src/renderers/tagged-pdf/pdf-lib.ts'], SATORI, ...folders('outputs', 'checks', ...PRESENTATION)),
  // The braille renderer writes no PDF or image; liblouis is called through src/lib/liblouis.ts.
  zone(['src/renderers/braille/**'], PDF_LIB, SATORI, ...folders('outputs', 'checks', ...PRESENTATION)),
  // Content checks run before the build; they may lay out cards (card fit) but never publish.
  zone(['src/checks/content/**'], PDF_LIB, SATORI, ...folders('outputs', ...PRESENTATION)),
  // Output checks read built files and the manifest only: no renderer, registry or model.
  zone(['src/checks/output/**'], SATORI, ...folders('renderers', 'outputs', 'model', 'schemas', 'checks/content', ...PRESENTATION)),
);

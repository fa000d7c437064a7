// ESLint rule `lede/layers`: each folder of src/ imports only what DESIGN.md's layers allow (the table is in eslint.config.js).
import path from 'node:path';

/**
 * Options: `{ layers: [{ name, folder, may, mayTypes?, packages?, why }] }`. A file belongs to
 * the layer of the longest `folder` (like "src/newsroom/client") its path starts with; a file of
 * src/ in no layer is an error, so a new folder gets its rule. An import of a file of src/ is
 * allowed when one of `may` (regular expressions on the path from the project root, such as
 * "^src/domain/") matches it, or, for `import type`, one of `mayTypes`; an import of a package
 * (or node: module) is refused when `packages` matches its name.
 */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layers of DESIGN.md' },
    schema: [{ type: 'object', properties: { layers: { type: 'array' } }, required: ['layers'] }],
    messages: {
      noLayer: '{{folder}} has no layer rule: add it to the layers of eslint.config.js',
      wrongWay: '{{layer}} may not import {{target}}: {{why}} (DESIGN.md: Layers)',
    },
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    if (!file.startsWith('src/')) return {};
    const layers = context.options[0].layers;
    const layer = layers
      .filter((l) => file.startsWith(`${l.folder}/`))
      .sort((a, b) => b.folder.length - a.folder.length)[0];
    if (!layer)
      return {
        Program(node) {
          context.report({ node, messageId: 'noLayer', data: { folder: file.split('/')[1] } });
        },
      };
    const may = layer.may.map((r) => new RegExp(r));
    const mayTypes = (layer.mayTypes ?? []).map((r) => new RegExp(r));
    const packages = layer.packages ? new RegExp(layer.packages) : null;

    function check(node, source, typeOnly) {
      if (!source || typeof source.value !== 'string') return;
      const spec = source.value;
      let target;
      if (spec.startsWith('.')) {
        target = path
          .relative(root, path.resolve(path.dirname(context.filename), spec))
          .split(path.sep)
          .join('/');
        if (!target.startsWith('src/')) return;
        if (may.some((r) => r.test(target))) return;
        if (typeOnly && mayTypes.some((r) => r.test(target))) return;
      } else {
        if (!packages || !packages.test(spec)) return;
        target = spec;
      }
      context.report({
        node: source,
        messageId: 'wrongWay',
        data: { layer: layer.name, target, why: layer.why },
      });
    }

    /** An import whose every name is a type (`import type`, or `import { type A, type B }`). */
    const onlyTypes = (node) =>
      node.importKind === 'type' ||
      node.exportKind === 'type' ||
      (node.specifiers?.length > 0 &&
        node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));

    return {
      ImportDeclaration: (node) => check(node, node.source, onlyTypes(node)),
      ExportNamedDeclaration: (node) => check(node, node.source, onlyTypes(node)),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument, true),
    };
  },
};

export default { rules: { layers: rule } };

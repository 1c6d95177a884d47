// GraphQL Code Generator plugin: the concrete types of every union and interface of schema.gql, so graphcache
// matches `... on ErrorResult` fragments exactly instead of by heuristics (which drop code and message of the
// error members of result unions).
const { isAbstractType } = require('graphql');

module.exports = {
  plugin(schema) {
    const possibleTypes = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !isAbstractType(type)) continue;
      possibleTypes[type.name] = schema
        .getPossibleTypes(type)
        .map((member) => member.name)
        .sort();
    }
    const sorted = Object.fromEntries(Object.entries(possibleTypes).sort(([a], [b]) => a.localeCompare(b)));
    return [
      '/** Generated from schema.gql by apps/web/scripts/possible-types-plugin.cjs: abstract type → concrete types. */',
      `export const possibleTypes: Record<string, string[]> = ${JSON.stringify(sorted, null, 2)};`,
      '',
    ].join('\n');
  },
};

import { Type } from '@nestjs/common';
import { createUnionType } from '@nestjs/graphql';

/**
 * `<Verb><Noun>Result` union: the success type first, then the expected failures. Values are told apart by class,
 * so services always return class instances.
 */
export function resultUnion<T extends Type<unknown>[]>(name: string, types: [...T], description?: string) {
  return createUnionType({
    name,
    description,
    types: () => types,
    resolveType: (value: object) => types.find((type) => value instanceof type),
  });
}

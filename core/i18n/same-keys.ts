/** Another language's texts for a group: the same keys, any wording. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

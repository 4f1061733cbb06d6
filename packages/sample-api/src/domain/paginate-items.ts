export type TPage<T> = { value: T[]; page: number; pageSize: number; totalCount: number; hasMore: boolean };

export type TPaginateOptions<T> = { items: readonly T[]; page: number; pageSize: number };

export function paginateItems<T>({ items, page, pageSize }: TPaginateOptions<T>): TPage<T> {
  const start = (page - 1) * pageSize;
  const value = items.slice(start, start + pageSize);
  return { value, page, pageSize, totalCount: items.length, hasMore: start + pageSize < items.length };
}

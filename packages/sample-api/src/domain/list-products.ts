import type { TProduct, TProductCategory } from "./inventory-types.ts";
import type { TInventoryContext } from "./inventory-context.ts";
import { paginateItems, type TPage } from "./paginate-items.ts";

export type TListProductsOptions = {
  category?: TProductCategory | undefined;
  minPrice?: number | undefined;
  maxPrice?: number | undefined;
  query?: string | undefined;
  page: number;
  pageSize: number;
};

export function listProducts({ state }: TInventoryContext, options: TListProductsOptions): TPage<TProduct> {
  const needle = options.query?.trim().toLowerCase();
  const items = [...state.products.values()].filter((product) => {
    if (options.category && product.category !== options.category) return false;
    if (options.minPrice !== undefined && product.unitPrice < options.minPrice) return false;
    if (options.maxPrice !== undefined && product.unitPrice > options.maxPrice) return false;
    if (needle) {
      const haystack = `${product.name} ${product.sku} ${product.description}`.toLowerCase();
      if (!haystack.includes(needle)) return false;
    }
    return true;
  });
  return paginateItems({ items, page: options.page, pageSize: options.pageSize });
}

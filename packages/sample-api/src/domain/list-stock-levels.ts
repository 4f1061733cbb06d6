import type { TStockLevel } from "./inventory-types.ts";
import type { TInventoryContext } from "./inventory-context.ts";
import { paginateItems, type TPage } from "./paginate-items.ts";

export type TListStockLevelsOptions = { isLowOnly: boolean; page: number; pageSize: number };

export function listStockLevels({ state }: TInventoryContext, options: TListStockLevelsOptions): TPage<TStockLevel> {
  const items = [...state.stock.values()].filter((stock) => !options.isLowOnly || stock.isLow);
  return paginateItems({ items, page: options.page, pageSize: options.pageSize });
}

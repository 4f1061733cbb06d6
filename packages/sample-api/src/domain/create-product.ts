import { AppError } from "../http/app-error.ts";
import type { TProduct, TProductCategory, TStockLevel } from "./inventory-types.ts";
import type { TInventoryContext } from "./inventory-context.ts";
import { formatId } from "./seed-inventory.ts";

export type TCreateProductInput = {
  sku: string;
  name: string;
  description?: string | undefined;
  category: TProductCategory;
  unitPrice: number;
  quantityOnHand?: number | undefined;
  reorderLevel?: number | undefined;
};

export function createProduct({ state, now }: TInventoryContext, input: TCreateProductInput): TProduct {
  for (const existing of state.products.values()) {
    if (existing.sku.toLowerCase() === input.sku.toLowerCase()) {
      throw new AppError("conflict", `SKU '${input.sku}' is already used by product ${existing.id}; choose another SKU.`);
    }
  }
  const at = now().toISOString();
  state.counters.product += 1;
  const product: TProduct = {
    id: formatId("prd", state.counters.product),
    sku: input.sku,
    name: input.name,
    description: input.description ?? "",
    category: input.category,
    unitPrice: input.unitPrice,
    currency: "EUR",
    createdAt: at,
    updatedAt: at,
  };
  const quantityOnHand = input.quantityOnHand ?? 0;
  const reorderLevel = input.reorderLevel ?? 5;
  const stock: TStockLevel = {
    productId: product.id,
    sku: product.sku,
    quantityOnHand,
    reorderLevel,
    isLow: quantityOnHand <= reorderLevel,
    updatedAt: at,
  };
  state.products.set(product.id, product);
  state.stock.set(product.id, stock);
  return product;
}

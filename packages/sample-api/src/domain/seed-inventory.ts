import { PRODUCT_CATEGORIES, type TInventoryState, type TOrder, type TOrderStatus, type TProduct, type TStockLevel } from "./inventory-types.ts";

const SEED_TIME = Date.parse("2026-01-05T09:00:00.000Z");
const ADJECTIVES = ["Sturdy", "Compact", "Classic", "Deluxe", "Eco", "Pro"] as const;
const NOUNS: Record<(typeof PRODUCT_CATEGORIES)[number], string> = {
  hardware: "Hammer",
  garden: "Watering Can",
  kitchen: "Chef Knife",
  office: "Desk Lamp",
};
const CUSTOMERS = [
  ["Ada Lovelace", "ada@example.com"],
  ["Grace Hopper", "grace@example.com"],
  ["Alan Turing", "alan@example.com"],
  ["Katherine Johnson", "katherine@example.com"],
] as const;
const SEED_STATUSES: readonly TOrderStatus[] = ["delivered", "shipped", "pending", "cancelled"];

export const SEED_PRODUCT_COUNT = 24;
export const SEED_ORDER_COUNT = 12;

function isoAt(minutesAfterSeed: number): string {
  return new Date(SEED_TIME + minutesAfterSeed * 60_000).toISOString();
}

export function formatId(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(4, "0")}`;
}

// The same data on every start, so examples in the README and tests can name real ids.
export function seedInventory(): TInventoryState {
  const state: TInventoryState = {
    products: new Map(),
    stock: new Map(),
    orders: new Map(),
    subscriptions: new Map(),
    deliveries: [],
    counters: { product: 0, order: 0, sequence: 0, event: 0, subscription: 0, delivery: 0 },
  };
  for (let i = 0; i < SEED_PRODUCT_COUNT; i++) {
    const category = PRODUCT_CATEGORIES[i % PRODUCT_CATEGORIES.length] ?? "hardware";
    const adjective = ADJECTIVES[Math.floor(i / PRODUCT_CATEGORIES.length) % ADJECTIVES.length] ?? "Classic";
    state.counters.product += 1;
    const id = formatId("prd", state.counters.product);
    const product: TProduct = {
      id,
      sku: `SKU-${1000 + state.counters.product}`,
      name: `${adjective} ${NOUNS[category]}`,
      description: `${adjective} ${NOUNS[category].toLowerCase()} from the ${category} range.`,
      category,
      unitPrice: Math.round((4.5 + ((i * 7) % 23) * 3.25) * 100) / 100,
      currency: "EUR",
      createdAt: isoAt(i),
      updatedAt: isoAt(i),
    };
    state.products.set(id, product);
    const quantityOnHand = (i * 13) % 40;
    const stock: TStockLevel = {
      productId: id,
      sku: product.sku,
      quantityOnHand,
      reorderLevel: 5,
      isLow: quantityOnHand <= 5,
      updatedAt: isoAt(i),
    };
    state.stock.set(id, stock);
  }
  for (let i = 0; i < SEED_ORDER_COUNT; i++) {
    const [customerName, customerEmail] = CUSTOMERS[i % CUSTOMERS.length] ?? CUSTOMERS[0];
    const product = state.products.get(formatId("prd", (i % SEED_PRODUCT_COUNT) + 1));
    if (!product) continue;
    const quantity = (i % 3) + 1;
    const lineTotal = Math.round(product.unitPrice * quantity * 100) / 100;
    state.counters.order += 1;
    state.counters.sequence += 1;
    const order: TOrder = {
      id: formatId("ord", state.counters.order),
      sequence: state.counters.sequence,
      customerName,
      customerEmail,
      status: SEED_STATUSES[i % SEED_STATUSES.length] ?? "pending",
      lines: [{ productId: product.id, sku: product.sku, quantity, unitPrice: product.unitPrice, lineTotal }],
      total: lineTotal,
      currency: "EUR",
      createdAt: isoAt(60 + i * 30),
      updatedAt: isoAt(60 + i * 30),
    };
    state.orders.set(order.id, order);
  }
  return state;
}

export const PRODUCT_CATEGORIES = ["hardware", "garden", "kitchen", "office"] as const;
export type TProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const ORDER_STATUSES = ["pending", "shipped", "delivered", "cancelled"] as const;
export type TOrderStatus = (typeof ORDER_STATUSES)[number];

export const EVENT_TYPES = ["order.created", "stock.low"] as const;
export type TEventType = (typeof EVENT_TYPES)[number];

export type TProduct = {
  id: string;
  sku: string;
  name: string;
  description: string;
  category: TProductCategory;
  unitPrice: number;
  currency: "EUR";
  createdAt: string;
  updatedAt: string;
};

export type TStockLevel = {
  productId: string;
  sku: string;
  quantityOnHand: number;
  reorderLevel: number;
  isLow: boolean;
  updatedAt: string;
};

export type TOrderLine = {
  productId: string;
  sku: string;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
};

export type TOrder = {
  id: string;
  sequence: number;
  customerName: string;
  customerEmail: string;
  status: TOrderStatus;
  lines: TOrderLine[];
  total: number;
  currency: "EUR";
  createdAt: string;
  updatedAt: string;
};

export type TInventoryEvent =
  { id: string; type: "order.created"; occurredAt: string; data: TOrder } | { id: string; type: "stock.low"; occurredAt: string; data: TStockLevel };

export type TSubscription = {
  id: string;
  eventType: TEventType;
  callbackUrl: string;
  createdAt: string;
};

export type TDeliveryAttempt = {
  attempt: number;
  at: string;
  // Exactly one of the two: the status the callback answered, or why it could not be reached.
  statusCode?: number;
  error?: string;
};

export type TDelivery = {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: TEventType;
  state: "pending" | "delivered" | "failed" | "cancelled";
  attempts: TDeliveryAttempt[];
  nextAttemptAt?: string;
};

// Everything the API knows lives in one object per server, so two servers (two tests) never share data.
export type TInventoryState = {
  products: Map<string, TProduct>;
  stock: Map<string, TStockLevel>;
  orders: Map<string, TOrder>;
  subscriptions: Map<string, TSubscription>;
  deliveries: TDelivery[];
  counters: { product: number; order: number; sequence: number; event: number; subscription: number; delivery: number };
};

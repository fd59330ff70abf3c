package io.keyspan.shop;

/**
 * The shop: one table, three item types. This package holds, written by hand, what the
 * processor generates for it, so the runtime's single-table behaviour is tested on its own.
 */
public sealed interface ShopItem permits Customer, Order, OrderLine {}

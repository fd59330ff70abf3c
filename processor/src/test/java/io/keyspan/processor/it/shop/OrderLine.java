package io.keyspan.processor.it.shop;

import io.keyspan.annotations.KeyTemplate;

@KeyTemplate(partition = "ORDER#{orderId}", sort = "LINE#{lineNo}")
@KeyTemplate(index = "GSI1", partition = "ORDER#{orderId}", sort = "LINE#{lineNo}")
public record OrderLine(String orderId, int lineNo, String sku, int quantity) implements ShopItem {}
